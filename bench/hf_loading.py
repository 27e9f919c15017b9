"""Peak memory of loading an HF folder: streamed tensor by tensor (jackpeer.load) against the previous
loader (the whole float32 state dict first, then build, then quantize or cast), in the same run.

The folder is a random model of SmolLM2-135M's shape stored as bf16 safetensors (270 MB) with the
bundled tokenizer; each load runs in its own process so its peak RSS is its own. Writes
bench/results/hf_loading.json.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results" / "hf_loading.json"
MODES = ("int4", "keep", "none")


def make_folder(folder: Path) -> None:
    """A random SmolLM2-135M-shaped Llama in bf16 with the bundled GGUF's tokenizer as tokenizer.json."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    from jackpeer.model.loading import default_model_path
    from jackpeer.model.tokenizer import GGUFTokenizer

    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                         num_attention_heads=9, num_key_value_heads=3, tie_word_embeddings=True,
                         bos_token_id=1, eos_token_id=2, max_position_embeddings=2048)
    LlamaForCausalLM(config).to(torch.bfloat16).save_pretrained(folder)
    GGUFTokenizer.from_gguf(default_model_path())._tk.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"bos_token": "<|im_start|>", "eos_token": "<|im_end|>"}))


def peak_rss_mb() -> float:
    """This process's peak resident memory since exec (VmHWM; ru_maxrss would include the parent's at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(how: str, mode: str, folder: str) -> None:
    """Load once (in this process) and print peak RSS, RSS after, load seconds and the weights' dtype."""
    import psutil
    import torch

    import jackpeer
    from jackpeer.model.loading import build_model, read_checkpoint, resolve_quantize
    from jackpeer.model.quantize import quantize_model

    before = psutil.Process().memory_info().rss / 2**20
    t0 = time.perf_counter()
    if how == "stream":
        model = jackpeer.load(folder, quantize=mode, compile=False).model
    else:  # the previous loader, step for step
        quant, dtype = resolve_quantize(mode, "cpu", torch.bfloat16)
        config, sd, _, _ = read_checkpoint(folder)
        model = build_model(config, sd, folder)
        del sd
        if quant in ("int8", "int4"):
            quantize_model(model, quant, dtype)
        elif dtype != torch.float32:
            model.to(dtype)
    load_s = time.perf_counter() - t0
    print(json.dumps({
        "peak_rss_mb": peak_rss_mb(),
        "rss_after_mb": psutil.Process().memory_info().rss / 2**20,
        "rss_before_load_mb": before,
        "load_s": load_s,
        "dtype": str(next(model.parameters()).dtype).removeprefix("torch."),
    }))


def run(how: str, mode: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", how, mode, str(folder)], capture_output=True,
                         text=True, check=True, env={**os.environ, "JACK_COMPILE": "0"})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Build the folder, load it both ways per mode, print the table and write the JSON."""
    from rich.console import Console
    from rich.table import Table

    res: dict = {"load_avg_start": round(os.getloadavg()[0], 2), "model": "random SmolLM2-135M shape, bf16 safetensors"}
    table = Table(title="HF folder load: peak RSS (MB), streamed vs whole float32 state dict")
    for col in ("quantize", "streamed", "whole state dict", "streamed / whole", "weights", "load s (streamed / whole)"):
        table.add_column(col, justify="right")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "smol_bf16"
        make_folder(folder)
        for mode in MODES:
            new, old = run("stream", mode, folder), run("whole", mode, folder)
            res[f"peak_rss_mb_{mode}"] = round(new["peak_rss_mb"], 1)
            res[f"peak_rss_mb_{mode}_whole_state_dict"] = round(old["peak_rss_mb"], 1)
            res[f"peak_rss_ratio_{mode}"] = round(new["peak_rss_mb"] / old["peak_rss_mb"], 3)
            res[f"load_s_{mode}"] = round(new["load_s"], 2)
            res[f"load_s_{mode}_whole_state_dict"] = round(old["load_s"], 2)
            res[f"dtype_{mode}"] = new["dtype"]
            table.add_row(mode, f"{new['peak_rss_mb']:.0f}", f"{old['peak_rss_mb']:.0f}",
                          f"{res[f'peak_rss_ratio_{mode}']:.2f}", new["dtype"],
                          f"{new['load_s']:.1f} / {old['load_s']:.1f}")
    res["rss_before_load_mb"] = round(new["rss_before_load_mb"], 1)
    res["load_avg_end"] = round(os.getloadavg()[0], 2)
    Console().print(table)
    RESULTS.write_text(json.dumps(res, indent=2) + "\n")
    print(f"wrote {RESULTS}")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(*sys.argv[2:])
    else:
        main()
