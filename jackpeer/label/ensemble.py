"""Known-label assignment (spec §4.2): a weighted ensemble of four members over the current labels.

Members: 1 prototype (nearest class mean), 2 kNN on the class memories, 3 softmax regression,
4 a small MLP. Weights w_k ∝ exp(η · acc_k) from each member's accuracy on the trusted pool."""

import numpy as np
import torch
from torch import nn

from jackpeer.label.config import LabelConfig

MEMBERS = ("prototype", "knn", "softmax", "mlp")


class Ensemble:
    """The four members and their weights; every tensor lives on `device`."""

    def __init__(self, dim: int, cfg: LabelConfig, device: str = "cpu"):
        self.dim, self.cfg, self.device = dim, cfg, device
        self.n_classes = 0
        self.prototypes = torch.zeros(0, dim)
        self.radii = torch.zeros(0)
        self.mem_z, self.mem_y = torch.zeros(0, dim), torch.zeros(0, dtype=torch.long)
        self.weights = torch.full((4,), 0.25)
        self.knn_radii = torch.zeros(0)
        self.use_knn = cfg.openset_score == "prototype+knn"  # the labeler decides "auto"
        self.temp_scale = 1.0  # T = temp_scale · median τ_c² (1: the spec's T)
        self.retrains = 0
        self.reset_heads(0)
        self.to(device)

    def reset_heads(self, n_classes: int) -> None:
        """Fresh softmax and MLP heads for `n_classes` labels (seeded)."""
        torch.manual_seed(self.cfg.seed + self.retrains)
        self.softmax = nn.Linear(self.dim, max(n_classes, 1))
        self.mlp = nn.Sequential(nn.Linear(self.dim, self.cfg.mlp_hidden), nn.ReLU(),
                                 nn.Dropout(self.cfg.mlp_dropout), nn.Linear(self.cfg.mlp_hidden, max(n_classes, 1)))

    def to(self, device: str) -> "Ensemble":
        """Move every member to `device` (the runtime's placement of ASSIGN/UPDATE)."""
        self.device = device
        self.prototypes, self.radii = self.prototypes.to(device), self.radii.to(device)
        self.mem_z, self.mem_y = self.mem_z.to(device), self.mem_y.to(device)
        self.softmax.to(device)
        self.mlp.to(device)
        return self

    def set_state(self, prototypes: np.ndarray, radii: np.ndarray, mem_z: np.ndarray, mem_y: np.ndarray) -> None:
        """Take the labeler's current prototypes, radii and memories."""
        self.prototypes = torch.as_tensor(prototypes, dtype=torch.float32, device=self.device).reshape(-1, self.dim)
        self.radii = torch.as_tensor(radii, dtype=torch.float32, device=self.device)
        self.mem_z = torch.as_tensor(mem_z, dtype=torch.float32, device=self.device).reshape(-1, self.dim)
        self.mem_y = torch.as_tensor(mem_y, dtype=torch.long, device=self.device)
        self.n_classes = len(self.prototypes)
        if self.use_knn:
            self.knn_radii = self._knn_radii()

    def _class_knn(self, d: torch.Tensor, c: int, leave_one_out: bool) -> torch.Tensor:
        """Mean distance to the k nearest members of class c, per row of d (distances to all memory);
        k = knn_k, at most the class's members minus one so items and members are measured alike."""
        cols = d[:, self.mem_y == c]
        k = min(self.cfg.knn_k, cols.shape[1] - 1)
        if k < 1:
            return torch.full((len(d),), float("nan"), device=d.device)
        near = cols.topk(k + int(leave_one_out), dim=1, largest=False).values
        return near[:, int(leave_one_out):].mean(dim=1)

    def _knn_radii(self) -> torch.Tensor:
        """Per class: radius_quantile of its members' leave-one-out k-NN distances (normal estimate
        as for τ_c); NaN where a class has too few members (its kNN test is then skipped)."""
        from statistics import NormalDist

        out = torch.full((self.n_classes,), float("nan"), device=self.device)
        zq = NormalDist().inv_cdf(self.cfg.radius_quantile)
        for c in range(self.n_classes):
            members = self.mem_z[self.mem_y == c]
            if len(members) < max(3, self.cfg.radius_min_members):
                continue
            dk = self._class_knn(torch.cdist(members, self.mem_z), c, leave_one_out=True)
            q = torch.quantile(dk, self.cfg.radius_quantile)
            if self.cfg.radius_estimate == "normal":
                q = torch.maximum(q, dk.mean() + zq * dk.std())
            out[c] = q
        return out

    @torch.no_grad()
    def ratios(self, z: torch.Tensor, dist: torch.Tensor) -> torch.Tensor:
        """Per item and class, how far outside class c's region it lies (<= 1: inside): ‖z − μ_c‖ / τ_c,
        and with openset_score="prototype+knn" also the k-NN distance to c's members over its members'
        own (the larger of the two: a region is the ball and the dense part of it)."""
        r = dist / self.radii[None]
        if self.use_knn and len(self.mem_z):
            d = torch.cdist(z, self.mem_z)
            for c in range(self.n_classes):
                if torch.isfinite(self.knn_radii[c]):
                    rk = self._class_knn(d, c, leave_one_out=False) / self.knn_radii[c].clamp_min(1e-8)
                    r[:, c] = torch.maximum(r[:, c], rk)
        return r

    def add_class(self, centroid: np.ndarray) -> None:
        """Grow the softmax and MLP output layers by one row: old rows copied, new row set from the
        centroid (like a nearest-mean linear rule) so the new label is reachable before retraining."""
        c = torch.as_tensor(centroid, dtype=torch.float32, device=self.device)
        n = self.n_classes
        for head, feat in ((self.softmax, c), (self.mlp[3], None)):
            old_w, old_b = head.weight.data, head.bias.data
            rows = n if n > 0 else 0
            new = nn.Linear(head.in_features, rows + 1).to(self.device)
            with torch.no_grad():
                new.weight[:rows] = old_w[:rows]
                new.bias[:rows] = old_b[:rows]
                if feat is not None:
                    new.weight[rows] = feat
                    new.bias[rows] = -0.5 * feat.dot(feat)
                else:
                    hidden = self.mlp[1](self.mlp[0](c))
                    new.weight[rows] = hidden / hidden.norm().clamp_min(1e-6)
                    new.bias[rows] = 0.0
            if head is self.softmax:
                self.softmax = new
            else:
                self.mlp[3] = new

    @torch.no_grad()
    def distances(self, z: torch.Tensor) -> torch.Tensor:
        """Euclidean distance of each item to each prototype, [n, C]."""
        return torch.cdist(z, self.prototypes)

    @torch.no_grad()
    def member_probs(self, z: torch.Tensor, dist: torch.Tensor | None = None, exclude_self: bool = False) -> torch.Tensor:
        """Probability vectors of the four members, [4, n, C]."""
        dist = self.distances(z) if dist is None else dist
        c = self.n_classes
        p1 = torch.softmax(-(dist ** 2) / self._temperature(), dim=-1)
        p2 = self._knn(z, exclude_self)
        self.softmax.eval()
        self.mlp.eval()
        p3 = torch.softmax(self.softmax(z)[:, :c], dim=-1)
        p4 = torch.softmax(self.mlp(z)[:, :c], dim=-1)
        return torch.stack([p1, p2, p3, p4])

    def _temperature(self) -> torch.Tensor:
        return (self.temp_scale * torch.median(self.radii ** 2)).clamp_min(1e-8)

    @torch.no_grad()
    def calibrate_temperature(self, z: torch.Tensor, y: torch.Tensor) -> float:
        """Temperature scaling of the prototype member on the trusted pool: the scale in 2^-8..1 of
        median τ_c² with the least NLL. With the spec's T a 384-d MiniLM space gives near-uniform
        p_1 (squared distances differ by ~0.2 against T ≈ 1.1), which drags every confidence s
        under s_lo; own-class distances are leave-one-out corrected (n/(n-1)) since the pool's
        items helped form the prototypes."""
        counts = torch.bincount(self.mem_y, minlength=self.n_classes).clamp_min(2).to(z.dtype)
        d2 = self.distances(z) ** 2
        own = (counts[y] / (counts[y] - 1)) ** 2
        d2[torch.arange(len(y)), y] *= own
        base = torch.median(self.radii ** 2).clamp_min(1e-8)
        scales = [2.0 ** -k for k in range(9)]
        nll = [nn.functional.cross_entropy(-d2 / (base * sc), y).item() for sc in scales]
        self.temp_scale = scales[int(np.argmin(nll))]
        return self.temp_scale

    def _knn(self, z: torch.Tensor, exclude_self: bool) -> torch.Tensor:
        n, c = len(z), self.n_classes
        if len(self.mem_z) == 0:
            return torch.full((n, c), 1.0 / c, device=z.device)
        d = torch.cdist(z, self.mem_z)
        if exclude_self:
            # scoring members on items that are themselves in memory: a zero distance is the item itself
            d = torch.where(d < 1e-6, torch.full_like(d, float("inf")), d)
        k = min(self.cfg.knn_k, len(self.mem_z))
        near, idx = d.topk(k, largest=False)
        w = 1.0 / (near + 1e-6)
        w = torch.where(torch.isfinite(near), w, torch.zeros_like(w))
        probs = torch.zeros(n, c, device=z.device).scatter_add_(1, self.mem_y[idx], w)
        total = probs.sum(-1, keepdim=True)
        return torch.where(total > 0, probs / total.clamp_min(1e-12), torch.full_like(probs, 1.0 / c))

    @torch.no_grad()
    def combine(self, probs: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Weighted mean over members -> label index, confidence s, agreement a."""
        pbar = (self.weights.to(probs.device)[:, None, None] * probs).sum(0)
        s, yhat = pbar.max(-1)
        agree = (probs.argmax(-1) == yhat[None]).float().mean(0)
        return yhat, s, agree

    @torch.no_grad()
    def update_weights(self, z: np.ndarray, y: np.ndarray) -> torch.Tensor:
        """w_k ∝ exp(η · acc_k), acc_k measured on the trusted validation pool."""
        if len(z) == 0 or self.n_classes < 2:
            return self.weights
        zt = torch.as_tensor(z, dtype=torch.float32, device=self.device)
        yt = torch.as_tensor(y, dtype=torch.long, device=self.device)
        if self.cfg.prototype_temperature == "calibrated":
            self.calibrate_temperature(zt, yt)
        acc = (self.member_probs(zt, exclude_self=True).argmax(-1) == yt[None]).float().mean(-1)
        self.weights = torch.softmax(self.cfg.eta * acc, dim=0)
        return self.weights

    def retrain(self) -> None:
        """Warm-start retraining of members 3 (LBFGS) and 4 (Adam) on all class memories."""
        if self.n_classes < 2 or len(self.mem_z) == 0:
            return
        self.retrains += 1
        torch.manual_seed(self.cfg.seed + self.retrains)
        x, y = self.mem_z, self.mem_y
        self.softmax.train()
        opt = torch.optim.LBFGS(self.softmax.parameters(), max_iter=self.cfg.softmax_iterations,
                                line_search_fn="strong_wolfe")

        def closure():
            opt.zero_grad()
            loss = nn.functional.cross_entropy(self.softmax(x), y) + self.cfg.softmax_l2 * self.softmax.weight.pow(2).sum()
            loss.backward()
            return loss

        opt.step(closure)
        self.mlp.train()
        adam = torch.optim.Adam(self.mlp.parameters(), lr=self.cfg.mlp_lr)
        gen = torch.Generator(device="cpu").manual_seed(self.cfg.seed + self.retrains)
        for _ in range(self.cfg.mlp_steps):
            idx = torch.randint(0, len(x), (min(self.cfg.mlp_batch, len(x)),), generator=gen).to(x.device)
            loss = nn.functional.cross_entropy(self.mlp(x[idx]), y[idx])
            adam.zero_grad()
            loss.backward()
            adam.step()
        self.softmax.eval()
        self.mlp.eval()

    def state_dict(self) -> dict:
        """Heads and weights (prototypes and memories belong to the labeler)."""
        return {"softmax": {k: v.cpu() for k, v in self.softmax.state_dict().items()},
                "mlp": {k: v.cpu() for k, v in self.mlp.state_dict().items()},
                "weights": self.weights.cpu(), "temp_scale": self.temp_scale, "retrains": self.retrains, "n_classes": self.n_classes}

    def load_state_dict(self, state: dict) -> None:
        """Restore heads and weights."""
        self.retrains = state["retrains"]
        self.reset_heads(state["softmax"]["weight"].shape[0])
        self.softmax.load_state_dict(state["softmax"])
        self.mlp.load_state_dict(state["mlp"])
        self.weights = state["weights"].clone()
        self.temp_scale = state.get("temp_scale", 1.0)
        self.to(self.device)
