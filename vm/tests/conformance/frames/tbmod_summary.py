import traceback

fs = traceback.FrameSummary("somefile.py", 3, "func", line="x = 1")
print(fs, fs.line, fs == ("somefile.py", 3, "func", "x = 1"))
ss = traceback.StackSummary.from_list([fs, ("other.py", 7, "g", "return 2")])
print(len(ss), ss[1].name)
print("".join(ss.format()), end="")
print(traceback.format_list([("a.py", 1, "m", "pass")]))
fs2 = traceback.FrameSummary("f.py", 1, "n", lookup_line=False, locals={"a": 1, "b": "s"})
print(fs2.locals)
print("".join(traceback.StackSummary.from_list([fs2]).format()), end="")
