#!/usr/bin/env python3
"""Regenerates the .expected record of test programs from CPython.

Run from anywhere:
    python3 vm/tests/regen.py                     every program and every conformance program
    python3 vm/tests/regen.py NAME ...            programs/NAME.py
    python3 vm/tests/regen.py conformance/AREA    every program of one conformance area
    python3 vm/tests/regen.py conformance/AREA/NAME ...

Files named `mod_*.py` are modules imported by the programs, not programs themselves. Each
expected file records the exit status, stderr and stdout of `python3 -s -X utf8 REL.py` run from
vm/tests with PYTHONHASHSEED=0 and no other PYTHON* variable (as `-E` would, but `-E` would also
drop the seed), so the paths in tracebacks match what the test harness passes as the file name
and str hashes match the harness's seed 0.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def regen(rel_stem):
    rel = rel_stem + ".py"
    r = subprocess.run(
        [sys.executable, "-s", "-X", "utf8", rel],
        cwd=HERE, capture_output=True, text=True, timeout=120,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
             "PYTHONHASHSEED": "0"},
    )
    # CPython reports the main script by its absolute path; the harness names it relatively.
    stderr = r.stderr.replace(os.path.join(HERE, ""), "")
    with open(os.path.join(HERE, rel_stem + ".expected"), "w") as f:
        f.write(f"# CPython {sys.version.split()[0]}'s behaviour for vm/tests/{rel}, run from vm/tests as\n")
        f.write(f"#     PYTHONHASHSEED=0 python3 -s -X utf8 {rel}\n")
        f.write("# Regenerate with `python3 vm/tests/regen.py`; never edit by hand.\n")
        f.write(f"exit: {r.returncode}\n--- stderr\n{stderr}--- stdout\n{r.stdout}")


def programs_in(folder):
    return sorted(
        f"{folder}/{n[:-3]}"
        for n in os.listdir(os.path.join(HERE, folder))
        if n.endswith(".py") and not n.startswith("mod_")
    )


def main():
    stems = []
    if len(sys.argv) == 1:
        stems += programs_in("programs")
        for area in sorted(os.listdir(os.path.join(HERE, "conformance"))):
            stems += programs_in(f"conformance/{area}")
    for arg in sys.argv[1:]:
        arg = arg.removesuffix(".py").removesuffix(".expected")
        if "/" not in arg:
            stems.append(f"programs/{arg}")
        elif os.path.isdir(os.path.join(HERE, arg)):
            stems += programs_in(arg)
        else:
            stems.append(arg)
    for stem in stems:
        regen(stem)
        print("regenerated", stem)


if __name__ == "__main__":
    main()
