"""Intra-op threads per OS thread: how many cores the calling thread's PyTorch ops use.

`torch.set_num_threads` sets the calling thread's OpenMP count and a process-wide default; MKL's
GEMMs need their own thread-local override (runtime/threads.py measures both), so `set_threads`
sets both. A serving process computes on one thread with every core and on one core elsewhere
(`use_cores`).
"""

import ctypes
from pathlib import Path

import torch


def _mkl_local():
    """MKL's per-thread override from libtorch_cpu (C by-value entry point), or None."""
    path = Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"
    try:
        fn = ctypes.CDLL(str(path)).MKL_Set_Num_Threads_Local
    except (OSError, AttributeError):
        return None
    fn.restype, fn.argtypes = ctypes.c_int, [ctypes.c_int]
    return fn


_MKL_LOCAL = _mkl_local() if torch.backends.mkl.is_available() else None


def set_threads(n: int) -> None:
    """Intra-op threads for ops run by the calling OS thread: ATen/OpenMP/oneDNN and MKL."""
    torch.set_num_threads(n)
    if _MKL_LOCAL is not None:
        _MKL_LOCAL(n)


# PyTorch's default intra-op thread count (one per core), as it was when this module was first imported.
CORES = torch.get_num_threads()


def use_cores(n: int) -> None:
    """Intra-op threads for the calling thread from now on, kept past its first parallel op.

    One thread per serving process computes with every core (the engine's model thread); every other
    thread that touches PyTorch uses one. libgomp gives each thread that runs a parallel op its own
    team of workers, and once it manages more threads than there are cores it stops spinning between
    parallel regions, so every region wakes its workers through the kernel: on 2 cores, a screen check
    in an executor thread beside the model thread took the engine's one-row decode step from 6.6 to
    12 ms and a 16-row step from 25 to 35 ms, for as long as both threads lived. A one-thread op starts
    no team.

    PyTorch sets each thread to the process-wide default at that thread's first parallel op, and
    `set_num_threads` in any thread moves that default; asking for the count first settles it, so the
    count set here stays.
    """
    torch.get_num_threads()
    set_threads(n)
