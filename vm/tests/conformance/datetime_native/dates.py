# _datetime.date, time and datetime: construction and its errors, reprs, ISO text,
# calendar methods, arithmetic, naive/aware comparison rules, replace, combine, tzinfo
# calls, subclasses and the pickle states __reduce__ gives.
import _datetime as d

date, time, datetime, td, tz = d.date, d.time, d.datetime, d.timedelta, d.timezone


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for e in [
    "date(2024, 2, 29)", "date(1, 1, 1)", "date(9999, 12, 31)", "date(0, 1, 1)", "date(10000, 1, 1)",
    "date(2023, 2, 29)", "date(2024, 13, 1)", "date(2024, 0, 1)", "date(2024, 4, 31)",
    "date(1.0, 1, 1)", "date('1', 1, 1)", "date(year=2024, month=5, day=6)",
    "date(True, 1, 1)", "date.min", "date.max", "date.resolution",
    "time()", "time(1, 2)", "time(1, 2, 3)", "time(1, 2, 3, 4)", "time(24)", "time(0, 60)",
    "time(0, 0, 60)", "time(0, 0, 0, 1000000)", "time(fold=2)", "time(-1)", "time(1, fold=1)",
    "time(1, tzinfo=tz.utc)", "time(1, tzinfo=1)", "time.min", "time.max", "time.resolution",
    "datetime(2024, 1, 2)", "datetime(2024, 1, 2, 3, 4, 5, 6)", "datetime(2024, 1, 2, 3, 4, 5)",
    "datetime(2024, 1, 2, tzinfo=tz(td(hours=-5)))", "datetime(2024, 1, 2, fold=1)",
    "datetime(2024, 1, 2, tzinfo=1)", "datetime(2024, 1, 32)", "datetime(2024, 1, 1, 25)",
    "datetime.min", "datetime.max", "datetime.resolution",
]:
    show(e)

x = date(2024, 2, 29)
print(str(x), x.isoformat(), x.year, x.month, x.day, x.toordinal(), x.weekday(), x.isoweekday())
print(tuple(x.isocalendar()), x.isocalendar().week, x.ctime(), tuple(x.timetuple()))
print(format(x, ""), format(x, "%Y/%m/%d"), x.strftime("%d %B %Y %% %j"))
for e in [
    "x + td(days=1)", "x - td(days=60)", "td(days=366) + x", "x - date(2000, 1, 1)",
    "x - date(2030, 1, 1)", "x + td(hours=23)", "date.min - td(days=1)",
    "date.max + td(days=1)", "x.replace(day=1)", "x.replace(year=2023)", "x.replace(month=13)",
    "date.fromordinal(1)", "date.fromordinal(738945)", "date.fromordinal(0)",
    "date.fromisoformat('2024-02-29')", "date.fromisoformat('20240229')",
    "date.fromisoformat('2024-W09-4')", "date.fromisoformat('2024W094')",
    "date.fromisoformat('2024-W09')", "date.fromisoformat('2024-02-30')",
    "date.fromisoformat('2024-2-29')", "date.fromisoformat('x')", "date.fromisoformat(1)",
    "date.fromisocalendar(2020, 53, 7)", "date.fromisocalendar(2021, 53, 1)",
    "date.fromisocalendar(2020, 1, 8)", "tuple(date(2005, 1, 1).isocalendar())",
    "tuple(date(2008, 12, 29).isocalendar())", "x.__reduce__()", "date(b'\\x07\\xe8\\x02\\x1d')",
    "x == date(2024, 2, 29)", "x != date(2024, 2, 29)", "x < date(2024, 3, 1)",
    "x >= date(2025, 1, 1)", "x == 1", "hash(x) == hash(date(2024, 2, 29))",
]:
    show(e)

t = time(13, 5, 9, 120, tzinfo=tz(td(hours=2), "X"))
print(str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.fold, t.tzinfo)
print(t.utcoffset(), t.dst(), t.tzname(), t.strftime("%H:%M:%S.%f %z %Z"))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bogus"]:
    show(f"t.isoformat({spec!r})")
for e in [
    "time(1) == time(1)", "time(1) < time(2)", "time(1, tzinfo=tz.utc) == time(2, tzinfo=tz(td(hours=1)))",
    "time(1) == time(1, tzinfo=tz.utc)", "time(1) < time(1, tzinfo=tz.utc)",
    "hash(time(1, tzinfo=tz.utc)) == hash(time(2, tzinfo=tz(td(hours=1))))",
    "t.replace(hour=1)", "t.replace(tzinfo=None)", "t.replace(minute=61)",
    "time.fromisoformat('01:02:03.004+05:30')", "time.fromisoformat('T0102')",
    "time.fromisoformat('01:02:03Z')", "time.fromisoformat('1:02')", "t.__reduce__()",
    "time(1, 2, 3, 4, fold=1).__reduce_ex__(4)", "time(1, 2, 3, 4, fold=1).__reduce_ex__(2)",
    "time(b'\\x01\\x02\\x03\\x00\\x00\\x04')", "time(1).utcoffset()", "time(1).tzname()",
]:
    show(e)

u = datetime(2024, 3, 10, 12, 30, 15, 250, tzinfo=tz.utc)
n = datetime(2024, 3, 10, 12, 30, 15, 250)
print(str(u), str(n), u.isoformat(), n.isoformat(" "), u.isoformat(timespec="minutes"))
print(u.date(), u.time(), u.timetz(), u.utcoffset(), u.dst(), u.tzname(), n.utcoffset())
print(tuple(u.timetuple()), tuple(u.utctimetuple()), u.ctime(), u.timestamp())
print(u.strftime("%Y-%m-%dT%H:%M:%S.%f%z %Z"), n.strftime("[%z][%Z]"), format(u, "%H"))
est = tz(td(hours=-5), "EST")
for e in [
    "u + td(hours=12)", "u - td(days=1, microseconds=251)", "td(1) + n", "u - n", "n - u",
    "u - datetime(2024, 3, 10, 7, 30, tzinfo=est)", "n - datetime(2024, 1, 1)",
    "u == n", "u != n", "u < n", "u == datetime(2024, 3, 10, 7, 30, 15, 250, tzinfo=est)",
    "u > datetime(2024, 3, 10, 7, 30, tzinfo=est)", "n == date(2024, 3, 10)",
    "date(2024, 3, 10) == n", "n < date(2024, 3, 10)", "date(2024, 3, 10).__eq__(n)",
    "hash(u) == hash(datetime(2024, 3, 10, 7, 30, 15, 250, tzinfo=est))",
    "u.astimezone(est)", "u.astimezone(tz.utc) is u", "u.astimezone(1)",
    "est.fromutc(u.replace(tzinfo=est))", "u.replace(year=2023, tzinfo=None)",
    "u.replace(month=2, day=30)", "datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=est))",
    "datetime.combine(date(2020, 1, 2), time(3, 4), tzinfo=tz.utc)", "datetime.combine(1, time())",
    "datetime.combine(date(2020, 1, 2), 1)", "datetime.utcfromtimestamp(0)",
    "datetime.utcfromtimestamp(1e9 + 0.5e-6)", "datetime.fromtimestamp(86400, tz.utc)",
    "datetime.fromtimestamp(1.5, tz=est)", "datetime.utcfromtimestamp(float('nan'))",
    "datetime.fromtimestamp(1e200)", "datetime.fromordinal(738945)",
    "datetime.fromisoformat('2024-03-10T12:30:15.000250+00:00')",
    "datetime.fromisoformat('2024-03-10 12:30')", "datetime.fromisoformat('20240310T1230')",
    "datetime.fromisoformat('2024-03-10T24:00')", "datetime.fromisoformat('2024-03-10T12:30:15,5-05:00')",
    "datetime.fromisoformat('2024-03-10T12:30:1')", "datetime.fromisoformat('2022W52520')",
    "datetime.fromisoformat('2024-03-10')", "datetime.max + td(1)", "datetime.min - td(microseconds=1)",
    "u.__reduce__()", "datetime(2024, 3, 10, fold=1).__reduce_ex__(4)",
    "datetime(b'\\x07\\xe8\\x03\\x0a\\x0c\\x1e\\x0f\\x00\\x00\\xfa', tz.utc)",
    "datetime(bytes([1] * 10), 'EST')", "u.timetuple().tm_isdst", "u.weekday()", "u.toordinal()",
]:
    show(e)


class Zone(d.tzinfo):
    def __init__(self, hours):
        self.off = td(hours=hours)

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return td(0)

    def tzname(self, dt):
        return "Z%+d" % (self.off.total_seconds() // 3600)

    def __repr__(self):
        return "Zone(%s)" % self.off


z3 = Zone(3)
a = datetime(2020, 6, 1, 12, tzinfo=z3)
print(repr(a), a.utcoffset(), a.tzname(), a.astimezone(tz.utc), a.timestamp())
print(tz.utc.fromutc(datetime(2020, 1, 1, tzinfo=tz.utc)), z3.fromutc(datetime(2020, 1, 1, tzinfo=z3)))


class Bad(d.tzinfo):
    def utcoffset(self, dt):
        return 5


show("datetime(2020, 1, 1, tzinfo=Bad()).utcoffset()")
show("datetime(2020, 1, 1, tzinfo=Zone(25)).utcoffset()")


class MyDate(date):
    def __new__(cls, *args, **kw):
        self = super().__new__(cls, *args, **kw)
        self.extra = 7
        return self


class MyDateTime(datetime):
    pass


m = MyDate(2020, 5, 17)
print(repr(m), m.extra, type(m + td(1)).__name__, type(m.replace(day=1)).__name__, m == date(2020, 5, 17))
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
md = MyDateTime(2020, 5, 17, 3)
print(repr(md), type(md + td(1)).__name__, type(md - td(1)).__name__, type(md.replace(hour=4)).__name__)
print(type(MyDateTime.combine(date(2020, 1, 1), time(1))).__name__, isinstance(md, date))
print(type(MyDateTime.fromisoformat("2020-01-01T01:00")).__name__, md.__reduce__()[0].__name__)
