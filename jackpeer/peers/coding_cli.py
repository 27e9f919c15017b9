"""`jack codes`: transcript coding for thematic analysis from the command line (spec §12).

Every command takes the room server's SQLite file (`jack room --db`) and, where it applies, a room id
(`jack codes rooms DB` lists them). Only the standard library, typer and rich are imported here; the
coding module is imported inside each command.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from jackpeer.errors import InputError

codes_app = typer.Typer(help="Code room transcripts: codebook CSV, human codes, Cohen's kappa, themes.",
                        no_args_is_help=True)
console = Console()


def _coding(db: str):
    """The Coding of an existing room database (never creates an empty one by mistake)."""
    from jackpeer.peers.coding import Coding
    from jackpeer.peers.store import Store

    path = Path(db).expanduser()
    if not path.is_file():
        raise InputError(f"{path}: no room database there; give the file `jack room --db` uses "
                         f"(default ~/.jackpeer/rooms.sqlite3)")
    return Coding(Store(path))


def _write(text: str, out: str | None, what: str) -> None:
    """Write CSV text to a file (and say so) or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    Path(out).write_text(text, encoding="utf-8")
    console.print(f"wrote {what} to {out}")


@codes_app.command("rooms")
def rooms(db: str = typer.Argument(..., help="The room server's SQLite file.")) -> None:
    """List the rooms in DB with their messages and coders."""
    coding = _coding(db)
    table = Table("room", "created", "role", "task", "messages", "coders")
    for r in coding.store.rooms():
        created = datetime.fromtimestamp(r["created_ms"] / 1000).strftime("%Y-%m-%d %H:%M")
        table.add_row(r["id"], created, r["role"], r["task"][:40], str(len(coding.store.messages(r["id"]))),
                      ", ".join(coding.coders(r["id"])) or "–")
    console.print(table)


@codes_app.command("import")
def import_(db: str = typer.Argument(..., help="The room server's SQLite file."),
            room: str = typer.Argument(..., help="Room id (see `jack codes rooms DB`)."),
            csv_file: str = typer.Argument(..., help="Codebook CSV: code,definition,include_examples,exclude_examples."),
            replace: bool = typer.Option(False, help="Remove the room's codes that the file does not list.")) -> None:
    """Import a codebook CSV into a room (codes are added or updated)."""
    from jackpeer.peers.coding import parse_codebook, read_text

    coding = _coding(db)
    codes = parse_codebook(read_text(csv_file), csv_file)
    n = coding.import_codebook(room, codes, replace=replace)
    console.print(f"imported {n} codes; the codebook of room {room} now has {len(coding.codebook(room))}")


@codes_app.command("export")
def export(db: str = typer.Argument(..., help="The room server's SQLite file."),
           room: str = typer.Argument(..., help="Room id."),
           out: str = typer.Option(None, help="CSV file to write (default: print it).")) -> None:
    """Export a room's codebook as CSV (a room never given one has the starter codebook)."""
    from jackpeer.peers.coding import codebook_csv

    _write(codebook_csv(_coding(db).codebook(room)), out, "the codebook")


@codes_app.command("sheet")
def sheet(db: str = typer.Argument(..., help="The room server's SQLite file."),
          room: str = typer.Argument(..., help="Room id."),
          coder: str = typer.Option(None, help="Fill in this coder's codes and memos so far."),
          out: str = typer.Option(None, help="CSV file to write (default: print it).")) -> None:
    """Export a coding sheet: one row per message (PII masked), with columns for codes (';'-separated) and a memo."""
    _write(_coding(db).coding_sheet(room, coder), out, "the coding sheet")


@codes_app.command("apply")
def apply(db: str = typer.Argument(..., help="The room server's SQLite file."),
          room: str = typer.Argument(..., help="Room id."),
          csv_file: str = typer.Argument(..., help="A filled coding sheet (columns seq, codes, optional memo)."),
          coder: str = typer.Option(..., help="Whose codes these are; each coder's codes are kept apart.")) -> None:
    """Store a filled coding sheet as one coder's codes (each row counts as coded; blank codes: none apply)."""
    from jackpeer.peers.coding import read_text

    n = _coding(db).apply_sheet(room, read_text(csv_file), coder, csv_file)
    console.print(f"stored {coder}'s codes for {n} messages of room {room}")


@codes_app.command("kappa")
def kappa(db: str = typer.Argument(..., help="The room server's SQLite file."),
          room: str = typer.Argument(..., help="Room id."),
          coder_a: str = typer.Argument(..., help="First coder."),
          coder_b: str = typer.Argument(..., help="Second coder."),
          json_out: str = typer.Option(None, "--json", help="Also save the table as JSON here.")) -> None:
    """Cohen's kappa per code between two coders, over the messages both coded."""
    result = _coding(db).agreement(room, coder_a, coder_b)
    table = Table("code", f"{coder_a} yes", f"{coder_b} yes", "both yes", "agreement", "kappa",
                  title=f"room {room}: {result['units']} messages coded by both")
    for r in result["codes"]:
        if r["a_yes"] or r["b_yes"]:
            table.add_row(r["code"], str(r["a_yes"]), str(r["b_yes"]), str(r["both_yes"]), f"{r['agreement']:.2f}",
                          "–" if r["kappa"] is None else f"{r['kappa']:.3f}")
    console.print(table)
    unused = sum(1 for r in result["codes"] if not r["a_yes"] and not r["b_yes"])
    mean = "–" if result["mean_kappa"] is None else f"{result['mean_kappa']:.3f}"
    console.print(f"mean kappa over codes with variation: {mean}; {unused} codes used by neither coder not shown")
    if json_out:
        Path(json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
        console.print(f"wrote {json_out}")


@codes_app.command("theme")
def theme(db: str = typer.Argument(..., help="The room server's SQLite file."),
          room: str = typer.Argument(..., help="Room id."),
          name: str = typer.Argument(..., help="Theme name."),
          codes: list[str] = typer.Argument(None, help="Codes grouped under the theme."),
          definition: str = typer.Option("", help="What the theme is about."),
          delete: bool = typer.Option(False, help="Delete the theme instead.")) -> None:
    """Create or redefine a candidate theme as a group of codes (or delete it)."""
    coding = _coding(db)
    if delete:
        coding.delete_theme(room, name)
        console.print(f"deleted theme {name!r}")
        return
    t = coding.set_theme(room, name, codes or [], definition)
    console.print(f"theme {t['name']!r}: {', '.join(t['codes'])}")


@codes_app.command("themes")
def themes(db: str = typer.Argument(..., help="The room server's SQLite file."),
           room: str = typer.Argument(..., help="Room id."),
           review: str = typer.Option(None, help="Write each theme's coded excerpts to this CSV file.")) -> None:
    """Show the candidate themes with how many excerpts each has; optionally export them for review."""
    coding = _coding(db)
    rows = coding.theme_review(room)
    table = Table("theme", "codes", "excerpts", "definition")
    for t in coding.themes(room):
        n = len({r["seq"] for r in rows if r["theme"] == t["name"]})
        table.add_row(t["name"], ", ".join(t["codes"]), str(n), t["definition"])
    console.print(table)
    if review:
        _write(coding.theme_review_csv(room), review, "the theme review")
