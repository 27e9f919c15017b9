import subprocess
import sys


def test_jack_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "jackpeer", "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Usage" in out.stdout
