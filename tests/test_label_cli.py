"""`jack label` round trip: JSONL/CSV in, labelled JSONL out; bad input exits 2 and keeps earlier labels."""

import json
import subprocess
import sys

import numpy as np


def jack(*args, stdin=None):
    """Run the CLI in a subprocess."""
    return subprocess.run([sys.executable, "-m", "jackpeer", "label", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


def write_blobs(tmp_path, n=160, bad_line=None):
    """Seed (5 per class of a, b) and a stream where class c appears after 60 items."""
    rng = np.random.default_rng(0)
    centres = {"a": (0, 0), "b": (6, 6), "c": (0, 6)}
    seed = [{"vector": rng.normal(centres[c], 0.5).tolist(), "label": c} for c in "ab" for _ in range(8)]
    (tmp_path / "seed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in seed))
    lines = []
    for i in range(n):
        c = rng.choice(list("abc") if i >= 60 else list("ab"))
        lines.append(json.dumps({"id": f"x{i}", "vector": rng.normal(centres[c], 0.5).tolist()}))
    if bad_line is not None:
        lines[bad_line] = json.dumps({"id": "bad", "vector": [1.0, float("nan")]})
    (tmp_path / "stream.jsonl").write_text("\n".join(lines) + "\n")


def test_cli_round_trip_and_bad_input(tmp_path):
    write_blobs(tmp_path)
    out = tmp_path / "out.jsonl"
    res = jack(str(tmp_path / "stream.jsonl"), "--seed", str(tmp_path / "seed.jsonl"), "--id-column", "id",
               "-o", str(out), "--naive")
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    first = [r for r in rows if not r["revised"]]
    assert [r["id"] for r in first] == [f"x{i}" for i in range(160)]
    assert {r["kind"] for r in first} <= {"accept", "abstain", "unknown"}
    assert {r["label"] for r in first} & {"a", "b"}
    assert "labels/s" in res.stderr and "plan" in res.stderr



def test_bad_line_keeps_earlier_labels(tmp_path):
    import pytest

    from jackpeer.errors import InputError
    from jackpeer.label.command import run

    # a NaN on line 100: the 99 rows before it are labelled and written, the error names the line
    write_blobs(tmp_path, bad_line=99)
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="line 100"):
        run(str(tmp_path / "stream.jsonl"), str(tmp_path / "seed.jsonl"), str(out), None, "label", None, "auto",
            100.0, [], True)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows if not r["revised"]] == list(range(99))


def test_label_command_csv_columns_and_settings(tmp_path, capsys):
    import pytest

    from jackpeer.errors import ConfigError, InputError
    from jackpeer.label.command import run

    seed = tmp_path / "seed.csv"
    seed.write_text("x,y,kind\n0,0,a\n0.1,0.2,a\n0.2,0.1,a\n6,6,b\n6.2,5.9,b\n5.9,6.1,b\n")
    stream = tmp_path / "stream.csv"
    stream.write_text("x,y\n0.1,0.1\n6.1,6.0\n")
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputError, match="'nope'.*kind"):
        run(str(stream), str(seed), str(out), None, "nope", None, "auto", 100.0, [], True)
    run(str(stream), str(seed), str(out), None, "kind", None, "auto", 100.0, [], True)
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [0, 1]
    stream.write_text("x,z\n0.1,0.1\n")
    with pytest.raises(InputError, match="'y'"):
        run(str(stream), str(seed), str(out), None, "kind", None, "auto", 100.0, [], True)
    with pytest.raises(ConfigError, match="nonsense"):
        run(str(stream), None, None, None, "label", None, "auto", 100.0, ["nonsense=1"], True)
