"""README figures from bench/results/*.json: check them (default) or re-render them (--write).

A figure in README.md is tagged with the result it quotes, in an HTML comment that Markdown does not show:

    int4 <!--fig model:decode_tok_s-->86.2 tok/s, <!--fig dialog:bootstrap_p_bilevel_bleu2_gt_best*100-->45 %

`model` names bench/results/model.json; after the colon comes one of its keys or an arithmetic expression
over its keys (+ - * / and mean(...), round(...), min(...), max(...)); a key holding an object is read
with a quoted name, as `recall_by_category_test['C1']`. The number right after the tag is
the figure: it must equal the expression rounded to as many decimals as it is written with (a comma
in it means thousands separators). `--write` rewrites every tagged number from the current results, so
a bench rerun is one command away from the README; untagged text is left alone, so prose others add is
never touched. The test suite runs the check (tests/test_readme_figures.py).
"""

import argparse
import ast
import json
import re
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
RESULTS = ROOT / "bench" / "results"

TAG = re.compile(r"<!--fig\s+(?P<file>[\w-]+):(?P<expr>.+?)\s*-->(?P<number>[-+]?\d[\d,]*(?:\.\d+)?)")
FUNCTIONS = {"mean": lambda *xs: statistics.fmean(xs), "round": round, "min": min, "max": max, "abs": abs}
_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)


@dataclass
class Figure:
    """One tagged figure: where it is, what it quotes, what it says and what the results say."""

    line: int
    file: str
    expr: str
    written: str
    expected: str | None  # None when the expression cannot be evaluated (see error)
    error: str | None = None

    @property
    def stale(self) -> bool:
        """True when the README's number differs from the results (or the tag is broken)."""
        return self.expected != self.written


def evaluate(expr: str, values: dict) -> float:
    """The value of a tag's expression over one results file (names are its keys)."""
    tree = ast.parse(expr, mode="eval")
    keyed: set[str] = set()  # names read with ['key']
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load, ast.Call, ast.Subscript,
                   *_OPS)
        if not isinstance(node, allowed):
            raise ValueError(f"{type(node).__name__} is not allowed in a figure expression")
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and node.func.id in FUNCTIONS):
            raise ValueError("only mean, round, min, max and abs may be called")
        if isinstance(node, ast.Subscript):
            if not (isinstance(node.value, ast.Name) and isinstance(node.slice, ast.Constant)
                    and isinstance(node.slice.value, str)):
                raise ValueError("only a key's object may be read, with a quoted name: key['name']")
            keyed.add(node.value.id)
            if not isinstance(values.get(node.value.id), dict) or not isinstance(
                    values[node.value.id].get(node.slice.value), int | float):
                raise KeyError(f"no numeric {node.value.id}[{node.slice.value!r}]")
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - FUNCTIONS.keys() - keyed
    missing = sorted(n for n in names if not isinstance(values.get(n), int | float))
    if missing:
        raise KeyError(f"no numeric key {', '.join(missing)}")
    # Safe: the tree holds only arithmetic, whitelisted calls and names (checked above).
    value = eval(compile(tree, "<figure>", "eval"), {"__builtins__": {}, **FUNCTIONS}, values)
    return float(value)


def render_like(value: float, written: str) -> str:
    """`value` written with the decimals (and thousands separators) of the README's `written`."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    text = f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
    if written.startswith("+") and value >= 0:
        text = "+" + text
    return "0" if text in ("-0", "+0") and decimals == 0 else text


def load_results(folder: Path = RESULTS) -> dict[str, dict]:
    """Every bench/results/NAME.json as {NAME: values}."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


def figures(text: str, results: dict[str, dict]) -> list[Figure]:
    """Every tagged figure of a README text, with what the results say it should be."""
    found = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        for m in TAG.finditer(line):
            fig = Figure(lineno, m["file"], m["expr"].strip(), m["number"], None)
            try:
                if m["file"] not in results:
                    raise KeyError(f"no bench/results/{m['file']}.json")
                fig.expected = render_like(evaluate(fig.expr, results[m["file"]]), fig.written)
            except (KeyError, ValueError, SyntaxError, TypeError, ZeroDivisionError) as err:
                fig.error = str(err).strip("'\"")
            found.append(fig)
    return found


def rewrite(text: str, results: dict[str, dict]) -> str:
    """The README text with every tagged number re-rendered from the results (broken tags left as they are)."""

    def one(m: re.Match) -> str:
        try:
            value = evaluate(m["expr"].strip(), results[m["file"]])
        except (KeyError, ValueError, SyntaxError, TypeError, ZeroDivisionError):
            return m[0]
        return m[0][: m.start("number") - m.start()] + render_like(value, m["number"])

    return TAG.sub(one, text)


def main(argv: list[str] | None = None) -> int:
    """Check the README's figures (exit 1 when one is stale) or rewrite them with --write."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="re-render the tagged figures in README.md")
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)
    results = load_results()
    text = args.readme.read_text(encoding="utf-8")
    if args.write:
        args.readme.write_text(rewrite(text, results), encoding="utf-8")
        text = args.readme.read_text(encoding="utf-8")
    figs = figures(text, results)
    bad = [f for f in figs if f.stale]
    print(f"{'line':>5}  {'README':>10}  {'results':>10}  source")
    for f in figs:
        mark = "  <- " + (f.error or "stale") if f.stale else ""
        print(f"{f.line:>5}  {f.written:>10}  {f.expected or '?':>10}  {f.file}:{f.expr}{mark}")
    print(f"{len(figs)} tagged figures, {len(bad)} stale or broken" + ("" if args.write else
          ("; run `.venv/bin/python bench/readme_figures.py --write`" if bad else "")))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
