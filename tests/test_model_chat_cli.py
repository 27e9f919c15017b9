"""`jack chat`: streams a reply, ends on /quit and on a closed stdin, reports bad paths as errors."""

import subprocess
import sys

from typer.testing import CliRunner

from jackpeer.cli import app


def test_chat_answers_then_exits_on_eof():
    result = CliRunner().invoke(app, ["chat", "--max-tokens", "16"], input="What is the capital of France?\n")
    assert result.exit_code == 0, result.output
    assert "Paris" in result.output


def test_chat_bad_model_path_exits_2_without_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "jackpeer", "chat", "--model", str(tmp_path / "missing.gguf")],
        input="/quit\n", capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "no such model file" in " ".join(proc.stderr.split()) and "Traceback" not in proc.stderr
