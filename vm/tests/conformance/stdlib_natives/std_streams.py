# sys.stdout, sys.stderr and sys.stdin as io objects: their attributes, the binary layer
# under each, and the order of text and bytes written through the two layers.
import sys

for stream in (sys.stdin, sys.stdout, sys.stderr):
    print(stream.name, stream.mode, stream.encoding, stream.closed, stream.newlines)
    print(" readable", stream.readable(), "writable", stream.writable())
    print(" fileno", stream.fileno(), "buffer", stream.buffer.name, stream.buffer.mode)
    print(" repr", repr(stream), repr(stream.buffer))
    print(" buffer fileno", stream.buffer.fileno(), stream.buffer.readable(), stream.buffer.writable())
print(sys.stderr.errors)
print(type(sys.stdout).__name__, type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__)
print(sys.__stdout__ is sys.stdout, sys.stdout.buffer is sys.stdout.buffer)

# Bytes written under text that was flushed come out after it. (CPython's text layer keeps
# unflushed text in a buffer of its own, so without the flush it would come out later.)
def raw(data):
    sys.stdout.flush()
    return sys.stdout.buffer.write(data)

print("text first", end=" ")
n = raw(b"then bytes ")
print("then text again")
print("bytes written:", n)
print(raw(bytearray(b"bytearray\n")), raw(memoryview(b"view\n")))
raw("é and ✓ as UTF-8\n".encode())
sys.stdout.buffer.flush()
sys.stdout.writelines(["one\n", "two\n"])
print(sys.stdout.write("counted in characters: é\n"))

for bad in (lambda: sys.stdout.buffer.write("str"), lambda: sys.stdout.write(b"bytes"),
            lambda: sys.stdin.write("x"), lambda: sys.stdout.read(), lambda: sys.stdout.buffer.read(),
            lambda: sys.stdout.writelines([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
