"""Trainer: resume reproduces the loss curve; 2-process DDP (gloo) gives the single-process loss; CLI."""

import json
import os
import subprocess
import sys

import pytest
import torch

from jackpeer.dialog.strategies import StrategyConfig
from jackpeer.dialog.trainer import TrainConfig, Trainer, config_from, lr_at


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)  # two shared cores: more threads only spin
    yield
    torch.set_num_threads(before)


@pytest.fixture
def corpus(tmp_path):
    lines = [json.dumps({"turns": [f"hello {i}", f"hi there {i % 7}", f"how are you {i % 3}?"]}) for i in range(60)]
    path = tmp_path / "talk.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def small_cfg(corpus, out, **kw):
    base = dict(data=corpus, model="tiny", model_overrides={"dim": 32, "n_layers": 1, "ffn_dim": 64},
                steps=6, batch_size=4, warmup=2, eval_every=3, save_every=3, out=str(out), progress=False,
                max_context=48, max_response=16)
    base.update(kw)
    return TrainConfig(**base)


def test_lr_schedule_warmup_and_cosine():
    cfg = TrainConfig(steps=100, warmup=10, lr=1e-3, min_lr_ratio=0.1)
    assert lr_at(0, cfg) == pytest.approx(1e-4)
    assert lr_at(9, cfg) == pytest.approx(1e-3)
    assert lr_at(55, cfg) == pytest.approx(1e-3 * (0.1 + 0.9 * 0.5))
    assert lr_at(100, cfg) == pytest.approx(1e-4)


def test_killed_run_resumes_to_the_same_loss_curve(corpus, tmp_path):
    strat = StrategyConfig(name="bilevel_ss", k0_frac=0.0, ramp_frac=0.0, pi_min=0.3)
    full = Trainer(small_cfg(corpus, tmp_path / "full", strategy=strat, grad_accum=2)).train()
    killed = Trainer(small_cfg(corpus, tmp_path / "part", strategy=strat, grad_accum=2))
    for _ in range(3):
        killed.history.append(killed.train_step())
    killed.save_checkpoint(killed.ckpt_path)
    killed.train_step()  # a step after the last checkpoint, lost in the "kill"
    del killed
    resumed = Trainer(small_cfg(corpus, tmp_path / "part", strategy=strat, grad_accum=2))
    assert resumed.step == 3
    history = resumed.train()
    assert [r["loss"] for r in history] == [r["loss"] for r in full]
    assert any(r["frac_sampled"] > 0 for r in history)
    logged = [json.loads(line) for line in (tmp_path / "part" / "log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in logged] == list(range(1, 7))
    assert (tmp_path / "part" / "curves.png").stat().st_size > 0
    assert "valid_ppl" in full[2] and "valid_ppl" in history[-1]


def test_grad_accumulation_matches_one_big_batch(corpus, tmp_path):
    a = Trainer(small_cfg(corpus, tmp_path / "a", steps=3, batch_size=8, eval_every=100)).train()
    b = Trainer(small_cfg(corpus, tmp_path / "b", steps=3, batch_size=4, grad_accum=2, eval_every=100)).train()
    assert [r["loss"] for r in a] == pytest.approx([r["loss"] for r in b], abs=1e-5)


def test_config_file_and_flags(tmp_path):
    (tmp_path / "c.yaml").write_text("steps: 7\nstrategy:\n  name: bilevel_ss\n  kappa: 20\n")
    cfg = config_from(str(tmp_path / "c.yaml"), {"steps": None, "lr": 0.01, "strategy": None}, {"q0": 0.5})
    assert (cfg.steps, cfg.lr, cfg.strategy.name, cfg.strategy.kappa, cfg.strategy.q0) == (7, 0.01, "bilevel_ss", 20, 0.5)
    (tmp_path / "c.toml").write_text('steps = 9\nstrategy = "vanilla_ss"\n')
    assert config_from(str(tmp_path / "c.toml"), {"strategy": "ss_linear"}).strategy.decay == "linear"


def test_ddp_two_processes_match_one_process(corpus, tmp_path):
    cfg_path = tmp_path / "ddp.yaml"
    cfg_path.write_text(
        f"data: {corpus}\nmodel: tiny\nmodel_overrides: {{dim: 32, n_layers: 1, ffn_dim: 64}}\nsteps: 2\n"
        "batch_size: 4\nwarmup: 1\neval_every: 100\nmax_context: 48\nmax_response: 16\nprogress: false\n"
        "strategy: {name: vanilla_ss}\n")
    env = dict(os.environ, OMP_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
           "-m", "jackpeer", "train", "--config", str(cfg_path), "--out", str(tmp_path / "ddp")]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ddp = [json.loads(line)["loss"] for line in (tmp_path / "ddp" / "log.jsonl").read_text().splitlines()]
    from jackpeer.dialog.trainer import load_config_file

    data = load_config_file(cfg_path)
    single = Trainer(config_from(None, {**data, "out": str(tmp_path / "one"), "strategy": None},
                                 {"name": "vanilla_ss"})).train()
    assert len(ddp) == 2
    assert ddp == pytest.approx([r["loss"] for r in single], abs=1e-5)


def test_cli_train_reports_bad_corpus(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"turns": ["a", "b"]}\n{oops\n')
    proc = subprocess.run([sys.executable, "-m", "jackpeer", "train", "--data", str(bad), "--steps", "1",
                           "--out", str(tmp_path / "r")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "bad.jsonl:2" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_fine_tune_default_checkpoint_one_step(tmp_path):
    lines = [json.dumps({"turns": ["hello, how are you?", "i am fine, thanks."]}) for _ in range(12)]
    (tmp_path / "d.jsonl").write_text("\n".join(lines))
    cfg = TrainConfig(data=str(tmp_path / "d.jsonl"), model="default", steps=1, batch_size=2, warmup=1,
                      eval_every=1, eval_examples=2, out=str(tmp_path / "ft"), progress=False,
                      strategy=StrategyConfig(name="bilevel_ss"), max_context=64, max_response=16)
    trainer = Trainer(cfg)
    assert not trainer.from_scratch
    ex = trainer.examples["train"][0]
    assert trainer.encoder.tok.decode(ex.ids[ex.resp_start : -1]) == "i am fine, thanks."
    history = trainer.train()
    assert history[0]["loss"] < 5 and "valid_ppl" in history[0]  # a trained chat model: low NLL from the start


@pytest.mark.slow
def test_profile_and_jack_runtime_hooks(corpus, tmp_path):
    strat = StrategyConfig(name="bilevel_ss", k0_frac=0.0)
    eager = Trainer(small_cfg(corpus, tmp_path / "e", strategy=strat, steps=4)).train()
    prof = Trainer(small_cfg(corpus, tmp_path / "p", strategy=strat, steps=4, profile=True)).train()
    assert (tmp_path / "p" / "profile" / "report.json").exists()
    jack = Trainer(small_cfg(corpus, tmp_path / "j", strategy=strat, steps=4, runtime="jack")).train()
    assert [r["loss"] for r in jack] == pytest.approx([r["loss"] for r in eager], abs=1e-4)
    assert [r["loss"] for r in prof] == pytest.approx([r["loss"] for r in eager], abs=1e-6)
