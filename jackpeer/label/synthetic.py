"""Synthetic drifting streams for scenario D (spec §7.4), written after the definitions of river's
generators (RandomRBFDrift, LEDDrift, SEA and Agrawal with a ConceptDriftStream join) with numpy
only: river is installed for its data files only and never imported. Items come out in time order;
drift is tied to the position in the stream."""

import numpy as np

from jackpeer.label.datasets import Dataset

# segments of the seven-segment display for the digits 0-9 (river's LED generator uses the same table)
LED_SEGMENTS = np.array([
    [1, 1, 1, 0, 1, 1, 1], [0, 0, 1, 0, 0, 1, 0], [1, 0, 1, 1, 1, 0, 1], [1, 0, 1, 1, 0, 1, 1],
    [0, 1, 1, 1, 0, 1, 0], [1, 1, 0, 1, 0, 1, 1], [1, 1, 0, 1, 1, 1, 1], [1, 0, 1, 0, 0, 1, 0],
    [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 0, 1, 1]])


def random_rbf_drift(n: int = 1500, n_classes: int = 6, n_features: int = 10, n_centroids: int = 30,
                     change_speed: float = 0.001, n_drift_centroids: int = 20, seed: int = 0) -> Dataset:
    """RandomRBFDrift: weighted Gaussian centroids with a class each; n_drift_centroids of them move
    by change_speed per item in a random direction, bouncing off the unit cube's walls."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 1, (n_centroids, n_features))
    labels = rng.integers(0, n_classes, n_centroids)
    labels[:n_classes] = np.arange(n_classes)  # every class owns at least one centroid
    stds = rng.uniform(0, 0.1, n_centroids)  # our choice: narrow enough that 10-d classes stay separable
    weights = rng.uniform(0, 1, n_centroids)
    weights /= weights.sum()
    speed = rng.normal(size=(n_drift_centroids, n_features))
    speed *= change_speed / np.linalg.norm(speed, axis=1, keepdims=True)
    x, y = np.zeros((n, n_features)), np.zeros(n, dtype=int)
    for i in range(n):
        c = rng.choice(n_centroids, p=weights)
        direction = rng.normal(size=n_features)
        x[i] = centres[c] + direction / np.linalg.norm(direction) * rng.normal() * stds[c]
        y[i] = labels[c]
        centres[:n_drift_centroids] += speed
        out = (centres[:n_drift_centroids] < 0) | (centres[:n_drift_centroids] > 1)
        speed[out] *= -1  # bounce: the wall reverses that coordinate's direction
        centres[:n_drift_centroids] = np.clip(centres[:n_drift_centroids], 0, 1)
    return Dataset("rbf_drift", x, np.array([f"c{v}" for v in y]), "vectors",
                   f"synthetic RandomRBFDrift ({n_classes} classes, {n_centroids} centroids, "
                   f"{n_drift_centroids} drifting at {change_speed}/item)")


def led_drift(n: int = 1500, noise: float = 0.1, n_irrelevant: int = 17, n_drift_features: int = 3,
              seed: int = 0) -> Dataset:
    """LEDDrift: the seven segments of a digit (each flipped with probability `noise`) plus random
    irrelevant bits; at mid-stream n_drift_features segments swap places with irrelevant bits."""
    rng = np.random.default_rng(seed)
    digits = rng.integers(0, 10, n)
    seg = LED_SEGMENTS[digits]
    seg = np.where(rng.uniform(size=seg.shape) < noise, 1 - seg, seg)
    x = np.hstack([seg, rng.integers(0, 2, (n, n_irrelevant))]).astype(float)
    moved = rng.choice(7, n_drift_features, replace=False)
    into = 7 + rng.choice(n_irrelevant, n_drift_features, replace=False)
    half = slice(n // 2, n)
    x[half, moved.tolist() + into.tolist()] = x[half, into.tolist() + moved.tolist()]
    return Dataset("led_drift", x, np.array([f"d{v}" for v in digits]), "vectors",
                   f"synthetic LEDDrift (noise {noise}, {n_drift_features} features swap at 50 %)")


def _joined(n: int, position: float, width: float, rng: np.random.Generator) -> np.ndarray:
    """ConceptDriftStream's join: item i comes from the new concept with probability
    sigmoid(4·(i/n − position)/width) (river's sigmoid, positions as fractions of the stream)."""
    u = np.arange(n) / n
    return rng.uniform(size=n) < 1 / (1 + np.exp(-4 * (u - position) / width))


def sea_drift(n: int = 1500, noise: float = 0.1, position: float = 0.5, width: float = 0.05,
              seed: int = 0) -> Dataset:
    """SEA concepts joined by a ConceptDriftStream: x in [0, 10]^3, class = [x1 + x2 <= θ]; θ moves
    from 8 (variant 0) to 9.5 (variant 2) along a sigmoid at `position` of the stream, `width` wide;
    `noise` of the labels flipped."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 10, (n, 3))
    theta = np.where(_joined(n, position, width, rng), 9.5, 8.0)
    y = (x[:, 0] + x[:, 1] <= theta).astype(int)
    y = np.where(rng.uniform(size=n) < noise, 1 - y, y)
    return Dataset("sea_drift", x, np.array(["low" if v else "high" for v in y]), "vectors",
                   f"synthetic SEA θ 8 -> 9.5 at {position:.0%} (width {width:.0%}), {noise:.0%} label noise")


def agrawal_drift(n: int = 1500, position: float = 0.5, width: float = 0.05, seed: int = 0) -> Dataset:
    """Agrawal's loan applicants (salary, commission, age, education level, car, zip code, house value,
    years owned, loan) joined by a ConceptDriftStream from classification function 0 (group A iff
    age < 40 or >= 60) to function 2 (group A iff the education level suits the age band), river's
    default pair; the features keep their distribution, only the labelling rule drifts."""
    rng = np.random.default_rng(seed)
    salary = rng.uniform(20_000, 150_000, n)
    commission = np.where(salary >= 75_000, 0.0, rng.uniform(10_000, 85_000, n))
    age, elevel, car = rng.integers(20, 81, n), rng.integers(0, 5, n), rng.integers(1, 21, n)
    zipcode = rng.integers(0, 9, n)
    hvalue = (8 - zipcode) * 100_000 * rng.uniform(0.5, 1.5, n)
    hyears, loan = rng.integers(1, 31, n), rng.uniform(0, 500_000, n)
    x = np.column_stack([salary, commission, age, elevel, car, zipcode, hvalue, hyears, loan]).astype(float)
    f0 = (age < 40) | (age >= 60)
    f2 = np.where(age < 40, elevel <= 1, np.where(age < 60, (elevel >= 1) & (elevel <= 3), elevel >= 2))
    group_a = np.where(_joined(n, position, width, rng), f2, f0)
    return Dataset("agrawal_drift", x, np.where(group_a, "group_a", "group_b"), "vectors",
                   f"synthetic Agrawal function 0 -> 2 at {position:.0%} (width {width:.0%})")


GENERATORS = {"rbf_drift": random_rbf_drift, "led_drift": led_drift, "sea_drift": sea_drift,
              "agrawal_drift": agrawal_drift}
