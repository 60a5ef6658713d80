# _datetime.tzinfo and timezone: fixed offsets, names, reprs, equality, errors, and a
# Python subclass of tzinfo.
import _datetime as d

t, tz = d.timedelta, d.timezone


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


z = tz(t(hours=1, seconds=1, microseconds=5))
for e in [
    "z", "z.tzname(None)", "str(z)", "z.utcoffset(None)", "z.dst(None)", "tz.utc",
    "str(tz.utc)", "tz.utc.tzname(None)", "tz.min", "tz.max", "str(tz.min)", "str(tz.max)",
    "tz(t(0), 'X')", "tz(t(hours=-5), 'EST').tzname(None)", "tz(t(minutes=-90))",
    "str(tz(t(minutes=-90)))", "tz(t(0)) is tz.utc", "tz(t(0), 'UTC') is tz.utc",
    "tz(offset=t(0), name='a')", "tz(1)", "tz(t(1))", "tz(-t(1))", "tz(t(0), 1)", "tz()",
    "z.utcoffset(1)", "z.tzname(1)", "z.dst(1)", "z.fromutc(1)", "z.fromutc(None)",
    "z == tz(t(seconds=3601, microseconds=5), 'other')", "z == tz.utc", "z != tz.utc",
    "z == 1", "hash(z) == hash(tz(t(seconds=3601, microseconds=5)))",
    "tz.utc.__reduce__()", "z.__reduce__()", "tz(t(hours=2), 'B').__getinitargs__()",
    "d.tzinfo().utcoffset(None)", "d.tzinfo().tzname(None)", "d.tzinfo().dst(None)",
    "d.tzinfo().fromutc(1)", "d.tzinfo().__reduce__()[1:]", "isinstance(z, d.tzinfo)",
    "issubclass(tz, d.tzinfo)", "tz.__module__", "d.tzinfo.__module__",
]:
    show(e)


class Fixed(d.tzinfo):
    def __init__(self, hours, name):
        self.off = t(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return t(0)

    def __getinitargs__(self):
        return (self.off.total_seconds() / 3600, self.name)


f = Fixed(3, "F")
print(f.utcoffset(None), f.tzname(None), f.dst(None), isinstance(f, d.tzinfo))
r = f.__reduce__()
print(r[0] is Fixed, r[1], sorted(r[2]))
g = r[0](*r[1])
print(g.utcoffset(None), g.tzname(None))


class Plain(d.tzinfo):
    pass


p = Plain()
print(p.__reduce__()[0] is Plain, p.__reduce__()[1:])
p.x = 5
print(p.__reduce__()[2])
