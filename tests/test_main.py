"""``python -m pipeline``: a Ctrl-C that Python could only report as 'Exception ignored' is
delivered again, so it stops the run with the usual one line instead of a traceback."""

import signal
import subprocess
import sys
import time

import pytest

from pipeline.__main__ import _redeliver_interrupt


class _Finaliser:
    def __init__(self, error):
        self.error = error

    def __del__(self):
        raise self.error  # Python cannot raise out of a finaliser: it goes to sys.unraisablehook


@pytest.fixture()
def ctrl_c_raises():
    """Ctrl-C as in a terminal (a library or a parent process may have left it ignored)."""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, old)


def test_an_interrupt_lost_in_a_finaliser_reaches_the_main_thread_again(monkeypatch, ctrl_c_raises):
    monkeypatch.setattr(sys, "unraisablehook", _redeliver_interrupt)
    with pytest.raises(KeyboardInterrupt):
        _Finaliser(KeyboardInterrupt())
        time.sleep(5)  # the delivered signal ends the sleep at once


def test_other_errors_in_finalisers_are_still_reported(monkeypatch, capsys):
    monkeypatch.setattr(sys, "unraisablehook", _redeliver_interrupt)
    _Finaliser(ValueError("boom"))
    err = capsys.readouterr().err
    assert "Exception ignored in" in err and "ValueError: boom" in err


def test_a_program_with_the_hook_stops_on_such_an_interrupt_without_a_traceback():
    code = ("import signal, sys, time\n"
            "signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal\n"
            "from pipeline.__main__ import _redeliver_interrupt\n"
            "sys.unraisablehook = _redeliver_interrupt\n"
            "class Finaliser:\n"
            "    def __del__(self):\n"
            "        raise KeyboardInterrupt\n"
            "try:\n"
            "    Finaliser()\n"
            "    time.sleep(5)\n"
            "    print('lost')\n"
            "except KeyboardInterrupt:\n"
            "    print('delivered')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "delivered" and "Traceback" not in proc.stderr, proc.stderr
