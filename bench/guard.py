"""Offline safety screen on the shipped labelled set: precision, recall, F1 (overall and per S-code), speed.

Baselines measured in the same run: the rules layer alone (lexicon + personal-information
detector, no classifier) and the classifier alone (no rules), against the combined default
screen. A message counts for category c when c is among its gold / predicted categories.
Also scores the combined screen on a second set (tests/data/guard_heldout.jsonl), written
after the first tuning round; its first result led to one round of added training text, so
it is a development set, not a pristine test. The third set (tests/data/guard_test.jsonl)
was written after all tuning and measured once: the honest figure for unseen messages.

Children's room (issue 14): the child chat set (jackpeer/guard/data/child_chat.jsonl) is screened
in context (history with senders, the task, the room's names) on its test split — template
families never used for training or tuning, measured once — for the share of benign messages
flagged (blocked or alerted), the share of play language flagged, recall overall and per
category, and the time per check (p50/p95, with the rules alone timed in the same run as the
baseline). Jack's replies are screened too: the turns bench's per-turn outputs
(bench/results/turns_dev.jsonl, turns_heldout.jsonl) when they exist, else the template replies
Jack plans for the turn situations (said in the JSON as agent_replies_source).
Short everyday feelings, which the blind splits hardly hold: three probe sets written blind in session 29
(tests/data/feelings_probes.tsv: set, "ordinary" or "concern", text), each screened alone as in a room,
for the share of ordinary messages flagged and of concerns caught. Each set was read after its first
screening and rules were then written from its misses, so these are development figures, not a test.
Writes bench/results/guard.json.

Tuning runs: `--split dev` (or train) reports the child chat figures on that split instead and
leaves out the unseen S-code test set (tests/data/guard_test.jsonl), so tuning touches neither
test set; such a run prints its figures and writes JSON only to a path given with --out, never
to bench/results/guard.json.
"""

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from jackpeer.guard.child_lexicon import child_rule_hits
from jackpeer.guard.classifier import TextClassifier, child_chat_rows, default_classifier, training_rows
from jackpeer.guard.lexicon import rule_hits
from jackpeer.guard.offline import OfflineScreen
from jackpeer.guard.personal_info import find_personal_info
from jackpeer.guard.taxonomy import CODES
from jackpeer.percentile import percentile

ROOT = Path(__file__).resolve().parent.parent

EVAL = ROOT / "tests" / "data" / "guard_eval.jsonl"
HELDOUT = ROOT / "tests" / "data" / "guard_heldout.jsonl"
TEST = ROOT / "tests" / "data" / "guard_test.jsonl"
OUT = ROOT / "bench" / "results" / "guard.json"
TURNS = [ROOT / "bench" / "results" / f"turns_{name}.jsonl" for name in ("dev", "heldout")]
SITUATIONS = [ROOT / "jackpeer" / "peers" / "data" / f"situations_{name}.jsonl" for name in ("dev", "heldout")]
CHILD_CODES_MEASURED = ("C1", "C2", "C3", "C4", "S1", "S11")
FEELINGS = ROOT / "tests" / "data" / "feelings_probes.tsv"
PROBE_ROOM = ["Mia", "Leo", "Ava"]  # the room the probe messages are screened in (Mia sends them)


def roster(rows: list[dict]) -> list[str]:
    """Every name in the set: the room's members, as the room passes them to the screen."""
    return sorted({r["who"] for r in rows} | {h["who"] for r in rows for h in r["history"]})


def child_figures(screen: OfflineScreen, rows: list[dict], names: list[str]) -> tuple[dict, list[float], list[float]]:
    """Flag rates, recall overall and per category on rows screened in context; times of each check and of the
    rules alone (ms)."""
    flagged, cats, times, rule_times = [], [], [], []
    for r in rows:
        history = [{"role": "user", "content": h["text"], "name": h["who"]} for h in r["history"]]
        t0 = time.perf_counter()
        v = screen.check_user(r["text"], history, task=r["task"], names=names, speaker=r["who"])
        times.append((time.perf_counter() - t0) * 1e3)
        t0 = time.perf_counter()
        rules_only(r["text"]), child_rule_hits(r["text"], names)
        rule_times.append((time.perf_counter() - t0) * 1e3)
        flagged.append(not v.safe)
        cats.append(v.categories)
    benign = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] != "unsafe"]
    play = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "play"]
    unsafe = [f for f, r in zip(flagged, rows, strict=True) if r["kind"] == "unsafe"]
    by_cat = {}
    for code in CHILD_CODES_MEASURED:
        mine = [code in c for c, r in zip(cats, rows, strict=True) if code in r["categories"]]
        if mine:
            by_cat[code] = round(sum(mine) / len(mine), 4)
    wrong = [(r["group"], r["text"], c) for f, c, r in zip(flagged, cats, rows, strict=True)
             if f != (r["kind"] == "unsafe") or (r["categories"] and r["categories"][0] not in c)]
    out = {"messages": len(rows), "benign": len(benign), "play": len(play), "unsafe": len(unsafe),
           "benign_flagged_rate": round(sum(benign) / len(benign), 4),
           "play_language_flagged_rate": round(sum(play) / len(play), 4),
           "recall": round(sum(unsafe) / len(unsafe), 4), "recall_by_category": by_cat, "wrong": wrong}
    return out, times, rule_times


def agent_replies() -> tuple[list[dict], str]:
    """Jack's replies with their history: the turns bench's per-turn outputs, else his planned template replies."""
    found = [p for p in TURNS if p.exists()]
    if found:
        rows = [json.loads(line) for p in found for line in p.read_text().splitlines() if line.strip()]
        return ([{"text": r["text"], "history": []} for r in rows if r.get("text")],
                "turns bench per-turn outputs (" + ", ".join(p.name for p in found) + ")")
    from jackpeer.peers.agent import Agent
    from jackpeer.peers.policy import Policy, PolicyConfig
    from jackpeer.peers.turn_situation import session_from_situation

    now, out = 100_000.0, []
    for path in SITUATIONS:
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            session, trigger = session_from_situation(json.loads(line), now)
            agent = Agent(session, Policy(session.role, PolicyConfig.for_role(session.role), session.agent_name))
            plan = agent.plan_for(trigger, now)
            history = [{"role": "assistant" if t.kind == "agent" else "user", "content": t.text, "name": t.name}
                       for t in session.turns[-10:]]
            texts = (plan.spec.templates if plan.spec else []) + ([plan.fallback] if plan.fallback else [])
            out += [{"text": t, "history": history} for t in dict.fromkeys(texts) if t.strip()]
    return out, "Jack's template replies for the turn situations (no turns bench outputs yet)"


def feelings_probes(screen: OfflineScreen) -> dict[str, dict[str, int]]:
    """Per probe set: how many ordinary messages and concerns it holds, and how many of each the screen flags."""
    sets: dict[str, dict[str, int]] = {}
    for line in FEELINGS.read_text(encoding="utf-8").splitlines():
        number, label, text = line.split("\t")
        counts = sets.setdefault(number, {"ordinary": 0, "ordinary_flagged": 0, "concern": 0, "concern_flagged": 0})
        counts[label] += 1
        counts[label + "_flagged"] += not screen.check_user(text, [], names=PROBE_ROOM, speaker="Mia").safe
    return sets


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def rules_only(text: str) -> list[str]:
    """Categories from the rules layer alone."""
    cats = set(rule_hits(text)) | ({"S7"} if find_personal_info(text) else set())
    return sorted(cats, key=CODES.index)


def classifier_only(screen: OfflineScreen, text: str) -> list[str]:
    """Categories from the classifier alone, with the screen's threshold."""
    probs = screen.classifier.predict(text)
    if 1.0 - probs.get("safe", 0.0) < screen.threshold:
        return []
    ranked = sorted(((p, c) for c, p in probs.items() if c in CODES), reverse=True)
    return [c for p, c in ranked if p >= max(ranked[0][0] * 0.5, 0.15)][:3]


def evaluate(rows: list[dict], predict, label: str) -> tuple[dict, list[float]]:
    """Overall and per-category scores of predict(text) -> categories, and per-message times (ms)."""
    pred, times = [], []
    for row in track(rows, description=label, transient=True):
        t0 = time.perf_counter()
        pred.append(predict(row["text"]))
        times.append((time.perf_counter() - t0) * 1e3)
    gold = [r["categories"] for r in rows]
    tp = sum(bool(p) and bool(g) for p, g in zip(pred, gold, strict=True))
    fp = sum(bool(p) and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(not p and bool(g) for p, g in zip(pred, gold, strict=True))
    out = dict(zip(("precision", "recall", "f1"), prf(tp, fp, fn), strict=True))
    for c in CODES:
        ctp = sum(c in p and c in g for p, g in zip(pred, gold, strict=True))
        cfp = sum(c in p and c not in g for p, g in zip(pred, gold, strict=True))
        cfn = sum(c not in p and c in g for p, g in zip(pred, gold, strict=True))
        out.update(dict(zip((f"{c}_precision", f"{c}_recall", f"{c}_f1"), prf(ctp, cfp, cfn), strict=True)))
    return out, times


def main(argv: list[str] | None = None) -> None:
    """Run the three variants, print the tables and write the JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("train", "dev", "test"), default="test",
                    help="child chat split to report on (default test: the measured-once figures); "
                         "train or dev for tuning, which also leaves out the unseen S-code test set")
    ap.add_argument("--out", type=Path, default=None,
                    help=f"where to write the JSON (default {OUT.relative_to(ROOT)} for the test split; "
                         "a train or dev run writes only here)")
    args = ap.parse_args(argv)
    out_path = args.out or (OUT if args.split == "test" else None)
    tuning = args.split != "test"
    console = Console()
    rows = [json.loads(line) for line in EVAL.read_text().splitlines() if line.strip()]
    heldout_rows = [json.loads(line) for line in HELDOUT.read_text().splitlines() if line.strip()]
    test_rows = [] if tuning else [json.loads(line) for line in TEST.read_text().splitlines() if line.strip()]
    t0 = time.perf_counter()
    TextClassifier(training_rows())  # trained here, whether or not this machine has one cached
    train_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    default_classifier()  # what a room's start pays: the cached one (trained and cached on a first run)
    load_s = time.perf_counter() - t0
    screen = OfflineScreen()
    screen.wait_semantic()  # every message through every layer
    for row in rows[:20]:  # warm caches before timing
        screen.check_user(row["text"])
    combined, t_comb = evaluate(rows, lambda t: screen.check_user(t).categories, "combined")
    rules, t_rules = evaluate(rows, rules_only, "rules only")
    clf, t_clf = evaluate(rows, lambda t: classifier_only(screen, t), "classifier only")
    heldout, _ = evaluate(heldout_rows, lambda t: screen.check_user(t).categories, "held-out")
    test = evaluate(test_rows, lambda t: screen.check_user(t).categories, "test")[0] if test_rows else None
    child_set = child_chat_rows(args.split)
    names = roster(child_set)
    child, t_child, t_child_rules = child_figures(screen, child_set, names)
    replies, replies_source = agent_replies()
    replies_flagged = [r["text"] for r in replies if not screen.check_agent(r["text"], r["history"]).safe]
    probes = feelings_probes(screen)
    ordinary = sum(c["ordinary"] for c in probes.values())
    concerns = sum(c["concern"] for c in probes.values())
    ordinary_flagged = sum(c["ordinary_flagged"] for c in probes.values())
    concerns_caught = sum(c["concern_flagged"] for c in probes.values())

    table = Table(title=f"Offline screen on {len(rows)} labelled messages ({sum(bool(r['categories']) for r in rows)} unsafe)")
    for col in ("variant", "precision", "recall", "F1", "ms/msg (median)", "ms/msg (p95)"):
        table.add_column(col, justify="right")
    for name, res, ts in (("combined (default)", combined, t_comb), ("rules only", rules, t_rules),
                          ("classifier only", clf, t_clf)):
        p95 = percentile(ts, 0.95)
        table.add_row(name, f"{res['precision']:.3f}", f"{res['recall']:.3f}", f"{res['f1']:.3f}",
                      f"{statistics.median(ts):.2f}", f"{p95:.2f}")
    table.add_row(f"combined, held-out set ({len(heldout_rows)})", f"{heldout['precision']:.3f}",
                  f"{heldout['recall']:.3f}", f"{heldout['f1']:.3f}", "", "")
    if test:
        table.add_row(f"combined, unseen test set ({len(test_rows)})", f"{test['precision']:.3f}",
                      f"{test['recall']:.3f}", f"{test['f1']:.3f}", "", "")
    console.print(table)
    cats = Table(title="Per category (combined screen)")
    for col in ("code", "precision", "recall", "F1", "n"):
        cats.add_column(col, justify="right")
    for c in CODES:
        n = sum(c in r["categories"] for r in rows)
        cats.add_row(c, f"{combined[c + '_precision']:.2f}", f"{combined[c + '_recall']:.2f}", f"{combined[c + '_f1']:.2f}", str(n))
    console.print(cats)
    recall_ratio = combined["recall"] / rules["recall"] if rules["recall"] else float("inf")
    console.print(f"recall vs rules only: ×{recall_ratio:.2f}; time vs rules only: "
                  f"×{statistics.median(t_comb) / statistics.median(t_rules):.1f}; classifier trained in {train_s:.1f} s, ready for a room in {load_s:.1f} s (read from the cache, or trained on a first run)")
    when = "measured once" if args.split == "test" else "tuning run, no test rows"
    kids = Table(title=f"Children's room: child chat {args.split} split ({child['messages']} messages, in context, {when})")
    for col in ("figure", "value", "goal"):
        kids.add_column(col, justify="right")
    kids.add_row(f"benign flagged ({child['benign']})", f"{child['benign_flagged_rate']:.3f}", "≤ 0.02")
    kids.add_row(f"play language flagged ({child['play']})", f"{child['play_language_flagged_rate']:.3f}", "")
    kids.add_row(f"recall ({child['unsafe']})", f"{child['recall']:.3f}", "≥ 0.95")
    for code, rec in child["recall_by_category"].items():
        kids.add_row(f"recall {code}", f"{rec:.3f}", "≥ 0.90")
    kids.add_row("check p50 / p95 (ms)", f"{statistics.median(t_child):.2f} / {percentile(t_child, 0.95):.2f}", "p50 ≤ 10")
    # In a room every message after the first has history, so the conversation head runs on most of them.
    t_history = [t for t, r in zip(t_child, child_set, strict=True) if r["history"]]
    kids.add_row(f"check p50 / p95, messages with history ({len(t_history)})",
                 f"{statistics.median(t_history):.2f} / {percentile(t_history, 0.95):.2f}", "")
    kids.add_row("rules alone p50 (ms, baseline)", f"{statistics.median(t_child_rules):.2f}", "")
    kids.add_row(f"Jack's replies flagged ({len(replies)})", f"{len(replies_flagged) / max(len(replies), 1):.3f}", "")
    console.print(kids)
    feel = Table(title="Short everyday feelings and short concerns, screened alone (three probe sets; development figures)")
    for col in ("set", "ordinary flagged", "concerns caught"):
        feel.add_column(col, justify="right")
    for number, c in probes.items():
        feel.add_row(number, f"{c['ordinary_flagged']} of {c['ordinary']}", f"{c['concern_flagged']} of {c['concern']}")
    feel.add_row("all", f"{ordinary_flagged} of {ordinary}", f"{concerns_caught} of {concerns}")
    console.print(feel)
    for group, text, cats in child["wrong"]:
        console.print(f"  wrong: [{group}] {text!r} -> {cats or 'safe'}")
    for text in replies_flagged[:10]:
        console.print(f"  Jack's reply flagged: {text!r}")
    console.print(f"Jack's replies: {replies_source}")

    sfx = f"_{args.split}"
    result = {
        "messages": len(rows),
        "unsafe_messages": sum(bool(r["categories"]) for r in rows),
        "threshold": screen.threshold,
        **{k: round(v, 4) for k, v in combined.items()},
        "ms_per_message": round(statistics.mean(t_comb), 3),
        "ms_per_message_p50": round(statistics.median(t_comb), 3),
        "ms_per_message_p95": round(percentile(t_comb, 0.95), 3),
        "baseline_rules_only_precision": round(rules["precision"], 4),
        "baseline_rules_only_recall": round(rules["recall"], 4),
        "baseline_rules_only_f1": round(rules["f1"], 4),
        "baseline_rules_only_ms_per_message": round(statistics.mean(t_rules), 3),
        "baseline_classifier_only_precision": round(clf["precision"], 4),
        "baseline_classifier_only_recall": round(clf["recall"], 4),
        "baseline_classifier_only_f1": round(clf["f1"], 4),
        "recall_ratio_vs_rules_only": round(recall_ratio, 3),
        "heldout_messages": len(heldout_rows),
        "heldout_precision": round(heldout["precision"], 4),
        "heldout_recall": round(heldout["recall"], 4),
        "heldout_f1": round(heldout["f1"], 4),
        **({"test_messages": len(test_rows), "test_precision": round(test["precision"], 4),
            "test_recall": round(test["recall"], 4), "test_f1": round(test["f1"], 4)} if test else {}),
        "classifier_train_s": round(train_s, 2),
        "classifier_load_s": round(load_s, 2),
        f"child{sfx}_messages": child["messages"],
        f"benign_flagged_rate{sfx}": child["benign_flagged_rate"],
        f"play_language_flagged_rate{sfx}": child["play_language_flagged_rate"],
        f"recall{sfx}": child["recall"],
        f"recall_by_category{sfx}": child["recall_by_category"],
        "agent_replies": len(replies),
        "agent_replies_flagged_rate": round(len(replies_flagged) / max(len(replies), 1), 4),
        "agent_replies_source": replies_source,
        "check_p50_ms": round(statistics.median(t_child), 3),
        "check_p95_ms": round(percentile(t_child, 0.95), 3),
        "check_p50_ms_with_history": round(statistics.median(t_history), 3),
        "check_p95_ms_with_history": round(percentile(t_history, 0.95), 3),
        "baseline_rules_only_check_p50_ms": round(statistics.median(t_child_rules), 3),
        "feelings_probe_messages": ordinary + concerns,
        "feelings_probe_ordinary_flagged_rate": round(ordinary_flagged / ordinary, 4),
        "feelings_probe_concern_recall": round(concerns_caught / concerns, 4),
        "load_average": round(os.getloadavg()[0], 2),
    }
    if out_path is None:
        console.print(f"{args.split} split: figures printed only (give --out to save them)")
        return
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(result, indent=2) + "\n")
    console.print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
