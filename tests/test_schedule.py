"""The pool's scheduling state machine (batch.schedule.Scheduler), driven without processes.

The pool crashed (`min() arg is an empty sequence`) when the window filled behind one slow page: the loop fed
idle workers *before* releasing finished results, found nobody to wait for, and had nothing to wait on.  These
tests play such interleavings step by step and check the invariants: results leave in input order, each exactly
once; an idle worker always gets work while any is left; in-flight bytes stay within the budget.
"""
from __future__ import annotations

import random
from typing import NamedTuple

from cleanrepost.batch.schedule import Scheduler


class T(NamedTuple):
    n: int
    data: bytes = b"x"


class R(NamedTuple):
    n: int
    output: bytes = b"r"


def drive(sched: Scheduler, workers: int, pick, max_steps: int = 100_000) -> list[int]:
    """Run the pool loop's decisions: release, feed idle workers, then let `pick` choose which busy worker
    answers next.  Fails if the loop ever finds nothing to wait for while work remains (the old crash)."""
    out: list[int] = []
    for _ in range(max_steps):
        out += [r.n for r in sched.release()]
        for w in range(workers):
            if not sched.busy(w):
                sched.chunk_for(w)
        if sched.finished:
            return out
        busy = [w for w in range(workers) if sched.busy(w)]
        assert busy, "nothing in flight but not finished: the pool would wait on nothing"
        w = pick(busy)
        seq, task = sched.pending[w][0]
        sched.completed(w, seq, R(task.n))
    raise AssertionError("did not finish")


def test_one_slow_page_fills_the_window_and_the_batch_still_finishes():
    # Worker 0 holds page 0 "forever" (answers last); worker 1 does everything else as fast as the window lets.
    for chunksize in (1, 2, 16):
        sched = Scheduler((T(i) for i in range(300)), workers=2, chunksize=chunksize)
        slow = {"held": True}

        def pick(busy):
            if 1 in busy:
                return 1
            slow["held"] = False
            return 0

        assert drive(sched, 2, pick) == list(range(300))


def test_old_loop_order_shows_the_window_stall():
    # After the slow page returns, every queued result is released at once, and both workers are idle with the
    # window empty: the next step must feed them, not wait.
    sched = Scheduler((T(i) for i in range(20)), workers=2, chunksize=1, window=8)
    sched.chunk_for(0), sched.chunk_for(1)
    while len(sched.done) < 7:  # worker 1 fills the window behind worker 0's page 0
        seq, t = sched.pending[1][0]
        sched.completed(1, seq, R(t.n))
        assert sched.chunk_for(1) or sched.next_in - sched.next_out == 8
    assert sched.chunk_for(1) == [] and sched.busy(0)  # window full: worker 1 idle
    sched.completed(0, 0, R(0))
    assert [r.n for r in sched.release()] == list(range(8))
    assert not sched.busy(0) and not sched.busy(1) and not sched.finished
    assert sched.chunk_for(0) and sched.chunk_for(1)  # both get work again


def test_random_interleavings_with_lost_workers_release_each_result_once_in_order():
    rng = random.Random(7)
    for trial in range(200):
        workers, chunksize, n = rng.randint(1, 4), rng.randint(1, 5), rng.randint(0, 60)
        sched = Scheduler((T(i) for i in range(n)), workers=workers, chunksize=chunksize,
                          window=rng.choice([None, 1, 3, 10]))
        out: list[int] = []
        lost = set()
        while True:
            out += [r.n for r in sched.release()]
            for w in range(workers):
                if not sched.busy(w):
                    sched.chunk_for(w)
            if sched.finished:
                break
            busy = [w for w in range(workers) if sched.busy(w)]
            assert busy
            w = rng.choice(busy)
            seq, task = sched.pending[w][0]
            if rng.random() < 0.1:  # the worker dies on this page: error record, rest of its chunk retried
                sched.lost(w, R(task.n, b"error"))
                lost.add(task.n)
            else:
                sched.completed(w, seq, R(task.n))
        assert out == list(range(n)), (trial, out)
        assert sched.held == 0 and not sched.sizes


def test_byte_budget_bounds_in_flight_pages_but_never_stalls_on_a_big_one():
    sizes = [10, 10, 10, 500, 10, 10, 10, 10]
    sched = Scheduler((T(i, b"x" * s) for i, s in enumerate(sizes)), workers=2, chunksize=16, budget=35)
    first = sched.chunk_for(0)
    assert [t.n for _, t in first] == [0, 1, 2]  # 30 bytes; the 500-byte page would cross the budget
    assert sched.chunk_for(1) == []  # nothing more fits while those are held
    peak = 0

    def pick(busy):
        nonlocal peak
        peak = max(peak, sched.held)
        return busy[0]

    assert drive(sched, 2, pick) == list(range(8))
    assert peak <= 500  # the big page went alone, when nothing else was held


def test_held_output_counts_against_the_budget():
    sched = Scheduler((T(i) for i in range(10)), workers=2, chunksize=1, budget=100)
    sched.chunk_for(0), sched.chunk_for(1)
    sched.completed(1, 1, R(1, b"o" * 100))  # a big record waiting for page 0
    assert sched.chunk_for(1) == []  # no room: page 0's result must be released first
    sched.completed(0, 0, R(0))
    assert [r.n for r in sched.release()] == [0, 1]
    assert sched.chunk_for(1)



def clocked(sched: Scheduler, cost) -> tuple[list[int], list[int]]:
    """Two workers, each page taking cost(task): the worker whose next page ends first answers next.  Returns
    the released order and each worker's clock at the end."""
    clock = [0, 0]
    out: list[int] = []
    while True:
        out += [r.n for r in sched.release()]
        for w in (0, 1):
            if not sched.busy(w):
                sched.chunk_for(w)
        if sched.finished:
            return out, clock
        w = min((w for w in (0, 1) if sched.busy(w)), key=lambda w: clock[w])
        seq, task = sched.pending[w][0]
        clock[w] += cost(task)
        sched.completed(w, seq, R(task.n))


def test_the_last_chunks_shrink_so_that_workers_finish_together():
    """Equal pages, two workers: a last full chunk left one worker idle for most of a chunk at the end of every
    batch (16 pages, ~80 ms of a 2-3 s batch); the batch's last chunks are cut smaller instead."""
    for n in (300, 301, 47, 1000):
        for data in (b"x", b""):  # (tasks without bytes, such as read errors, are cut by their number)
            sched = Scheduler((T(i, data) for i in range(n)), workers=2, chunksize=16)
            out, clock = clocked(sched, lambda task: 1)
            assert out == list(range(n))
            assert abs(clock[0] - clock[1]) <= 1, (n, data, clock)


def test_a_chunk_of_big_pages_does_not_go_out_last():
    """Pages cost about their bytes.  Near the end of the dev corpus (in its order) a full chunk of big pages went
    to one worker just before the end of the input showed, and the other idled ~170 ms while it cleaned them: the
    end is read ahead now, and the last chunks are cut by the bytes left."""
    sizes = [10] * 240 + [100] * 16 + [10] * 44
    sched = Scheduler((T(i, b"x" * s) for i, s in enumerate(sizes)), workers=2, chunksize=16)
    out, clock = clocked(sched, lambda task: len(task.data))
    assert out == list(range(len(sizes)))
    assert abs(clock[0] - clock[1]) <= max(sizes), clock
