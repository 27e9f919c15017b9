"""Checks of the code's layout (issue 16 items 10, 11): unique module names that do not shadow the standard
library, no sys.path edits in benches, no private imports across packages, one helper per job."""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "jackpeer"


def _sources(*folders: Path) -> list[Path]:
    return sorted(p for f in folders for p in f.rglob("*.py"))


def test_no_bench_script_shadows_the_standard_library():
    stdlib = set(sys.stdlib_module_names)
    for path in _sources(ROOT / "bench"):
        assert path.stem not in stdlib, path  # bench/profile.py shadowed `profile` (torch imports cProfile)
        text = path.read_text()
        # the hack that shadowing needed: dropping bench/ from the path
        assert "sys.path = [" not in text and "sys.path[:] = [" not in text and "sys.path[0] =" not in text, path


def test_no_module_is_named_like_another_package():
    # label/runtime.py next to runtime/, runtime/profile.py next to profile/: a reader looks in the wrong place
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()}
    for path in _sources(PACKAGE):
        assert path.stem not in packages - {path.parent.name}, path
    assert not (PACKAGE / "label" / "perfmodel.py").exists() and not (PACKAGE / "label" / "schedule.py").exists()
    assert not (PACKAGE / "label" / "room.py").exists() and not (PACKAGE / "peers" / "room.py").exists()


def test_no_private_name_is_imported_from_another_package():
    for path in _sources(PACKAGE, ROOT / "bench"):
        own = path.relative_to(ROOT).parts[1] if path.is_relative_to(PACKAGE) else None
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("jackpeer."):
                other = node.module.split(".")[1]
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private or other == own, (path, node.module, private)


def test_one_definition_each_of_the_shared_helpers():
    names = {"percentile": [], "pct": [], "sorted_quantile": [], "free_port": [], "_ngrams": [],
             "cohen_kappa_hand": [], "rapl_packages": []}
    for path in _sources(PACKAGE, ROOT / "bench", ROOT / "tests"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef) and node.name in names:
                names[node.name].append(path.relative_to(ROOT).as_posix())
    assert names["percentile"] == ["jackpeer/percentile.py"] and names["free_port"] == ["jackpeer/ports.py"]
    assert names["pct"] == names["sorted_quantile"] == names["_ngrams"] == names["rapl_packages"] == []
