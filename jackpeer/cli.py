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
def room(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    db: str = typer.Option("jack-rooms.sqlite3", help="SQLite file that keeps every room's transcript."),
    model: str = typer.Option(None, help="Model file or folder (default: the bundled SmolLM2-135M-Instruct)."),
    backend_url: str = typer.Option(None, help="Use an OpenAI-compatible endpoint at this URL instead."),
    backend_model: str = typer.Option("default", help="Model name to ask the endpoint for."),
) -> None:
    """Start the web room: open http://HOST:PORT/ to create or join a room with Jack."""
    from jackpeer.peers.room import serve

    console.print(f"Jack room: loading the model, then serving http://{host}:{port}/")
    serve(host, port, db, model, backend_url, backend_model)


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
) -> None:
    """Profile training: time, memory, utilization and energy per op, layer and phase; writes JSON + HTML."""
    from rich.progress import Progress

    from jackpeer.errors import InputError
    from jackpeer.profile import print_summary, profile_script, profile_training
    from jackpeer.workloads import ALL_WORKLOADS, get_workload

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


def main() -> None:
    """Entry point: run the app; a JackError prints its message and exits with code 2."""
    try:
        app()
    except JackError as err:
        console.print(f"[bold red]error:[/] {err}")
        sys.exit(2)
