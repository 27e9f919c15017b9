"""`jack tune WORKLOAD`: plans, JSON report and Gantt chart for a suite workload; bad names are user errors."""

import json

from typer.testing import CliRunner

from jackpeer.cli import app


def test_jack_tune_writes_plan_and_gantt(tmp_path):
    out = tmp_path / "tune"
    result = CliRunner().invoke(app, ["tune", "cnn", "--batch-size", "2", "--steps", "30", "--measure", "0",
                                      "--cache-dir", str(tmp_path / "cache"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "plan.json").read_text())
    assert report["workload"] == "cnn" and report["graphs"]
    assert any(g["chosen"] for g in report["graphs"])
    assert (out / "gantt.png").read_bytes()[:4] == b"\x89PNG"


def test_jack_tune_unknown_workload_is_a_user_error(tmp_path):
    from jackpeer.errors import ConfigError

    result = CliRunner().invoke(app, ["tune", "nope", "--cache-dir", str(tmp_path), "--out", str(tmp_path)])
    assert result.exit_code != 0 and isinstance(result.exception, ConfigError)
