"""``python -m pipeline`` (the ``claims`` command); Ctrl-C while it is still importing gets a
message, not a traceback."""

import _thread
import sys
import threading


def _redeliver_interrupt(unraisable) -> None:
    """A Ctrl-C that lands inside a callback Python cannot raise from (an import lock's weakref
    callback while modules load) would print 'Exception ignored' and a traceback, and be lost:
    deliver it to the main thread again once this hook has returned (raised inside the hook it
    would be lost the same way), where the usual handling gives one line."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        timer = threading.Timer(0.05, _thread.interrupt_main)
        timer.daemon = True  # never keeps a finishing program waiting
        timer.start()
        return
    sys.__unraisablehook__(unraisable)


def main() -> None:
    sys.unraisablehook = _redeliver_interrupt
    try:
        from pipeline.cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted while starting; nothing was changed\n")
        sys.exit(130)
    try:
        cli_main()
    except KeyboardInterrupt:  # outside any command's own handling (parsing options, exiting)
        sys.stderr.write("interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
