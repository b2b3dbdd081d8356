// Internal to the time module: time_module.cpp (clocks, sleep, module init)
// and time_struct.cpp (struct_time and the calendar functions).
#pragma once
#include <time.h>

#include "objects/objects.h"

namespace tr::modules::time_mod {

// Raises OSError(errno, strerror(errno)) for a failed system call.
Value raise_errno(int err);

// ---- time_struct.cpp -------------------------------------------------------
// Readies time.struct_time (once); its Type for the module dict.
void struct_time_ready();
Type* struct_time_type_ptr();
// A struct_time from C's broken-down time (all 11 fields).
Value struct_time_from_tm(const struct tm& tm);
// A 9-tuple or struct_time as a struct tm (C's conventions: months from 0,
// ...). `func` names the caller in "%s(): illegal time tuple argument".
bool tm_from_value(Value v, const char* func, struct tm* out);

// ---- time_calendar.cpp -------------------------------------------------------
// Readies struct_time and adds it, gmtime, localtime, mktime, asctime,
// ctime, strftime, strptime, tzset and the timezone attributes to `d`.
Status add_calendar_functions(Dict* d);

}  // namespace tr::modules::time_mod
