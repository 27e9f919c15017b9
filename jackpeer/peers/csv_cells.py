"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula is neutralised on export
(a learner named "=HYPERLINK(...)" must not become a live link in the teacher's spreadsheet)."""

from collections.abc import Iterable

# A leading =, +, - or @ starts a formula in Excel, LibreOffice and Google Sheets; tab and carriage
# return can hide one in front of it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text cell that would start a formula gets a leading apostrophe (shown as text); others pass."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def safe_row(row: Iterable) -> list:
    """Every cell of a CSV row, neutralised."""
    return [neutralise(v) for v in row]


def restore(value: str) -> str:
    """Undo `neutralise` for a cell read back from a sheet this project exported."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
