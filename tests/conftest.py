"""Test-wide settings."""

import os

import pytest

# The background torch.compile of the decode step costs minutes of CPU on the first run; tests
# use the eager step unless they compile on purpose (tests/test_model_compile.py,
# tests/test_model_default_path.py).
os.environ["JACK_COMPILE"] = "0"

# Under CI a browser test that cannot run is a failure, not a skip: a CI machine without
# Chromium would otherwise pass while testing none of the page.
ON_CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
BROWSER_WORDS = ("chromium", "playwright")


def _skip_reason(report) -> str:
    """The reason of a skip report (pytest keeps it as (file, line, reason))."""
    return str(report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr)


def _browser_skip(report) -> bool:
    """True for a skip caused by a missing browser (Chromium or Playwright)."""
    return any(w in _skip_reason(report).lower() for w in BROWSER_WORDS)


def _fail_on_ci(report, what: str) -> None:
    report.outcome = "failed"
    report.longrepr = f"CI=true and {what} cannot run: {_skip_reason(report)}. Install Chromium with `make browser`."


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    """A browser test module skipped at import (no Chromium / Playwright) fails the run under CI."""
    outcome = yield
    report = outcome.get_result()
    if ON_CI and report.skipped and _browser_skip(report):
        _fail_on_ci(report, str(collector.nodeid))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A browser-marked test that skips (no Chromium / Playwright) fails under CI."""
    outcome = yield
    report = outcome.get_result()
    if ON_CI and report.skipped and (item.get_closest_marker("browser") or _browser_skip(report)):
        _fail_on_ci(report, item.nodeid)
