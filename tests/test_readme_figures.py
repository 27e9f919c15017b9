"""README figures: every tagged figure equals bench/results/*.json (bench/readme_figures.py), and the checker works."""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("readme_figures", ROOT / "bench" / "readme_figures.py")
rf = importlib.util.module_from_spec(spec)
spec.loader.exec_module(rf)

RESULTS = {"model": {"decode_tok_s": 86.2117, "base": 24.0, "rss": 823.55, "p": 0.446, "none": None,
                     "by_code": {"C1": 0.0556}},
           "dialog": {"tok_s": 17980.9}}


def test_readme_figures_equal_the_bench_results():
    figs = rf.figures(rf.README.read_text(encoding="utf-8"), rf.load_results())
    bad = [f"README.md:{f.line}: {f.written} but {f.file}:{f.expr} gives {f.expected or f.error}" for f in figs if f.stale]
    assert not bad, "stale README figures (run `.venv/bin/python bench/readme_figures.py --write`):\n" + "\n".join(bad)
    files = {f.file for f in figs}
    assert {"model", "dialog", "guard", "label"} <= files  # the sections that quote results stay tagged


def test_a_stale_figure_is_found_and_rewritten():
    text = ("int4 <!--fig model:decode_tok_s-->86.2 tok/s (<!--fig model:decode_tok_s/base-->3.59×), "
            "RSS <!--fig model:rss-->900 MB, <!--fig model:p*100-->45 %, <!--fig dialog:round(tok_s, -2)-->4,300\n")
    figs = rf.figures(text, RESULTS)
    assert [(f.written, f.expected) for f in figs] == [
        ("86.2", "86.2"), ("3.59", "3.59"), ("900", "824"), ("45", "45"), ("4,300", "18,000")]
    assert [f.stale for f in figs] == [False, False, True, False, True]
    fixed = rf.rewrite(text, RESULTS)
    assert "RSS <!--fig model:rss-->824 MB" in fixed and "-->18,000\n" in fixed
    assert not any(f.stale for f in rf.figures(fixed, RESULTS))


@pytest.mark.parametrize("tag, error", [
    ("<!--fig model:missing-->1.0", "no numeric key missing"),
    ("<!--fig model:none-->1.0", "no numeric key none"),
    ("<!--fig nofile:x-->1.0", "no bench/results/nofile.json"),
    ("<!--fig model:__import__('os')-->1", "only mean"),
    ("<!--fig model:base.real-->1", "Attribute is not allowed"),
    ("<!--fig model:by_code['Z9']-->1", "no numeric by_code['Z9']"),
    ("<!--fig model:by_code[0]-->1", "with a quoted name"),
    ("<!--fig model:base['x']-->1", "no numeric base['x']"),
])
def test_broken_tags_are_reported_not_evaluated(tag, error):
    (fig,) = rf.figures(f"x {tag} y", RESULTS)
    assert fig.stale and error in fig.error
    assert rf.rewrite(tag, RESULTS) == tag


def test_a_figure_inside_an_object_is_read_by_its_quoted_name():
    (fig,) = rf.figures("C1 <!--fig model:by_code['C1']*100-->5.6 %", RESULTS)
    assert fig.expected == "5.6" and not fig.stale


def test_untagged_text_is_left_alone():
    text = "Peak RSS 824 MB (was 1.86 GB); <!-- a comment -->12 and <!--fig model:base-->24.0"
    assert rf.rewrite(text, {"model": {"base": 30.0}}) == text.replace("-->24.0", "-->30.0")
    assert len(rf.figures(text, RESULTS)) == 1
