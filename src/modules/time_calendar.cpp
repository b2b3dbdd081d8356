// The calendar functions of the time module — gmtime, localtime, mktime,
// asctime, ctime, strftime, strptime, tzset — and the timezone attributes,
// on top of the C library's <time.h>.
#include <errno.h>
#include <time.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "modules/time_internal.h"

namespace tr::modules::time_mod {
namespace {

// Keeps the module dict reachable for tzset(), which rewrites its attributes.
Dict* g_time_dict = nullptr;

void scan_time_roots(Tracer& t, void*) {
  t.visit(g_time_dict);
}

// ---------------------------------------------------------------------------
// Arguments

bool no_kwargs(const char* name, Tuple* kw) {
  if (kw && kw->size_) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// PyArg_ParseTuple's "takes at most 1 argument (N given)".
bool at_most_one(const char* name, size_t nargs, Tuple* kw) {
  if (!no_kwargs(name, kw)) return false;
  if (nargs > 1) {
    raise(&exc::TypeError, "%s() takes at most 1 argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

// A timestamp as time_t, rounded toward -inf; null or None means now.
bool time_t_arg(Value v, time_t* out) {
  if (v.is_null() || v.is_none()) {
    *out = ::time(nullptr);
    return true;
  }
  if (v.is_double() || isinstance_of(v, &float_type)) {
    double d;
    if (!to_double(v, &d)) return false;
    if (std::isnan(d)) {
      raise(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    d = std::floor(d);
    if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
      raise(&exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<time_t>(d);
    return true;
  }
  Value i = to_index(v);
  if (i.is_null()) return false;
  int64_t t;
  if (!int_to_i64(i, &t)) {
    raise(&exc::OverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = static_cast<time_t>(t);
  return true;
}

bool local_tm(time_t t, struct tm* out) {
  errno = 0;
  if (localtime_r(&t, out)) return true;
  raise_errno(errno ? errno : EINVAL);
  return false;
}

// ---------------------------------------------------------------------------
// gmtime, localtime, mktime

Value time_gmtime(const Value* args, size_t nargs, Tuple* kw) {
  time_t t;
  if (!at_most_one("gmtime", nargs, kw) || !time_t_arg(nargs ? args[0] : Value(), &t))
    return Value::null();
  struct tm tm;
  errno = 0;
  if (!gmtime_r(&t, &tm)) return raise_errno(errno ? errno : EINVAL);
  return struct_time_from_tm(tm);
}

Value time_localtime(const Value* args, size_t nargs, Tuple* kw) {
  time_t t;
  struct tm tm;
  if (!at_most_one("localtime", nargs, kw) || !time_t_arg(nargs ? args[0] : Value(), &t) ||
      !local_tm(t, &tm))
    return Value::null();
  return struct_time_from_tm(tm);
}

Value time_mktime(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "time.mktime() takes no keyword arguments");
  if (nargs != 1)
    return raise(&exc::TypeError, "time.mktime() takes exactly one argument (%zu given)", nargs);
  struct tm tm;
  if (!tm_from_value(args[0], "mktime", &tm)) return Value::null();
  tm.tm_wday = -1;  // mktime() sets it on success: tells -1 the time from -1 the error
  time_t t = ::mktime(&tm);
  if (t == static_cast<time_t>(-1) && tm.tm_wday == -1)
    return raise(&exc::OverflowError, "mktime argument out of range");
  return Value::from_double(static_cast<double>(t));
}

// ---------------------------------------------------------------------------
// asctime, ctime

// The field checks asctime() makes (strftime() first normalises zeros).
bool check_tm(const struct tm& tm) {
  const char* bad = nullptr;
  if (tm.tm_mon < 0 || tm.tm_mon > 11)
    bad = "month out of range";
  else if (tm.tm_mday < 1 || tm.tm_mday > 31)
    bad = "day of month out of range";
  else if (tm.tm_hour < 0 || tm.tm_hour > 23)
    bad = "hour out of range";
  else if (tm.tm_min < 0 || tm.tm_min > 59)
    bad = "minute out of range";
  else if (tm.tm_sec < 0 || tm.tm_sec > 61)
    bad = "seconds out of range";
  // tm_wday went through % 7, so only a negative value is out of range.
  else if (tm.tm_wday < 0)
    bad = "day of week out of range";
  else if (tm.tm_yday < 0 || tm.tm_yday > 365)
    bad = "day of year out of range";
  if (!bad) return true;
  raise(&exc::ValueError, "%s", bad);
  return false;
}

// "Thu Jan  1 00:00:00 1970": C's asctime() without its newline, and
// without its undefined behaviour for years past 9999.
Value format_asctime(const struct tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[96];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDays[tm.tm_wday],
                kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<long long>(tm.tm_year) + 1900);
  return str_value(buf);
}

Value time_asctime(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("asctime", kw) || !check_nargs("asctime", nargs, 0, 1)) return Value::null();
  struct tm tm;
  if (nargs == 0) {
    if (!local_tm(::time(nullptr), &tm)) return Value::null();
  } else if (!tm_from_value(args[0], "asctime", &tm) || !check_tm(tm)) {
    return Value::null();
  }
  return format_asctime(tm);
}

Value time_ctime(const Value* args, size_t nargs, Tuple* kw) {
  time_t t;
  struct tm tm;
  if (!at_most_one("ctime", nargs, kw) || !time_t_arg(nargs ? args[0] : Value(), &t) ||
      !local_tm(t, &tm))
    return Value::null();
  return format_asctime(tm);
}

// ---------------------------------------------------------------------------
// strftime

// strftime() accepts 0 for month, day and yday (as "the first") and
// clamps tm_isdst; everything else must be in range.
bool normalise_for_strftime(struct tm* tm) {
  if (tm->tm_mon == -1) tm->tm_mon = 0;
  if (tm->tm_mday == 0) tm->tm_mday = 1;
  if (tm->tm_yday == -1) tm->tm_yday = 0;
  if (tm->tm_isdst < -1)
    tm->tm_isdst = -1;
  else if (tm->tm_isdst > 1)
    tm->tm_isdst = 1;
  return check_tm(*tm);
}

Value time_strftime(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_kwargs("strftime", kw)) return Value::null();
  if (nargs == 0 || nargs > 2)
    return raise(&exc::TypeError, "strftime() takes %s (%zu given)",
                 nargs ? "at most 2 arguments" : "at least 1 argument", nargs);
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "strftime() argument 1 must be str, not %s",
                 type_name_of(args[0]));
  Str* fmt = args[0].as<Str>();
  struct tm tm;
  if (nargs == 1) {
    if (!local_tm(::time(nullptr), &tm)) return Value::null();
  } else if (!tm_from_value(args[1], "strftime", &tm) || !normalise_for_strftime(&tm)) {
    return Value::null();
  }
  if (std::strlen(fmt->data_) != fmt->size_)
    return raise(&exc::ValueError, "embedded null character");
  if (fmt->size_ == 0) return Value::object(str_empty());
  // C's strftime gives 0 both for "buffer too small" and for an empty
  // result (e.g. "%p" in some locales): grow up to a generous bound.
  std::string buf;
  for (size_t size = 1024;; size *= 2) {
    buf.resize(size);
    size_t n = ::strftime(buf.data(), size, fmt->data_, &tm);
    if (n > 0 || size >= 256 * fmt->size_) {
      buf.resize(n);
      break;
    }
  }
  return str_value(buf);
}

// ---------------------------------------------------------------------------
// strptime

bool is_leap(int64_t y) {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12):
// shifting the year to start in March puts the leap day last, so each
// month's offset is a fixed linear formula.
int64_t days_from_civil(int64_t y, int m, int d) {
  if (m <= 2) --y;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t year_of_era = y - era * 400;
  int64_t day_of_year = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// The inverse of days_from_civil.
void civil_from_days(int64_t days, int64_t* y, int* m, int* d) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;  // month counted from March
  *d = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = year_of_era + era * 400 + (*m <= 2 ? 1 : 0);
}

// Does strftime/strptime format `f` use one of the directives in `set`?
bool has_directive(std::string_view f, const char* set) {
  for (size_t i = 0; i + 1 < f.size(); ++i) {
    if (f[i] != '%') continue;
    char c = f[++i];
    if (c != '%' && std::strchr(set, c)) return true;
  }
  return false;
}

Value time_strptime(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"data_string", "format"};
  if (nargs == 0 && (!kw || kw->size_ == 0))
    return raise(&exc::TypeError,
                 "_strptime_time() missing 1 required positional argument: 'data_string'");
  Value a[2];
  if (!parse_args("_strptime_time", args, nargs, kw, kNames, 2, 1, a)) return Value::null();
  Value fmt_v = a[1].is_null() ? str_value("%a %b %d %H:%M:%S %Y") : a[1];
  for (int i = 0; i < 2; ++i) {
    Value v = i == 0 ? a[0] : fmt_v;
    if (!is_str(v))
      return raise(&exc::TypeError, "strptime() argument %d must be str, not <class '%s'>", i,
                   type_name_of(v));
  }
  Str* data = a[0].as<Str>();
  Str* fmt = fmt_v.as<Str>();
  struct tm tm = {};
  tm.tm_mday = 1;  // the defaults: 1900-01-01 00:00:00
  const char* end = ::strptime(data->data_, fmt->data_, &tm);
  // C skips blanks before numbers; Python's pattern only matches blanks
  // where the format has them.
  if (end && data->size_ && std::isspace(static_cast<unsigned char>(data->data_[0])) &&
      !(fmt->size_ && std::isspace(static_cast<unsigned char>(fmt->data_[0]))))
    end = nullptr;
  if (!end) {
    Value dr = repr(a[0]);
    Value fr = repr(fmt_v);
    if (dr.is_null() || fr.is_null()) return Value::null();
    return raise(&exc::ValueError, "time data %s does not match format %s", dr.as<Str>()->data_,
                 fr.as<Str>()->data_);
  }
  if (*end) return raise(&exc::ValueError, "unconverted data remains: %s", end);
  std::string_view f = fmt->view();
  bool year_given = has_directive(f, "YyCcx");
  bool julian_given = has_directive(f, "j");
  bool weekday_given = has_directive(f, "aAwu");
  int64_t year = static_cast<int64_t>(tm.tm_year) + 1900;
  // Feb 29 without a year is checked (and dated) in 1904, then reported
  // as 1900 again, as CPython does.
  bool leap_fix = !year_given && tm.tm_mon == 1 && tm.tm_mday == 29;
  if (leap_fix) year = 1904;
  int64_t jan1 = days_from_civil(year, 1, 1);
  int64_t days;
  if (julian_given) {  // %j decides the date
    days = jan1 + tm.tm_yday;
    int m, d;
    civil_from_days(days, &year, &m, &d);
    tm.tm_year = static_cast<int>(year - 1900);
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
  } else {
    static const int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month_days = kMonthDays[tm.tm_mon] + (tm.tm_mon == 1 && is_leap(year) ? 1 : 0);
    if (tm.tm_mday > month_days) return raise(&exc::ValueError, "day is out of range for month");
    days = days_from_civil(year, tm.tm_mon + 1, tm.tm_mday);
    tm.tm_yday = static_cast<int>(days - jan1);
  }
  // A parsed weekday is kept even when it contradicts the date.
  if (!weekday_given) tm.tm_wday = static_cast<int>(((days + 4) % 7 + 7) % 7);  // 1970-01-01: Thu
  if (leap_fix) tm.tm_year = 0;
  tm.tm_isdst = -1;
  Value st = struct_time_from_tm(tm);
  // No zone was parsed: both hidden fields are None.
  st.as<Tuple>()->items_[9] = Value::none();
  st.as<Tuple>()->items_[10] = Value::none();
  return st;
}

// ---------------------------------------------------------------------------
// The timezone attributes and tzset()

// timezone/altzone/daylight/tzname from the local offsets in January and
// July of this year (whichever is larger is standard time: the southern
// hemisphere has its summer in January).
Status set_timezone_attrs(Dict* d) {
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t t = (::time(nullptr) / kYear) * kYear;
  struct tm jan, jul;
  if (!localtime_r(&t, &jan)) return Status::Ok;
  t += kYear / 2;
  if (!localtime_r(&t, &jul)) return Status::Ok;
  int64_t jan_zone = -jan.tm_gmtoff, jul_zone = -jul.tm_gmtoff;
  Value jan_name = str_value(jan.tm_zone ? jan.tm_zone : "");
  Value jul_name = str_value(jul.tm_zone ? jul.tm_zone : "");
  bool reversed = jan_zone < jul_zone;
  auto set = [&](const char* name, Value v) { return dict_set_str(d, str_intern(name), v); };
  if (failed(set("timezone", int_from_i64(reversed ? jul_zone : jan_zone))) ||
      failed(set("altzone", int_from_i64(reversed ? jan_zone : jul_zone))) ||
      failed(set("daylight", Value::small_int(jan_zone != jul_zone))) ||
      failed(set("tzname", Value::object(reversed ? tuple_pack({jul_name, jan_name})
                                                  : tuple_pack({jan_name, jul_name})))))
    return Status::Error;
  return Status::Ok;
}

Value time_tzset(const Value*, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "time.tzset() takes no keyword arguments");
  if (nargs) return raise(&exc::TypeError, "time.tzset() takes no arguments (%zu given)", nargs);
  ::tzset();
  if (g_time_dict && failed(set_timezone_attrs(g_time_dict))) return Value::null();
  return Value::none();
}

}  // namespace

Status add_calendar_functions(Dict* d) {
  if (!g_time_dict) gc::add_root_scanner(scan_time_roots, nullptr);
  g_time_dict = d;
  struct_time_ready();
  if (failed(dict_set_str(d, str_intern("struct_time"), Value::object(struct_time_type_ptr()))) ||
      failed(dict_set_str(d, str_intern("_STRUCT_TM_ITEMS"), Value::small_int(11))))
    return Status::Error;
  add_function(d, "gmtime", time_gmtime);
  add_function(d, "localtime", time_localtime);
  add_function(d, "mktime", time_mktime);
  add_function(d, "asctime", time_asctime);
  add_function(d, "ctime", time_ctime);
  add_function(d, "strftime", time_strftime);
  add_function(d, "strptime", time_strptime);
  add_function(d, "tzset", time_tzset);
  ::tzset();
  return set_timezone_attrs(d);
}

}  // namespace tr::modules::time_mod
