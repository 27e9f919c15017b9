"""Energy from power samples or cumulative counters, over an interval (spec §3.1, §6.3 method 1)."""

import numpy as np


def rectangle_energy(t_s: np.ndarray, power_w: np.ndarray) -> float:
    """The paper's E = Σ Δt·P_k: each sample's power held until the next sample."""
    if len(t_s) < 2:
        return 0.0
    return float(np.sum(np.diff(t_s) * power_w[:-1]))


def trapezoid_energy(t_s: np.ndarray, power_w: np.ndarray) -> float:
    """Trapezoid rule over the same samples (agrees with the rectangle rule for constant power)."""
    if len(t_s) < 2:
        return 0.0
    return float(np.sum(np.diff(t_s) * (power_w[1:] + power_w[:-1]) / 2))


def counter_energy(t_ns: np.ndarray, joules: np.ndarray, start_ns: int, end_ns: int) -> float:
    """Energy between two instants from a cumulative joule counter, interpolated between samples."""
    return float(np.interp(end_ns, t_ns, joules) - np.interp(start_ns, t_ns, joules))


def power_energy(t_ns: np.ndarray, power_w: np.ndarray, start_ns: int, end_ns: int) -> float:
    """Energy between two instants by integrating sampled power (trapezoid), clipped to the interval."""
    inside = (t_ns > start_ns) & (t_ns < end_ns)
    t = np.concatenate([[start_ns], t_ns[inside], [end_ns]]).astype(np.float64)
    p = np.interp(t, t_ns, power_w)
    return trapezoid_energy(t / 1e9, p)
