"""Prints the symbol tables of Python files as CPython's `symtable` module reports them, in
the text format of `krait symtable FILE`, so the two can be compared line for line.

Run only to regenerate the records (never by `cargo test`):

    python3 tests/symtable/cpython_symtable.py --write tests/symtable/*.py

writes `NAME.symtable` beside each `NAME.py`; without `--write` it prints to stdout.

Format: one line per table, `TYPE NAME line N` and its properties (`optimized`, `nested`,
`children`), then one line per symbol, sorted by name, `NAME: RESOLUTION PROPERTIES`, where
RESOLUTION is how the name resolves in that table (local, cell, free, global_explicit,
global_implicit) and PROPERTIES are the `Symbol.is_*` predicates that hold, in a fixed
order. Nested tables follow, indented, in the order CPython lists them.
"""

import symtable
import sys

RESOLUTION = {
    symtable.LOCAL: "local",
    symtable.CELL: "cell",
    symtable.FREE: "free",
    symtable.GLOBAL_EXPLICIT: "global_explicit",
    symtable.GLOBAL_IMPLICIT: "global_implicit",
}

PROPERTIES = [
    ("parameter", "is_parameter"),
    ("imported", "is_imported"),
    ("annotated", "is_annotated"),
    ("referenced", "is_referenced"),
    ("assigned", "is_assigned"),
    ("nonlocal", "is_nonlocal"),
    ("namespace", "is_namespace"),
]


def dump(table, depth, out):
    indent = "  " * depth
    head = [table.get_type(), table.get_name(), "line", str(table.get_lineno())]
    if table.is_optimized():
        head.append("optimized")
    if table.is_nested():
        head.append("nested")
    if table.has_children():
        head.append("children")
    out.append(indent + " ".join(head))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        resolution = RESOLUTION.get(sym._Symbol__scope, "?")
        props = [name for name, method in PROPERTIES if getattr(sym, method)()]
        out.append(f"{indent}  {sym.get_name()}: {' '.join([resolution] + props)}")
    for child in table.get_children():
        dump(child, depth + 1, out)


def text_of(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    out = []
    try:
        dump(symtable.symtable(source, path, "exec"), 0, out)
    except SyntaxError as e:
        out = [f"SyntaxError: {e.msg} (line {e.lineno})"]
    return "\n".join(out) + "\n"


def main(argv):
    write = "--write" in argv
    for path in [a for a in argv if a != "--write"]:
        text = text_of(path)
        if write:
            target = path[: -len(".py")] + ".symtable"
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
