"""Transcript coding for thematic analysis (spec §12): a codebook per room, human codes per message with
memos and a coder name, Cohen's κ per code between two coders, and candidate themes reviewed against
their coded excerpts (Braun and Clarke's phases: code, generate themes, review, define and name).

Human codes are `label` rows with source="human" and the coder's name, so two coders' codes stay apart.
A `coding` row records that a coder has coded a message (with their memo): a coded message with no code
still counts as "this code does not apply" when agreement is computed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from jackpeer.errors import InputError
from jackpeer.guard.personal_info import mask_personal_info
from jackpeer.peers.csv_cells import neutralise, restore, safe_row
from jackpeer.peers.store import Store, now_ms

CODEBOOK_COLUMNS = ("code", "definition", "include_examples", "exclude_examples")
SHEET_COLUMNS = ("seq", "phase", "author", "text", "codes", "memo")
STARTER_CODEBOOK = Path(__file__).with_name("starter_codebook.csv")
SCHEME = "codebook"
_CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_SPLIT = re.compile(r"[;,\s]+")


@dataclass
class Code:
    """One codebook entry: a short name, what it means, and examples of what it does and does not cover."""

    code: str
    definition: str
    include_examples: str = ""
    exclude_examples: str = ""


def _records(text: str, source: str) -> list[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text))
    out, start = [], 1
    try:
        for row in reader:
            out.append((start, row))
            start = reader.line_num + 1
    except csv.Error as err:
        raise InputError(f"{source}, line {start}: {err}; check the quotes around that field") from err
    return out


def _header(records: list[tuple[int, list[str]]], needed: Sequence[str], source: str) -> dict[str, int]:
    if not records:
        raise InputError(f"{source} is empty: the first line must be the header {','.join(needed)}")
    line, row = records[0]
    cols = [c.strip().lower() for c in row]
    missing = [c for c in needed if c not in cols]
    if missing:
        raise InputError(f"{source}, line {line}: the header lacks column(s) {', '.join(missing)}; the first line "
                         f"must name the columns {','.join(needed)} (found {','.join(cols) or 'nothing'})")
    return {c: cols.index(c) for c in needed}


def parse_codebook(text: str, source: str = "codebook.csv") -> list[Code]:
    """Codes from codebook CSV text; InputError naming the file, the line and what to fix."""
    records = _records(text.lstrip("\ufeff"), source)
    idx = _header(records, CODEBOOK_COLUMNS, source)
    width = len(records[0][1])
    codes: list[Code] = []
    seen: dict[str, int] = {}
    for line, row in records[1:]:
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            raise InputError(f"{source}, line {line}: {len(row)} fields where the header has {width}; put double "
                             f"quotes around any text that contains a comma, and close every quote you open")
        name = row[idx["code"]].strip()
        if not _CODE_RE.match(name):
            raise InputError(f"{source}, line {line}: code {name!r} is not a valid name; use lower-case letters, "
                             f"digits and underscores, starting with a letter (e.g. idea_built_on)")
        if name in seen:
            raise InputError(f"{source}, line {line}: code {name!r} is already defined on line {seen[name]}; "
                             f"keep one row per code")
        definition = restore(row[idx["definition"]].strip())
        if not definition:
            raise InputError(f"{source}, line {line}: code {name!r} has no definition; say in one sentence what "
                             f"talk it marks")
        seen[name] = line
        codes.append(Code(name, definition, restore(row[idx["include_examples"]].strip()),
                          restore(row[idx["exclude_examples"]].strip())))
    return codes


def read_text(path: str | Path) -> str:
    """A UTF-8 text file, or an InputError that names it."""
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise InputError(f"{p}: no such file; check the path") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{p}: not UTF-8 text (byte {err.start}); save it as CSV UTF-8") from err
    except OSError as err:
        raise InputError(f"{p}: cannot be read ({err.strerror})") from err


def codebook_csv(codes: Sequence[Code]) -> str:
    """Codes as codebook CSV text (the format parse_codebook reads)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CODEBOOK_COLUMNS)
    for c in codes:
        w.writerow(safe_row([c.code, c.definition, c.include_examples, c.exclude_examples]))
    return buf.getvalue()


def starter_codebook() -> list[Code]:
    """The starter codebook of spec §12, built on the study's findings (§2–§4)."""
    return parse_codebook(STARTER_CODEBOOK.read_text(encoding="utf-8"), str(STARTER_CODEBOOK))


def cohen_kappa(a: Sequence, b: Sequence) -> float | None:
    """Cohen's κ of two raters' labels of the same items (scikit-learn's); None where it is undefined:
    no items, or both raters used one and the same label throughout (chance explains everything)."""
    if len(a) != len(b):
        raise ValueError(f"both raters must label the same items ({len(a)} vs {len(b)})")
    if len(a) == 0 or len(set(a) | set(b)) == 1:
        return None
    return float(cohen_kappa_score(list(a), list(b)))


class Coding:
    """Codebook, human codes, memos, agreement and themes of the rooms in one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _room(self, room_id: str) -> dict:
        room = self.store.room(room_id)
        if room is None:
            raise InputError(f"no room {room_id!r} in {self.store.path}; `jack codes rooms DB` lists the rooms")
        return room

    # --- codebook ---------------------------------------------------------------------
    def codebook(self, room_id: str) -> list[Code]:
        """The room's codebook; a room that has none starts from the starter codebook."""
        self._room(room_id)
        rows = self.store.query("SELECT * FROM codebook WHERE room_id=? ORDER BY rowid", (room_id,))
        if not rows:
            self.import_codebook(room_id, starter_codebook())
            rows = self.store.query("SELECT * FROM codebook WHERE room_id=? ORDER BY rowid", (room_id,))
        return [Code(r["code"], r["definition"], r["include_examples"], r["exclude_examples"]) for r in rows]

    def import_codebook(self, room_id: str, codes: Sequence[Code], replace: bool = False) -> int:
        """Add or update codes (with `replace`, codes not given are removed); returns how many were given."""
        self._room(room_id)
        with self.store.lock:
            db = self.store.db
            db.execute("BEGIN IMMEDIATE")
            if replace:
                db.execute("DELETE FROM codebook WHERE room_id=?", (room_id,))
            for c in codes:
                db.execute("INSERT INTO codebook VALUES (?,?,?,?,?) ON CONFLICT(room_id, code) DO UPDATE SET "
                           "definition=excluded.definition, include_examples=excluded.include_examples, "
                           "exclude_examples=excluded.exclude_examples",
                           (room_id, c.code, c.definition, c.include_examples, c.exclude_examples))
            db.execute("COMMIT")
        return len(codes)

    # --- human coding -----------------------------------------------------------------
    def _check_codes(self, room_id: str, codes: Sequence[str], where: str) -> list[str]:
        known = {c.code for c in self.codebook(room_id)}
        codes = list(dict.fromkeys(c.strip() for c in codes if c.strip()))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise InputError(f"{where}: {', '.join(unknown)} not in this room's codebook; use one of "
                             f"{', '.join(sorted(known))}, or add the code to the codebook first")
        return codes

    @staticmethod
    def _check_coder(coder: str) -> str:
        coder = " ".join(str(coder).split())
        if not 1 <= len(coder) <= 40:
            raise InputError("give the coder's name (1 to 40 characters), e.g. --coder ana")
        return coder

    def code_message(self, room_id: str, seq: int, coder: str, codes: Sequence[str], memo: str | None = None) -> dict:
        """Set one coder's codes (and memo) for one message, replacing that coder's earlier codes for it."""
        coder = self._check_coder(coder)
        codes = self._check_codes(room_id, codes, f"message {seq}")
        if not self.store.query("SELECT 1 FROM message WHERE room_id=? AND seq=?", (room_id, seq)):
            raise InputError(f"room {room_id} has no message {seq}")
        self._save(room_id, [(seq, codes, memo)], coder)
        return {"seq": seq, "coder": coder, "codes": codes, "memo": memo or ""}

    def _save(self, room_id: str, items: Sequence[tuple[int, list[str], str | None]], coder: str) -> None:
        ts = now_ms()
        with self.store.lock:
            db = self.store.db
            db.execute("BEGIN IMMEDIATE")
            for seq, codes, memo in items:
                db.execute("DELETE FROM label WHERE room_id=? AND seq=? AND source='human' AND coder=?",
                           (room_id, seq, coder))
                for code in codes:
                    db.execute("INSERT INTO label VALUES (?,?,?,?,?,?,?,?)",
                               (room_id, seq, SCHEME, code, "human", coder, 1.0, ts))
                db.execute("INSERT OR REPLACE INTO coding VALUES (?,?,?,?,?)", (room_id, seq, coder, memo or "", ts))
            db.execute("COMMIT")

    def coders(self, room_id: str) -> list[str]:
        """Everyone who has coded messages in this room."""
        return [r["coder"] for r in self.store.query(
            "SELECT DISTINCT coder FROM coding WHERE room_id=? ORDER BY coder", (room_id,))]

    def coding(self, room_id: str, coder: str) -> dict[int, dict]:
        """One coder's work: message seq -> {"codes", "memo"} for every message they coded."""
        self._room(room_id)
        out = {r["seq"]: {"codes": [], "memo": r["memo"]} for r in self.store.query(
            "SELECT seq, memo FROM coding WHERE room_id=? AND coder=? ORDER BY seq", (room_id, coder))}
        for r in self.store.query("SELECT seq, code FROM label WHERE room_id=? AND source='human' AND coder=? "
                                  "ORDER BY rowid", (room_id, coder)):
            if r["seq"] in out:
                out[r["seq"]]["codes"].append(r["code"])
        return out

    def coding_sheet(self, room_id: str, coder: str | None = None, mask: bool = True) -> str:
        """A CSV sheet of the transcript for a coder to fill in (codes separated by ';', and a memo)."""
        done = self.coding(room_id, coder) if coder else {}
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(SHEET_COLUMNS)
        for m in self.store.messages(room_id):
            mine = done.get(m["seq"], {"codes": [], "memo": ""})
            w.writerow(safe_row([m["seq"], m["phase"], m["author"], mask_personal_info(m["text"]) if mask else m["text"],
                                 ";".join(mine["codes"]), mine["memo"]]))
        return buf.getvalue()

    def apply_sheet(self, room_id: str, text: str, coder: str, source: str = "sheet.csv") -> int:
        """Store a filled coding sheet as one coder's codes; every row counts as coded (blank: no code applies).
        Nothing is stored if any row is wrong. Returns the number of messages coded."""
        coder = self._check_coder(coder)
        records = _records(text.lstrip("\ufeff"), source)
        idx = _header(records, ("seq", "codes"), source)
        cols = [c.strip().lower() for c in records[0][1]]
        memo_col = cols.index("memo") if "memo" in cols else None
        seqs = {m["seq"] for m in self.store.messages(room_id, include_blocked=True)}
        items, seen = [], {}
        for line, row in records[1:]:
            if not any(cell.strip() for cell in row):
                continue
            raw = row[idx["seq"]].strip() if len(row) > idx["seq"] else ""
            if not raw.isdigit() or int(raw) not in seqs:
                raise InputError(f"{source}, line {line}: seq {raw!r} is not a message of room {room_id}; keep the "
                                 f"seq column as exported by `jack codes sheet`")
            seq = int(raw)
            if seq in seen:
                raise InputError(f"{source}, line {line}: message {seq} is coded twice (also on line {seen[seq]}); "
                                 f"keep one row per message")
            seen[seq] = line
            cell = row[idx["codes"]] if len(row) > idx["codes"] else ""
            codes = self._check_codes(room_id, _SPLIT.split(cell), f"{source}, line {line}")
            memo = restore(row[memo_col].strip()) if memo_col is not None and len(row) > memo_col else ""
            items.append((seq, codes, memo))
        self._save(room_id, items, coder)
        return len(items)

    # --- agreement ----------------------------------------------------------------------
    def agreement(self, room_id: str, coder_a: str, coder_b: str) -> dict:
        """Cohen's κ per code between two coders, over the messages both have coded."""
        coders = self.coders(room_id)
        for c in (coder_a, coder_b):
            if c not in coders:
                raise InputError(f"{c!r} has not coded anything in room {room_id}; coders here: "
                                 f"{', '.join(coders) or 'none yet'}")
        a, b = self.coding(room_id, coder_a), self.coding(room_id, coder_b)
        units = sorted(set(a) & set(b))
        if not units:
            raise InputError(f"{coder_a} and {coder_b} have coded no message in common; both must code the same "
                             f"messages (e.g. the same coding sheet)")
        names = [c.code for c in self.codebook(room_id)]
        used = {c for seq in units for c in a[seq]["codes"] + b[seq]["codes"]}
        rows = []
        for code in names + sorted(used - set(names)):
            xa = [code in a[s]["codes"] for s in units]
            xb = [code in b[s]["codes"] for s in units]
            kappa = cohen_kappa(xa, xb)
            rows.append({"code": code, "units": len(units), "a_yes": sum(xa), "b_yes": sum(xb),
                         "both_yes": sum(x and y for x, y in zip(xa, xb, strict=True)),
                         "agreement": round(sum(x == y for x, y in zip(xa, xb, strict=True)) / len(units), 4),
                         "kappa": None if kappa is None else round(kappa, 4)})
        defined = [r["kappa"] for r in rows if r["kappa"] is not None]
        return {"room_id": room_id, "coder_a": coder_a, "coder_b": coder_b, "units": len(units),
                "mean_kappa": round(sum(defined) / len(defined), 4) if defined else None, "codes": rows}

    # --- themes -------------------------------------------------------------------------
    def set_theme(self, room_id: str, name: str, codes: Sequence[str], definition: str = "") -> dict:
        """Create or redefine a candidate theme as a group of codes."""
        name = " ".join(str(name).split())
        if not 1 <= len(name) <= 80:
            raise InputError("give the theme a name of 1 to 80 characters")
        codes = self._check_codes(room_id, codes, f"theme {name!r}")
        if not codes:
            raise InputError(f"theme {name!r} needs at least one code")
        with self.store.lock:
            db = self.store.db
            db.execute("BEGIN IMMEDIATE")
            db.execute("INSERT OR REPLACE INTO theme VALUES (?,?,?)", (room_id, name, definition.strip()))
            db.execute("DELETE FROM theme_code WHERE room_id=? AND theme=?", (room_id, name))
            for code in codes:
                db.execute("INSERT INTO theme_code VALUES (?,?,?)", (room_id, name, code))
            db.execute("COMMIT")
        return {"name": name, "definition": definition.strip(), "codes": codes}

    def delete_theme(self, room_id: str, name: str) -> None:
        """Remove a candidate theme (its codes stay in the codebook)."""
        if not any(t["name"] == name for t in self.themes(room_id)):
            raise InputError(f"room {room_id} has no theme {name!r}")
        with self.store.lock:
            self.store.db.execute("BEGIN IMMEDIATE")
            self.store.db.execute("DELETE FROM theme WHERE room_id=? AND name=?", (room_id, name))
            self.store.db.execute("DELETE FROM theme_code WHERE room_id=? AND theme=?", (room_id, name))
            self.store.db.execute("COMMIT")

    def themes(self, room_id: str) -> list[dict]:
        """Candidate themes with their codes."""
        self._room(room_id)
        themes = {r["name"]: {"name": r["name"], "definition": r["definition"], "codes": []}
                  for r in self.store.query("SELECT * FROM theme WHERE room_id=? ORDER BY rowid", (room_id,))}
        for r in self.store.query("SELECT * FROM theme_code WHERE room_id=? ORDER BY rowid", (room_id,)):
            themes[r["theme"]]["codes"].append(r["code"])
        return list(themes.values())

    def theme_review(self, room_id: str, mask: bool = True) -> list[dict]:
        """Each theme's coded excerpts: one row per theme, code and message, with who coded it and their memos."""
        msgs = {m["seq"]: m for m in self.store.messages(room_id, include_blocked=True)}
        memos: dict[int, list[str]] = {}
        for r in self.store.query("SELECT seq, coder, memo FROM coding WHERE room_id=? AND memo!='' ORDER BY coder",
                                  (room_id,)):
            memos.setdefault(r["seq"], []).append(f"{r['coder']}: {r['memo']}")
        coded: dict[str, dict[int, list[str]]] = {}
        for r in self.store.query("SELECT seq, code, coder FROM label WHERE room_id=? AND source='human' "
                                  "ORDER BY seq, coder", (room_id,)):
            coded.setdefault(r["code"], {}).setdefault(r["seq"], []).append(r["coder"])
        rows = []
        for theme in self.themes(room_id):
            for code in theme["codes"]:
                for seq, who in sorted(coded.get(code, {}).items()):
                    m = msgs[seq]
                    rows.append({"theme": theme["name"], "code": code, "seq": seq, "phase": m["phase"],
                                 "author": m["author"], "text": mask_personal_info(m["text"]) if mask else m["text"],
                                 "coders": ";".join(who), "memos": " | ".join(memos.get(seq, []))})
        return rows

    def theme_review_csv(self, room_id: str, mask: bool = True) -> str:
        """The theme review as CSV, for reading each theme against its excerpts."""
        buf = io.StringIO()
        cols = ("theme", "code", "seq", "phase", "author", "text", "coders", "memos")
        w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows({k: neutralise(v) for k, v in row.items()} for row in self.theme_review(room_id, mask))
        return buf.getvalue()

    def codebook_dicts(self, room_id: str) -> list[dict]:
        """The codebook as JSON-ready dicts."""
        return [asdict(c) for c in self.codebook(room_id)]
