"""Folder scans: scrub-check's time per file over repositories, by kind of file.

    python -m benchmarks.folder_scan [FOLDER ...] [--repeat N]

Defaults to the real public files in ``tests/fixtures/real`` and the examples
in ``corpus/examples``. Each folder is scanned in-process (the engine built
once, before timing), ``--repeat`` times; the best run is kept. Prints files
checked and skipped, templates, Terraform files and resources, findings,
errors, and milliseconds per file.
"""

from __future__ import annotations

import argparse
import io
import json
import time
from pathlib import Path

from benchmarks.corpus import ROOT


def _scan(folder: Path) -> tuple[float, dict[str, object]]:
    from scrubber.cli import main

    out = io.StringIO()
    start = time.perf_counter()
    main(["--no-progress", "--format", "json", str(folder)], out=out)
    return time.perf_counter() - start, json.loads(out.getvalue())


def run(folders: list[Path], repeat: int) -> None:
    from scrubber import default_scrubber

    default_scrubber().scan_text("warm up jane.doe@example.com")  # engine built untimed
    print(
        f"{'folder':40} {'files':>6} {'skipped':>7} {'tmpl':>5} {'tf':>4} {'tf res':>6} "
        f"{'finds':>5} {'errs':>4} {'ms/file':>8}"
    )
    for folder in folders:
        best, doc = min((_scan(folder) for _ in range(repeat)), key=lambda r: r[0])
        skipped = len(doc["skipped_files"])  # type: ignore[arg-type]
        files = int(doc["files"]) + skipped  # type: ignore[call-overload]
        per_file = best * 1000 / max(files, 1)
        print(
            f"{str(folder)[-40:]:40} {doc['files']:>6} {skipped:>7} {doc['templates']:>5} "
            f"{doc['terraform']:>4} {doc['terraform_resources']:>6} "
            f"{len(doc['findings']):>5} {len(doc['errors']):>4} {per_file:>8.1f}"  # type: ignore[arg-type]
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folders = args.folders or [ROOT / "tests" / "fixtures" / "real", ROOT / "corpus" / "examples"]
    run(folders, args.repeat)


if __name__ == "__main__":
    main()
