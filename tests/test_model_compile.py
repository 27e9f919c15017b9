"""The compiled decode step on a tiny model: same tokens as eager, any cache length, eager fallbacks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from jackpeer.model import LlamaConfig, Transformer
from jackpeer.model import compiled as compiled_mod
from jackpeer.model.compiled import CompiledStep, cache_dir, compile_enabled, twin
from jackpeer.model.generate import SamplingParams, decode_logits, generate


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return Transformer(LlamaConfig.preset("tiny")).eval()


@pytest.fixture(scope="module")
def step(model):
    step = CompiledStep(model)
    step.start()  # in the background: the eager step answers meanwhile
    assert step.state == "compiling"
    prompt = torch.randint(0, 512, (9,)).tolist()
    params = SamplingParams(max_tokens=4)
    assert generate(model, [prompt], params, step) == generate(model, [prompt], params)
    assert step.wait(), step.error
    assert step.warmup_s > 0
    return step


def frames_compiled() -> int:
    return torch._dynamo.utils.counters["frames"]["ok"]


def test_compiled_greedy_tokens_and_logits_equal_eager(model, step):
    before = frames_compiled()
    for n in (20, 260):  # 256- and 512-slot caches: one graph for both, no recompile
        prompt = torch.randint(0, 512, (n,)).tolist()
        params = SamplingParams(max_tokens=8)
        assert generate(model, [prompt], params, step) == generate(model, [prompt], params)
        with torch.no_grad():
            pos, tok = torch.tensor([n + 5]), torch.tensor([[7]])
            assert torch.allclose(step(model, tok, pos, None), decode_logits(model, tok, pos, None), atol=1e-4)
            # The graph itself takes this cache length: the step's own stance would hide a guard
            # failure by running eagerly (the cache buffers once got static shapes that way).
            with torch.compiler.set_stance("fail_on_recompile"):
                step._compiled(model, tok, pos, None)
    assert frames_compiled() == before


def test_shapes_the_graph_was_not_built_for_run_eagerly(model, step):
    prompts = [torch.randint(0, 512, (n,)).tolist() for n in (5, 9)]
    params = SamplingParams(max_tokens=6)
    before = frames_compiled()
    assert generate(model, prompts, params, step) == generate(model, prompts, params)  # batch 2, padded
    with torch.inference_mode():
        assert not step.usable(model, torch.tensor([[1]]), None)
    assert not step.usable(twin(model), torch.tensor([[1]]), None)
    assert frames_compiled() == before


def test_the_graph_guards_the_caches_not_the_weights(model, step):
    # compiled.skip_fixed_module_guards drops the weights' guards only: a cache the graph was not
    # built for (another dtype here) still fails its guards, so the step would run eagerly.
    model.setup_caches(1, 64, dtype=torch.bfloat16)
    tok, pos = torch.tensor([[7]]), torch.tensor([3])
    with torch.no_grad(), torch.compiler.set_stance("fail_on_recompile"):
        with pytest.raises(RuntimeError, match="recompil"):
            step._compiled(model, tok, pos, None)
        model.setup_caches(1, 64)
        step._compiled(model, tok, pos, None)  # the cache it was built for passes them


def test_twin_shares_weights_not_caches(model):
    model.setup_caches(1, 64)
    copy = twin(model)
    assert copy.layers[0].attention.wqkv.weight is model.layers[0].attention.wqkv.weight
    assert copy.layers[0].attention.kv_cache is None and model.layers[0].attention.kv_cache is not None


def test_compile_failure_keeps_the_eager_step(model, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("no C++ compiler")

    monkeypatch.setattr(compiled_mod.torch, "compile", broken)
    step = CompiledStep(model)
    step.start(background=False)
    assert step.state == "failed" and "no C++ compiler" in step.error and not step.wait()
    tok, pos = torch.tensor([[3]]), torch.tensor([0])
    model.setup_caches(1, 32)
    with torch.no_grad():
        assert torch.equal(step(model, tok, pos, None), decode_logits(model, tok, pos, None))


def test_a_failed_compile_process_is_reported_and_the_compile_goes_on_here(model, monkeypatch, tmp_path):
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    def broken(*args, **kwargs):
        raise RuntimeError("here")

    monkeypatch.setattr(compiled_mod.torch, "compile", broken)
    step = CompiledStep(model, source=(tmp_path / "missing.gguf", "int4"))
    step.start(background=False)
    assert "no such model file" in step.prebuild_error  # the child's last error line
    assert step.state == "failed" and "here" in step.error  # then this process compiled (and failed) itself


@pytest.mark.slow
def test_cold_compile_runs_in_its_own_process_then_loads_from_the_cache(monkeypatch, tmp_path):
    import jackpeer
    from jackpeer.model.compile_worker import prebuild, stamp_path
    from jackpeer.model.loading import default_model_path

    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    path = default_model_path()
    assert prebuild(path, "int4") is None
    lm = jackpeer.load(path, quantize="int4", compile=False)
    assert stamp_path(tmp_path, lm.config, lm.quantize, lm.model.norm.weight.dtype).exists()
    step = CompiledStep(lm.model, source=(path, lm.quantize))
    step.start(background=False)  # the stamp says warm: no second process, a cache hit here
    assert step.state == "ready" and step.prebuild_error is None


def test_a_failed_engine_compile_process_is_reported_too(model, monkeypatch, tmp_path):
    from jackpeer.serve import batch_step

    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    def broken(*args, **kwargs):
        raise RuntimeError("here")

    monkeypatch.setattr(batch_step.torch, "compile", broken)
    step = batch_step.BatchStep(model, 96, enabled=True, source=(tmp_path / "missing.gguf", "int4"))
    step.start(background=False)
    assert "no such model file" in step.prebuild_error
    assert step.state == "failed" and "here" in step.error


@pytest.mark.slow
def test_the_engines_cold_compile_runs_in_its_own_process_too(monkeypatch, tmp_path):
    import jackpeer
    from jackpeer.model.compile_worker import prebuild, stamp_path
    from jackpeer.model.loading import default_model_path
    from jackpeer.serve.batch_step import BatchStep

    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path))
    path = default_model_path()
    assert prebuild(path, "int4", (8, 576)) is None
    lm = jackpeer.load(path, quantize="int4", compile=False)
    dtype = lm.model.norm.weight.dtype
    assert stamp_path(tmp_path, lm.config, lm.quantize, dtype, (8, 576)).exists()
    assert not stamp_path(tmp_path, lm.config, lm.quantize, dtype).exists()  # the lm's step is another graph
    step = BatchStep(lm.model, 576, enabled=True, source=(path, lm.quantize), storage_rows=8)
    step.start(background=False)  # the stamp says warm: no second process, cache hits here
    assert step.state == "ready" and step.prebuild_error is None


def test_cache_folder_and_switch(monkeypatch, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TORCHINDUCTOR_CACHE_DIR"}
    # torch._dynamo's first import (PyTorch makes it lazily, building a model is enough) fixes the folder at
    # /tmp/torchinductor_<user> unless it is set: importing jackpeer sets it first.
    code = "import os, jackpeer, torch._dynamo; print(os.environ['TORCHINDUCTOR_CACHE_DIR'])"
    for chosen, want in ((None, tmp_path / "jackpeer" / "torchinductor"), ("/somewhere/else", Path("/somewhere/else"))):
        extra = {"TORCHINDUCTOR_CACHE_DIR": chosen} if chosen else {}
        out = subprocess.run([sys.executable, "-c", code], env={**env, **extra, "XDG_CACHE_HOME": str(tmp_path)},
                             capture_output=True, text=True, check=True)
        assert Path(out.stdout.strip()) == want  # the user's choice is kept
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "jackpeer" / "torchinductor"
    for value, on in (("0", False), ("off", False), ("1", True), ("", True)):
        monkeypatch.setenv("JACK_COMPILE", value)
        assert compile_enabled() is on


def test_cli_error_exits_with_2_while_a_compile_still_runs():
    # The atexit hook that ends a process mid-compile must keep the CLI's error status.
    script = (
        "import sys, time\n"
        "from jackpeer.model import compiled\n"
        "step = compiled.CompiledStep(None)\n"
        "step._warm_up = lambda: time.sleep(60)\n"
        "step.start()\n"
        "sys.argv = ['jack', 'chat', '--model', '/nonexistent/model.gguf']\n"
        "from jackpeer.cli import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=50)
    assert done.returncode == 2, done.stderr
    assert "no such model file" in done.stderr


def test_tracing_shares_the_gil_and_restores_the_switch_interval():
    before = sys.getswitchinterval()
    with compiled_mod.gil_shared_while_tracing():
        assert sys.getswitchinterval() == pytest.approx(compiled_mod.TRACING_SWITCH_INTERVAL_S)
        with compiled_mod.gil_shared_while_tracing():  # a warm-up and a live trace at once
            pass
        assert sys.getswitchinterval() == pytest.approx(compiled_mod.TRACING_SWITCH_INTERVAL_S)
    assert sys.getswitchinterval() == before
