#!/usr/bin/env python3
"""CPython's side of the corpus check run by `cargo xtask corpus` (xtask/src/corpus/).

    corpus.py dump ROOT OUT   writes OUT/manifest.tsv (one line per .py file under ROOT,
                              site-packages excluded: index, status, size, relative path)
                              and, for every file CPython parses, OUT/INDEX.ast and
                              OUT/INDEX.attrs (ast.dump without / with attributes).
    corpus.py time ROOT OUT N parses the accepted files of OUT/manifest.tsv N times and prints
                              the best round's seconds.

Files are given to `ast.parse` as bytes, as the import system reads them, so that an
encoding declaration or a BOM is honoured. Status is `ok` or `rejected:<exception class>`.
"""
import ast
import os
import pathlib
import sys
import time
import warnings


def python_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield pathlib.Path(dirpath, name)


def dump(root, out):
    root, out = pathlib.Path(root), pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for index, path in enumerate(python_files(root)):
        data = path.read_bytes()
        rel = path.relative_to(root).as_posix()
        try:
            tree = ast.parse(data, filename=str(path))
        except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError) as e:
            manifest.append(f"{index}\trejected:{type(e).__name__}\t{len(data)}\t{rel}")
            continue
        for suffix, attrs in ((".ast", False), (".attrs", True)):
            text = ast.dump(tree, include_attributes=attrs)
            (out / f"{index}{suffix}").write_text(text, encoding="utf-8", errors="surrogatepass")
        manifest.append(f"{index}\tok\t{len(data)}\t{rel}")
    (out / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def timing(root, out, rounds):
    root, out = pathlib.Path(root), pathlib.Path(out)
    sources = []
    for line in (out / "manifest.tsv").read_text(encoding="utf-8").splitlines():
        _, status, _, rel = line.split("\t", 3)
        if status == "ok":
            sources.append((root / rel).read_bytes())
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for data in sources:
            ast.parse(data)
        best = min(best, time.perf_counter() - start)
    print(f"{best:.6f}")


if __name__ == "__main__":
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(10000)
    if sys.argv[1:2] == ["dump"] and len(sys.argv) == 4:
        dump(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["time"] and len(sys.argv) == 5:
        timing(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)
