"""`python -m jackpeer` is the `jack` command."""

from jackpeer.cli import main

main()
