"""Run a Python module in a child process at a low CPU priority and wait for it (a cold compile, tuning).

Work that takes minutes and would take both cores from the room's replies runs here: at nice NICE the
decode threads (nice 0) keep about 90% of a contended core; 19 starved such work for many minutes on a
machine busy with other things.
"""

import os
import subprocess
import sys

NICE = 10


def run_low_priority(module: str, *args: str, env: dict[str, str] | None = None) -> str | None:
    """`python -m module args...` at nice NICE, blocking until it ends; None on success, else why it failed
    (the last line it wrote to stderr). A caller interrupted meanwhile (the process is shutting down) kills it."""
    proc = subprocess.Popen([sys.executable, "-m", module, *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        # After the start, not in a preexec_fn: a serving process has other threads running, and a preexec_fn
        # may then deadlock the child before it runs Python.
        os.setpriority(os.PRIO_PROCESS, proc.pid, NICE)
        _, err = proc.communicate()
    except BaseException:  # do not leave the child behind
        proc.kill()
        raise
    return None if proc.returncode == 0 else (err.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
