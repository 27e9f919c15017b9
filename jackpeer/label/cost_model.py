"""Performance model of one task on one executor (spec §5.3): t̂(n) = a + b·n, fitted by least squares
at calibration, then tracked by recursive least squares with forgetting so it follows load changes."""

import numpy as np


class LinearCost:
    """Fixed cost a (dispatch, transfer) plus per-item cost b, in seconds."""

    def __init__(self, forgetting: float = 0.95):
        self.lam = forgetting
        self.theta = np.zeros(2)
        self.P = np.eye(2) * 1e3
        self.error_ema = 0.0
        self.observations = 0

    @property
    def a(self) -> float:
        """Fixed cost (s)."""
        return float(self.theta[0])

    @property
    def b(self) -> float:
        """Per-item cost (s)."""
        return float(self.theta[1])

    def fit(self, ns, ts) -> "LinearCost":
        """Least-squares fit of (a, b) to measured (n, seconds); both clamped at >= 0."""
        x = np.stack([np.ones(len(ns)), np.asarray(ns, dtype=float)], 1)
        theta, *_ = np.linalg.lstsq(x, np.asarray(ts, dtype=float), rcond=None)
        if theta[1] < 0:  # noise made the slope negative: all cost is fixed
            theta = np.array([float(np.mean(ts)), 0.0])
        if theta[0] < 0:  # or the intercept: all cost is per item
            theta = np.array([0.0, float(np.dot(ns, ts) / np.dot(ns, ns))])
        self.theta = theta
        self.P = np.linalg.pinv(x.T @ x + 1e-9 * np.eye(2))
        self.error_ema, self.observations = 0.0, len(ns)
        return self

    def predict(self, n: float) -> float:
        """Predicted seconds for n items."""
        return max(0.0, self.a + self.b * n)

    def update(self, n: float, t: float) -> float:
        """One RLS step with forgetting λ on an observed execution; returns the relative error
        |t - t̂| / t before the update (its EMA decides when to re-calibrate)."""
        phi = np.array([1.0, float(n)])
        err = abs(t - self.predict(n)) / max(t, 1e-9)
        gain = self.P @ phi / (self.lam + phi @ self.P @ phi)
        self.theta = self.theta + gain * (t - phi @ self.theta)
        self.theta = np.maximum(self.theta, 0.0)
        self.P = (self.P - np.outer(gain, phi @ self.P)) / self.lam
        self.error_ema = 0.8 * self.error_ema + 0.2 * err
        self.observations += 1
        return err
