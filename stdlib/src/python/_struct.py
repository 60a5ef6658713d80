"""Packing values into bytes and back by format strings (the module under `struct`).

A format is an optional byte-order character (`@` native with alignment, `=` native
without, `<` little-endian, `>` and `!` big-endian) and a sequence of optionally counted
codes. Floats are encoded to IEEE 754 by hand from their exact `float.hex()` form."""

import math as _math


class error(Exception):
    pass


error.__module__ = "struct"

# code: (standard size, native size, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (4, 8, "int"), "L": (4, 8, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (None, 8, "int"), "N": (None, 8, "uint"),
    "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"),
    "s": (1, 1, "bytes"), "p": (1, 1, "pascal"), "P": (None, 8, "uint"),
}
_RANGE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_FLOAT_BITS = {2: (5, 10), 4: (8, 23), 8: (11, 52)}


# The largest total size a format may describe (CPython's Py_ssize_t limit).
_MAXSIZE = (1 << 63) - 1


def _bytes_of(buffer):
    # The bytes of a bytes-like object (an array's through tobytes(): memoryview does not
    # take arrays yet).
    if hasattr(buffer, "typecode"):
        return buffer.tobytes()
    try:
        return memoryview(buffer).tobytes()
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(buffer).__name__}'") from None


def _store(buffer, offset, data):
    # Writes data into a writable bytes-like object at byte offset.
    if hasattr(buffer, "typecode"):
        raw = bytearray(buffer.tobytes())
        raw[offset:offset + len(data)] = data
        buffer[:] = type(buffer)(buffer.typecode, bytes(raw))
        return
    view = memoryview(buffer)
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    view[offset:offset + len(data)] = data


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError(f"Struct() argument 1 must be a str or bytes object, not "
                        f"{type(fmt).__name__}")
    if "\0" in fmt:
        raise error("embedded null character")
    order = "@"
    body = fmt
    if body[:1] in ("@", "=", "<", ">", "!"):
        order, body = body[0], body[1:]
    native = order == "@"
    little = order in ("@", "=", "<")
    items = []  # (code, count, offset, size)
    runs = []  # counted scalar codes: (place in items, code, count, offset, size)
    offset = 0
    i = 0
    while i < len(body):
        ch = body[i]
        if ch.isspace():
            i += 1
            continue
        count = None
        if ch.isdigit():
            j = i
            while j < len(body) and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            i = j
            if i >= len(body):
                raise error("repeat count given without format specifier")
            ch = body[i]
        if ch not in _CODES or (not native and ch in "nNP"):
            raise error("bad char in struct format")
        std, nat, kind = _CODES[ch]
        size = nat if native else std
        if native and kind in ("int", "uint", "float", "bool"):
            offset = (offset + size - 1) // size * size
        n = 1 if count is None else count
        if offset + n * (1 if kind in ("bytes", "pascal", "pad") else size) > _MAXSIZE:
            raise error("total struct size too long")
        if kind in ("bytes", "pascal"):
            items.append((ch, n, offset, n))
            offset += n
        elif kind == "pad":
            offset += n
        else:
            # Counted scalars are expanded once the whole format is known to fit.
            runs.append((len(items), ch, n, offset, size))
            items.append(None)
            offset += n * size
        i += 1
    return fmt, little, (items, runs), offset


def _expand(layout):
    # The items of a parsed format with every counted scalar spelled out, one per value.
    items, runs = layout
    items = list(items)
    for at, ch, n, start, size in reversed(runs):
        items[at:at + 1] = [(ch, 1, start + k * size, size) for k in range(n)]
    return items


def _item_count(layout):
    items, runs = layout
    return len(items) - len(runs) + sum(run[2] for run in runs)


def _exact(x):
    # A finite float as (M, E) with |x| == M * 2**E, read exactly from float.hex().
    text = x.hex().lstrip("-")[2:]  # "1.8000000000000p+0"
    digits, _, exp = text.partition("p")
    lead, _, frac = digits.partition(".")
    return (int(lead, 16) << (4 * len(frac))) | int(frac or "0", 16), int(exp) - 4 * len(frac)


def _shift_round(m, shift):
    # m / 2**shift rounded half to even.
    if shift <= 0:
        return m << -shift
    q = m >> shift
    rest = m - (q << shift)
    half = 1 << (shift - 1)
    if rest > half or (rest == half and q & 1):
        q += 1
    return q


def _float_to_int(x, size):
    exp_bits, mant_bits = _FLOAT_BITS[size]
    bias = (1 << (exp_bits - 1)) - 1
    top = (1 << exp_bits) - 1
    sign = (1 if _math.copysign(1.0, x) < 0 else 0) << (size * 8 - 1)
    if x != x:
        return sign | (top << mant_bits) | (1 << (mant_bits - 1))
    if x in (_math.inf, -_math.inf):
        return sign | (top << mant_bits)
    m, e = _exact(x)
    if m == 0:
        return sign
    unbiased = m.bit_length() - 1 + e
    if unbiased >= 1 - bias:
        q = _shift_round(m, m.bit_length() - 1 - mant_bits)
        if q >> (mant_bits + 1):
            q >>= 1
            unbiased += 1
        field = unbiased + bias
        if field >= top:
            raise OverflowError(f"float too large to pack with {'efd'[size // 4]} format")
        return sign | (field << mant_bits) | (q - (1 << mant_bits))
    # Subnormal in the target format: units of 2**(1 - bias - mant_bits).
    q = _shift_round(m, (1 - bias - mant_bits) - e)
    return sign | q  # a carry into the exponent field is the right encoding too


def _int_to_float(n, size):
    exp_bits, mant_bits = _FLOAT_BITS[size]
    bias = (1 << (exp_bits - 1)) - 1
    sign = "-" if n >> (size * 8 - 1) else ""
    field = (n >> mant_bits) & ((1 << exp_bits) - 1)
    mant = n & ((1 << mant_bits) - 1)
    if field == (1 << exp_bits) - 1:
        return float(sign + "inf") if mant == 0 else _math.nan
    if field == 0:
        return float.fromhex(f"{sign}0x{mant:x}p{1 - bias - mant_bits}")
    return float.fromhex(f"{sign}0x{mant + (1 << mant_bits):x}p{field - bias - mant_bits}")


def _as_int(v, code):
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        v = index(v)
    return v


def _pack_one(code, value, size, little):
    kind = _CODES[code][2]
    order = "little" if little else "big"
    if kind in ("int", "uint"):
        v = _as_int(value, code)
        if kind == "int":
            lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
        else:
            lo, hi = 0, (1 << (size * 8)) - 1
        if not lo <= v <= hi:
            beyond_long = not -(1 << 63) <= v < (1 << 64)
            if size == 8 or code in "nNP" or beyond_long or (kind == "uint" and v < 0):
                raise error("argument out of range")
            name = _RANGE_NAMES.get(code, f"'{code}'")
            raise error(f"{name} format requires {lo} <= number <= {hi}")
        return v.to_bytes(size, order, signed=kind == "int")
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    if kind == "float":
        if not isinstance(value, (int, float)):
            f = getattr(type(value), "__float__", None)
            if f is None:
                raise error("required argument is not a float")
            value = f(value)
        return _float_to_int(float(value), size).to_bytes(size, order)
    raise AssertionError(kind)


def _unpack_one(code, data, size, little):
    kind = _CODES[code][2]
    order = "little" if little else "big"
    if kind in ("int", "uint"):
        return int.from_bytes(data, order, signed=kind == "int")
    if kind == "bool":
        return data != b"\x00"
    if kind == "char":
        return bytes(data)
    if kind == "float":
        return _int_to_float(int.from_bytes(data, order), size)
    raise AssertionError(kind)


class Struct:
    """A compiled format: its size, and pack/unpack by it."""

    def __init__(self, format):
        self.format, self._little, self._layout, self.size = _parse(format)
        self._expanded = None

    @property
    def _items(self):
        # Spelled out on first use, so that a format such as '2147483647B' costs nothing
        # until a buffer of its size is actually packed or unpacked.
        if self._expanded is None:
            self._expanded = _expand(self._layout)
        return self._expanded

    def pack(self, *values):
        expected = _item_count(self._layout)
        if len(values) != expected:
            raise error(f"pack expected {expected} items for packing "
                        f"(got {len(values)})")
        out = bytearray(self.size)
        for (code, count, offset, size), value in zip(self._items, values):
            kind = _CODES[code][2]
            if kind in ("bytes", "pascal"):
                if not isinstance(value, (bytes, bytearray)):
                    raise error(f"argument for '{code}' must be a bytes object")
                if kind == "pascal":
                    data = bytes(value[:max(0, count - 1)])
                    chunk = bytes([min(len(data), 255)]) + data if count else b""
                else:
                    chunk = bytes(value[:count])
                out[offset:offset + len(chunk)] = chunk
            else:
                out[offset:offset + size] = _pack_one(code, value, size, self._little)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        size = len(_bytes_of(buffer))
        if offset < 0:
            if offset + len(data) > 0:
                raise error(f"no space to pack {len(data)} bytes at offset {offset}")
            if offset + size < 0:
                raise error(f"offset {offset} out of range for {size}-byte buffer")
            offset += size
        if size - offset < len(data):
            raise error(f"pack_into requires a buffer of at least {len(data) + offset} "
                        f"bytes for packing {len(data)} bytes at offset {offset} "
                        f"(actual buffer size is {size})")
        _store(buffer, offset, data)

    def unpack(self, buffer):
        data = _bytes_of(buffer)
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack(data, 0)

    def _unpack(self, data, base):
        out = []
        for code, count, offset, size in self._items:
            chunk = data[base + offset:base + offset + size]
            kind = _CODES[code][2]
            if kind == "bytes":
                out.append(chunk)
            elif kind == "pascal":
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
            else:
                out.append(_unpack_one(code, chunk, size, self._little))
        return tuple(out)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_of(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error(f"not enough data to unpack {self.size} bytes at offset {offset}")
            if offset + len(data) < 0:
                raise error(f"offset {offset} out of range for {len(data)}-byte buffer")
            offset += len(data)
        if len(data) - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} "
                        f"bytes for unpacking {self.size} bytes at offset {offset} "
                        f"(actual buffer size is {len(data)})")
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_of(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of "
                        f"{self.size} bytes")
        return _unpack_iterator(self, data)

    def __repr__(self):
        return f"Struct({self.format!r})"


Struct.__module__ = "_struct"


class unpack_iterator:
    """The iterator `iter_unpack` returns: one tuple per `size` bytes, with a length hint."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_struct.unpack_iterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._data):
            raise StopIteration
        at = self._at
        self._at += self._struct.size
        return self._struct._unpack(self._data, at)

    def __length_hint__(self):
        return max(len(self._data) - self._at, 0) // self._struct.size


unpack_iterator.__module__ = "_struct"


def _unpack_iterator(st, data):
    it = object.__new__(unpack_iterator)
    it._struct, it._data, it._at = st, data, 0
    return it

_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = _cache[fmt] = Struct(fmt)
    return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _struct(format).size


def pack(format, /, *values):
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    return _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    return _struct(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    return _struct(format).iter_unpack(buffer)
