import io

print(sorted(io.__all__))
for name in io.__all__:
    getattr(io, name)
print(io.BlockingIOError is BlockingIOError)
from io import __all__, SEEK_SET, SEEK_CUR, SEEK_END
print(SEEK_SET, SEEK_CUR, SEEK_END)
import _io
print(_io.FileIO is io.FileIO, _io.open is io.open)
