"""The calendar half of `time` (struct_time, gmtime, localtime, mktime, strftime,
asctime), written in Python over `time.time()`; `time` fetches these names through its
`__getattr__`. Krait reads no time-zone database: local time is UTC."""

import time as _time

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")
# struct_time carries tm_zone and tm_gmtoff after its nine sequence fields.
_STRUCT_TM_ITEMS = 11

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """A date and time as nine fields (year, month, day, hour, minute, second, weekday,
    day of the year, daylight saving flag), plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence "
                            f"({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else "UTC"
        self._gmtoff = seq[10] if len(seq) > 10 else 0
        return self

    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(_FIELDS, self))
        return f"time.struct_time({inner})"

    def __reduce__(self):
        return struct_time, (tuple(self),)


for _i, _f in enumerate(_FIELDS):
    setattr(struct_time, _f, property(lambda self, i=_i: self[i]))
del _i, _f
struct_time.__module__ = "time"


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_EPOCH_DAYS = _days_before_year(1970)


def gmtime(secs=None):
    if secs is None:
        secs = _time.time()
    secs = int(secs // 1)
    days, rest = divmod(secs, 86400)
    hour, rest = divmod(rest, 3600)
    minute, sec = divmod(rest, 60)
    ordinal = days + _EPOCH_DAYS  # days since 0001-01-01
    year = ordinal // 366 + 1
    while _days_before_year(year + 1) <= ordinal:
        year += 1
    yday = ordinal - _days_before_year(year)
    month = 0
    left = yday
    while True:
        length = _MONTH_DAYS[month] + (1 if month == 1 and _is_leap(year) else 0)
        if left < length:
            break
        left -= length
        month += 1
    wday = ordinal % 7  # 0001-01-01 was a Monday
    return struct_time((year, month + 1, left + 1, hour, minute, sec, wday, yday + 1, 0))


localtime = gmtime


def mktime(t):
    year, mon, mday, hour, minute, sec = t[:6]
    days = _days_before_year(year) - _EPOCH_DAYS
    days += sum(_MONTH_DAYS[:mon - 1]) + (1 if mon > 2 and _is_leap(year) else 0) + mday - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + sec)


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def strftime(format, t=None):
    if t is None:
        t = localtime()
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    year, mon, mday, hour, minute, sec, wday, yday = tuple(t)[:8]
    codes = {
        "a": _DAYS[wday][:3], "A": _DAYS[wday], "b": _MONTHS[mon - 1][:3],
        "B": _MONTHS[mon - 1], "d": f"{mday:02d}", "e": f"{mday:2d}", "H": f"{hour:02d}",
        "I": f"{(hour % 12) or 12:02d}", "j": f"{yday:03d}", "m": f"{mon:02d}",
        "M": f"{minute:02d}", "p": "AM" if hour < 12 else "PM", "S": f"{sec:02d}",
        "y": f"{year % 100:02d}", "Y": str(year), "w": str((wday + 1) % 7), "u": str(wday + 1),
        "Z": "UTC", "z": "+0000", "%": "%", "n": "\n", "t": "\t",
        "h": _MONTHS[mon - 1][:3], "C": f"{year // 100:02d}",
    }
    codes["D"] = f"{codes['m']}/{codes['d']}/{codes['y']}"
    codes["F"] = f"{year}-{codes['m']}-{codes['d']}"
    codes["T"] = f"{codes['H']}:{codes['M']}:{codes['S']}"
    codes["R"] = f"{codes['H']}:{codes['M']}"
    codes["c"] = f"{codes['a']} {codes['b']} {codes['e']} {codes['T']} {year}"
    codes["x"] = codes["D"]
    codes["X"] = codes["T"]
    out = []
    i = 0
    while i < len(format):
        ch = format[i]
        if ch != "%" or i + 1 >= len(format):
            out.append(ch)
            i += 1
            continue
        j = i + 1
        width = ""
        while j < len(format) and format[j].isdigit():
            width += format[j]
            j += 1
        if j >= len(format):
            out.append(format[i:])
            break
        code = format[j]
        if code in codes:
            text = codes[code]
            if width:
                text = text.rjust(int(width), "0")
            out.append(text)
        else:
            out.append(format[i:j + 1])
        i = j + 1
    return "".join(out)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parses `string` by `format` into a struct_time (the work of the `_strptime`
    module, as in CPython)."""
    import _strptime
    return _strptime._strptime_time(string, format)


def asctime(t=None):
    return strftime("%a %b %e %H:%M:%S %Y", localtime() if t is None else t)


def ctime(secs=None):
    return asctime(localtime(secs))


def time_ns():
    return int(_time.time() * 1e9)


def monotonic_ns():
    return int(_time.monotonic() * 1e9)


def perf_counter_ns():
    return int(_time.perf_counter() * 1e9)


# What each clock is read with (all from clock_gettime, as CPython's on Linux), whether it
# is monotonic, and whether the system's time adjustments move it.
_CLOCK_INFO = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(name):
    if not isinstance(name, str):
        raise TypeError(f"get_clock_info() argument 1 must be str, not {type(name).__name__}")
    try:
        implementation, monotonic, adjustable = _CLOCK_INFO[name]
    except KeyError:
        raise ValueError("unknown clock") from None
    import types
    return types.SimpleNamespace(implementation=implementation, monotonic=monotonic,
                                 adjustable=adjustable, resolution=1e-09)
