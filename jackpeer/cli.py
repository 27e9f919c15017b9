"""The `jack` command line. Each command imports its part lazily so `jack --help` stays fast."""

import sys

import typer
from rich.console import Console

from jackpeer.errors import JackError

app = typer.Typer(help="Jack: a peer agent for groups of learners.", no_args_is_help=True)
console = Console(stderr=True)


@app.command()
def version() -> None:
    """Print jackpeer's version."""
    from jackpeer import __version__

    print(__version__)


@app.command()
def chat(
    model: str = typer.Option(None, help="Model file or folder (default: the bundled SmolLM2-135M-Instruct)."),
    quantize: str = typer.Option("default", help="Weights: default, keep (an HF folder's own dtype), none (fp32), bf16, fp16, int8 or int4."),
    system: str = typer.Option(None, help="A system message to start the conversation with."),
    max_tokens: int = typer.Option(256, help="Most tokens per reply."),
    temperature: float = typer.Option(0.0, help="Sampling temperature (0: greedy)."),
    top_p: float = typer.Option(None, help="Nucleus sampling threshold."),
    compile: bool = typer.Option(None, "--compile/--no-compile", help="torch.compile the decode step in the background (default: on unless JACK_COMPILE=0)."),
) -> None:
    """Talk with the model in the terminal (streaming). /quit or Ctrl-D ends, /reset starts over."""
    import jackpeer

    with console.status("loading the model"):
        lm = jackpeer.load(model, quantize=quantize, compile=compile)
    lm.require_chat()  # a base model says to use `jack generate` before the first prompt
    console.print(f"[dim]{lm!r}. Type /quit to leave, /reset to forget the conversation.[/]")
    start = [{"role": "system", "content": system}] if system else []
    messages = list(start)
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if text.strip() in ("/quit", "/exit"):
            return
        if text.strip() == "/reset":
            messages = list(start)
            continue
        if not text.strip():
            continue
        messages.append({"role": "user", "content": text})
        print("jack> ", end="", flush=True)
        reply = []
        try:
            for piece in lm.chat(messages, stream=True, max_tokens=max_tokens, temperature=temperature, top_p=top_p):
                reply.append(piece)
                print(piece, end="", flush=True)
        except KeyboardInterrupt:
            pass  # Ctrl-C stops this reply, not the chat
        print()
        messages.append({"role": "assistant", "content": "".join(reply)})


@app.command()
def generate(
    prompt: str = typer.Argument(None, help="Text to continue (default: read from stdin)."),
    model: str = typer.Option(None, help="Model file or folder (default: the bundled SmolLM2-135M-Instruct)."),
    quantize: str = typer.Option(
        "default", help="Weights: default, keep (the folder's own bf16/fp16/fp32), none (fp32), bf16, fp16, int8 or int4."
    ),
    max_tokens: int = typer.Option(128, help="Most tokens to generate."),
    temperature: float = typer.Option(0.0, help="Sampling temperature (0: greedy)."),
    top_p: float = typer.Option(None, help="Nucleus sampling threshold."),
    seed: int = typer.Option(None, help="Random seed for sampling."),
    stop: list[str] = typer.Option(None, "--stop", help="Stop before this text (repeatable)."),
    echo: bool = typer.Option(False, "--echo", help="Print the prompt before its continuation."),
    compile: bool = typer.Option(False, "--compile/--no-compile", help="torch.compile the decode step first (pays off for long outputs)."),
) -> None:
    """Continue a text (streaming). Works with base checkpoints, which have no chat format."""
    import jackpeer

    if prompt is None:
        prompt = sys.stdin.read()
    with console.status("loading the model"):
        lm = jackpeer.load(model, quantize=quantize, compile=compile)
        if compile:
            lm.compile()
    if echo:
        print(prompt, end="", flush=True)
    pieces = lm.complete(prompt, max_tokens=max_tokens, temperature=temperature, top_p=top_p, seed=seed,
                         stop=stop or None, stream=True)
    try:
        for piece in pieces:
            print(piece, end="", flush=True)
    except KeyboardInterrupt:
        pass  # Ctrl-C ends the text early
    print()


@app.command()
def room(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str = typer.Option("~/.jackpeer/rooms.sqlite3", help="SQLite file that keeps every room's transcript."),
    model: str = typer.Option(None, help="Model file or folder (default: the bundled SmolLM2-135M-Instruct)."),
    backend_url: str = typer.Option(None, help="Use an OpenAI-compatible endpoint at this URL instead."),
    backend_model: str = typer.Option("default", help="Model name to ask the endpoint for."),
    backend_key: str = typer.Option(
        None, envvar="JACK_BACKEND_KEY", help="API key for the endpoint (e.g. a `jack serve --api-key` server)."
    ),
    retention_days: float = typer.Option(
        30.0, help="Delete rooms idle longer than this many days (at start-up and hourly); 0 keeps them forever."
    ),
    asr_model: str = typer.Option(None, help="CTranslate2 Whisper folder for the talk button (default: bundled tiny.en)."),
    voice: str = typer.Option(None, help="Piper voice .onnx for read-aloud (default: bundled en_US-joe-medium)."),
    facilitator_key: str = typer.Option(
        None, envvar="JACK_FACILITATOR_KEY",
        help="Key needed to create rooms (default: generated once, kept in facilitator.key next to --db). "
             "Required from every client unless --host is loopback."),
    adapter: str = typer.Option(
        None, help="LoRA adapter from `jack voice train`, merged into the model before quantization "
                   "(default: the shipped one, if any, for the default model; 'none' for the plain model)."),
) -> None:
    """Start the web room: open http://HOST:PORT/ to create or join a room with Jack."""
    from pathlib import Path

    from jackpeer.peers.app import serve

    console.print(f"Jack room: loading the model, then serving http://{host}:{port}/")
    serve(host, port, str(Path(db).expanduser()), model, backend_url, backend_model, backend_key, retention_days,
          asr_model, voice, facilitator_key, adapter)


# `jack codes`: transcript coding; its module imports only typer and rich, the work is imported per command.
from jackpeer.peers.coding_cli import codes_app  # noqa: E402

app.add_typer(codes_app, name="codes")

# `jack voice train`: a LoRA adapter for Jack's turns; torch is imported inside the command.
from jackpeer.voice.command import voice_app  # noqa: E402

app.add_typer(voice_app, name="voice")


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0: every interface)."),
    port: int = typer.Option(8080, help="Port to listen on."),
    model: str = typer.Option(None, help="Model file or folder (default: the bundled SmolLM2-135M-Instruct)."),
    api_key: str = typer.Option(None, envvar="JACK_API_KEY", help="Require this key as 'Authorization: Bearer KEY'."),
    slots: int = typer.Option(8, help="Requests decoded together (KV-cache rows)."),
    context: int = typer.Option(2048, help="Tokens per slot: prompt plus reply."),
    max_queue: int = typer.Option(64, help="Requests that may wait for a slot; more get HTTP 429."),
    quantize: str = typer.Option("default", help="Weights: default, keep (an HF folder's own dtype), none (fp32), bf16, fp16, int8 or int4."),
    device: str = typer.Option("cpu", help="cpu or cuda."),
    stream_interval_ms: int = typer.Option(25, min=0, help="Streamed text goes out at most this often; what is "
                                           "made in between is sent as one chunk (0: every token on its own)."),
) -> None:
    """Serve the model over an OpenAI-compatible API: /v1/chat/completions, /v1/completions, /v1/models."""
    from jackpeer.serve import serve as run_server

    console.print(f"jack serve: loading the model; OpenAI-compatible API at http://{host}:{port}/v1")
    run_server(host, port, model, api_key, slots, context, max_queue, quantize=quantize, device=device,
               stream_interval_s=stream_interval_ms / 1000)


@app.command()
def profile(
    target: list[str] = typer.Argument(..., help="A workload (cnn, mobilenet, resnet, lstm, llama) or, after --, a command: python your_script.py ..."),
    steps: int = typer.Option(30, help="Training steps to run (workloads)."),
    warmup: int = typer.Option(5, help="Warm-up steps left out of the statistics."),
    trace_steps: int = typer.Option(5, help="Steps traced per operation by torch.profiler (0: sampling only)."),
    batch_size: int = typer.Option(None, help="Batch size (default: the workload's)."),
    device: str = typer.Option("cpu", help="cpu or cuda."),
    rate: float = typer.Option(10.0, help="Sampling rate of the collectors, Hz."),
    out: str = typer.Option(None, help="Folder for report.json and report.html (default: runs/profile/NAME)."),
    threads: int = typer.Option(None, help="torch intra-op threads (default: torch's choice)."),
) -> None:
    """Profile training: time, memory, utilization and energy per op, layer and phase; writes JSON + HTML."""
    import torch
    from rich.progress import Progress

    from jackpeer.errors import InputError
    from jackpeer.profile import print_summary, profile_script, profile_training
    from jackpeer.workloads import ALL_WORKLOADS, get_workload

    if threads:
        torch.set_num_threads(threads)
    kwargs = dict(rate_hz=rate, warmup_steps=warmup, trace_steps=trace_steps)
    if len(target) == 1 and target[0] in ALL_WORKLOADS:
        w = get_workload(target[0], device=device, batch_size=batch_size)
        out_dir = out or f"runs/profile/{w.name}"
        with Progress(console=console, transient=True) as bar:
            task = bar.add_task(f"profiling {w.name}", total=steps)
            report = profile_training(w.model, w.loss_fn, w.optimizer, w.batches, steps=steps, name=w.name,
                                      samples_per_step=w.batch_size, out_dir=out_dir,
                                      progress=lambda: bar.advance(task), **kwargs)  # fmt: skip
    elif target[0].endswith(".py") or target[0].startswith("python"):
        out_dir = out or "runs/profile/script"
        report = profile_script(list(target), out_dir=out_dir, **kwargs)
    else:
        raise InputError(f"unknown workload {target[0]!r}: choose one of {', '.join(ALL_WORKLOADS)}, or: jack profile -- python script.py")
    print_summary(report)
    console.print(f"reports: {out_dir}/report.json, {out_dir}/report.html")


@app.command()
def train(
    config: str = typer.Option(None, "--config", "-c", help="YAML or TOML file of training options (flags override it)."),
    data: str = typer.Option(None, help="Corpus file or folder (DailyDialog, PersonaChat, JSONL, chatterbot .yml, room JSON); default: bundled chatterbot-corpus English."),
    format: str = typer.Option(None, "--format", help="Corpus format: auto, dailydialog, personachat, jsonl, chatterbot, room."),
    model: str = typer.Option(None, help="A preset to train from scratch (tiny, small) or 'default'/a checkpoint path to fine-tune."),
    strategy: str = typer.Option(None, help="teacher_forcing, vanilla_ss, ss_linear, ss_exponential, ss_inverse_sigmoid, oracle_word, oracle_sentence, confidence_aware, bilevel_ss."),
    set_: list[str] = typer.Option([], "--set", help="Strategy option key=value, e.g. --set kappa=20 (repeatable)."),
    steps: int = typer.Option(None, help="Optimiser steps."),
    batch_size: int = typer.Option(None, help="Examples per micro-batch (over all processes)."),
    grad_accum: int = typer.Option(None, help="Micro-batches per optimiser step."),
    lr: float = typer.Option(None, help="Peak learning rate."),
    warmup: int = typer.Option(None, help="Warm-up steps."),
    eval_every: int = typer.Option(None, help="Evaluate on the validation split every N steps."),
    save_every: int = typer.Option(None, help="Checkpoint every N steps."),
    seed: int = typer.Option(None, help="Random seed."),
    out: str = typer.Option(None, help="Run folder: checkpoint.pt, log.jsonl, curves.png."),
    device: str = typer.Option(None, help="auto, cpu or cuda."),
    resume: bool = typer.Option(None, "--resume/--no-resume", help="Continue from OUT/checkpoint.pt if present (default: yes)."),
    skip_malformed: bool = typer.Option(None, "--skip-malformed", help="Report malformed corpus lines and go on without them."),
    profile: bool = typer.Option(None, "--profile", help="Profile the run with jackpeer.profile (report in OUT/profile/)."),
    runtime: str = typer.Option(None, "--runtime", help="eager (default) or jack: compile with the jackpeer.runtime scheduler."),
) -> None:
    """Train a dialog model (from scratch or fine-tuning) with an exposure-bias strategy; torchrun for DDP."""
    from jackpeer.dialog.trainer import Trainer, config_from, parse_options

    flags = dict(data=data, format=format, model=model, strategy=strategy, steps=steps, batch_size=batch_size,
                 grad_accum=grad_accum, lr=lr, warmup=warmup, eval_every=eval_every, save_every=save_every,
                 seed=seed, out=out, device=device, resume=resume, skip_malformed=skip_malformed, profile=profile,
                 runtime=runtime)
    trainer = Trainer(config_from(config, flags, parse_options(set_)))
    for problem in trainer.problems:
        console.print(f"[yellow]skipped malformed input:[/] {problem}")
    if trainer.rank == 0:
        n = {k: len(v) for k, v in trainer.pairs.items()}
        console.print(f"pairs: {n}; truncated training examples: {trainer.truncated}")
    try:
        history = trainer.train()
    finally:
        trainer.close()
    if trainer.rank == 0 and history:
        last = history[-1]
        console.print(f"step {last['step']}: loss {last['loss']:.4f}; run folder {trainer.out} "
                      "(checkpoint.pt, log.jsonl, curves.png)")


@app.command("eval")
def eval_(
    runs: list[str] = typer.Argument(..., help="Run folders (or checkpoint.pt files) of `jack train`."),
    data: str = typer.Option(None, help="Corpus to test on (default: each run's own corpus)."),
    format: str = typer.Option("auto", "--format", help="Corpus format (see jack train)."),
    split: str = typer.Option("test", help="Split to decode: train, valid or test."),
    max_examples: int = typer.Option(None, help="Decode at most this many examples."),
    embeddings: bool = typer.Option(True, "--embeddings/--no-embeddings", help="Compute the MiniLM embedding metrics."),
    json_out: str = typer.Option(None, "--json", help="Also write the metrics to this JSON file."),
    device: str = typer.Option("cpu", help="cpu or cuda."),
) -> None:
    """Decode a test split greedily and print the paper's metric table (BLEU, Distinct, embeddings, PPL)."""
    import json

    from rich.console import Console as _Console

    from jackpeer.dialog.corpora import load_splits, make_pairs
    from jackpeer.dialog.evaluate import evaluate_model, load_trained, metrics_table
    from jackpeer.dialog.metrics import MiniLMEmbedder

    embedder = MiniLMEmbedder() if embeddings else None
    rows, results = [], {}
    for run in runs:
        model, encoder, cfg = load_trained(run, device)
        corpus = data or cfg.data
        splits, _ = load_splits(corpus, format if data else cfg.format, strict=not cfg.skip_malformed, seed=cfg.split_seed)
        pairs = make_pairs(splits[split], cfg.window)[:max_examples]
        result = evaluate_model(model, encoder, pairs, max_new=cfg.max_response, embedder=embedder)
        dataset = f"{corpus or 'chatterbot-corpus'} ({split}, n={result['n']})"
        rows.append((dataset, cfg.strategy.name, result))
        results[run] = result
    unit = "byte tokens" if cfg.model in ("tiny", "small") else "tokens"
    _Console(width=None if sys.stdout.isatty() else 200).print(metrics_table(rows, max_new=cfg.max_response, unit=unit))
    if json_out:
        with open(json_out, "w") as fh:
            json.dump(results, fh, indent=2)


@app.command()
def tune(
    workload: str = typer.Argument(..., help="A workload of the suite: cnn, mobilenet, resnet, lstm, llama."),
    mode: str = typer.Option("cc", help="cc (a thread count per op) or corun (also co-run independent ops)."),
    batch_size: int = typer.Option(None, help="Batch size (default: the workload's)."),
    steps: int = typer.Option(40, help="Most training steps spent profiling, planning and guarding."),
    measure: int = typer.Option(3, help="Rounds of interleaved timing against the aot_eager baseline (0: skip)."),
    cache_dir: str = typer.Option(None, help="Profile cache folder (default: ~/.cache/jackpeer/runtime)."),
    out: str = typer.Option(None, help="Folder for plan.json and gantt.png (default: runs/tune/WORKLOAD)."),
) -> None:
    """Tune a workload's training step with the jack runtime: per-op thread counts and co-running."""
    import json
    from pathlib import Path

    from rich.progress import Progress

    from jackpeer.runtime import JackRuntime, RuntimeConfig, draw_gantt, print_report, runtime_report
    from jackpeer.runtime.tune import compile_training, interleaved_medians
    from jackpeer.runtime.tune import tune as run_tune
    from jackpeer.workloads import get_workload

    out_dir = Path(out or f"runs/tune/{workload}")
    rt = JackRuntime(RuntimeConfig(mode=mode, cache_dir=cache_dir))
    w = get_workload(workload, batch_size=batch_size)
    jack_step = compile_training(w.model, w.loss_fn, w.optimizer, rt)
    with Progress(console=console, transient=True) as bar:
        run_tune(rt, jack_step, w.batches, max_steps=steps, progress=bar)
        medians = {}
        if measure > 0:
            base = get_workload(workload, batch_size=batch_size)
            base_step = compile_training(base.model, base.loss_fn, base.optimizer, "aot_eager")
            medians = interleaved_medians({"aot_eager": lambda: base_step(next(base.batches)),
                                           "jack": lambda: jack_step(next(w.batches))}, measure, 5, bar)
    print_report(rt, console)
    if medians:
        console.print(f"step time: aot_eager {medians['aot_eager']:.1f} ms, jack {medians['jack']:.1f} ms, "
                      f"speedup {medians['aot_eager'] / medians['jack']:.2f}x (medians, interleaved)")
    report = runtime_report(rt) | {"workload": workload, "step_ms": medians}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "plan.json").write_text(json.dumps(report, indent=1))
    plans = [(g.name, g.chosen) for g in rt.graphs if g.chosen is not None]
    if plans:
        draw_gantt(plans, out_dir / "gantt.png", rt.config.cores)
    console.print(f"plan: {out_dir}/plan.json, {out_dir}/gantt.png")


guard_app = typer.Typer(help="Safety screen (Llama Guard 3 categories S1-S14).", no_args_is_help=True)
app.add_typer(guard_app, name="guard")


@guard_app.command("check")
def guard_check(
    text: str = typer.Argument(..., help="The message to screen."),
    agent: bool = typer.Option(False, "--agent", help="Screen it as Jack's reply instead of a learner's message."),
    model: str = typer.Option(None, help="A Llama Guard checkpoint (GGUF file or HF folder); default: the offline screen."),
    threshold: float = typer.Option(None, help="Block at or above this unsafety score (default 0.3 offline, 0.5 Llama Guard)."),
) -> None:
    """Screen one message and print the verdict; exit code 1 when it would be blocked."""
    from rich.table import Table

    from jackpeer.guard import default_screen, describe, screen_from_path

    if model:
        screen = screen_from_path(model, threshold=threshold or 0.5)
    else:
        from jackpeer.guard.tuned import is_tuned

        screen = default_screen(threshold or 0.3)
        if is_tuned():
            screen.wait_semantic()  # a one-off check goes through every layer
        else:  # the first check on a machine waits for the heads to be tuned
            with Console(stderr=True).status("tuning the screen's heads on this machine (once, about 10 minutes)"):
                screen.wait_semantic()
    v = screen.check_agent(text) if agent else screen.check_user(text)
    table = Table(title=screen.name, show_header=False)
    table.add_row("verdict", "[green]safe[/]" if v.safe else "[bold red]unsafe[/]")
    table.add_row("categories", describe(v.categories) or "-")
    table.add_row("score", "-" if v.score is None else f"{v.score:.3f}")
    table.add_row("reason", v.reason)
    Console().print(table)
    raise typer.Exit(0 if v.safe else 1)


@app.command()
def label(
    input_path: str = typer.Argument(None, metavar="[INPUT]", help="JSONL, CSV or text lines; '-' or nothing: stdin."),
    seed: str = typer.Option(None, help="Labelled examples (same format) to start from; none: discover labels."),
    out: str = typer.Option(None, "--out", "-o", help="Write labelled JSONL here instead of stdout."),
    column: str = typer.Option(None, help="Column/field holding the item (text or list of numbers)."),
    label_column: str = typer.Option("label", help="Column/field holding the label in the seed file."),
    id_column: str = typer.Option(None, help="Column/field with item ids (default: row number)."),
    fmt: str = typer.Option("auto", "--format", help="jsonl, csv or text (auto: from the file suffix)."),
    latency_ms: float = typer.Option(100.0, help="Latency bound per batch for the runtime's plan."),
    setting: list[str] = typer.Option([], "--set", help="Labeler setting name=value, e.g. --set s_hi=0.7."),
    naive: bool = typer.Option(False, help="Skip measuring: one CPU executor, fixed batch size."),
) -> None:
    """Auto-label a stream (Flame-style): known labels, unknowns, new labels; labelled JSONL out."""
    from jackpeer.label.command import run

    run(input_path, seed, out, column, label_column, id_column, fmt, latency_ms, setting, naive)


@app.command()
def transcribe(
    file: str = typer.Argument(..., help="Audio file: wav, mp3, ogg or webm."),
    asr_model: str = typer.Option(None, help="CTranslate2 Whisper folder (default: the bundled tiny.en)."),
    language: str = typer.Option(None, help="Language code for a multilingual model, e.g. fr (default: detect)."),
) -> None:
    """Print the transcript of an audio file (speech to text, on this machine)."""
    from jackpeer.speech.commands import transcribe_file

    print(transcribe_file(file, asr_model, language))


@app.command()
def say(
    text: str = typer.Argument(..., help="What to say."),
    out: str = typer.Option(..., "--out", "-o", help="WAV file to write."),
    voice: str = typer.Option(None, help="Piper voice .onnx (its .onnx.json beside it; default: en_US-joe-medium)."),
) -> None:
    """Speak text into a WAV file (text to speech, on this machine)."""
    from jackpeer.speech.commands import say_to_file

    seconds = say_to_file(text, out, voice)
    console.print(f"wrote {out} ({seconds:.1f} s)")


def main() -> None:
    """Entry point: run the app; a JackError prints its message and exits with code 2."""
    try:
        app()
    except JackError as err:
        console.print(f"[bold red]error:[/] {err}")
        compiled = sys.modules.get("jackpeer.model.compiled")
        if compiled is not None:  # a background compile may still run and end the process itself
            compiled.exit_status = 2
        sys.exit(2)
