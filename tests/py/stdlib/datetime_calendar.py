# datetime: calendar computations in bulk — ordinal round trips over
# centuries, ISO weeks, month ends, durations, schedules, subclasses and
# deterministic use of fixed timestamps and time zones.
from datetime import date, datetime, time, timedelta, timezone

bad = 0
for n in list(range(1, 3000)) + list(range(730000, 740000, 7)) + list(range(3650000, 3652060)):
    d = date.fromordinal(n)
    if d.toordinal() != n:
        bad += 1
print("ordinal round trips bad:", bad)

leap_days = [y for y in range(1890, 2110) if date(y, 3, 1) - date(y, 2, 28) == timedelta(2)]
print("leap years", len(leap_days), leap_days[:5], 1900 in leap_days, 2000 in leap_days)

weeks53 = [y for y in range(1990, 2040) if date(y, 12, 28).isocalendar()[1] == 53]
print("53-week years", weeks53)
for y in (2004, 2009, 2015, 2020, 2026):
    print("iso", y, date.fromisocalendar(y, 1, 1), date.fromisocalendar(y, 53, 7).isocalendar())

month_ends = []
for m in range(1, 13):
    first_next = date(2024, m + 1, 1) if m < 12 else date(2025, 1, 1)
    month_ends.append((first_next - timedelta(days=1)).day)
print("month ends 2024", month_ends)

start = datetime(2024, 3, 30, 22, 15)
schedule = [start + i * timedelta(hours=7, minutes=45) for i in range(8)]
for s in schedule:
    print("slot", s.strftime("%a %d %b %Y %H:%M"), s.isoformat(), s.weekday())

durations = [timedelta(hours=1, minutes=30), timedelta(minutes=45), timedelta(seconds=3599, microseconds=999999)]
total = sum(durations, timedelta())
print("total", total, total.total_seconds(), repr(total), total / len(durations), total // 4)
print("sorted", sorted(durations), max(durations), min(durations))
print("negative", -total, str(-total), abs(-total) == total)

births = {"ada": date(1815, 12, 10), "alan": date(1912, 6, 23), "grace": date(1906, 12, 9)}
ref = date(2000, 1, 1)
for name, b in sorted(births.items(), key=lambda kv: kv[1]):
    age = ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))
    print(name, b.isoformat(), b.strftime("%A"), "age in 2000:", age, "days:", (ref - b).days)

utc = timezone.utc
tokyo = timezone(timedelta(hours=9), "JST")
ny = timezone(timedelta(hours=-5), "EST")
moment = datetime(2024, 7, 1, 12, 0, tzinfo=utc)
for tz in (utc, tokyo, ny):
    local = moment.astimezone(tz)
    print("zone", local, local.tzname(), local.utcoffset(), local.strftime("%H:%M %z %Z"), local == moment)
print("zone hash", len({moment, moment.astimezone(tokyo), moment.astimezone(ny)}))
print("timestamp", moment.timestamp(), datetime.fromtimestamp(moment.timestamp(), tokyo))
print("utcfromtimestamp", datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1234567890.123456))

class Birthday(date):
    def greet(self):
        return "born on " + self.strftime("%d %B")
b = Birthday(1990, 5, 17)
print("subclass", b, repr(b), b.greet(), type(b + timedelta(1)).__name__, type(b.replace(day=1)).__name__)

class Event(datetime):
    pass
e = Event(2024, 1, 1, 9)
print("event", repr(e), type(e + timedelta(hours=1)).__name__, isinstance(e, date))

print("combine", datetime.combine(date(2024, 2, 29), time(23, 59, 59, 999999)) + timedelta(microseconds=1))
print("min max", date.max - date.min, datetime.max - datetime.min, time.max)
try:
    date.max + timedelta(days=1)
except OverflowError as err:
    print("OverflowError", err)
print("dict keys", {date(2024, 1, 1): "a", date(2024, 1, 1): "b", datetime(2024, 1, 1): "c"})
print("format", f"{date(2024, 5, 6):%Y/%m/%d}", f"{datetime(2024, 5, 6, 7, 8):%H.%M}", "{:%j}".format(date(2024, 12, 31)))
parsed = [datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in ["2024-01-02 03:04:05", "1999-12-31 23:59:59"]]
print("strptime", parsed, parsed[0] - parsed[1])
print("fromisoformat", [datetime.fromisoformat(x.isoformat()) == x for x in parsed + schedule])
