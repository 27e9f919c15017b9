"""Feature extractors (spec §4.1): the pluggable step that turns raw items into vectors z = φ(x).

Each extractor has `fit(items, labels=None)`, `transform(items) -> float32 [n, d]`, `dim`,
`refittable` and a `device` attribute the runtime may change. `transform` validates its input
and raises InputError before any state changes, so a bad batch never costs earlier labels.
"""

from collections import OrderedDict

import numpy as np
import torch
from torch import nn

from jackpeer.errors import InputError
from jackpeer.minilm import load_minilm_encoder
from jackpeer.minilm_encoder import mean_pooled


def as_matrix(items, dim: int | None = None) -> np.ndarray:
    """Check a batch of feature vectors: 2-D, numeric, finite, `dim` columns; return float64."""
    try:
        x = np.asarray(items, dtype=np.float64)
    except (TypeError, ValueError) as err:
        raise InputError(f"feature vectors must be numbers ({err}); give one list of floats per item") from err
    if x.ndim == 1 and x.size and dim is not None and x.shape[0] == dim:
        x = x[None, :]
    if x.ndim != 2 or x.shape[0] == 0:
        raise InputError(f"expected a non-empty batch of vectors shaped [n, d], got shape {list(x.shape)}")
    if dim is not None and x.shape[1] != dim:
        raise InputError(f"vectors have {x.shape[1]} values but this labeler was fitted on {dim}; "
                         "give vectors of the same dimension as the seed set")
    bad = ~np.isfinite(x)
    if bad.any():
        row = int(np.argwhere(bad)[0][0])
        raise InputError(f"item {row} of the batch contains NaN or infinity; clean or drop it and resend")
    return x


class VectorFeatures:
    """Tabular / ready vectors: robust scaling (median, IQR), then PCA to `pca_dims` if wider."""

    refittable = True

    def __init__(self, pca_dims: int = 32, scale: str = "robust"):
        if scale not in ("robust", "standard"):
            raise InputError("scale must be 'robust' or 'standard'")
        self.pca_dims, self.scale = pca_dims, scale
        self.in_dim: int | None = None
        self.center = self.spread = self.components = None
        self.device = "cpu"

    def fit(self, items, labels=None) -> "VectorFeatures":
        """Fit scaling (and PCA when d > pca_dims) on the seed / warm-up items."""
        x = as_matrix(items, self.in_dim if self.in_dim is not None and self.center is not None else None)
        self.in_dim = x.shape[1]
        if self.scale == "robust":
            self.center = np.median(x, axis=0)
            q75, q25 = np.percentile(x, [75, 25], axis=0)
            spread = q75 - q25
            # IQR is 0 for near-constant columns (e.g. border pixels): fall back to the std, then 1
            spread = np.where(spread > 1e-12, spread, x.std(axis=0))
        else:
            self.center, spread = x.mean(axis=0), x.std(axis=0)
        self.spread = np.where(spread > 1e-12, spread, 1.0)
        self.components = None
        if x.shape[1] > self.pca_dims:
            s = (x - self.center) / self.spread
            # SVD of the centred scaled data; with fewer rows than pca_dims we keep what exists
            _, _, vt = np.linalg.svd(s - s.mean(axis=0), full_matrices=False)
            self.components = vt[: self.pca_dims].T
        return self

    @property
    def fitted(self) -> bool:
        """Whether fit has run."""
        return self.center is not None

    @property
    def dim(self) -> int:
        """Output dimension."""
        if self.in_dim is None:
            raise InputError("the extractor is not fitted; call fit_seed first")
        return self.in_dim if self.components is None else self.components.shape[1]

    def check(self, items) -> None:
        """Raise InputError for a malformed batch, changing nothing."""
        as_matrix(items, self.in_dim)

    def transform(self, items) -> np.ndarray:
        """Scale (and project) a batch."""
        if self.center is None:
            raise InputError("the extractor is not fitted; call fit_seed first")
        s = (as_matrix(items, self.in_dim) - self.center) / self.spread
        if self.components is not None:
            s = s @ self.components
        return s.astype(np.float32)

    def state_dict(self) -> dict:
        """Fitted parameters."""
        return {"pca_dims": self.pca_dims, "scale": self.scale, "in_dim": self.in_dim,
                "center": self.center, "spread": self.spread, "components": self.components}

    def load_state_dict(self, state: dict) -> None:
        """Restore fitted parameters."""
        for key, value in state.items():
            setattr(self, key, value)


STATS_PER_CHANNEL = 14  # 10 statistics + energy in 4 FFT bands


def _signal_stats(x: torch.Tensor) -> torch.Tensor:
    """Spec §4.1's 14 statistics per channel of [n, c, 64] signals -> [n, c*14]."""
    mean, std = x.mean(-1), x.std(-1, unbiased=False)
    lo, hi = x.min(-1).values, x.max(-1).values
    q25, med, q75 = torch.quantile(x, torch.tensor([0.25, 0.5, 0.75], dtype=x.dtype), dim=-1)
    centred = x - mean[..., None]
    safe = std.clamp_min(1e-8)[..., None]
    skew = ((centred / safe) ** 3).mean(-1)
    kurt = ((centred / safe) ** 4).mean(-1)
    diff = x.diff(dim=-1).abs().mean(-1)
    zc = ((centred[..., 1:] * centred[..., :-1]) < 0).to(x.dtype).mean(-1)
    power = torch.fft.rfft(centred, dim=-1).abs() ** 2
    bands = torch.stack([b.sum(-1) for b in power[..., 1:].chunk(4, dim=-1)], -1)
    feats = torch.stack([mean, std, lo, hi, med, q75 - q25, skew, kurt, diff, zc], -1)
    return torch.cat([feats, torch.log1p(bands)], -1).flatten(1)


class SignalFeatures:
    """Multichannel time series of any length: resample to 64 points, 14 statistics per channel,
    then robust scaling. Items are arrays [channels, length] or [length]."""

    refittable = True

    def __init__(self, points: int = 64):
        self.points = points
        self.scaler = VectorFeatures(pca_dims=10**9)
        self.channels: int | None = None
        self.device = "cpu"

    def _raw(self, items, channels: int | None) -> np.ndarray:
        """14 statistics per channel of each item, resampled to `points`; `channels` (when given)
        is the channel count every item must have."""
        if len(items) == 0:
            raise InputError("empty batch of signals")
        rows = []
        for i, item in enumerate(items):
            try:
                s = torch.as_tensor(np.asarray(item, dtype=np.float64))
            except (TypeError, ValueError) as err:
                raise InputError(f"signal {i} is not numeric: {err}") from err
            s = s[None, :] if s.ndim == 1 else s
            if s.ndim != 2 or s.shape[1] < 2:
                raise InputError(f"signal {i} must be [channels, length >= 2], got {list(s.shape)}")
            channels = s.shape[0] if channels is None else channels
            if s.shape[0] != channels:
                raise InputError(f"signal {i} has {s.shape[0]} channels, expected {channels} (as the first/seed signals)")
            if not torch.isfinite(s).all():
                raise InputError(f"signal {i} contains NaN or infinity; clean or drop it and resend")
            s = nn.functional.interpolate(s[None], size=self.points, mode="linear", align_corners=True)[0]
            rows.append(s)
        return _signal_stats(torch.stack(rows).to(self.device)).cpu().numpy()

    def fit(self, items, labels=None) -> "SignalFeatures":
        """Fit the robust scaler on the seed signals' statistics."""
        raw = self._raw(items, None)  # validates first: a bad seed batch changes nothing
        self.channels = raw.shape[1] // STATS_PER_CHANNEL
        self.scaler.fit(raw)
        return self

    @property
    def fitted(self) -> bool:
        """Whether fit has run."""
        return self.scaler.fitted

    @property
    def dim(self) -> int:
        """Output dimension (14 per channel)."""
        return self.scaler.dim

    def check(self, items) -> None:
        """Raise InputError for a malformed batch, changing nothing."""
        self._raw(items, self.channels)

    def transform(self, items) -> np.ndarray:
        """Statistics, scaled."""
        return self.scaler.transform(self._raw(items, self.channels))

    def state_dict(self) -> dict:
        """Fitted parameters (the labeler's feature refresh and state_dict use them)."""
        return {"points": self.points, "channels": self.channels, "scaler": self.scaler.state_dict()}

    def load_state_dict(self, state: dict) -> None:
        """Restore fitted parameters."""
        self.points, self.channels = state["points"], state["channels"]
        self.scaler.load_state_dict(state["scaler"])


class ConvEncoder(nn.Module):
    """The small learned encoder of spec §4.1: 3 conv layers (32 channels, kernel 5), global average
    pooling; Conv1d for signals [c, L], Conv2d for images [h, w] or [c, h, w]."""

    def __init__(self, in_channels: int, n_classes: int, two_d: bool, width: int = 32):
        super().__init__()
        conv = nn.Conv2d if two_d else nn.Conv1d
        self.body = nn.Sequential(
            conv(in_channels, width, 5, padding=2), nn.ReLU(),
            conv(width, width, 5, padding=2), nn.ReLU(),
            conv(width, width, 5, padding=2), nn.ReLU(),
        )
        self.head = nn.Linear(width, n_classes)

    def embed(self, x: torch.Tensor) -> torch.Tensor:
        """Penultimate features: conv stack then global average pooling."""
        return self.body(x).flatten(2).mean(-1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """Class logits (used only to train the encoder on the seed set)."""
        return self.head(self.embed(x))


class NetworkFeatures:
    """Images or signals through a small PyTorch network trained with cross-entropy on the seed set
    (spec: only when there are >= 20 seed items per class); its penultimate layer is φ."""

    refittable = False

    def __init__(self, steps: int = 300, lr: float = 3e-3, seed: int = 0, device: str = "cpu"):
        self.steps, self.lr, self.seed, self.device = steps, lr, seed, device
        self.net: ConvEncoder | None = None
        self.shape: tuple | None = None

    def _tensor(self, items) -> torch.Tensor:
        try:
            x = torch.as_tensor(np.asarray(items, dtype=np.float32))
        except (TypeError, ValueError) as err:
            raise InputError(f"images/signals must be equal-shaped numeric arrays ({err})") from err
        if x.ndim not in (3, 4) or x.shape[0] == 0:
            raise InputError(f"expected a batch [n, c, L], [n, h, w] or [n, c, h, w], got {list(x.shape)}")
        if self.shape is not None and tuple(x.shape[1:]) != self.shape:
            raise InputError(f"items are shaped {list(x.shape[1:])}, the encoder was trained on {list(self.shape)}")
        if not torch.isfinite(x).all():
            raise InputError("the batch contains NaN or infinity; clean or drop those items and resend")
        return x

    def _layout(self, x: torch.Tensor) -> torch.Tensor:
        # [n, h, w] images get a channel axis; [n, c, L] signals are used as they are
        return x[:, None] if self.two_d and x.ndim == 3 else x

    def fit(self, items, labels=None) -> "NetworkFeatures":
        """Train the encoder on the labelled seed items."""
        if labels is None:
            raise InputError("NetworkFeatures needs labelled seed items to train on")
        x = self._tensor(items)
        classes = sorted(set(labels))
        if len(x) < 20 * len(classes):
            raise InputError(f"NetworkFeatures needs >= 20 seed items per class, got {len(x)} for "
                             f"{len(classes)} classes; use VectorFeatures/SignalFeatures instead")
        self.shape = tuple(x.shape[1:])
        self.two_d = x.ndim == 4 or (x.ndim == 3 and x.shape[1] == x.shape[2])
        x = self._layout(x)
        self.mean, self.std = x.mean(), x.std().clamp_min(1e-6)
        y = torch.tensor([classes.index(v) for v in labels])
        torch.manual_seed(self.seed)
        self.net = ConvEncoder(x.shape[1], len(classes), self.two_d).to(self.device)
        opt = torch.optim.Adam(self.net.parameters(), lr=self.lr)
        gen = torch.Generator().manual_seed(self.seed)
        xs, ys = ((x - self.mean) / self.std).to(self.device), y.to(self.device)
        for _ in range(self.steps):
            idx = torch.randint(0, len(xs), (min(64, len(xs)),), generator=gen)
            loss = nn.functional.cross_entropy(self.net(xs[idx]), ys[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.net.eval()
        return self

    @property
    def fitted(self) -> bool:
        """Whether the encoder has been trained."""
        return self.net is not None

    @property
    def dim(self) -> int:
        """Output dimension (the encoder width)."""
        return self.net.head.in_features

    def check(self, items) -> None:
        """Raise InputError for a malformed batch, changing nothing."""
        self._tensor(items)

    @torch.no_grad()
    def transform(self, items) -> np.ndarray:
        """Penultimate-layer features."""
        if self.net is None:
            raise InputError("the encoder is not trained; call fit_seed first")
        x = self._layout(self._tensor(items))
        self.net.to(self.device)
        return self.net.embed(((x - self.mean) / self.std).to(self.device)).cpu().numpy()


def check_texts(items) -> list[str]:
    """Texts must be a non-empty list of non-blank strings."""
    if isinstance(items, str):
        items = [items]
    items = list(items)
    if not items:
        raise InputError("empty batch of texts")
    for i, t in enumerate(items):
        if not isinstance(t, str):
            raise InputError(f"item {i} is {type(t).__name__}, not text")
        if not t.strip():
            raise InputError(f"item {i} is empty text; drop blank utterances before labeling")
    return items


class TextFeatures:
    """Sentence embeddings: MiniLM-L6 (384-d), mean pooling over tokens, L2-normalised, in batches,
    with an LRU cache so repeated utterances cost nothing."""

    refittable = False
    fitted = True  # pre-trained; the model loads lazily on first use
    dim = 384

    def __init__(self, device: str = "cpu", batch_size: int = 64, max_length: int = 256, cache_size: int = 20000):
        # max_length 256 = the model's sentence_bert_config.json max_seq_length, as sentence-transformers
        # truncates; pooling is the mean over real tokens (attention mask), then L2 normalisation
        self.device, self.batch_size, self.max_length = device, batch_size, max_length
        self.cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self.cache_size = cache_size

    def fit(self, items, labels=None) -> "TextFeatures":
        """Nothing to fit: the encoder is pre-trained; loads it now so the first batch is not slow."""
        load_minilm_encoder(self.device)
        return self

    @torch.no_grad()
    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed without the cache: tokenise, encode, mean-pool over real tokens, L2-normalise."""
        tok, model = load_minilm_encoder(self.device)
        out = []
        for start in range(0, len(texts), self.batch_size):
            enc = tok(texts[start:start + self.batch_size], padding=True, truncation=True,
                      max_length=self.max_length, return_tensors="pt").to(self.device)
            out.append(mean_pooled(model(**enc), enc["attention_mask"]).cpu())  # the model may run in bf16
        return torch.cat(out).numpy()

    def check(self, items) -> None:
        """Raise InputError for a malformed batch, changing nothing."""
        check_texts(items)

    def transform(self, items) -> np.ndarray:
        """Embed a batch, reusing cached vectors."""
        texts = check_texts(items)
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        if missing:
            for t, v in zip(missing, self.embed(missing), strict=True):
                self.cache[t] = v
        for t in texts:
            self.cache.move_to_end(t)
        while len(self.cache) > self.cache_size:
            self.cache.popitem(last=False)
        return np.stack([self.cache[t] for t in texts])

    def clear_cache(self) -> None:
        """Forget cached embeddings (benchmarks use this to time cold extraction)."""
        self.cache.clear()


def default_extractor(items, n_seed: int = 0, n_classes: int = 0, pca_dims: int = 32):
    """Pick the spec's default extractor for these items: text -> MiniLM, equal-shaped 2-D+ arrays ->
    network (with enough seeds) or signal statistics, flat vectors -> scaling (+PCA)."""
    first = items[0] if len(items) else None
    if isinstance(first, str):
        return TextFeatures()
    shape = np.asarray(first, dtype=object).shape if first is not None else ()
    if len(shape) >= 2:
        # the network needs equal-shaped items; series of different lengths go to the statistics
        same = all(np.shape(item) == shape for item in items)
        if same and n_classes and n_seed >= 20 * n_classes:
            return NetworkFeatures()
        return SignalFeatures()
    return VectorFeatures(pca_dims=pca_dims)

