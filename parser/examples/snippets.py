#!/usr/bin/env python3
"""CPython's side of `parser/examples/snippets.rs`: for every snippet of FILE (snippets are
separated by lines `#---`; the file is read as bytes, so encodings and line ends survive),
prints one line: `OK ` and `ast.dump(tree, include_attributes=True)`, or
`Class: message @ line:column` (the caret's 0-based column in characters).

    python3 parser/examples/snippets.py FILE > cpython.txt
    cargo run -p krait-parser --example snippets -- FILE > krait.txt
    diff cpython.txt krait.txt
"""
import ast
import sys
import warnings

warnings.simplefilter("ignore")
data = open(sys.argv[1], "rb").read()
for snippet in data.split(b"\n#---\n"):
    try:
        tree = ast.parse(snippet)
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} @ {e.lineno}:{(e.offset or 1) - 1}")
    except ValueError as e:
        print(f"ValueError: {e}")
    else:
        print("OK " + ast.dump(tree, include_attributes=True))
