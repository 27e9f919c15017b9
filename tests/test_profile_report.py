import json

import pytest
import torch
from typer.testing import CliRunner

from jackpeer.cli import app
from jackpeer.profile import for_training, profile_script, profile_training
from jackpeer.profile.runner import memory_parts
from jackpeer.workloads import get_workload

SCRIPT = """
import sys, torch
import jackpeer.profile
m = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
opt = torch.optim.SGD(m.parameters(), lr=0.01)
for i in range(int(sys.argv[1])):
    loss = m(torch.randn(4, 8)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    jackpeer.profile.step()  # ignored under an auto session: optimizer.step() marks steps
"""


@pytest.fixture(autouse=True)
def one_thread():
    # One intra-op thread: on a CPU shared with other jobs two threads stall on OpenMP barriers.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def test_profile_training_writes_json_and_html(tmp_path):
    w = get_workload("cnn", batch_size=4)
    report = profile_training(w.model, w.loss_fn, w.optimizer, w.batches, steps=6, warmup_steps=2,
                              trace_steps=2, samples_per_step=4, out_dir=tmp_path)  # fmt: skip
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["steps"]["count"] == 6 and data["steps"]["measured"] == 2
    assert set(data["phases"]) == {"data", "forward", "backward", "optimizer"}
    html = (tmp_path / "report.html").read_text()
    for title in ("time per op type", "memory over time", "utilization over time"):
        assert title in html
    assert html.count("data:image/png;base64,") >= 3
    parts = report["memory"]["breakdown"]
    weights = sum(p.numel() * 4 for p in w.model.parameters())
    assert parts["weights"] == weights and parts["gradients"] == weights
    assert parts["optimizer_state"] == weights  # SGD momentum: one buffer per parameter
    assert parts["input"] == 4 * 32 * 32 * 4 + 4 * 8  # float images + int64 labels
    assert parts["peak"] >= parts["weights"] + parts["optimizer_state"]
    if not report["energy"]["available"]:
        assert report["energy"]["reason"].startswith("no energy source")
        assert "not available" in html


def test_memory_parts_counts_adam_state():
    model = torch.nn.Linear(10, 10)
    opt = torch.optim.Adam(model.parameters())
    model(torch.randn(2, 10)).sum().backward()
    opt.step()
    parts = memory_parts(model, opt, torch.zeros(2, 10))
    assert parts["weights"] == 110 * 4
    assert parts["optimizer_state"] == 2 * 110 * 4 + 2 * 4  # exp_avg, exp_avg_sq, and a step scalar each


def test_script_runs_under_auto_session(tmp_path):
    script = tmp_path / "train.py"
    script.write_text(SCRIPT)
    report = profile_script(["python", str(script), "7"], warmup_steps=2, trace_steps=2, out_dir=tmp_path)
    assert report["steps"]["count"] == 7
    assert {"forward", "backward", "optimizer"} <= set(report["phases"])
    assert report["ops"]["layers"] == []  # no model given: ops only
    assert (tmp_path / "report.html").exists()


def test_for_training_marks_steps_at_optimizer_step(tmp_path):
    model = torch.nn.Linear(4, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    with for_training(model, tmp_path, warmup_steps=1, trace_steps=2) as prof:
        for _ in range(5):
            model(torch.randn(3, 4)).sum().backward()
            opt.step()
            opt.zero_grad()
    assert prof.report["steps"]["count"] == 5
    (layer,) = prof.report["ops"]["layers"]  # a bare Linear: the root module is the only layer
    assert layer["module"] == "Linear" and layer["forward_ms"] > 0 and layer["backward_ms"] > 0
    assert (tmp_path / "report.json").exists()


def test_cli_profile_workload_and_script(tmp_path):
    threads = torch.get_num_threads()  # --threads sets a process-wide value: restore it for other tests
    runner = CliRunner()
    out = tmp_path / "w"
    result = runner.invoke(app, ["profile", "cnn", "--steps", "4", "--warmup", "1", "--trace-steps", "1",
                                 "--batch-size", "2", "--threads", "1", "--out", str(out)])  # fmt: skip
    torch.set_num_threads(threads)
    assert result.exit_code == 0, result.output
    assert (out / "report.json").exists() and (out / "report.html").exists()
    script = tmp_path / "train.py"
    script.write_text(SCRIPT)
    out = tmp_path / "s"
    result = runner.invoke(app, ["profile", "--warmup", "1", "--trace-steps", "1", "--out", str(out), "--",
                                 "python", str(script), "4"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads((out / "report.json").read_text())["steps"]["count"] == 4
    result = runner.invoke(app, ["profile", "vgg"])
    assert result.exit_code != 0
