// range: an immutable arithmetic sequence of ints of any size, with O(1)
// len, indexing, slicing (giving ranges) and membership for ints; plus its
// two iterators (int64 fast path and arbitrary precision). range_type_init
// also readies slice (slice.cpp).
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/slice.h"
#include "objects/str.h"

namespace tr {

Type range_type, range_iterator_type, longrange_iterator_type;

namespace {

// Iterates ranges that do not fit RangeIter: next_ + k*step_ as ints.
struct LongRangeIter : Object {
  Value next_, step_, remaining_;
};

// ---------------------------------------------------------------------------
// Int arithmetic on Values (inline fast paths live in int_binary)

inline Value add(Value a, Value b) { return int_binary(BinaryOp::Add, a, b); }
inline Value sub(Value a, Value b) { return int_binary(BinaryOp::Sub, a, b); }
inline Value mul(Value a, Value b) { return int_binary(BinaryOp::Mul, a, b); }
inline Value floordiv(Value a, Value b) { return int_binary(BinaryOp::FloorDiv, a, b); }
inline Value neg(Value a) { return int_unary(UnaryOp::Neg, a); }
const Value kZero = Value::small_int(0);
const Value kOne = Value::small_int(1);

// len(range(start, stop, step)) as an int.
Value compute_length(Value start, Value stop, Value step) {
  int64_t a, b, c;
  if (int_to_i64(start, &a) && int_to_i64(stop, &b) && int_to_i64(step, &c)) {
    __int128 lo = c > 0 ? a : b, hi = c > 0 ? b : a;
    __int128 st = c > 0 ? c : -static_cast<__int128>(c);
    if (lo >= hi) return kZero;
    __int128 n = (hi - lo - 1) / st + 1;
    if (n <= INT64_MAX) return int_from_i64(static_cast<int64_t>(n));
  }
  bool up = int_sign(step) > 0;
  Value lo = up ? start : stop, hi = up ? stop : start;
  Value st = up ? step : neg(step);
  if (int_compare(lo, hi) >= 0) return kZero;
  Value diff = sub(sub(hi, lo), kOne);
  if (diff.is_null()) return diff;
  Value q = floordiv(diff, st);
  return q.is_null() ? q : add(q, kOne);
}

inline Range* as_range(Value v) { return v.as<Range>(); }

bool is_plain_int(Value v) { return v.is_int() || v.is_bool() || is_exact_int(v); }

// start + i*step for an int i known to be in range.
Value item_at(Range* r, Value i) {
  Value off = mul(i, r->step_);
  return off.is_null() ? off : add(r->start_, off);
}

// Is the int x one of r's items? 1 / 0 / -1.
int contains_int(Range* r, Value x) {
  if (int_sign(r->length_) == 0) return 0;
  Value last = item_at(r, sub(r->length_, kOne));
  if (last.is_null()) return -1;
  bool up = int_sign(r->step_) > 0;
  Value lo = up ? r->start_ : last, hi = up ? last : r->start_;
  if (int_compare(x, lo) < 0 || int_compare(x, hi) > 0) return 0;
  Value off = int_binary(BinaryOp::Mod, sub(x, r->start_), r->step_);
  if (off.is_null()) return -1;
  return int_sign(off) == 0;
}

}  // namespace

Value range_new(Value start, Value stop, Value step) {
  Value len = compute_length(start, stop, step);
  if (len.is_null()) return len;
  auto* r = alloc<Range>(&range_type);
  r->start_ = start;
  r->stop_ = stop;
  r->step_ = step;
  r->length_ = len;
  return Value::object(r);
}

namespace {

// ---------------------------------------------------------------------------
// Slots

Value range_type_new(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("range", kwnames)) return Value::null();
  if (!args::positional("range", nargs, 1, 3)) return Value::null();
  Value v[3];
  for (size_t i = 0; i < nargs; ++i) {
    v[i] = to_index(args[i]);
    if (v[i].is_null()) return v[i];
  }
  if (nargs == 1) return range_new(kZero, v[0], kOne);
  Value step = nargs == 3 ? v[2] : kOne;
  if (int_sign(step) == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
  return range_new(v[0], v[1], step);
}

Value range_repr(Value self) {
  Range* r = as_range(self);
  std::string out = "range(" + int_to_string(r->start_) + ", " + int_to_string(r->stop_);
  if (!(r->step_.is_int() && r->step_.as_int() == 1)) out += ", " + int_to_string(r->step_);
  out += ")";
  return str_value(out);
}

// Equal ranges hash equal: hash((len, start, step)), with start and step
// replaced by None where they do not matter.
int64_t range_hash(Value self) {
  Range* r = as_range(self);
  Value t[3] = {r->length_, Value::none(), Value::none()};
  int sign = int_sign(r->length_);
  if (sign != 0) {
    t[1] = r->start_;
    if (int_compare(r->length_, kOne) != 0) t[2] = r->step_;
  }
  return hash_value(Value::object(tuple_pack({t[0], t[1], t[2]})));
}

bool range_equal(Range* a, Range* b) {
  if (a == b) return true;
  if (int_compare(a->length_, b->length_) != 0) return false;
  if (int_sign(a->length_) == 0) return true;
  if (int_compare(a->start_, b->start_) != 0) return false;
  if (int_compare(a->length_, kOne) == 0) return true;
  return int_compare(a->step_, b->step_) == 0;
}

Value range_compare(Value a, Value b, CompareOp op) {
  if (type_of(a) != &range_type || type_of(b) != &range_type ||
      (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::not_implemented();
  }
  return Value::boolean(range_equal(as_range(a), as_range(b)) == (op == CompareOp::Eq));
}

int64_t range_len(Value self) {
  int64_t n;
  if (!int_to_i64(as_range(self)->length_, &n)) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return n;
}

int range_bool(Value self) { return int_sign(as_range(self)->length_) != 0; }

// A slice bound for slicing a range: an int clamped to [lower, upper]
// after counting negatives from `length` (arbitrary precision).
bool long_slice_bound(Value v, Value dflt, Value length, Value lower, Value upper, Value* out) {
  if (v.is_none()) {
    *out = dflt;
    return true;
  }
  if (!is_index_like(v)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  Value x = to_index(v);
  if (x.is_null()) return false;
  if (int_sign(x) < 0) {
    x = add(x, length);
    if (x.is_null()) return false;
    if (int_compare(x, lower) < 0) x = lower;
  } else if (int_compare(x, upper) > 0) {
    x = upper;
  }
  *out = x;
  return true;
}

Value range_slice(Range* r, Slice* s) {
  Value step = kOne;
  if (!s->step_.is_none()) {
    if (!is_index_like(s->step_)) {
      return raise(&exc::TypeError,
                   "slice indices must be integers or None or have an __index__ method");
    }
    step = to_index(s->step_);
    if (step.is_null()) return step;
    if (int_sign(step) == 0) return raise(&exc::ValueError, "slice step cannot be zero");
  }
  bool back = int_sign(step) < 0;
  Value lower = back ? Value::small_int(-1) : kZero;
  Value upper = back ? sub(r->length_, kOne) : r->length_;
  Value start, stop;
  if (!long_slice_bound(s->start_, back ? upper : lower, r->length_, lower, upper, &start) ||
      !long_slice_bound(s->stop_, back ? lower : upper, r->length_, lower, upper, &stop)) {
    return Value::null();
  }
  Value new_start = item_at(r, start);
  Value new_stop = item_at(r, stop);
  Value new_step = mul(r->step_, step);
  if (new_start.is_null() || new_stop.is_null() || new_step.is_null()) return Value::null();
  return range_new(new_start, new_stop, new_step);
}

Value range_subscript(Value self, Value key) {
  Range* r = as_range(self);
  if (is_index_like(key)) {
    Value i = to_index(key);
    if (i.is_null()) return i;
    if (int_sign(i) < 0) i = add(i, r->length_);
    if (i.is_null()) return i;
    if (int_sign(i) < 0 || int_compare(i, r->length_) >= 0) {
      return raise(&exc::IndexError, "range object index out of range");
    }
    return item_at(r, i);
  }
  if (is_slice(key)) return range_slice(r, key.as<Slice>());
  return raise(&exc::TypeError, "range indices must be integers or slices, not %s",
               type_name_of(key));
}

int range_contains(Value self, Value x) {
  if (is_plain_int(x)) return contains_int(as_range(self), x.is_bool() ? to_index(x) : x);
  Value it = get_iter(self);
  if (it.is_null()) return -1;
  for (;;) {
    Value v = iter_next(it);
    if (v.is_null()) return -1;
    if (v.is_exhausted()) return 0;
    int eq = equals(v, x);
    if (eq != 0) return eq;
  }
}

// An iterator over n items first, first+step, ...
Value make_iter(Value first, Value step, Value n) {
  int64_t a, s, len;
  if (int_to_i64(first, &a) && int_to_i64(step, &s) && int_to_i64(n, &len)) {
    // The last item must fit too: first + (len-1)*step.
    __int128 last = static_cast<__int128>(a) + static_cast<__int128>(len - 1) * s;
    if (len == 0 || (last >= INT64_MIN && last <= INT64_MAX)) {
      auto* it = alloc<RangeIter>(&range_iterator_type);
      it->next_ = a;
      it->step_ = s;
      it->remaining_ = len;
      return Value::object(it);
    }
  }
  auto* it = alloc<LongRangeIter>(&longrange_iterator_type);
  it->next_ = first;
  it->step_ = step;
  it->remaining_ = n;
  return Value::object(it);
}

Value range_iter(Value self) {
  Range* r = as_range(self);
  return make_iter(r->start_, r->step_, r->length_);
}

// ---------------------------------------------------------------------------
// Iterators

Value range_iter_next(Value self) {
  auto* it = self.as<RangeIter>();
  if (it->remaining_ <= 0) return Value::exhausted();
  int64_t v = it->next_;
  it->remaining_--;
  // Unsigned: the step past the last item may leave int64's range.
  it->next_ = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step_));
  return Value::fits_inline(v) ? Value::small_int(v) : int_from_i64(v);
}

Value longrange_iter_next(Value self) {
  auto* it = self.as<LongRangeIter>();
  if (int_sign(it->remaining_) <= 0) return Value::exhausted();
  Value v = it->next_;
  Value next = add(v, it->step_);
  Value rem = sub(it->remaining_, kOne);
  if (next.is_null() || rem.is_null()) return Value::null();
  it->next_ = next;
  it->remaining_ = rem;
  return v;
}

Value range_iter_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  return Value::small_int(std::max<int64_t>(0, args[0].as<RangeIter>()->remaining_));
}

Value longrange_iter_length_hint(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("__length_hint__", nargs - 1, kwnames)) return Value::null();
  return args[0].as<LongRangeIter>()->remaining_;
}

void longrange_iter_trace(Object* o, Tracer& t) {
  auto* it = static_cast<LongRangeIter*>(o);
  t.visit(it->next_);
  t.visit(it->step_);
  t.visit(it->remaining_);
}

// ---------------------------------------------------------------------------
// Methods

Value range_count(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("range.count", nargs - 1, kwnames)) return Value::null();
  Value x = args[1];
  if (is_plain_int(x)) {
    int r = contains_int(as_range(args[0]), x.is_bool() ? to_index(x) : x);
    return r < 0 ? Value::null() : Value::small_int(r);
  }
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  int64_t n = 0;
  for (;;) {
    Value v = iter_next(it);
    if (v.is_null()) return v;
    if (v.is_exhausted()) return int_from_i64(n);
    int eq = equals(v, x);
    if (eq < 0) return Value::null();
    n += eq;
  }
}

Value range_index(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("range.index", nargs - 1, kwnames)) return Value::null();
  Range* r = as_range(args[0]);
  Value x = args[1];
  if (is_plain_int(x)) {
    Value xi = x.is_bool() ? to_index(x) : x;
    int c = contains_int(r, xi);
    if (c < 0) return Value::null();
    if (c) return floordiv(sub(xi, r->start_), r->step_);
    Value rep = repr(x);
    if (rep.is_null()) return rep;
    return raise(&exc::ValueError, "%s is not in range", rep.as<Str>()->data_);
  }
  Value it = get_iter(args[0]);
  if (it.is_null()) return it;
  for (int64_t i = 0;; ++i) {
    Value v = iter_next(it);
    if (v.is_null()) return v;
    if (v.is_exhausted()) break;
    int eq = equals(v, x);
    if (eq < 0) return Value::null();
    if (eq) return int_from_i64(i);
  }
  return raise(&exc::ValueError, "sequence.index(x): x not in sequence");
}

Value range_reversed(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("range.__reversed__", nargs - 1, kwnames)) return Value::null();
  Range* r = as_range(args[0]);
  if (int_sign(r->length_) == 0) return make_iter(r->start_, r->step_, kZero);
  Value last = item_at(r, sub(r->length_, kOne));
  if (last.is_null()) return last;
  return make_iter(last, neg(r->step_), r->length_);
}

Value range_get_start(const Value* args, size_t, Tuple*) { return as_range(args[0])->start_; }
Value range_get_stop(const Value* args, size_t, Tuple*) { return as_range(args[0])->stop_; }
Value range_get_step(const Value* args, size_t, Tuple*) { return as_range(args[0])->step_; }

void range_trace(Object* o, Tracer& t) {
  auto* r = static_cast<Range*>(o);
  t.visit(r->start_);
  t.visit(r->stop_);
  t.visit(r->step_);
  t.visit(r->length_);
}

const MethodDef kRangeMethods[] = {
    {"count", range_count, 0},
    {"index", range_index, 0},
    {"__reversed__", range_reversed, 0},
};
const MethodDef kRangeIterMethods[] = {
    {"__length_hint__", range_iter_length_hint, 0},
};
const MethodDef kLongRangeIterMethods[] = {
    {"__length_hint__", longrange_iter_length_hint, 0},
};

}  // namespace

void range_type_init() {
  range_type.gc_trace_ = range_trace;
  range_type.repr_ = range_repr;
  range_type.hash_ = range_hash;
  range_type.compare_ = range_compare;
  range_type.len_ = range_len;
  range_type.bool_ = range_bool;
  range_type.getitem_ = range_subscript;
  range_type.contains_ = range_contains;
  range_type.iter_ = range_iter;
  range_type.new_ = range_type_new;
  type_ready(&range_type, "range", nullptr, sizeof(Range), 0);
  add_methods(&range_type, kRangeMethods);
  add_property(&range_type, "start", range_get_start);
  add_property(&range_type, "stop", range_get_stop);
  add_property(&range_type, "step", range_get_step);

  range_iterator_type.iter_ = iter_self;
  range_iterator_type.next_ = range_iter_next;
  type_ready(&range_iterator_type, "range_iterator", nullptr, sizeof(RangeIter), 0);
  add_methods(&range_iterator_type, kRangeIterMethods);

  longrange_iterator_type.gc_trace_ = longrange_iter_trace;
  longrange_iterator_type.iter_ = iter_self;
  longrange_iterator_type.next_ = longrange_iter_next;
  type_ready(&longrange_iterator_type, "longrange_iterator", nullptr, sizeof(LongRangeIter), 0);
  add_methods(&longrange_iterator_type, kLongRangeIterMethods);

  slice_type_init();
}

}  // namespace tr
