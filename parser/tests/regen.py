#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser tests from CPython 3.11.

Run from anywhere: `python3 parser/tests/regen.py`. For every `cases/NAME.py` it writes
`cases/NAME.ast` (`ast.dump(tree, indent=1)`), `cases/NAME.attrs` (the same with
`include_attributes=True`), `cases/NAME.json` (the tree with attributes in the JSON form
documented in ast/src/dump/json.rs, converted here) and `cases/NAME.tokens` (what
`python3 -m tokenize -e` prints);
for every snippet of `syntax_errors.txt` (separated by lines
`#---`) it writes one line of `syntax_errors.expected`: the exception class, the message, and
the 1-based line and 0-based column of CPython's caret (`offset - 1`, in characters).
The Rust tests compare Krait's output with these files and never run Python themselves.
"""
import ast
import io
import json
import math
import pathlib
import sys
import tokenize
import warnings

HERE = pathlib.Path(__file__).resolve().parent
VERSION = "CPython %d.%d.%d" % sys.version_info[:3]


def dump_cases():
    for source in sorted((HERE / "cases").glob("*.py")):
        # As bytes, as a file is read: a BOM and an encoding declaration count.
        tree = ast.parse(source.read_bytes())
        for suffix, attrs in ((".ast", False), (".attrs", True)):
            text = ast.dump(tree, indent=1, include_attributes=attrs)
            header = f"# ast.dump(include_attributes={attrs}, indent=1) of {source.name} by {VERSION}; regenerate with parser/tests/regen.py\n"
            source.with_suffix(suffix).write_text(header + text + "\n", encoding="utf-8")
        header = f"# JSON form with attributes of {source.name} by {VERSION}; regenerate with parser/tests/regen.py\n"
        source.with_suffix(".json").write_text(header + json_text(tree) + "\n", encoding="utf-8")


def to_json(value):
    """A tree in the JSON form of ast/src/dump/json.rs, as Python objects."""
    if isinstance(value, ast.AST):
        out = {"_type": type(value).__name__}
        for field in value._fields:
            out[field] = to_json(getattr(value, field, None))
        for attribute in value._attributes:
            if hasattr(value, attribute):
                out[attribute] = getattr(value, attribute)
        return out
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, str) and not is_unicode(value):
        return {"_type": "str", "code_points": [ord(c) for c in value]}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else {"_type": "float", "repr": repr(value)}
    if isinstance(value, bytes):
        return {"_type": "bytes", "hex": value.hex()}
    if isinstance(value, complex):
        part = lambda x: x if math.isfinite(x) else repr(x)
        return {"_type": "complex", "real": part(value.real), "imag": part(value.imag)}
    if value is ...:
        return {"_type": "Ellipsis"}
    raise TypeError(value)


def is_unicode(text):
    """Whether a str holds no lone surrogate (the JSON form writes such a str as its code points)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def json_text(tree):
    return json.dumps(to_json(tree), ensure_ascii=False)


def token_listing(data):
    """What `python3 -m tokenize -e` prints for a file's bytes."""
    lines = []
    for token in tokenize.tokenize(io.BytesIO(data).readline):
        token_range = "%d,%d-%d,%d:" % (token.start + token.end)
        lines.append("%-20s%-15s%-15r\n" % (token_range, tokenize.tok_name[token.exact_type], token.string))
    return "".join(lines)


def dump_tokens():
    for source in sorted((HERE / "cases").glob("*.py")):
        header = f"# python3 -m tokenize -e {source.name} by {VERSION}; regenerate with parser/tests/regen.py\n"
        try:
            text = token_listing(source.read_bytes())
            if "ERRORTOKEN" in text:
                raise tokenize.TokenError("not read")
        except (SyntaxError, tokenize.TokenError):
            # The pure-Python tokenizer cannot read some valid files (`\r` line ends):
            # such cases have no token listing.
            source.with_suffix(".tokens").unlink(missing_ok=True)
            continue
        source.with_suffix(".tokens").write_text(header + text, encoding="utf-8")


def dump_errors():
    snippets = (HERE / "syntax_errors.txt").read_text(encoding="utf-8").split("\n#---\n")
    lines = [f"# class: message @ line:column, one per snippet of syntax_errors.txt, by {VERSION}; regenerate with parser/tests/regen.py"]
    for snippet in snippets:
        try:
            ast.parse(snippet)
        except SyntaxError as e:
            lines.append(f"{type(e).__name__}: {e.msg} @ {e.lineno}:{(e.offset or 1) - 1}")
        else:
            sys.exit(f"snippet parses without error:\n{snippet}")
    (HERE / "syntax_errors.expected").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with Python 3.11")
    warnings.simplefilter("ignore")
    dump_cases()
    dump_tokens()
    dump_errors()
