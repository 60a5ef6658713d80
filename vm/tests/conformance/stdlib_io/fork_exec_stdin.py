# Input written to the child's standard input; output and error merged into one pipe.
from mod_child import run

print(run(["sh", "-c", "cat; echo done"], input=b"line one\nline two\n"))
print(run(["sh", "-c", "read x; echo got $x; echo err >&2"], input=b"abc\n", merge=True))
print(run(["sh", "-c", "wc -c"], input=b"x" * 100000))
