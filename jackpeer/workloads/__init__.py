"""workloads/: the benchmark suite of small training workloads (CPU or GPU, no download).

    from jackpeer.workloads import get_workload, WORKLOADS
    w = get_workload("resnet", device="cpu")
    loss = w.step(next(w.batches))
"""

from jackpeer.workloads.suite import ALL_WORKLOADS, WORKLOADS, Workload, get_workload

__all__ = ["ALL_WORKLOADS", "WORKLOADS", "Workload", "get_workload"]
