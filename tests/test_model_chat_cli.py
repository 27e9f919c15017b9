"""`jack chat` reports a bad model path as an error (the chat loop itself is tested in test_model_lm.py)."""

import subprocess
import sys


def test_chat_bad_model_path_exits_2_without_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "jackpeer", "chat", "--model", str(tmp_path / "missing.gguf")],
        input="/quit\n", capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "no such model file" in " ".join(proc.stderr.split()) and "Traceback" not in proc.stderr
