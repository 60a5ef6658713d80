"""wordstats: a small command-line tool of the kind people write every day.

Reads text files (or every *.txt / *.md file under a folder), counts words, finds dates,
and prints a report as text or JSON. It uses argparse, json, re, collections, dataclasses,
pathlib and logging, so it runs on Krait with CPython's own library:

    KRAIT_CPYTHON_LIB=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])') \\
        krait examples/wordstats.py examples/wordstats_data --top 5 --json

and its output is the same as `python3 examples/wordstats.py ...`.
"""

import argparse
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger("wordstats")

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
NUMBER = re.compile(r"(?<![\d-])\d+(?:\.\d+)?(?![\d-])")


@dataclass
class FileReport:
    path: str
    lines: int
    words: int
    dates: list = field(default_factory=list)
    numbers: list = field(default_factory=list)

    @property
    def density(self):
        return round(self.words / self.lines, 2) if self.lines else 0.0


@dataclass(order=True)
class WordCount:
    count: int
    word: str


def collect(paths):
    """The files to read: plain files as given, folders searched for *.txt and *.md."""
    files = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.suffix in {".txt", ".md"})
            log.info("%s: %d files", p.name, len(found))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            log.warning("skipping %s: no such file", p)
    return files


def analyse(path, counts, first_seen):
    text = path.read_text(encoding="utf-8")
    words = [w.lower() for w in WORD.findall(text)]
    counts.update(words)
    for w in words:
        first_seen.setdefault(w, path.name)
    dates = ["/".join(reversed(m.groups())) for m in DATE.finditer(text)]
    numbers = [float(n) if "." in n else int(n) for n in NUMBER.findall(DATE.sub("", text))]
    return FileReport(str(path.as_posix()), len(text.splitlines()), len(words), dates, numbers)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="wordstats", description="Count words in text files.")
    parser.add_argument("paths", nargs="+", help="files or folders")
    parser.add_argument("--top", type=int, default=3, help="how many words to list")
    parser.add_argument("--min-length", type=int, default=1, metavar="N")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * args.verbose,
        format="%(levelname)s:%(name)s:%(message)s",
        stream=sys.stdout,
    )

    counts, first_seen = Counter(), {}
    reports = [analyse(p, counts, first_seen) for p in collect(args.paths)]
    if not reports:
        parser.error("no input files")
    by_letter = defaultdict(list)
    for word in sorted(counts):
        if len(word) >= args.min_length:
            by_letter[word[0]].append(word)
    top = sorted(
        (WordCount(n, w) for w, n in counts.items() if len(w) >= args.min_length),
        key=lambda wc: (-wc.count, wc.word),
    )[: args.top]

    if args.json:
        out = {
            "files": [dict(asdict(r), density=r.density) for r in reports],
            "top": [asdict(t) for t in top],
            "letters": {k: len(v) for k, v in sorted(by_letter.items())},
            "first_seen": {t.word: first_seen[t.word] for t in top},
        }
        print(json.dumps(out, indent=2, sort_keys=True))
    else:
        for r in reports:
            print(f"{r.path:<40} {r.lines:>3} lines {r.words:>4} words  {r.density:5.2f}/line")
            if r.dates:
                print(f"{'':<40} dates: {', '.join(r.dates)}")
        print(f"{'total':<40} {sum(r.words for r in reports):>14} words, {len(counts)} distinct")
        for t in top:
            print(f"  {t.word!r:>12} x{t.count}")
        print("max:", max(top), "| min:", min(top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
