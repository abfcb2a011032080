"""``scrub-check``: the command-line front end, one module per concern.

``main`` parses arguments and maps outcomes to exit codes; ``inputs`` finds and
reads files; ``check`` turns documents into findings through the producers;
``report``/``sarif`` print them; ``fix`` writes redacted copies.
"""

from scrubber.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
