// slice objects: slice(start, stop, step), their repr/compare, indices(), and
// the helpers that resolve a slice against a sequence length.
#include "objects/slice.h"

#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/list_args.h"
#include "objects/str.h"

namespace tr {

Type slice_type;

// ---------------------------------------------------------------------------
// Index conversion

bool is_index_like(Value v) {
  if (v.is_int() || v.is_bool()) return true;
  if (v.is_double() || v.is_immediate()) return false;
  Type* t = type_of(v);
  return t->index_ != nullptr || is_int(v);
}

bool seq_index(Value key, int64_t* out) {
  if (key.is_int()) {
    *out = key.as_int();
    return true;
  }
  Value i = to_index(key);
  if (i.is_null()) return false;
  if (!int_to_i64(i, out)) {
    raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  return true;
}

namespace {

bool index_to_i64(Value v, int64_t* out, const char* overflow_message) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  Value i = to_index(v);
  if (i.is_null()) return false;
  if (!int_to_i64(i, out)) {
    raise(&exc::OverflowError, "%s", overflow_message);
    return false;
  }
  return true;
}

}  // namespace

bool ssize_arg(Value v, int64_t* out) {
  return index_to_i64(v, out, "Python int too large to convert to C ssize_t");
}

bool repeat_count(Value v, int64_t* out) {
  return index_to_i64(v, out, "cannot fit 'int' into an index-sized integer");
}

namespace {

// One slice bound: None leaves *out alone; ints clamp to [lo, hi].
bool slice_bound(Value v, int64_t lo, int64_t hi, int64_t* out) {
  if (v.is_none()) return true;
  int64_t x;
  if (v.is_int()) {
    x = v.as_int();
  } else {
    if (!is_index_like(v)) {
      raise(&exc::TypeError,
            "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Value i = to_index(v);
    if (i.is_null()) return false;
    if (!int_to_i64(i, &x)) x = int_sign(i) < 0 ? lo : hi;
  }
  *out = x < lo ? lo : x > hi ? hi : x;
  return true;
}

constexpr int64_t kMax = INT64_MAX;

}  // namespace

bool slice_index_not_none(Value v, int64_t* out) {
  if (v.is_int()) {
    *out = v.as_int();
    return true;
  }
  if (!is_index_like(v)) {
    raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return slice_bound(v, INT64_MIN, kMax, out);
}

void clamp_search_bounds(int64_t length, int64_t* start, int64_t* stop) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = 0;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = 0;
  }
  if (*stop > length) *stop = length;
}

bool slice_unpack(const Slice* s, int64_t* start, int64_t* stop, int64_t* step) {
  *step = 1;
  // -kMax, not INT64_MIN: the callers negate the step.
  if (!slice_bound(s->step_, -kMax, kMax, step)) return false;
  if (*step == 0) {
    raise(&exc::ValueError, "slice step cannot be zero");
    return false;
  }
  *start = *step < 0 ? kMax : 0;
  *stop = *step < 0 ? INT64_MIN : kMax;
  return slice_bound(s->start_, INT64_MIN, kMax, start) &&
         slice_bound(s->stop_, INT64_MIN, kMax, stop);
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
  auto clamp = [&](int64_t* p) {
    if (*p < 0) {
      *p += length;
      if (*p < 0) *p = step < 0 ? -1 : 0;
    } else if (*p >= length) {
      *p = step < 0 ? length - 1 : length;
    }
  };
  clamp(start);
  clamp(stop);
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

int64_t slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step) {
  if (!slice_unpack(s, start, stop, step)) return -1;
  return slice_adjust(length, start, stop, *step);
}

Value slice_new(Value start, Value stop, Value step) {
  auto* s = alloc<Slice>(&slice_type);
  s->start_ = start;
  s->stop_ = stop;
  s->step_ = step;
  return Value::object(s);
}

// ---------------------------------------------------------------------------
// Slots

namespace {

Value slice_repr(Value self) {
  auto* s = self.as<Slice>();
  std::string out = "slice(";
  Value parts[3] = {s->start_, s->stop_, s->step_};
  for (int i = 0; i < 3; ++i) {
    Value r = repr(parts[i]);
    if (r.is_null()) return r;
    if (i) out += ", ";
    out += r.as<Str>()->view();
  }
  out += ")";
  return str_value(out);
}

int64_t slice_hash(Value self) {
  raise(&exc::TypeError, "unhashable type: '%s'", type_name_of(self));
  return -1;
}

Value slice_compare(Value a, Value b, CompareOp op) {
  if (!is_slice(a) || !is_slice(b)) return Value::not_implemented();
  if (a == b && op == CompareOp::Eq) return Value::true_();
  auto* x = a.as<Slice>();
  auto* y = b.as<Slice>();
  Value ta = Value::object(tuple_pack({x->start_, x->stop_, x->step_}));
  Value tb = Value::object(tuple_pack({y->start_, y->stop_, y->step_}));
  return compare(ta, tb, op);
}

Value slice_type_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("slice", kwnames)) return Value::null();
  if (!args::positional("slice", nargs, 1, 3)) return Value::null();
  if (nargs == 1) return slice_new(Value::none(), args[0], Value::none());
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

// slice.indices(length): the resolved (start, stop, step) as a tuple.
Value slice_indices_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("slice.indices", nargs - 1, kwnames)) return Value::null();
  int64_t length;
  if (!ssize_arg(args[1], &length)) return Value::null();
  if (length < 0) return raise(&exc::ValueError, "length should not be negative");
  int64_t start, stop, step;
  if (slice_indices(args[0].as<Slice>(), length, &start, &stop, &step) < 0) {
    return Value::null();
  }
  // PySlice_AdjustIndices leaves -1 for an empty backwards slice; indices()
  // reports the same values CPython computes with unbounded ints.
  return Value::object(tuple_pack({int_from_i64(start), int_from_i64(stop),
                                   int_from_i64(step)}));
}

Value slice_get_start(const Value* args, size_t, Tuple*) { return args[0].as<Slice>()->start_; }
Value slice_get_stop(const Value* args, size_t, Tuple*) { return args[0].as<Slice>()->stop_; }
Value slice_get_step(const Value* args, size_t, Tuple*) { return args[0].as<Slice>()->step_; }

void slice_trace(Object* o, Tracer& t) {
  auto* s = static_cast<Slice*>(o);
  t.visit(s->start_);
  t.visit(s->stop_);
  t.visit(s->step_);
}

const MethodDef kSliceMethods[] = {
    {"indices", slice_indices_method, 0},
};

}  // namespace

void slice_type_init() {
  slice_type.gc_trace_ = slice_trace;
  slice_type.repr_ = slice_repr;
  slice_type.hash_ = slice_hash;
  slice_type.compare_ = slice_compare;
  slice_type.new_ = slice_type_new;
  type_ready(&slice_type, "slice", nullptr, sizeof(Slice), 0);
  add_methods(&slice_type, kSliceMethods);
  add_property(&slice_type, "start", slice_get_start);
  add_property(&slice_type, "stop", slice_get_stop);
  add_property(&slice_type, "step", slice_get_step);
}

}  // namespace tr
