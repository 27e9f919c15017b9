"""The child screen on children's wording it never saw, every blind split in turn (issue 14).

The child chat set's earlier test splits (tests/data/child_chat_held_out.py to _15.py) were each written
blind to the screen, measured once, and then joined training. One split says little on its own (26
families, ~100 unsafe messages), so this leaves each of them out of training in turn, retrains the
classifier, the semantic head and the conversation head without it, and screens it in context as
bench/guard.py does; the pooled figures sit beside bench/guard.py's test split (the sixteenth blind split,
never trained on). The rules and thresholds were written and chosen with these splits in view, so the
pooled figures flatter the screen somewhat; the test split's do not.
Writes bench/results/guard_folds.json.
"""

import json
import sys
import tempfile
from pathlib import Path

from guard import child_figures, roster
from rich.console import Console
from rich.table import Table

from jackpeer.guard.classifier import TextClassifier, all_child_chat_rows, training_rows
from jackpeer.guard.offline import OfflineScreen
from jackpeer.guard.semantic import SemanticHead, SentenceEmbedder, conversation_rows
from jackpeer.guard.tuned import CONVERSATION_EPOCHS, CONVERSATION_MAX_WRONG_SIDE, tuned_head_for

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data"))
from child_chat_held_out import HELD_OUT  # noqa: E402
from child_chat_held_out_2 import HELD_OUT_2  # noqa: E402
from child_chat_held_out_3 import HELD_OUT_3  # noqa: E402
from child_chat_held_out_4 import HELD_OUT_4  # noqa: E402
from child_chat_held_out_5 import HELD_OUT_5  # noqa: E402
from child_chat_held_out_6 import HELD_OUT_6  # noqa: E402
from child_chat_held_out_7 import HELD_OUT_7  # noqa: E402
from child_chat_held_out_8 import HELD_OUT_8  # noqa: E402
from child_chat_held_out_9 import HELD_OUT_9  # noqa: E402
from child_chat_held_out_10 import HELD_OUT_10  # noqa: E402
from child_chat_held_out_11 import HELD_OUT_11  # noqa: E402
from child_chat_held_out_12 import HELD_OUT_12  # noqa: E402
from child_chat_held_out_13 import HELD_OUT_13  # noqa: E402
from child_chat_held_out_14 import HELD_OUT_14  # noqa: E402
from child_chat_held_out_15 import HELD_OUT_15  # noqa: E402

OUT = ROOT / "bench" / "results" / "guard_folds.json"
SPLITS = {f"blind split {i}": {fam for _, fam in split}
          for i, split in enumerate((HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6,
                                                      HELD_OUT_7, HELD_OUT_8, HELD_OUT_9, HELD_OUT_10, HELD_OUT_11,
                                                      HELD_OUT_12, HELD_OUT_13, HELD_OUT_14, HELD_OUT_15),
                                     start=1)}


def screen_without(rows: list[dict], families: set[str], embedder: SentenceEmbedder, folder: Path) -> OfflineScreen:
    """The default screen's layers trained on the shipped rows less the child chat rows of `families` (the tuned
    and conversation heads are tuned here on a first run, about 4 minutes per split, and cached)."""
    kept = folder / "child_chat.jsonl"
    kept.write_text("".join(json.dumps(r) + "\n" for r in rows if r["family"] not in families), encoding="utf-8")
    train = training_rows(kept)
    talk = conversation_rows(kept)
    return OfflineScreen(classifier=TextClassifier(train), semantic=tuned_head_for(train),
                         frozen_semantic=SemanticHead(train, embedder),
                         conversation=tuned_head_for(talk, CONVERSATION_EPOCHS, CONVERSATION_MAX_WRONG_SIDE))


def main() -> None:
    console = Console()
    rows = all_child_chat_rows()
    embedder = SentenceEmbedder()
    folds, pooled = {}, {"benign": 0, "play": 0, "unsafe": 0, "benign_flagged": 0, "play_flagged": 0, "caught": 0}
    by_cat: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, families in SPLITS.items():
            with console.status(f"training without {name}, then screening it"):
                screen = screen_without(rows, families, embedder, Path(tmp))
                held = [r for r in rows if r["family"] in families]
                out, _, _ = child_figures(screen, held, roster(held))
            folds[name] = {k: out[k] for k in ("messages", "recall", "benign_flagged_rate", "play_language_flagged_rate",
                                               "recall_by_category")}
            pooled["benign"] += out["benign"]
            pooled["play"] += out["play"]
            pooled["unsafe"] += out["unsafe"]
            pooled["benign_flagged"] += round(out["benign_flagged_rate"] * out["benign"])
            pooled["play_flagged"] += round(out["play_language_flagged_rate"] * out["play"])
            pooled["caught"] += round(out["recall"] * out["unsafe"])
            for code, rate in out["recall_by_category"].items():
                n = sum(code in r["categories"] for r in held)
                hit, total = by_cat.setdefault(code, [0, 0])
                by_cat[code] = [hit + round(rate * n), total + n]
            console.print(f"{name}: recall {out['recall']:.3f}, benign flagged {out['benign_flagged_rate']:.3f}")
    figures = {
        "recall_folds": round(pooled["caught"] / pooled["unsafe"], 4),
        "benign_flagged_rate_folds": round(pooled["benign_flagged"] / pooled["benign"], 4),
        "play_language_flagged_rate_folds": round(pooled["play_flagged"] / pooled["play"], 4),
        "recall_by_category_folds": {code: round(hit / total, 4) for code, (hit, total) in by_cat.items()},
        "messages_folds": pooled["benign"] + pooled["unsafe"],
        "folds": folds,
    }
    table = Table(title="Each blind split left out of training, then screened (pooled)")
    for col in ("messages", "recall", "benign flagged", "play flagged", *figures["recall_by_category_folds"]):
        table.add_column(col, justify="right")
    table.add_row(str(figures["messages_folds"]), f"{figures['recall_folds']:.3f}",
                  f"{figures['benign_flagged_rate_folds']:.3f}", f"{figures['play_language_flagged_rate_folds']:.3f}",
                  *(f"{v:.2f}" for v in figures["recall_by_category_folds"].values()))
    console.print(table)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(figures, indent=2) + "\n")
    console.print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
