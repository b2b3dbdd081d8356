// time.struct_time: the tuple subclass gmtime(), localtime() and strptime()
// return, and its conversions to and from C's struct tm.
#include <time.h>

#include <cstdint>
#include <string>
#include <utility>

#include "modules/time_internal.h"

namespace tr::modules::time_mod {
namespace {

// ---------------------------------------------------------------------------
// struct_time: a tuple of the 9 classic fields, with two more (tm_zone,
// tm_gmtoff) stored after them that only attribute access sees.
//
//   items_[0..9)   tm_year ... tm_isdst   (len() and indexing see these)
//   items_[9]      tm_zone   (str or None)
//   items_[10]     tm_gmtoff (int or None)

Type struct_time_type;

constexpr size_t kVisibleFields = 9;
constexpr size_t kAllFields = 11;
constexpr const char* kFieldNames[kAllFields] = {"tm_year",  "tm_mon",  "tm_mday",  "tm_hour",
                                                 "tm_min",   "tm_sec",  "tm_wday",  "tm_yday",
                                                 "tm_isdst", "tm_zone", "tm_gmtoff"};

void struct_time_trace(Object* o, Tracer& t) {
  t.visit_range(static_cast<Tuple*>(o)->items_, kAllFields);
}

Tuple* struct_time_alloc() {
  auto* t = static_cast<Tuple*>(
      alloc_object_sized(&struct_time_type, sizeof(Tuple) + kAllFields * sizeof(Value)));
  t->hash_ = -1;
  t->size_ = kVisibleFields;
  for (size_t i = 0; i < kAllFields; ++i) t->items_[i] = Value::none();
  return t;
}

}  // namespace

// A struct_time from C's broken-down time (C counts months and yday from
// 0, years from 1900 and weekdays from Sunday; Python does not).
Value struct_time_from_tm(const struct tm& tm) {
  Tuple* t = struct_time_alloc();
  Value fields[kAllFields] = {
      int_from_i64(static_cast<int64_t>(tm.tm_year) + 1900),
      Value::small_int(tm.tm_mon + 1),
      Value::small_int(tm.tm_mday),
      Value::small_int(tm.tm_hour),
      Value::small_int(tm.tm_min),
      Value::small_int(tm.tm_sec),
      Value::small_int((tm.tm_wday + 6) % 7),
      Value::small_int(tm.tm_yday + 1),
      Value::small_int(tm.tm_isdst),
      tm.tm_zone ? str_value(tm.tm_zone) : Value::none(),
      int_from_i64(tm.tm_gmtoff),
  };
  for (size_t i = 0; i < kAllFields; ++i) t->items_[i] = fields[i];
  return Value::object(t);
}

namespace {

Value struct_time_repr(Value self) {
  Tuple* t = self.as<Tuple>();
  std::string s = "time.struct_time(";
  for (size_t i = 0; i < kVisibleFields; ++i) {
    if (i) s += ", ";
    s += kFieldNames[i];
    s += '=';
    Value r = repr(t->items_[i]);
    if (r.is_null()) return r;
    s += r.as<Str>()->view();
  }
  s += ')';
  return str_value(s);
}

// struct_time(sequence, dict=None): 9 to 11 items; a dict may name the
// two hidden fields.
Value struct_time_new(Type*, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"sequence", "dict"};
  Value a[2];
  if (!parse_args("structseq", args, nargs, kw, kNames, 2, 1, a)) return Value::null();
  Value seq = a[0];
  if (!is_tuple(seq) && !is_list(seq)) {
    Value it = get_iter(seq);
    if (it.is_null()) {
      if (!error_matches(&exc::TypeError)) return it;
      error_clear();
      return raise(&exc::TypeError, "constructor requires a sequence");
    }
    seq = list_from_iterable(seq);
    if (seq.is_null()) return seq;
  }
  size_t n = is_tuple(seq) ? seq.as<Tuple>()->size_ : seq.as<List>()->size_;
  const Value* items = is_tuple(seq) ? seq.as<Tuple>()->items_ : seq.as<List>()->items_;
  if (n < kVisibleFields)
    return raise(&exc::TypeError,
                 "time.struct_time() takes an at least 9-sequence (%zu-sequence given)", n);
  if (n > kAllFields)
    return raise(&exc::TypeError,
                 "time.struct_time() takes an at most 11-sequence (%zu-sequence given)", n);
  Value dict = a[1];
  if (!dict.is_null() && !dict.is_none() && !is_dict(dict))
    return raise(&exc::TypeError, "time.struct_time() takes a dict as second arg, if any");
  Tuple* t = struct_time_alloc();
  for (size_t i = 0; i < n; ++i) t->items_[i] = items[i];
  for (size_t i = n; i < kAllFields && is_dict(dict); ++i) {
    Value v = dict_get_str(dict.as<Dict>(), str_intern(kFieldNames[i]));
    if (!v.is_null()) t->items_[i] = v;
  }
  return Value::object(t);
}

template <size_t I>
Value field_getter(const Value* args, size_t, Tuple*) {
  return args[0].as<Tuple>()->items_[I];
}

template <size_t... I>
void add_field_getters(std::index_sequence<I...>) {
  (add_property(&struct_time_type, kFieldNames[I], field_getter<I>), ...);
}

}  // namespace

void struct_time_ready() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  // type_ready() allocates the type's dict before the static type becomes a
  // root; no collection may run in between.
  gc::Pause pause;
  struct_time_type.gc_trace_ = struct_time_trace;
  struct_time_type.repr_ = struct_time_repr;
  struct_time_type.new_ = struct_time_new;
  type_ready(&struct_time_type, "struct_time", &tuple_type, sizeof(Tuple), kTypeTupleSubclass);
  struct_time_type.module_ = str_intern("time");
  add_field_getters(std::make_index_sequence<kAllFields>{});
  Dict* d = struct_time_type.dict_;
  Tuple* match_args = tuple_new(kVisibleFields);
  for (size_t i = 0; i < kVisibleFields; ++i)
    match_args->items_[i] = Value::object(str_intern(kFieldNames[i]));
  (void)dict_set_str(d, str_intern("__match_args__"), Value::object(match_args));
  (void)dict_set_str(d, str_intern("n_sequence_fields"), Value::small_int(kVisibleFields));
  (void)dict_set_str(d, str_intern("n_fields"), Value::small_int(kAllFields));
  (void)dict_set_str(d, str_intern("n_unnamed_fields"), Value::small_int(0));
}

Type* struct_time_type_ptr() {
  return &struct_time_type;
}

// ---------------------------------------------------------------------------
// A time tuple back to C's struct tm

namespace {

// A tuple item as a C int, with PyArg_ParseTuple("i")'s messages.
bool item_as_int(Value item, int* out) {
  Value v = to_index(item);
  if (v.is_null()) return false;
  int64_t i;
  if (!int_to_i64(v, &i)) {
    raise(&exc::OverflowError, "Python int too large to convert to C long");
    return false;
  }
  if (i > INT32_MAX || i < INT32_MIN) {
    raise(&exc::OverflowError, "signed integer is %s",
          i > 0 ? "greater than maximum" : "less than minimum");
    return false;
  }
  *out = static_cast<int>(i);
  return true;
}

}  // namespace

bool tm_from_value(Value v, const char* func, struct tm* out) {
  *out = {};
  if (!is_tuple(v)) {
    raise(&exc::TypeError, "Tuple or struct_time argument required");
    return false;
  }
  Tuple* t = v.as<Tuple>();
  if (t->size_ != kVisibleFields) {
    raise(&exc::TypeError, "%s(): illegal time tuple argument", func);
    return false;
  }
  int f[kVisibleFields];
  for (size_t i = 0; i < kVisibleFields; ++i)
    if (!item_as_int(t->items_[i], &f[i])) return false;
  out->tm_year = f[0] - 1900;
  out->tm_mon = f[1] - 1;
  out->tm_mday = f[2];
  out->tm_hour = f[3];
  out->tm_min = f[4];
  out->tm_sec = f[5];
  out->tm_wday = (f[6] + 1) % 7;
  out->tm_yday = f[7] - 1;
  out->tm_isdst = f[8];
  if (type_of(v) == &struct_time_type) {
    // The zone name points into the str, which the caller's v keeps alive.
    Value zone = t->items_[9];
    if (is_str(zone)) out->tm_zone = zone.as<Str>()->data_;
    Value off = t->items_[10];
    int64_t gmtoff;
    if (is_int(off) && int_to_i64(off, &gmtoff)) out->tm_gmtoff = gmtoff;
  }
  return true;
}

}  // namespace tr::modules::time_mod
