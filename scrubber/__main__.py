"""python -m scrubber: the scrub-check command."""

from scrubber.cli import main

raise SystemExit(main())
