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


def main() -> None:
    """Entry point: run the app; a JackError prints its message and exits with code 2."""
    try:
        app()
    except JackError as err:
        console.print(f"[bold red]error:[/] {err}")
        sys.exit(2)
