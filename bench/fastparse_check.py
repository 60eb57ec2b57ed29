"""Does the fast reader agree with bibtexparser on these .bib files, and how much faster is it?

For every entry of every file given: the fast reader's fields (where it accepts the
entry) against bibtexparser 1.4's reading of the same cut text, and the CPU time of
both readers over the whole file. Prints one line per file and exits 1 on any difference.

    python bench/fastparse_check.py /path/to/*.bib
    python bench/fastparse_check.py --generated 10000
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import generate
from refsync.bibfile import fastparse
from refsync.bibfile.parse import RECORD_FIELDS, Block, bibtexparser_fields, split_blocks
from refsync.errors import BibSyntaxError


def check(label: str, text: str) -> int:
    """Print the comparison for one file's text; the number of entries read differently."""
    blocks = split_blocks(text, label)
    entries = [b for b in blocks if b.is_entry]
    strings = [b for b in blocks if b.type == "string"]
    start = time.process_time()
    table = fastparse.string_table([s.text for s in strings])
    fast = [fastparse.read_fields(b.text, RECORD_FIELDS, table) for b in entries]
    fast_cpu = time.process_time() - start
    start = time.process_time()
    try:
        reference: list[dict[str, str] | None] = list(bibtexparser_fields(entries, strings, label, RECORD_FIELDS))
    except BibSyntaxError:  # refsync refuses the file; compare entry by entry, None where bibtexparser fails
        reference = [_alone(b, strings, label) for b in entries]
    slow_cpu = time.process_time() - start
    accepted = sum(f is not None for f in fast)
    differ = [b.key for b, f, r in zip(entries, fast, reference)
              if f is not None and (r is None or list(f.items()) != list(r.items()))]
    print(f"{label}: {len(entries)} entries, fast reader accepted {accepted}, declined {len(entries) - accepted}, "
          f"differing {len(differ)} {differ[:5]}; CPU fast {fast_cpu:.3f} s, bibtexparser {slow_cpu:.3f} s")
    return len(differ)


def _alone(entry: Block, strings: list[Block], label: str) -> dict[str, str] | None:
    try:
        return bibtexparser_fields([entry], strings, label, RECORD_FIELDS)[0]
    except BibSyntaxError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--generated", type=int, default=0, help="also check bench/generate.py's file of N entries")
    args = parser.parse_args()
    differing = sum(check(str(p), p.read_text(encoding="utf-8", errors="surrogateescape")) for p in args.files)
    if args.generated:
        differing += check(f"generated {args.generated}", generate.bib_text(args.generated))
    print(f"entries read differently: {differing}")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
