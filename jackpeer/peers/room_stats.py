"""Figures for the facilitator: who talked how much, instructions followed, balance, Jack's latencies."""

from __future__ import annotations

import math

from jackpeer.peers.store import Store
from jackpeer.percentile import percentile


def room_stats(store: Store, room_id: str, label_candidates: list[dict]) -> dict:
    """Per-member talk time, turns, words, instructions followed/ignored; balance; Jack's latencies."""
    members = {m["id"]: m for m in store.members(room_id)}
    msgs = store.messages(room_id)
    ins = store.instructions(room_id)
    per: dict[int, dict] = {}
    for mid, m in members.items():
        if m["kind"] == "facilitator":
            continue
        per[mid] = {"name": m["display_name"], "kind": m["kind"], "turns": 0, "words": 0, "talk_time_s": 0.0,
                    "instructions_followed": 0, "instructions_ignored": 0, "instructions_open": 0}
    for msg in msgs:
        if msg["member_id"] in per:
            words = len(msg["text"].split())
            p = per[msg["member_id"]]
            p["turns"] += 1
            p["words"] += words
            # Talk time of a text room: the time the words take to say at 150 words/min.
            p["talk_time_s"] = round(p["talk_time_s"] + words * 0.4, 1)
    for i in ins:
        tgt = per.get(i["target_member_id"])
        if tgt:
            key = {"followed": "instructions_followed", "ignored": "instructions_ignored",
                   "open": "instructions_open"}.get(i["status"])
            if key:
                tgt[key] += 1
    learner_turns = [p["turns"] for p in per.values() if p["kind"] == "learner"]
    total = sum(learner_turns)
    for p in per.values():
        p["share"] = round(p["turns"] / total, 3) if total and p["kind"] == "learner" else None
    turns = store.agent_turns(room_id)
    firsts = sorted((t["t_first_token_ms"] - t["t_trigger_ms"]) / 1000 for t in turns
                    if t["t_first_token_ms"] and not t["dropped_reason"])
    by_status: dict[str, int] = {}
    for i in ins:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
    label_counts: dict[str, int] = {}
    for lab in store.labels(room_id):
        if lab["source"] == "auto":  # human codes are counted by the coding tools, per coder
            label_counts[lab["code"]] = label_counts.get(lab["code"], 0) + 1
    return {"members": list(per.values()), "balance_entropy": balance_entropy(learner_turns),
            "gini": gini(learner_turns),
            "agent_turns": sum(1 for t in turns if not t["dropped_reason"]),
            "agent_dropped": sum(1 for t in turns if t["dropped_reason"]),
            "agent_replanned": sum(1 for t in turns if t["replanned"]),
            "agent_dropped_by_reason": drop_reasons(turns),
            "first_token_p50_s": quantile_s(firsts, 0.5), "first_token_p95_s": quantile_s(firsts, 0.95),
            "instructions": by_status, "instruction_records": ins, "labels": label_counts,
            "label_candidates": label_candidates,
            "blocked": len(store.events(room_id, "blocked"))}


def drop_reasons(turns: list[dict]) -> dict[str, int]:
    """Dropped turns counted by the kind of reason: stale, late, blocked, empty, backend failed."""
    out: dict[str, int] = {}
    for t in turns:
        if t["dropped_reason"]:
            kind = t["dropped_reason"].split(":")[0].split(" by ")[0].strip()
            out[kind] = out.get(kind, 0) + 1
    return out


def balance_entropy(counts: list[int]) -> float | None:
    """Normalised entropy of turns per learner: 1.0 when everyone talks equally."""
    total = sum(counts)
    if total == 0 or len(counts) < 2:
        return None
    h = -sum(c / total * math.log(c / total) for c in counts if c)
    return round(h / math.log(len(counts)), 3)


def gini(counts: list[int]) -> float | None:
    """Gini coefficient of turns per learner: 0 when everyone talks equally."""
    n, total = len(counts), sum(counts)
    if total == 0 or n < 2:
        return None
    diff = sum(abs(a - b) for a in counts for b in counts)
    return round(diff / (2 * n * total), 3)


def quantile_s(values: list[float], q: float) -> float | None:
    """The q-quantile (nearest rank) in seconds rounded to ms; None when there are no values."""
    return round(percentile(values, q), 3) if values else None
