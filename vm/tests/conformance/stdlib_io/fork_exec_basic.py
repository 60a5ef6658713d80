# A child's exit code, output and error output through pipes.
from mod_child import run

print(run([b"sh", b"-c", b"echo hello; echo oops >&2; exit 3"]))
print(run(["sh", "-c", "printf '%s|' \"$@\"", "zero", "one", "two words"]))
print(run(["sh", "-c", "exit 0"]))
print(run(["sh", "-c", "kill -9 $$"]))
