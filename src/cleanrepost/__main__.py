import signal

if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # `python -m cleanrepost`: as the script does
    from . import _interrupted_early
    signal.signal(signal.SIGINT, _interrupted_early)

from .cli import main  # noqa: E402

raise SystemExit(main())
