"""Benchmark the default model (SmolLM2-135M-Instruct GGUF): jackpeer vs transformers and llama.cpp, each speed step.

2 threads, greedy, a 128-token prompt and 128 new tokens, median of 3 runs per figure.
Steps, one after another in this process: fp32 eager, fp32 compiled, int8, int4 eager, int4 compiled (= the
default `jackpeer.load()`, measured after its warm-up). The headline figures and every contender run in processes
of their own: the default (first and last, mean of the two), llama.cpp, transformers, and the default with
PyTorch's int4/int8 matmuls and SDPA instead of our kernels (native.py; JACK_NATIVE=0). Also: the compile warm-up cold (empty inductor cache) and warm (cache
hit), and how fast the first reply comes while the cold compile runs in the background; the real
`jack room` started on a fresh cache and again (ready_s_cold / ready_s_warm: seconds until its page answers).
Writes bench/results/model.json. Run: .venv/bin/python bench/model.py [--no-compile]
"""

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch
from jack_room import start_jack_room, wait_until_answers
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

import jackpeer
from jackpeer.model.generate import SamplingParams, decode_logits, generate_stream
from jackpeer.model.loading import DEFAULT_QUANTIZE, count_linear_bytes, default_model_path

THREADS, PROMPT, NEW, RUNS = 2, 128, 128, 3
OUT = Path(__file__).parent / "results" / "model.json"
console = Console()

# Fixed evaluation text (Lewis Carroll, "Alice's Adventures in Wonderland", 1865; public domain).
TEXT = """Alice was beginning to get very tired of sitting by her sister on the bank, and of having nothing \
to do: once or twice she had peeped into the book her sister was reading, but it had no pictures or \
conversations in it, "and what is the use of a book," thought Alice "without pictures or conversations?" \
So she was considering in her own mind (as well as she could, for the hot day made her feel very sleepy \
and stupid), whether the pleasure of making a daisy-chain would be worth the trouble of getting up and \
picking the daisies, when suddenly a White Rabbit with pink eyes ran close by her. There was nothing so \
very remarkable in that; nor did Alice think it so very much out of the way to hear the Rabbit say to \
itself, "Oh dear! Oh dear! I shall be late!" (when she thought it over afterwards, it occurred to her \
that she ought to have wondered at this, but at the time it all seemed quite natural); but when the \
Rabbit actually took a watch out of its waistcoat-pocket, and looked at it, and then hurried on, Alice \
started to her feet, for it flashed across her mind that she had never before seen a rabbit with either \
a waistcoat-pocket, or a watch to take out of it, and burning with curiosity, she ran across the field \
after it, and fortunately was just in time to see it pop down a large rabbit-hole under the hedge. In \
another moment down went Alice after it, never once considering how in the world she was to get out \
again. The rabbit-hole went straight on like a tunnel for some way, and then dipped suddenly down, so \
suddenly that Alice had not a moment to think about stopping herself before she found herself falling \
down a very deep well."""


def time_generation(model, prompt: list[int], step=decode_logits) -> tuple[float, float, list[int]]:
    """(prefill tok/s, decode tok/s, tokens) for one greedy run of NEW tokens."""
    t0 = time.perf_counter()
    tokens, t1 = [], None
    for (tok,) in generate_stream(model, [prompt], SamplingParams(max_tokens=NEW), step):
        tokens.append(tok)
        if t1 is None:
            t1 = time.perf_counter()
    t2 = time.perf_counter()
    return len(prompt) / (t1 - t0), (len(tokens) - 1) / (t2 - t1), tokens


def median_runs(fn, runs: int = RUNS) -> tuple[float, float, list[int]]:
    """Medians of prefill and decode speed over several runs (after one warm-up)."""
    fn()
    results = [fn() for _ in range(runs)]
    return (statistics.median(r[0] for r in results), statistics.median(r[1] for r in results), results[-1][2])


@torch.inference_mode()
def perplexity(model, ids: list[int]) -> tuple[float, torch.Tensor]:
    """exp(mean NLL) of the text, and the argmax prediction at every position."""
    model.clear_caches()
    logits = model(torch.tensor([ids]))[0, :-1].float()
    nll = torch.nn.functional.cross_entropy(logits, torch.tensor(ids[1:]))
    return float(nll.exp()), logits.argmax(-1)


@torch.inference_mode()
def transformers_speed(path: Path, prompt: list[int]) -> tuple[float, float, float]:
    """transformers LlamaForCausalLM (fp32, from the same GGUF): prefill, cached greedy decode, perplexity."""
    from transformers import DynamicCache, LlamaForCausalLM

    model = LlamaForCausalLM.from_pretrained(path.parent, gguf_file=path.name, dtype=torch.float32).eval()

    def run():
        ids = torch.tensor([prompt])
        cache = DynamicCache(config=model.config)
        t0 = time.perf_counter()
        out = model(ids, past_key_values=cache, use_cache=True)
        nxt = out.logits[:, -1].argmax(-1, keepdim=True)
        t1 = time.perf_counter()
        tokens = [int(nxt)]
        for _ in range(NEW - 1):
            out = model(nxt, past_key_values=out.past_key_values, use_cache=True)
            nxt = out.logits[:, -1].argmax(-1, keepdim=True)
            tokens.append(int(nxt))
        t2 = time.perf_counter()
        return len(prompt) / (t1 - t0), (NEW - 1) / (t2 - t1), tokens

    prefill, decode, _ = median_runs(run)
    return prefill, decode


def llamacpp_speed(path: Path, prompt: list[int]) -> tuple[float, float] | None:
    """llama.cpp on the same GGUF via llama-cpp-python, when it is installed."""
    if importlib.util.find_spec("llama_cpp") is None:
        return None
    from llama_cpp import Llama

    llm = Llama(model_path=str(path), n_threads=THREADS, n_ctx=512, verbose=False)

    def run():
        llm.reset()
        t0 = time.perf_counter()
        llm.eval(prompt)
        t1 = time.perf_counter()
        for _ in range(NEW):
            tok = llm.sample(temp=0.0)
            llm.eval([tok])
        t2 = time.perf_counter()
        return len(prompt) / (t1 - t0), NEW / (t2 - t1), []

    prefill, decode, _ = median_runs(run)
    return prefill, decode


def copy_bandwidth_gb_s() -> float:
    """Best of 5: bytes read + written per second copying a 256 MB tensor (2 threads)."""
    src = torch.ones(64 * 2**20)
    dst = torch.empty_like(src)
    best = 0.0
    for _ in range(5):
        t = time.perf_counter()
        dst.copy_(src)
        best = max(best, 2 * src.numel() * 4 / (time.perf_counter() - t) / 1e9)
    return best


CHILD = """
import json, sys, time
import torch


def hwm_mb():
    # VmHWM, not ru_maxrss: on Linux a child's ru_maxrss also counts the parent image it was forked from.
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM")) / 1024


torch.set_num_threads({threads})
t0 = time.perf_counter()
import jackpeer
lm = jackpeer.load()  # the default configuration: compiling starts in the background
t1 = time.perf_counter()
pieces = lm.chat([{{"role": "user", "content": "What is the capital of France?"}}], stream=True, max_tokens=32)
first = next(pieces)
t2 = time.perf_counter()
reply = first + "".join(pieces)
t3 = time.perf_counter()
during = lm.compile_state
lm._compiled.wait()  # the background warm-up, if the environment left it on
lm.complete("Once upon a time", max_tokens={new})
print(json.dumps(dict(load_s=t1 - t0, first_token_s=t2 - t1, reply_s=t3 - t1, reply=reply, state_during=during,
                      state=lm.compile_state, error=lm.compile_error, warmup_s=lm._compiled.warmup_s,
                      peak_rss_mb=hwm_mb())))
"""


OWN_PROCESS = """
import json, sys
import torch
sys.path.insert(0, {bench!r})
import model as bench
torch.set_num_threads(bench.THREADS)
print(json.dumps(bench.{call}))
"""


def in_own_process(call: str, env: dict[str, str] | None = None):
    """The JSON result of `call` (an expression over this module, as `bench`) evaluated in a new process.

    Each contender runs in a process of its own, as a user's script would: in this process, after the fp32 and
    int8 steps, the default decoded 15-20% slower than in a fresh one (180-190 against 210-220 tok/s, prefill
    1,035 against 1,340), so figures measured here are for the step-by-step table only.
    """
    return child_json(OWN_PROCESS.format(bench=str(Path(__file__).parent), call=call), env or {})


def child_json(code: str, env: dict[str, str]) -> dict:
    """Run Python code in a new process with these environment settings; the JSON it printed last."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, **env})
    return json.loads(out.stdout.strip().splitlines()[-1])


def default_speed() -> dict:
    """Prefill/decode tok/s, perplexity and matmul kernels of the default configuration (`jackpeer.load()`, its
    compiled step warmed up first); with JACK_NATIVE=0 in the environment, PyTorch's kernels instead of ours."""
    lm = jackpeer.load()
    assert lm.compile(wait=True), lm.compile_error
    ids = lm.tokenizer.encode(TEXT)
    prefill, decode, _ = median_runs(lambda: time_generation(lm.model, ids[:PROMPT], lm._step))
    kernels = type(lm.model.layers[0].attention.wqkv).__name__
    return dict(prefill=prefill, decode=decode, ppl=perplexity(lm.model, ids)[0], kernels=kernels)


def fresh_process(env: dict[str, str]) -> dict:
    """Load the default model in a new process (with these environment settings) and time its start."""
    return child_json(CHILD.format(threads=THREADS, new=NEW), env)


def room_env(cache_home: str) -> dict[str, str]:
    """The environment of a `make run` whose per-user caches (the compiled kernels) live in cache_home."""
    env = {k: v for k, v in os.environ.items() if k != "TORCHINDUCTOR_CACHE_DIR"}
    env.update(XDG_CACHE_HOME=cache_home, OMP_NUM_THREADS=str(THREADS))
    return env


def room_ready_s(cache_home: str, limit_s: float = 600.0) -> dict:
    """Start the real `jack room` (as `make run` does); seconds until it answers, and its ready lines."""
    with tempfile.TemporaryDirectory() as data:
        t0 = time.perf_counter()
        proc, base = start_jack_room(data, env=room_env(cache_home), output=subprocess.PIPE)
        out: dict = {}
        try:
            if wait_until_answers(proc, base, limit_s):
                out["answer_s"] = time.perf_counter() - t0
        finally:
            proc.terminate()
            text = proc.communicate(timeout=60)[0]
        out["ready_lines"] = sum("room is ready" in line for line in text.splitlines())
        return out


def warm_room_cache(cache_home: str) -> float:
    """Compile the room backend's decode step into cache_home (what a first `make run` leaves behind); seconds."""
    code = "from jackpeer.peers.backends import LocalBackend\nassert LocalBackend().compile(), 'compile failed'\n"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], env=room_env(cache_home), check=True, capture_output=True)
    return time.perf_counter() - t0


def compiled_variant(lm, prompt: list[int], row: dict) -> dict | None:
    """The same model with its compiled decode step (warmed up first, not timed here)."""
    if not lm.compile(wait=True):
        console.print(f"[yellow]torch.compile failed: {lm.compile_error}[/]")
        return None
    p, d, toks = median_runs(lambda: time_generation(lm.model, prompt, lm._step))
    return dict(row, prefill=p, decode=d, tokens=toks, warmup_s=lm._compiled.warmup_s)


def main() -> None:
    """Run every measurement, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-compile", action="store_true", help="skip the torch.compile steps")
    args = parser.parse_args()
    torch.set_num_threads(THREADS)
    res: dict[str, float | str | None] = {"load_avg_start": round(os.getloadavg()[0], 2)}
    path = default_model_path()
    rows: dict[str, dict] = {}
    steps = [("none", False), ("none", True), ("int8", False), ("int4", False), ("int4", True)]
    if args.no_compile:
        steps = [s for s in steps if not s[1]]

    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("benchmarking", total=len(steps) + 8)
        lm = None
        for mode, compiled in steps:
            name = mode + ("_compiled" if compiled else "")
            if not compiled:
                lm = jackpeer.load(path, quantize=None if mode == "none" else mode, compile=False)
                text_ids = lm.tokenizer.encode(TEXT)
                prompt = text_ids[:PROMPT]
                ppl, argmax = perplexity(lm.model, text_ids)
                prefill, decode, tokens = median_runs(lambda m=lm.model, p=prompt: time_generation(m, p))
                rows[name] = dict(prefill=prefill, decode=decode, ppl=ppl, argmax=argmax, tokens=tokens,
                                  bytes=count_linear_bytes(lm.model), dtype=str(lm.model.norm.weight.dtype)[6:])
            else:
                row = compiled_variant(lm, prompt, rows[mode])
                if row is not None:
                    rows[name] = row
            bar.advance(task)
        config = lm.config
        del lm
        # Own processes, the default first and last (its figure is the mean of the two, so a drift of the
        # machine's speed during the run biases its ratios less), the contenders in between.
        own_default = [] if args.no_compile else [in_own_process("default_speed()")]
        bar.advance(task)
        cpp = in_own_process(f"llamacpp_speed(bench.default_model_path(), {prompt})")
        bar.advance(task)
        hf_prefill, hf_decode = in_own_process(f"transformers_speed(bench.default_model_path(), {prompt})")
        bar.advance(task)
        torch_kernels = None if args.no_compile else in_own_process("default_speed()", {"JACK_NATIVE": "0"})
        if not args.no_compile:
            own_default.append(in_own_process("default_speed()"))
        bar.advance(task)
        bandwidth = copy_bandwidth_gb_s()
        bar.advance(task)
        eager_start = fresh_process({"JACK_COMPILE": "0"})
        bar.advance(task)
        if not args.no_compile:
            with tempfile.TemporaryDirectory() as cache:  # an empty inductor cache: the first run on a machine
                cold = fresh_process({"TORCHINDUCTOR_CACHE_DIR": cache})
                bar.advance(task)
                warm = fresh_process({"TORCHINDUCTOR_CACHE_DIR": cache})
                bar.advance(task)
            with tempfile.TemporaryDirectory() as home:  # `make run` on a fresh machine, then again
                room_cold = room_ready_s(home)
                room_compile_s = warm_room_cache(home)
                room_warm = room_ready_s(home)

    ref = rows["none"]
    for row in rows.values():
        row["agree"] = float((row["argmax"] == ref["argmax"]).float().mean())
        same = 0
        for a, b in zip(row["tokens"], ref["tokens"], strict=False):
            if a != b:
                break
            same += 1
        row["greedy_prefix"] = same
    default_name = DEFAULT_QUANTIZE + ("" if args.no_compile else "_compiled")  # what jackpeer.load() runs
    in_process = rows.get(default_name, rows[DEFAULT_QUANTIZE])
    default = in_process
    if own_default:  # the headline: jackpeer.load()'s configuration in a fresh process, mean of two runs
        default = dict(in_process, **{k: statistics.mean(r[k] for r in own_default) for k in ("prefill", "decode")})
    fp32_best = rows.get("none_compiled", ref)
    kv_elem = 2 if default["dtype"] == "bfloat16" else 4  # the cache holds activations
    kv_bytes = 2 * config.n_layers * config.n_kv_heads * config.head_dim * kv_elem * (PROMPT + NEW // 2)
    bytes_per_token = default["bytes"] + kv_bytes
    bound = bandwidth * 1e9 / bytes_per_token
    res.update(
        decode_tok_s=default["decode"],
        decode_tok_s_default_runs=[r["decode"] for r in own_default],
        prefill_tok_s_default_runs=[r["prefill"] for r in own_default],
        decode_tok_s_in_process=in_process["decode"],
        prefill_tok_s_in_process=in_process["prefill"],
        decode_tok_s_fp32=fp32_best["decode"],
        decode_tok_s_transformers=hf_decode,
        ppl_default=default["ppl"],
        ppl_fp32=ref["ppl"],
        prefill_tok_s=default["prefill"],
        prefill_tok_s_transformers=hf_prefill,
        peak_rss_mb=eager_start["peak_rss_mb"] if args.no_compile else warm["peak_rss_mb"],
        bandwidth_gb_s=bandwidth,
        bandwidth_bound_tok_s=bound,
        default_config=default_name,
        decode_x_transformers=default["decode"] / hf_decode,
        decode_fp32_x_transformers=fp32_best["decode"] / hf_decode,
        decode_fraction_of_bound=default["decode"] / bound,
        bandwidth_bound_fraction=default["decode"] / bound,
        prefill_ratio_vs_transformers=default["prefill"] / hf_prefill,
        bytes_per_token_mb=bytes_per_token / 1e6,
        peak_rss_mb_eager=eager_start["peak_rss_mb"],
        load_s=eager_start["load_s"],
        first_token_s_eager=eager_start["first_token_s"],
    )
    if not args.no_compile:
        res.update(
            compile_warmup_s_cold=cold["warmup_s"],
            compile_warmup_s_warm=warm["warmup_s"],
            first_token_s_while_compiling=cold["first_token_s"],
            reply_s_while_compiling=cold["reply_s"],
            reply_s_eager=eager_start["reply_s"],
            compile_state_cold=cold["state"],
            compile_state_warm=warm["state"],
            ready_s_cold=room_cold.get("answer_s"),
            ready_s_warm=room_warm.get("answer_s"),
            room_compile_s_cold=room_compile_s,
            ready_lines_printed=room_warm["ready_lines"],
        )
    for name, row in rows.items():
        res[f"decode_tok_s_{name}"] = row["decode"]
        res[f"prefill_tok_s_{name}"] = row["prefill"]
        res[f"ppl_{name}"] = row["ppl"]
        res[f"top1_agree_fp32_{name}"] = row["agree"]
        res[f"greedy_same_prefix_{name}"] = row["greedy_prefix"]
    if cpp is not None:
        res["prefill_tok_s_llamacpp"], res["decode_tok_s_llamacpp"] = cpp
        res["decode_x_llamacpp"] = default["decode"] / cpp[1]
        res["decode_tok_s_llama_cpp"], res["decode_ratio_vs_llama_cpp"] = cpp[1], default["decode"] / cpp[1]
        res["prefill_ratio_vs_llama_cpp"] = default["prefill"] / cpp[0]
    if torch_kernels is not None:
        res["decode_tok_s_pytorch_kernels"] = torch_kernels["decode"]
        res["prefill_tok_s_pytorch_kernels"] = torch_kernels["prefill"]
        res["ppl_pytorch_kernels"] = torch_kernels["ppl"]
        res["decode_ratio_vs_pytorch_kernels"] = default["decode"] / torch_kernels["decode"]
        res["prefill_ratio_vs_pytorch_kernels"] = default["prefill"] / torch_kernels["prefill"]
    res["load_avg_end"] = round(os.getloadavg()[0], 2)

    table = Table(title=f"SmolLM2-135M-Instruct, {THREADS} threads, {PROMPT}-token prompt, {NEW} new tokens, median of {RUNS}")
    for col in ("variant", "prefill tok/s", "decode tok/s", "× hf", "× prev step", "ppl", "top-1 = fp32", "greedy = fp32"):
        table.add_column(col, justify="right")
    table.add_row("transformers fp32", f"{hf_prefill:.0f}", f"{hf_decode:.1f}", "1.00", "", "", "", "")
    if cpp is not None:
        table.add_row("llama.cpp (same GGUF)", f"{cpp[0]:.0f}", f"{cpp[1]:.1f}", f"{cpp[1] / hf_decode:.2f}", "", "", "", "")
    if torch_kernels is not None:
        table.add_row(f"jackpeer int4 compiled, PyTorch's kernels ({torch_kernels['kernels']})",
                      f"{torch_kernels['prefill']:.0f}", f"{torch_kernels['decode']:.1f}",
                      f"{torch_kernels['decode'] / hf_decode:.2f}", "", f"{torch_kernels['ppl']:.3f}", "", "")
    if own_default:
        table.add_row("jackpeer default, own process (mean of 2) [headline]", f"{default['prefill']:.0f}",
                      f"{default['decode']:.1f}", f"{default['decode'] / hf_decode:.2f}", "", "", "", "")
    labels = {"none": "fp32 eager", "none_compiled": "fp32 compiled", "int8": "int8 eager",
              "int4": "int4 eager (int8 head)", "int4_compiled": "int4 compiled"}
    prev = None
    for name, row in rows.items():
        gain = f"{row['decode'] / prev:.2f}" if prev else ""
        prev = row["decode"]
        # The compiled rows run the same weights: perplexity is the eager full-sequence figure.
        table.add_row("jackpeer " + labels[name] + (" [default]" if name == default_name else ""),
                      f"{row['prefill']:.0f}", f"{row['decode']:.1f}", f"{row['decode'] / hf_decode:.2f}", gain,
                      f"{row['ppl']:.3f}", f"{row['agree']:.1%}", f"{row['greedy_prefix']}/{NEW}")
    console.print(table)
    console.print(
        f"copy bandwidth {bandwidth:.1f} GB/s; the default reads {bytes_per_token / 1e6:.0f} MB/token -> bound "
        f"{bound:.0f} tok/s; default decode is at {default['decode'] / bound:.0%} of it. "
        f"Peak RSS (default, own process): {res['peak_rss_mb']:.0f} MB ({res['peak_rss_mb_eager']:.0f} MB eager). "
        f"Load {res['load_s']:.1f} s; first token {res['first_token_s_eager']:.2f} s (eager)."
    )
    if not args.no_compile:
        console.print(
            f"Compile warm-up (background): cold {res['compile_warmup_s_cold']:.0f} s, warm {res['compile_warmup_s_warm']:.1f} s; "
            f"while the cold compile ran, the first token came after {res['first_token_s_while_compiling']:.2f} s and "
            f"the 32-token reply after {res['reply_s_while_compiling']:.1f} s ({res['reply_s_eager']:.1f} s with no compile)."
        )
    if not args.no_compile:
        console.print(
            f"`jack room` answered after {res['ready_s_warm']:.1f} s on a warm start and {res['ready_s_cold']:.1f} s on a "
            f"fresh cache (the room's cold compile, alone: {res['room_compile_s_cold']:.0f} s); "
            f"ready lines printed: {res['ready_lines_printed']}."
        )
    console.print(f"load average {res['load_avg_start']} at start, {res['load_avg_end']} at end")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items()}, indent=1))
    console.print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
