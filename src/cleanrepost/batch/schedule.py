"""The pool's bookkeeping as a plain state machine: which tasks go to which worker, which results may be released.

No processes, pipes or clocks here, so every interleaving can be driven by a unit test.  `pool.run_pool` moves
the messages; this decides.  The state:

    source       the tasks not read yet (read lazily, one peeked task at most held back)
    ahead        tasks read but not sent yet, up to a chunk per worker: so that the end of the source is seen
                 before the last chunks go out, and those are cut smaller (see chunk_for)
    retry        tasks a replaced worker was sent but never finished; they go out again first, in order
    pending[w]   what worker w was sent and has not answered yet, in order
    done         finished results waiting for an earlier one (released strictly in input order)

In-flight work — tasks sent or waiting to be sent, plus results held in `done` — is bounded twice: by a count
(`window` tasks) and by bytes (`budget`: task data plus held output).  The byte bound is what keeps the parent's
memory flat when pages are large; the count alone let it grow with workers × chunksize × page size.  The task
that would cross the budget is still sent when nothing else is in flight, so one page larger than the budget
cannot stall the batch.  Tasks read ahead count against the byte budget too.
"""
from __future__ import annotations

from collections import deque
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# The end of a batch: a worker that gets a full chunk of big pages last keeps the others idle while it cleans
# them (up to ~170 ms on the dev corpus, of a 1.2 s batch).  So tasks are read LOOKAHEAD_CHUNKS chunks per worker
# ahead, which shows the end of the input coming, and from then on each chunk holds at most 1/END_SHARES of a
# worker's share of the bytes left (at least one task): the workers finish within about a page of each other.
# (Simulated over the dev corpus in its order and shuffled, with a 0.2 ms gap per chunk: these values were
# the best of 1-8; smaller chunks throughout cost more in gaps than they save at the end.)
END_SHARES = 2
LOOKAHEAD_CHUNKS = 2
WINDOW_CHUNKS = 4  # chunks per worker in flight or waiting: enough to keep every worker busy behind a slow page
DEFAULT_BUDGET = 128 * 1024 * 1024  # bytes of pages + held output in the parent: 2 pages at the 64 MiB max_bytes,
# and still over a thousand ordinary (100 KB) pages, far more than the chunk window, so small pages never wait on it


def size_of(item: object) -> int:
    """Bytes an item holds: a Task's data or a Result's output (the parts that can be megabytes)."""
    data = getattr(item, "data", None)
    if data is None:
        data = getattr(item, "output", None)
    return len(data) if isinstance(data, (bytes, str)) else 0


class Scheduler(Generic[T, R]):
    def __init__(self, tasks: Iterable[T], *, workers: int, chunksize: int, budget: int = DEFAULT_BUDGET,
                 window: int | None = None) -> None:
        self.source: Iterator[T] = iter(tasks)
        self.chunksize = chunksize
        self.ahead: deque[T] = deque()
        self.ahead_bytes = 0
        self.window = window if window is not None else workers * chunksize * WINDOW_CHUNKS
        self.budget = budget
        self.pending: list[deque[tuple[int, T]]] = [deque() for _ in range(workers)]
        self.retry: deque[tuple[int, T]] = deque()
        self.done: dict[int, R] = {}
        self.sizes: dict[int, int] = {}  # bytes held for each task in flight or result waiting
        self.held = 0  # sum of sizes
        self.next_in = self.next_out = 0
        self.peeked: T | None = None
        self.exhausted = False

    # -- what to send --------------------------------------------------------------------------------------------
    def chunk_for(self, w: int) -> list[tuple[int, T]]:
        """The next chunk for idle worker `w` (recorded as pending there), or [] when nothing may go now."""
        if self.pending[w]:
            return []
        if self.retry:
            chunk = [self.retry.popleft() for _ in range(min(self.chunksize, len(self.retry)))]
        else:
            self._read_ahead()
            n, share = self.chunksize, None
            if self.exhausted and self.peeked is None:  # every task left is in `ahead`: the batch's last chunks
                # cut to a share of the bytes left per worker (bytes: the nearest thing to a page's cost known
                # before it runs), so that a chunk of big pages does not go out last
                # (a task weighs its bytes plus one, so that empty ones are cut by their number)
                share = (self.ahead_bytes + len(self.ahead)) / (END_SHARES * len(self.pending))
            chunk = []
            taken = 0
            while len(chunk) < n and self.ahead and self.next_in - self.next_out < self.window:
                size = size_of(self.ahead[0])
                if self.held + size > self.budget and (self.held or chunk):
                    break  # over the byte budget: wait for results to be released (unless nothing is held)
                if share is not None and chunk and taken + size + 1 > share:
                    break
                task = self.ahead.popleft()
                self.ahead_bytes -= size
                taken += size + 1
                seq, self.next_in = self.next_in, self.next_in + 1
                self.sizes[seq] = size
                self.held += size
                chunk.append((seq, task))
        self.pending[w].extend(chunk)
        return chunk

    def _read_ahead(self) -> None:
        """Read tasks into `ahead`, up to LOOKAHEAD_CHUNKS chunks per worker (only the chunk wanted now while
        nothing is in flight: the first pages go out as soon as they are read), within the byte budget (one task
        at least)."""
        limit = self.chunksize * (len(self.pending) * LOOKAHEAD_CHUNKS if self.next_in > self.next_out else 1)
        while len(self.ahead) < limit:
            task = self._peek()
            if task is None:
                return
            size = size_of(task)
            if self.held + self.ahead_bytes + size > self.budget and (self.held or self.ahead):
                return
            self.peeked = None
            self.ahead.append(task)
            self.ahead_bytes += size

    def _peek(self) -> T | None:
        if self.peeked is None and not self.exhausted:
            try:
                self.peeked = next(self.source)
            except StopIteration:
                self.exhausted = True
        return self.peeked

    # -- what came back ------------------------------------------------------------------------------------------
    def completed(self, w: int, seq: int, result: R) -> None:
        """Worker `w` finished its oldest pending task `seq` with `result`."""
        got, _ = self.pending[w].popleft()
        assert got == seq, f"worker {w} answered {seq}, expected {got}"
        self._hold(seq, result)

    def lost(self, w: int, result: R) -> tuple[int, T]:
        """Worker `w` died or got stuck on its oldest pending task: that task ends with `result` (an error
        record); the rest of what it was sent is sent again first.  Returns the (seq, task) that was lost."""
        seq, task = self.pending[w].popleft()
        self.retry.extendleft(reversed(self.pending[w]))
        self.pending[w].clear()
        self._hold(seq, result)
        return seq, task

    def _hold(self, seq: int, result: R) -> None:
        size = size_of(result)
        self.held += size - self.sizes[seq]
        self.sizes[seq] = size
        self.done[seq] = result

    def release(self) -> Iterator[R]:
        """The results that are next in input order, as far as they are finished."""
        while self.next_out in self.done:
            self.held -= self.sizes.pop(self.next_out)
            result = self.done.pop(self.next_out)
            self.next_out += 1
            yield result

    # -- where we are --------------------------------------------------------------------------------------------
    def busy(self, w: int) -> bool:
        return bool(self.pending[w])

    @property
    def finished(self) -> bool:
        """Every task was read, sent, answered and released."""
        return (self.exhausted and self.peeked is None and not self.ahead and not self.retry and not self.done
                and not any(self.pending))
