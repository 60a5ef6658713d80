#!/usr/bin/env python3
"""Regenerates programs/NAME.expected from CPython for every programs/NAME.py.

Run from anywhere: `python3 vm/tests/regen.py [NAME ...]`. Files named `mod_*.py` are
modules imported by the programs, not programs themselves. Each expected file records the
exit status, stderr and stdout of `python3 -E -s -X utf8 programs/NAME.py` run from vm/tests,
so the paths in tracebacks match what the test harness passes as the file name.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def regen(name):
    rel = f"programs/{name}.py"
    r = subprocess.run(
        [sys.executable, "-E", "-s", "-X", "utf8", rel],
        cwd=HERE, capture_output=True, text=True, timeout=120,
    )
    # CPython reports the main script by its absolute path; the harness names it relatively.
    stderr = r.stderr.replace(os.path.join(HERE, ""), "")
    with open(os.path.join(HERE, "programs", name + ".expected"), "w") as f:
        f.write(f"# CPython {sys.version.split()[0]}'s behaviour for vm/tests/{rel}, run from vm/tests as\n")
        f.write(f"#     python3 -E -s -X utf8 {rel}\n")
        f.write("# Regenerate with `python3 vm/tests/regen.py`; never edit by hand.\n")
        f.write(f"exit: {r.returncode}\n--- stderr\n{stderr}--- stdout\n{r.stdout}")


def main():
    names = sys.argv[1:] or sorted(
        n[:-3]
        for n in os.listdir(os.path.join(HERE, "programs"))
        if n.endswith(".py") and not n.startswith("mod_")
    )
    for name in names:
        regen(name)
        print("regenerated", name)


if __name__ == "__main__":
    main()
