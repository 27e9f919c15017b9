"""Decode a test split and score it (spec §7); the table `jack eval` prints."""

import math
from pathlib import Path

import torch
from rich.table import Table

from jackpeer.dialog.corpora import Pair
from jackpeer.dialog.data import collate
from jackpeer.dialog.decode import greedy_decode
from jackpeer.dialog.metrics import MiniLMEmbedder, evaluate_texts
from jackpeer.dialog.strategies import token_nll
from jackpeer.errors import ModelFileError

COLUMNS = [("BLEU-1", "bleu1"), ("BLEU-2", "bleu2"), ("BLEU-3", "bleu3"), ("BLEU-4", "bleu4"),
           ("Dist-1", "distinct1"), ("Dist-2", "distinct2"), ("Avg", "emb_average"), ("Ext", "emb_extrema"),
           ("Grd", "emb_greedy"), ("PPL", "ppl")]
CAPTION = ("Greedy decoding, max {max_new} {unit}. BLEU: corpus-level, cumulative uniform weights, no smoothing, on "
           "lower-cased words with punctuation split. Distinct-n: distinct n-grams ÷ all generated n-grams. "
           "Avg/Ext/Grd: Liu et al. 2016 embedding metrics on MiniLM (all-MiniLM-L6-v2) static token vectors — "
           "not comparable with papers using word2vec/GloVe. PPL: exp(mean NLL of gold responses, EOS counted).")


@torch.no_grad()
def perplexity(model: torch.nn.Module, encoder, pairs: list[Pair], batch_size: int = 16) -> float:
    """exp of the mean per-token NLL of the gold responses under teacher forcing (context excluded)."""
    device = next(model.parameters()).device
    total, count = 0.0, 0
    examples = [encoder.encode(p) for p in pairs]
    for i in range(0, len(examples), batch_size):
        batch = collate(examples[i : i + batch_size], encoder.pad_id).to(device)
        total += float(token_nll(model(batch.ids), batch))
        count += int(batch.tmask.sum())
    return math.exp(total / max(count, 1))


def evaluate_model(
    model: torch.nn.Module, encoder, pairs: list[Pair], max_new: int = 40, embedder: MiniLMEmbedder | None = None
) -> dict:
    """Decode every context greedily and compute all metrics against the single gold responses."""
    was_training = model.training
    model.eval()
    outs = greedy_decode(model, [encoder.context_ids(p) for p in pairs], max_new, frozenset({encoder.eos_id}))
    hyps = [encoder.tok.decode(o) for o in outs]
    result = evaluate_texts(hyps, [p.response for p in pairs], embedder)
    result["ppl"] = perplexity(model, encoder, pairs)
    result["n"] = len(pairs)
    result["samples"] = [{"context": p.context[-2:], "gold": p.response, "reply": h} for p, h in zip(pairs[:5], hyps, strict=False)]
    model.train(was_training)
    return result


def load_trained(path: str | Path, device: str = "cpu"):
    """(model, encoder, TrainConfig) from a checkpoint written by the trainer."""
    from jackpeer.dialog.trainer import TrainConfig, build_model

    path = Path(path)
    if path.is_dir():
        path = path / "checkpoint.pt"
    if not path.exists():
        raise ModelFileError(f"{path}: no checkpoint; give a run folder of `jack train` or its checkpoint.pt")
    try:
        state = torch.load(path, map_location=device, weights_only=False)
        cfg = TrainConfig.from_dict(state["config"])
    except Exception as err:
        raise ModelFileError(f"{path}: not a readable training checkpoint ({err})") from err
    model, encoder, _ = build_model(cfg, torch.device(device))
    model.load_state_dict(state["model"])
    return model, encoder, cfg


def metrics_table(
    rows: list[tuple[str, str, dict]], title: str = "Dialogue generation", max_new: int = 40, unit: str = "tokens"
) -> Table:
    """The paper's table (spec §8): one row per (dataset, method), mean ± std where given (as % but PPL)."""
    table = Table(title=title, caption=CAPTION.format(max_new=max_new, unit=unit))
    table.add_column("dataset")
    table.add_column("method")
    for name, _ in COLUMNS:
        table.add_column(name, justify="right")
    for dataset, method, m in rows:
        cells = []
        for _, key in COLUMNS:
            if key not in m:
                cells.append("—")
                continue
            scale = 1 if key == "ppl" else 100  # BLEU/Distinct/embeddings as percentages, as papers print them
            std = m.get(f"{key}_std")
            cells.append(f"{m[key] * scale:.2f}" + (f" ± {std * scale:.2f}" if std is not None else ""))
        table.add_row(dataset, method, *cells)
    return table
