// Argument checking for str and bytes methods, reproducing the wording of
// each CPython parsing style (METH_NOARGS, METH_O, Argument Clinic, the old
// tuple parser) so error messages match the oracle exactly.
#include <cstring>

#include "objects/str_internal.h"

namespace tr {
namespace {

const char* plural(size_t n) { return n == 1 ? "" : "s"; }

bool no_keywords(const char* qualname, Tuple* kwnames) {
  if (kwnames && kwnames->size_ > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  return true;
}

}  // namespace

bool args_none(const char* qualname, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(qualname, kwnames)) return false;
  if (nargs != 0) {
    raise(&exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}

bool args_one(const char* qualname, size_t nargs, Tuple* kwnames) {
  if (!no_keywords(qualname, kwnames)) return false;
  if (nargs != 1) {
    raise(&exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return false;
  }
  return true;
}

bool args_range(const char* qualname, const char* name, size_t nargs, Tuple* kwnames,
                size_t min, size_t max) {
  if (!no_keywords(qualname, kwnames)) return false;
  if (min == max && nargs != min) {
    raise(&exc::TypeError, "%s expected %zu argument%s, got %zu", name, min, plural(min), nargs);
    return false;
  }
  if (nargs < min) {
    raise(&exc::TypeError, "%s expected at least %zu argument%s, got %zu", name, min,
          plural(min), nargs);
    return false;
  }
  if (nargs > max) {
    raise(&exc::TypeError, "%s expected at most %zu argument%s, got %zu", name, max,
          plural(max), nargs);
    return false;
  }
  return true;
}

bool args_old(const char* qualname, const char* name, size_t nargs, Tuple* kwnames,
              size_t min, size_t max) {
  if (!no_keywords(qualname, kwnames)) return false;
  if (nargs < min) {
    raise(&exc::TypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
          plural(min), nargs);
    return false;
  }
  if (nargs > max) {
    raise(&exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
          plural(max), nargs);
    return false;
  }
  return true;
}

bool args_keywords(const char* name, const Value* args, size_t nargs, Tuple* kwnames,
                   const char* const* params, size_t nparams, size_t nrequired, Value* out) {
  size_t nkw = kwnames ? kwnames->size_ : 0;
  if (nargs + nkw > nparams) {
    raise(&exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", name, nparams,
          plural(nparams), nargs + nkw);
    return false;
  }
  for (size_t i = 0; i < nparams; ++i) out[i] = i < nargs ? args[i] : Value::null();
  for (size_t k = 0; k < nkw; ++k) {
    Str* kw = kwnames->items_[k].as<Str>();
    size_t i = 0;
    while (i < nparams && (!params[i] || kw->view() != params[i])) ++i;
    if (i == nparams) {
      raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", kw->data_, name);
      return false;
    }
    if (i < nargs) {
      raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%zu)",
            name, params[i], i + 1);
      return false;
    }
    out[i] = args[nargs + k];
  }
  for (size_t i = 0; i < nrequired; ++i) {
    if (out[i].is_null()) {
      raise(&exc::TypeError, "%s() missing required argument '%s' (pos %zu)", name,
            params[i], i + 1);
      return false;
    }
  }
  return true;
}

bool arg_is_str(Value v, const char* name, int argno) {
  if (is_str(v)) return true;
  if (argno == 0) raise(&exc::TypeError, "must be str, not %s", type_name_of(v));
  else raise(&exc::TypeError, "%s() argument %d must be str, not %s", name, argno,
             type_name_of(v));
  return false;
}

bool arg_ssize(Value v, int64_t* out) {
  Value i = to_index(v);
  if (i.is_null()) return false;
  if (!int_to_i64(i, out)) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool index_ssize(Value v, int64_t* out, Type* error) {
  Value i = to_index(v);
  if (i.is_null()) return false;
  if (!int_to_i64(i, out)) {
    raise(error, "cannot fit '%s' into an index-sized integer", type_name_of(v));
    return false;
  }
  return true;
}

namespace {

// One bound of a slice-like range: None keeps the default; huge ints clamp.
bool range_bound(Value v, int64_t* out) {
  if (v.is_null() || v.is_none()) return true;
  if (!is_int(v) && !type_of(v)->index_) {
    raise(&exc::TypeError,
          "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value i = to_index(v);
  if (i.is_null()) return false;
  if (!int_to_i64(i, out)) *out = int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
  return true;
}

}  // namespace

bool parse_range(Value start, Value end, int64_t length, int64_t* lo, int64_t* hi) {
  int64_t s = 0, e = length;
  if (!range_bound(start, &s) || !range_bound(end, &e)) return false;
  if (e > length) e = length;
  else if (e < 0) { e += length; if (e < 0) e = 0; }
  if (s < 0) { s += length; if (s < 0) s = 0; }
  *lo = s;
  *hi = e;
  return true;
}

}  // namespace tr
