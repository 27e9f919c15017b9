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


def main() -> None:
    """Entry point: run the app; a JackError prints its message and exits with code 2."""
    try:
        app()
    except JackError as err:
        console.print(f"[bold red]error:[/] {err}")
        sys.exit(2)
