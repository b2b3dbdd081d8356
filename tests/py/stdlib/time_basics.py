# time: clock types and monotonicity (never their values), sleep's argument
# checks, and the calendar functions on fixed timestamps (UTC only).
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    a = getattr(time, name)()
    b = getattr(time, name)()
    ns = getattr(time, name + "_ns")()
    print(name, type(a).__name__, b >= a, type(ns).__name__, ns >= 0)
print("time_ns plausible", time.time_ns() > 1_600_000_000 * 10 ** 9)
print("clock_gettime", type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__,
      time.clock_getres(time.CLOCK_MONOTONIC) > 0)

p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
time.sleep(False)
print("slept", time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)


def show(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except (ValueError, OverflowError, TypeError, OSError) as e:
        print(label, type(e).__name__ + ":", e)


show("sleep(-1)", time.sleep, -1)
show("sleep(-0.5)", time.sleep, -0.5)
show("sleep('a')", time.sleep, "a")
show("sleep(None)", time.sleep, None)
show("sleep(nan)", time.sleep, float("nan"))
show("sleep(1e300)", time.sleep, 1e300)
show("sleep(2**63)", time.sleep, 2 ** 63)
show("sleep()", time.sleep)
show("time(1)", time.time, 1)

# struct_time from gmtime
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday,
      g.tm_isdst, g.tm_zone, g.tm_gmtoff)
print(len(g), g[0], g[-1], g[2:5], tuple(g), isinstance(g, tuple), type(g).__name__)
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(g) == hash(tuple(g)), g.count(0), g.index(1970))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for t in [1, -1, 1.9, -1.5, 86399, 951782400, 1700000000, 2 ** 31, 4102444800, True, -2 ** 40]:
    print("gmtime", t, tuple(time.gmtime(t)))
show("gmtime(nan)", time.gmtime, float("nan"))
show("gmtime(1e300)", time.gmtime, 1e300)
show("gmtime(10**30)", time.gmtime, 10 ** 30)
show("gmtime('a')", time.gmtime, "a")
show("gmtime(1, 2)", time.gmtime, 1, 2)

s = time.struct_time((2023, 11, 14, 22, 13, 20, 1, 318, 0))
print(s, s.tm_zone, s.tm_gmtoff)
print(time.struct_time(range(9)))
print(time.struct_time((1,) * 9, {"tm_zone": "XYZ"}).tm_zone)
show("struct_time short", time.struct_time, (1, 2, 3))
show("struct_time long", time.struct_time, (1,) * 12)
show("struct_time int", time.struct_time, 5)

# strftime / asctime / strptime
g2 = time.gmtime(1700000000)
print(time.strftime("%Y-%m-%d %H:%M:%S", g2))
print(time.strftime("%a %A %b %B %d %j %p %U %w %W %y %% %I", g2))
print(time.strftime("%d/%m/%y %j %a %b", time.gmtime(0)))
print(repr(time.strftime("", g2)), repr(time.strftime("plain", g2)))
print(time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -3, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1), (2020, 1, 1, 0, 0, 0, 0, 1, 0.5),
            (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0), ("a", 1, 1, 0, 0, 0, 0, 1, 0)]:
    show("strftime%r" % (bad,), time.strftime, "%Y", bad)
show("strftime(5)", time.strftime, 5)
show("strftime('%Y', 5)", time.strftime, "%Y", 5)
print(time.asctime(g2), "|", time.asctime(time.gmtime(0)), "|",
      time.asctime((2023, 11, 4, 2, 3, 0, 1, 318, 0)))
show("asctime bad month", time.asctime, (2023, 13, 14, 22, 13, 20, 1, 318, 0))
print(time.strptime("2023-11-14", "%Y-%m-%d"))
print(time.strptime("12:30", "%H:%M"))
print(time.strptime("Tue Nov 14 22:13:20 2023"))
for data, fmt in [("02-29", "%m-%d"), ("2024 060", "%Y %j"), ("Mon 2023-11-14", "%a %Y-%m-%d"),
                  ("07:05 PM", "%I:%M %p"), ("november 5 2020", "%B %d %Y")]:
    print("strptime", data, tuple(time.strptime(data, fmt)))
show("strptime feb 30", time.strptime, "2023-02-30", "%Y-%m-%d")
show("strptime mismatch", time.strptime, "x", "%Y")
show("strptime leftover", time.strptime, "2023x", "%Y")
show("strptime int", time.strptime, 5)
print(time.mktime(time.localtime(1000000)) == 1000000.0, type(time.ctime(0)).__name__,
      len(time.asctime()), type(time.timezone).__name__, type(time.tzname).__name__)
show("mktime short", time.mktime, (2020, 1, 1))
show("mktime int", time.mktime, 5)
