# The wait-status helpers on statuses as Linux encodes them.
import os

for status in [0, 0x300, 0xFF00, 9, 0x8B, 0x137F, 0xFFFF]:
    print(hex(status), os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
          os.WTERMSIG(status), os.WIFSTOPPED(status), os.WSTOPSIG(status),
          os.WCOREDUMP(status), os.WIFCONTINUED(status))
    try:
        print(os.waitstatus_to_exitcode(status))
    except ValueError as e:
        print(type(e).__name__, e)
for odd in [-1, -2, 2 ** 31, -2 ** 31 - 1]:
    try:
        print(os.waitstatus_to_exitcode(odd))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(os.WNOHANG, os.WUNTRACED, os.WCONTINUED)
try:
    os.waitpid(999999999, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno, e)
