# os.path's string functions.
import os.path as p

for path in ["a//b/../c/.", "//a/./b", "///a", "", "..", "/..", "a/b/../../.."]:
    print(repr(path), repr(p.normpath(path)))
print(p.splitext("x/.bashrc"), p.splitext("a.b.c"), p.splitext("a/b.d/c"), p.splitext("..."))
print(p.split("/a/b/"), p.split("a"), p.split("/"), p.isabs("/x"), p.isabs("x"))
print(p.relpath("/a/b/c", "/a/x"), p.relpath("/a", "/a"), p.commonpath(["/a/b", "/a/c"]))
print(p.basename("/a/b.txt"), p.dirname("/a/b.txt"), p.splitdrive("/x"), p.normcase("A"))
print(p.expandvars("no vars"), p.join("a", "b", "/c", "d"), p.curdir, p.pardir, p.sep)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
try:
    p.relpath("")
except ValueError as e:
    print("ValueError", e)
