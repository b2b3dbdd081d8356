// tuple: the immutable sequence with its items inline. Construction helpers
// used all over the runtime, then the type's slots and methods.
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/repr_guard.h"
#include "objects/slice.h"
#include "objects/str.h"

namespace tr {

Type tuple_type;

namespace {

// Beyond this many items an allocation is refused with MemoryError rather
// than handed to the system allocator (which would abort the process).
constexpr size_t kMaxItems = size_t{1} << 32;

void tuple_trace(Object* o, Tracer& t) {
  auto* tu = static_cast<Tuple*>(o);
  t.visit_range(tu->items_, tu->size_);
}

// Tuples are made before objects_init() reaches tuple_type_init (type
// bases, MROs), so the trace hook is installed at static-init time.
struct InstallTrace {
  InstallTrace() { tuple_type.gc_trace_ = tuple_trace; }
} g_install_trace;

Tuple* g_empty = nullptr;

// The empty tuple lives on the heap, so it is a root scanned at every
// collection (register_permanent is for static objects: permanent heap
// cells are never marked, and the sweep would free them).
void scan_empty(Tracer& t, void*) { t.visit(g_empty); }

// An instance of `cls` (tuple or a subclass) with n null items. A subclass
// instance's __dict__ pointer goes after the items (tuple_type is
// kTypeVarSized: alloc_object_sized adds the room at the cell's end).
Tuple* tuple_alloc(Type* cls, size_t n) {
  auto* t = static_cast<Tuple*>(alloc_object_sized(cls, sizeof(Tuple) + n * sizeof(Value)));
  t->hash_ = -1;
  t->size_ = n;
  return t;
}

inline bool is_exact_tuple(Value v) {
  return v.is_object() && v.as_object()->cls_ == &tuple_type;
}

}  // namespace

// ---------------------------------------------------------------------------
// Construction

Tuple* tuple_new(size_t n) {
  if (n == 0) return tuple_empty();
  return tuple_alloc(&tuple_type, n);
}

Tuple* tuple_pack(std::initializer_list<Value> items) {
  Tuple* t = tuple_new(items.size());
  size_t i = 0;
  for (Value v : items) t->items_[i++] = v;
  return t;
}

Tuple* tuple_empty() {
  if (!g_empty) {
    g_empty = tuple_alloc(&tuple_type, 0);
    gc::add_root_scanner(scan_empty, nullptr);
  }
  return g_empty;
}

// ---------------------------------------------------------------------------
// Slots

namespace {

Value tuple_repr(Value self) {
  auto* t = self.as<Tuple>();
  if (t->size_ == 0) return str_value("()");
  ReprGuard guard(t);
  if (guard.failed()) return Value::null();
  if (guard.recursive()) return str_value("(...)");
  std::string out = "(";
  for (size_t i = 0; i < t->size_; ++i) {
    if (i) out += ", ";
    Value r = repr(t->items_[i]);
    if (r.is_null()) return r;
    out += r.as<Str>()->view();
  }
  out += t->size_ == 1 ? ",)" : ")";
  return str_value(out);
}

// CPython 3.11's xxHash-based combination (XXH64's round with Python's
// per-item hashes as lanes), so sets of tuples iterate in CPython's order.
int64_t tuple_hash(Value self) {
  auto* t = self.as<Tuple>();
  if (t->hash_ != -1) return t->hash_;
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < t->size_; ++i) {
    int64_t h = hash_value(t->items_[i]);
    if (h == -1) return -1;
    acc += static_cast<uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += t->size_ ^ (kPrime5 ^ 3527539ull);
  int64_t h = acc == ~uint64_t{0} ? 1546275796 : static_cast<int64_t>(acc);
  t->hash_ = h;
  return h;
}

Value size_compare(size_t a, size_t b, CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return Value::boolean(a < b);
    case CompareOp::Le: return Value::boolean(a <= b);
    case CompareOp::Eq: return Value::boolean(a == b);
    case CompareOp::Ne: return Value::boolean(a != b);
    case CompareOp::Gt: return Value::boolean(a > b);
    case CompareOp::Ge: return Value::boolean(a >= b);
  }
  return Value::null();
}

Value tuple_compare(Value a, Value b, CompareOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return Value::not_implemented();
  auto* x = a.as<Tuple>();
  auto* y = b.as<Tuple>();
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x->size_ != y->size_) {
    return Value::boolean(op == CompareOp::Ne);
  }
  size_t i = 0;
  for (; i < x->size_ && i < y->size_; ++i) {
    int eq = equals(x->items_[i], y->items_[i]);
    if (eq < 0) return Value::null();
    if (!eq) break;
  }
  if (i >= x->size_ || i >= y->size_) return size_compare(x->size_, y->size_, op);
  if (op == CompareOp::Eq) return Value::false_();
  if (op == CompareOp::Ne) return Value::true_();
  return compare(x->items_[i], y->items_[i], op);
}

Value tuple_repeat(Tuple* t, Value count) {
  int64_t n;
  if (!repeat_count(count, &n)) return Value::null();
  if (n <= 0 || t->size_ == 0) return Value::object(tuple_empty());
  if (n == 1 && t->cls_ == &tuple_type) return Value::object(t);
  if (static_cast<uint64_t>(n) > kMaxItems / t->size_) return raise_memory_error();
  size_t len = t->size_;
  Tuple* r = tuple_new(len * static_cast<size_t>(n));
  for (size_t k = 0; k < static_cast<size_t>(n); ++k) {
    for (size_t i = 0; i < len; ++i) r->items_[k * len + i] = t->items_[i];
  }
  return Value::object(r);
}

Value tuple_binary(BinaryOp op, Value a, Value b) {
  if (op == BinaryOp::Add) {
    if (!is_tuple(a)) return Value::not_implemented();
    if (!is_tuple(b)) {
      if (args::defines_method(b, "__radd__")) return Value::not_implemented();
      return raise(&exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                   type_name_of(b));
    }
    auto* x = a.as<Tuple>();
    auto* y = b.as<Tuple>();
    if (y->size_ == 0 && is_exact_tuple(a)) return a;
    if (x->size_ == 0 && is_exact_tuple(b)) return b;
    Tuple* r = tuple_new(x->size_ + y->size_);
    for (size_t i = 0; i < x->size_; ++i) r->items_[i] = x->items_[i];
    for (size_t i = 0; i < y->size_; ++i) r->items_[x->size_ + i] = y->items_[i];
    return Value::object(r);
  }
  if (op == BinaryOp::Mul) {
    Value seq = is_tuple(a) ? a : b;
    Value count = is_tuple(a) ? b : a;
    if (!is_index_like(count)) {
      // With the tuple on the left the other operand's __rmul__ is still to
      // be tried; on the right, its __mul__ has already declined.
      if (is_tuple(a) && args::defines_method(count, "__rmul__")) {
        return Value::not_implemented();
      }
      return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name_of(count));
    }
    return tuple_repeat(seq.as<Tuple>(), count);
  }
  return Value::not_implemented();
}

int64_t tuple_len(Value self) { return static_cast<int64_t>(self.as<Tuple>()->size_); }

Value tuple_getitem(Value self, Value key) {
  auto* t = self.as<Tuple>();
  if (is_index_like(key)) {
    int64_t i;
    if (!seq_index(key, &i)) return Value::null();
    if (i < 0) i += static_cast<int64_t>(t->size_);
    if (i < 0 || i >= static_cast<int64_t>(t->size_)) {
      return raise(&exc::IndexError, "tuple index out of range");
    }
    return t->items_[i];
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key.as<Slice>(), static_cast<int64_t>(t->size_), &start,
                              &stop, &step);
    if (n < 0) return Value::null();
    if (step == 1 && n == static_cast<int64_t>(t->size_) && is_exact_tuple(self)) return self;
    Tuple* r = tuple_new(static_cast<size_t>(n));
    for (int64_t k = 0, i = start; k < n; ++k, i += step) r->items_[k] = t->items_[i];
    return Value::object(r);
  }
  return raise(&exc::TypeError, "tuple indices must be integers or slices, not %s",
               type_name_of(key));
}

int tuple_contains(Value self, Value item) {
  auto* t = self.as<Tuple>();
  for (size_t i = 0; i < t->size_; ++i) {
    int eq = equals(t->items_[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value tuple_iter(Value self) { return tuple_iter_new(self.as<Tuple>()); }

// tuple(iterable) and subclasses: the items are gathered in a list first.
Value tuple_type_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (cls == &tuple_type && !args::no_kwargs("tuple", kwnames)) return Value::null();
  if (!args::positional("tuple", nargs, 0, 1)) return Value::null();
  if (nargs == 0) {
    if (cls == &tuple_type) return Value::object(tuple_empty());
    return Value::object(tuple_alloc(cls, 0));
  }
  Value src = args[0];
  if (cls == &tuple_type && is_exact_tuple(src)) return src;
  Value items;
  if (is_tuple(src)) {
    items = src;
  } else {
    items = list_from_iterable(src);
    if (items.is_null()) return items;
    items = list_to_tuple(items.as<List>());
    if (cls == &tuple_type) return items;
  }
  auto* t = items.as<Tuple>();
  Tuple* r = cls == &tuple_type ? tuple_new(t->size_) : tuple_alloc(cls, t->size_);
  for (size_t i = 0; i < t->size_; ++i) r->items_[i] = t->items_[i];
  return Value::object(r);
}

// ---------------------------------------------------------------------------
// Methods

Value tuple_count(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("tuple.count", nargs - 1, kwnames)) return Value::null();
  auto* t = args[0].as<Tuple>();
  int64_t n = 0;
  for (size_t i = 0; i < t->size_; ++i) {
    int eq = equals(t->items_[i], args[1]);
    if (eq < 0) return Value::null();
    n += eq;
  }
  return Value::small_int(n);
}

Value tuple_index(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("tuple.index", kwnames)) return Value::null();
  if (!args::positional("index", nargs - 1, 1, 3)) return Value::null();
  auto* t = args[0].as<Tuple>();
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && !slice_index_not_none(args[2], &start)) return Value::null();
  if (nargs > 3 && !slice_index_not_none(args[3], &stop)) return Value::null();
  clamp_search_bounds(static_cast<int64_t>(t->size_), &start, &stop);
  for (int64_t i = start; i < stop; ++i) {
    int eq = equals(t->items_[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq) return Value::small_int(i);
  }
  return raise(&exc::ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_getnewargs(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("tuple.__getnewargs__", nargs - 1, kwnames)) return Value::null();
  auto* t = args[0].as<Tuple>();
  Tuple* copy = tuple_new(t->size_);
  for (size_t i = 0; i < t->size_; ++i) copy->items_[i] = t->items_[i];
  return Value::object(tuple_pack({Value::object(copy)}));
}

const MethodDef kTupleMethods[] = {
    {"count", tuple_count, 0},
    {"index", tuple_index, 0},
    {"__getnewargs__", tuple_getnewargs, 0},
};

}  // namespace

void tuple_type_init() {
  tuple_type.gc_trace_ = tuple_trace;
  tuple_type.repr_ = tuple_repr;
  tuple_type.hash_ = tuple_hash;
  tuple_type.compare_ = tuple_compare;
  tuple_type.binary_ = tuple_binary;
  tuple_type.len_ = tuple_len;
  tuple_type.getitem_ = tuple_getitem;
  tuple_type.contains_ = tuple_contains;
  tuple_type.iter_ = tuple_iter;
  tuple_type.new_ = tuple_type_new;
  type_ready(&tuple_type, "tuple", nullptr, sizeof(Tuple),
             kTypeBaseType | kTypeTupleSubclass);
  add_methods(&tuple_type, kTupleMethods);
}

}  // namespace tr
