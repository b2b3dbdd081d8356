// The time module: the clocks (time, monotonic, perf_counter, process and
// thread CPU time, clock_gettime), sleep, and the module's initialiser.
// struct_time and the calendar functions are in time_struct.cpp.
#include <errno.h>
#include <time.h>

#include <cmath>
#include <cstring>

#include "modules/native_modules.h"
#include "modules/time_internal.h"

namespace tr::modules {
namespace time_mod {

Value raise_errno(int err) {
  Value e = exception_new(&exc::OSError,
                          tuple_pack({Value::small_int(err), str_value(std::strerror(err))}));
  if (e.is_null()) return e;
  error_restore(e);
  return Value::null();
}

namespace {

constexpr int64_t kNsPerSec = 1000000000;

bool no_args(const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) {
    raise(&exc::TypeError, "time.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs) {
    raise(&exc::TypeError, "time.%s() takes no arguments (%zu given)", name, nargs);
    return false;
  }
  return true;
}

bool one_arg(const char* name, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) {
    raise(&exc::TypeError, "time.%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 1) {
    raise(&exc::TypeError, "time.%s() takes exactly one argument (%zu given)", name, nargs);
    return false;
  }
  return true;
}

// Nanoseconds on clock `id`; false with OSError pending for a bad clock.
bool read_clock(clockid_t id, int64_t* ns) {
  timespec ts;
  if (clock_gettime(id, &ts) != 0) {
    raise_errno(errno);
    return false;
  }
  *ns = static_cast<int64_t>(ts.tv_sec) * kNsPerSec + ts.tv_nsec;
  return true;
}

// Seconds as a float the way CPython converts: whole seconds exactly,
// otherwise one rounding of ns / 1e9.
double ns_to_seconds(int64_t ns) {
  if (ns % kNsPerSec == 0) return static_cast<double>(ns / kNsPerSec);
  return static_cast<double>(ns) / 1e9;
}

template <clockid_t kClock>
Value clock_seconds(const char* name, size_t nargs, Tuple* kw) {
  int64_t ns;
  if (!no_args(name, nargs, kw) || !read_clock(kClock, &ns)) return Value::null();
  return Value::from_double(ns_to_seconds(ns));
}

template <clockid_t kClock>
Value clock_ns(const char* name, size_t nargs, Tuple* kw) {
  int64_t ns;
  if (!no_args(name, nargs, kw) || !read_clock(kClock, &ns)) return Value::null();
  return int_from_i64(ns);
}

// perf_counter is the monotonic clock, as in CPython on Linux.
Value time_time(const Value*, size_t n, Tuple* k) {
  return clock_seconds<CLOCK_REALTIME>("time", n, k);
}
Value time_time_ns(const Value*, size_t n, Tuple* k) {
  return clock_ns<CLOCK_REALTIME>("time_ns", n, k);
}
Value time_monotonic(const Value*, size_t n, Tuple* k) {
  return clock_seconds<CLOCK_MONOTONIC>("monotonic", n, k);
}
Value time_monotonic_ns(const Value*, size_t n, Tuple* k) {
  return clock_ns<CLOCK_MONOTONIC>("monotonic_ns", n, k);
}
Value time_perf_counter(const Value*, size_t n, Tuple* k) {
  return clock_seconds<CLOCK_MONOTONIC>("perf_counter", n, k);
}
Value time_perf_counter_ns(const Value*, size_t n, Tuple* k) {
  return clock_ns<CLOCK_MONOTONIC>("perf_counter_ns", n, k);
}
Value time_process_time(const Value*, size_t n, Tuple* k) {
  return clock_seconds<CLOCK_PROCESS_CPUTIME_ID>("process_time", n, k);
}
Value time_process_time_ns(const Value*, size_t n, Tuple* k) {
  return clock_ns<CLOCK_PROCESS_CPUTIME_ID>("process_time_ns", n, k);
}
Value time_thread_time(const Value*, size_t n, Tuple* k) {
  return clock_seconds<CLOCK_THREAD_CPUTIME_ID>("thread_time", n, k);
}
Value time_thread_time_ns(const Value*, size_t n, Tuple* k) {
  return clock_ns<CLOCK_THREAD_CPUTIME_ID>("thread_time_ns", n, k);
}

// clock_gettime(clk_id) and friends: the clock id is a C int.
bool clock_id_arg(const char* name, const Value* args, size_t nargs, Tuple* kw, clockid_t* id) {
  if (!one_arg(name, nargs, kw)) return false;
  Value v = to_index(args[0]);
  if (v.is_null()) return false;
  int64_t i;
  if (!int_to_i64(v, &i) || i < INT32_MIN || i > INT32_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *id = static_cast<clockid_t>(i);
  return true;
}

Value time_clock_gettime(const Value* args, size_t nargs, Tuple* kw) {
  clockid_t id;
  int64_t ns;
  if (!clock_id_arg("clock_gettime", args, nargs, kw, &id) || !read_clock(id, &ns))
    return Value::null();
  return Value::from_double(ns_to_seconds(ns));
}

Value time_clock_gettime_ns(const Value* args, size_t nargs, Tuple* kw) {
  clockid_t id;
  int64_t ns;
  if (!clock_id_arg("clock_gettime_ns", args, nargs, kw, &id) || !read_clock(id, &ns))
    return Value::null();
  return int_from_i64(ns);
}

Value time_clock_getres(const Value* args, size_t nargs, Tuple* kw) {
  clockid_t id;
  if (!clock_id_arg("clock_getres", args, nargs, kw, &id)) return Value::null();
  timespec ts;
  if (clock_getres(id, &ts) != 0) return raise_errno(errno);
  return Value::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

// clock_settime(clk_id, seconds) / clock_settime_ns(clk_id, ns): usually
// refused (EPERM) for unprivileged processes, as in CPython.
Value settime(clockid_t id, int64_t ns) {
  timespec ts;
  ts.tv_sec = ns / kNsPerSec;
  ts.tv_nsec = ns % kNsPerSec;
  if (ts.tv_nsec < 0) {
    ts.tv_nsec += kNsPerSec;
    --ts.tv_sec;
  }
  if (clock_settime(id, &ts) != 0) return raise_errno(errno);
  return Value::none();
}

// Both report themselves as clock_settime() in count errors, like CPython.
bool settime_args(const char* name, const Value* args, size_t nargs, Tuple* kw, clockid_t* id) {
  if (kw && kw->size_) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs != 2) {
    raise(&exc::TypeError, "clock_settime() takes exactly 2 arguments (%zu given)", nargs);
    return false;
  }
  return clock_id_arg(name, args, 1, nullptr, id);
}

Value time_clock_settime(const Value* args, size_t nargs, Tuple* kw) {
  clockid_t id;
  if (!settime_args("clock_settime", args, nargs, kw, &id)) return Value::null();
  Value secs = args[1];
  if (secs.is_double() || isinstance_of(secs, &float_type)) {
    double d;
    if (!to_double(secs, &d)) return Value::null();
    if (std::isnan(d)) return raise(&exc::ValueError, "Invalid value NaN (not a number)");
    double ns = std::floor(d * 1e9);
    if (!(ns >= -9.2233720368547758e18 && ns < 9.2233720368547758e18))
      return raise(&exc::OverflowError, "timestamp out of range for platform time_t");
    return settime(id, static_cast<int64_t>(ns));
  }
  Value v = to_index(secs);
  if (v.is_null()) return v;
  int64_t s, ns;
  if (!int_to_i64(v, &s) || __builtin_mul_overflow(s, kNsPerSec, &ns))
    return raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  return settime(id, ns);
}

Value time_clock_settime_ns(const Value* args, size_t nargs, Tuple* kw) {
  clockid_t id;
  if (!settime_args("clock_settime_ns", args, nargs, kw, &id)) return Value::null();
  if (!is_int(args[1])) return raise(&exc::TypeError, "expect int, got %s", type_name_of(args[1]));
  int64_t ns;
  if (!int_to_i64(args[1], &ns))
    return raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
  return settime(id, ns);
}

// ---------------------------------------------------------------------------
// sleep

// secs as nanoseconds, rounded up so a sleep is never shorter than asked.
bool sleep_ns(Value secs, int64_t* ns) {
  if (secs.is_double() || isinstance_of(secs, &float_type)) {  // NaNs are heap floats
    double d;
    if (!to_double(secs, &d)) return false;
    if (std::isnan(d)) {
      raise(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double t = std::ceil(d * 1e9);
    if (!(t >= -9.2233720368547758e18 && t < 9.2233720368547758e18)) {
      raise(&exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *ns = static_cast<int64_t>(t);
    return true;
  }
  Value v = to_index(secs);
  if (v.is_null()) return false;
  int64_t s;
  if (!int_to_i64(v, &s) || __builtin_mul_overflow(s, kNsPerSec, ns)) {
    raise(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  return true;
}

Value time_sleep(const Value* args, size_t nargs, Tuple* kw) {
  int64_t ns;
  if (!one_arg("sleep", nargs, kw) || !sleep_ns(args[0], &ns)) return Value::null();
  if (ns < 0) return raise(&exc::ValueError, "sleep length must be non-negative");
  // Sleep until an absolute deadline so that signals interrupting the
  // sleep do not shorten or lengthen it.
  timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  int64_t total = deadline.tv_nsec + ns % kNsPerSec;
  deadline.tv_sec += ns / kNsPerSec + total / kNsPerSec;
  deadline.tv_nsec = total % kNsPerSec;
  int rc;
  while ((rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr)) == EINTR) {
  }
  if (rc != 0) return raise_errno(rc);
  return Value::none();
}

}  // namespace
}  // namespace time_mod

// ---------------------------------------------------------------------------
// The module

Status time_module_init(Module* m) {
  using namespace time_mod;
  Dict* d = m->dict_;
  add_function(d, "time", time_time);
  add_function(d, "time_ns", time_time_ns);
  add_function(d, "monotonic", time_monotonic);
  add_function(d, "monotonic_ns", time_monotonic_ns);
  add_function(d, "perf_counter", time_perf_counter);
  add_function(d, "perf_counter_ns", time_perf_counter_ns);
  add_function(d, "process_time", time_process_time);
  add_function(d, "process_time_ns", time_process_time_ns);
  add_function(d, "thread_time", time_thread_time);
  add_function(d, "thread_time_ns", time_thread_time_ns);
  add_function(d, "clock_gettime", time_clock_gettime);
  add_function(d, "clock_gettime_ns", time_clock_gettime_ns);
  add_function(d, "clock_getres", time_clock_getres);
  add_function(d, "clock_settime", time_clock_settime);
  add_function(d, "clock_settime_ns", time_clock_settime_ns);
  add_function(d, "sleep", time_sleep);
  struct ClockConst {
    const char* name;
    int id;
  };
  static const ClockConst kClocks[] = {
      {"CLOCK_REALTIME", CLOCK_REALTIME},
      {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
      {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
      {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
      {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
      {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
      {"CLOCK_TAI", CLOCK_TAI},
  };
  for (const ClockConst& c : kClocks)
    if (failed(dict_set_str(d, str_intern(c.name), Value::small_int(c.id)))) return Status::Error;
  return add_calendar_functions(d);
}

}  // namespace tr::modules
