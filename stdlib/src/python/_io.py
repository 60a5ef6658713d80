"""`_io`, the name CPython's accelerated `io` has: the same objects as Krait's `io`, for
modules (such as `_pyio`) that import from it directly."""

from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, IncrementalNewlineDecoder, text_encoding, TextIOWrapper)
from io import IOBase as _IOBase, RawIOBase as _RawIOBase
from io import BufferedIOBase as _BufferedIOBase, TextIOBase as _TextIOBase
