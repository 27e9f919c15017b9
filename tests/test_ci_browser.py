"""Under CI=true a browser test that cannot run (no Chromium) fails the run; elsewhere it is skipped (conftest.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

MODULE_SKIP = 'import pytest\npytest.skip("chromium is not installed (run `make browser`)", allow_module_level=True)\n'
TEST_SKIP = ("import pytest\n\n@pytest.mark.browser\ndef test_page():\n    pytest.skip('no chromium')\n\n"
             "def test_other_skip():\n    pytest.skip('needs a GPU')\n\ndef test_ok():\n    pass\n")


def run_pytest(folder: Path, ci: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
           "-o", "markers=browser: drives headless Chromium", str(folder)]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=folder, timeout=120)


def test_missing_browser_fails_only_under_ci(tmp_path):
    shutil.copy(Path(__file__).parent / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_page.py").write_text(TEST_SKIP)
    local, ci = run_pytest(tmp_path, None), run_pytest(tmp_path, "true")
    assert local.returncode == 0 and "1 passed, 2 skipped" in local.stdout, local.stdout
    assert ci.returncode == 1 and "1 failed, 1 passed, 1 skipped" in ci.stdout, ci.stdout
    assert "CI=true and test_page.py::test_page cannot run" in ci.stdout

    (tmp_path / "test_browser_module.py").write_text(MODULE_SKIP)
    assert run_pytest(tmp_path, "false").returncode == 0
    ci = run_pytest(tmp_path, "true")
    assert ci.returncode != 0 and "test_browser_module.py cannot run: Skipped: chromium" in ci.stdout, ci.stdout
