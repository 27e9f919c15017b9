"""Benchmark the default model (SmolLM2-135M-Instruct GGUF): jackpeer vs transformers, each speed step.

2 threads, greedy, a 128-token prompt and 128 new tokens, median of 3 runs per figure.
Writes bench/results/model.json. Run: .venv/bin/python bench/model.py [--no-compile]
"""

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

# Python puts this script's folder first on sys.path, where bench/profile.py would shadow the
# standard library's `profile` module that torch.compile imports (via cProfile).
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import torch  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import Progress  # noqa: E402
from rich.table import Table  # noqa: E402

from jackpeer.model.generate import SamplingParams, _step, generate_stream  # noqa: E402
from jackpeer.model.loading import (  # noqa: E402
    DEFAULT_QUANTIZE,
    build_model,
    count_linear_bytes,
    default_model_path,
    prepare,
    read_checkpoint,
    resolve_quantize,
)
from jackpeer.model.tokenizer import GGUFTokenizer  # noqa: E402

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


def time_generation(model, prompt: list[int], step=_step) -> tuple[float, float, list[int]]:
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


def default_peak_rss_mb() -> float:
    """Peak RSS of a fresh process that loads the default model and generates NEW tokens."""
    code = (
        "import resource, torch, jackpeer\n"
        f"torch.set_num_threads({THREADS})\n"
        "lm = jackpeer.load()\n"
        f"lm.complete('Once upon a time', max_tokens={NEW})\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run every measurement, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-compile", action="store_true", help="skip the torch.compile step")
    args = parser.parse_args()
    torch.set_num_threads(THREADS)
    path = default_model_path()
    tokenizer = GGUFTokenizer.from_gguf(path)
    text_ids = tokenizer.encode(TEXT)
    prompt = text_ids[:PROMPT]
    config, sd, _, _ = read_checkpoint(path)
    default_mode, _ = resolve_quantize("default", "cpu")
    variants = ["none", "int8", "int4"]
    rows: dict[str, dict] = {}
    res: dict[str, float | None] = {}

    with Progress(console=console, transient=True) as bar:
        task = bar.add_task("benchmarking", total=len(variants) + 4)
        for mode in variants:
            _, dtype = resolve_quantize(mode, "cpu")
            model = prepare(build_model(config, dict(sd), str(path)), mode, dtype, "cpu")
            ppl, argmax = perplexity(model, text_ids)
            prefill, decode, tokens = median_runs(lambda m=model: time_generation(m, prompt))
            rows[mode] = dict(prefill=prefill, decode=decode, ppl=ppl, argmax=argmax, tokens=tokens,
                              bytes=count_linear_bytes(model), dtype=str(dtype).removeprefix("torch."))
            if mode == default_mode and not args.no_compile:
                compiled = torch.compile(_step, fullgraph=True, dynamic=False)
                t = time.perf_counter()
                try:
                    time_generation(model, prompt, compiled)
                    res["compile_s"] = time.perf_counter() - t
                    p, d, toks = median_runs(lambda m=model, c=compiled: time_generation(m, prompt, c))
                    rows["compiled"] = dict(rows[mode], prefill=p, decode=d, tokens=toks)
                except Exception as err:  # report, don't die: compile needs a C++ toolchain
                    console.print(f"[yellow]torch.compile failed: {err}[/]")
            del model
            bar.advance(task)
        hf_prefill, hf_decode = transformers_speed(path, prompt)
        bar.advance(task)
        cpp = llamacpp_speed(path, prompt)
        bar.advance(task)
        bandwidth = copy_bandwidth_gb_s()
        bar.advance(task)
        rss = default_peak_rss_mb()
        bar.advance(task)

    ref = rows["none"]
    for row in rows.values():
        row["agree"] = float((row["argmax"] == ref["argmax"]).float().mean())
        same = 0
        for a, b in zip(row["tokens"], ref["tokens"], strict=False):
            if a != b:
                break
            same += 1
        row["greedy_prefix"] = same
    default = rows[default_mode]  # what jackpeer.load() gives: no compile (that is lm.compile(), reported apart)
    kv_elem = 2 if rows[default_mode]["dtype"] == "bfloat16" else 4  # the cache holds activations
    kv_bytes = 2 * config.n_layers * config.n_kv_heads * config.head_dim * kv_elem * (PROMPT + NEW // 2)
    bytes_per_token = rows[default_mode]["bytes"] + kv_bytes
    res.update(
        decode_tok_s=default["decode"],
        decode_tok_s_fp32=ref["decode"],
        decode_tok_s_transformers=hf_decode,
        ppl_default=rows[default_mode]["ppl"],
        ppl_fp32=ref["ppl"],
        prefill_tok_s=default["prefill"],
        prefill_tok_s_transformers=hf_prefill,
        peak_rss_mb=rss,
        bandwidth_gb_s=bandwidth,
        bandwidth_bound_tok_s=bandwidth * 1e9 / bytes_per_token,
        default_quantize=DEFAULT_QUANTIZE,
        bytes_per_token_mb=bytes_per_token / 1e6,
    )
    for name, row in rows.items():
        res[f"decode_tok_s_{name}"] = row["decode"]
        res[f"prefill_tok_s_{name}"] = row["prefill"]
        res[f"ppl_{name}"] = row["ppl"]
        res[f"top1_agree_fp32_{name}"] = row["agree"]
        res[f"greedy_same_prefix_{name}"] = row["greedy_prefix"]
    if cpp is not None:
        res["prefill_tok_s_llamacpp"], res["decode_tok_s_llamacpp"] = cpp

    table = Table(title=f"SmolLM2-135M-Instruct, {THREADS} threads, {PROMPT}-token prompt, {NEW} new tokens, median of {RUNS}")
    for col in ("variant", "prefill tok/s", "× hf", "decode tok/s", "× hf", "× fp32", "ppl", "top-1 = fp32", "greedy = fp32"):
        table.add_column(col, justify="right")
    table.add_row("transformers fp32", f"{hf_prefill:.0f}", "1.00", f"{hf_decode:.1f}", "1.00", "", "", "", "")
    if cpp is not None:
        table.add_row("llama.cpp (same GGUF)", f"{cpp[0]:.0f}", f"{cpp[0] / hf_prefill:.2f}", f"{cpp[1]:.1f}",
                      f"{cpp[1] / hf_decode:.2f}", "", "", "", "")
    labels = {"none": "jackpeer fp32", "int8": "jackpeer int8", "int4": "jackpeer int4 (int8 head)",
              "compiled": f"jackpeer {default_mode} + compile"}
    for name, row in rows.items():
        table.add_row(labels[name] + (" [default]" if name == default_mode else ""), f"{row['prefill']:.0f}",
                      f"{row['prefill'] / hf_prefill:.2f}", f"{row['decode']:.1f}", f"{row['decode'] / hf_decode:.2f}",
                      f"{row['decode'] / ref['decode']:.2f}", f"{row['ppl']:.3f}", f"{row['agree']:.1%}",
                      f"{row['greedy_prefix']}/{NEW}")
    console.print(table)
    console.print(
        f"copy bandwidth {bandwidth:.1f} GB/s; default reads {bytes_per_token / 1e6:.0f} MB/token -> bound "
        f"{res['bandwidth_bound_tok_s']:.0f} tok/s; decode is at {res['decode_tok_s'] / res['bandwidth_bound_tok_s']:.0%} "
        f"of it. Peak RSS (default model, own process) {rss:.0f} MB."
        + (f" torch.compile took {res['compile_s']:.0f} s." if "compile_s" in res else "")
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({k: (round(v, 4) if isinstance(v, float) else v) for k, v in res.items()}, indent=1))
    console.print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
