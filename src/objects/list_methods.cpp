// list methods: append, extend, insert, pop, remove, index, count, reverse,
// copy, clear and the dunder methods CPython defines on list (sort is
// list_sort.cpp). Installed by list_type_init through list_add_methods.
#include <cstdlib>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/iterators.h"
#include "objects/list_args.h"
#include "objects/list_internal.h"
#include "objects/slice.h"
#include "objects/str.h"

namespace tr {

namespace {

inline List* self_list(const Value* args) { return args[0].as<List>(); }

Value list_append_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.append", nargs - 1, kwnames)) return Value::null();
  if (failed(list_append(self_list(args), args[1]))) return Value::null();
  return Value::none();
}

Value list_extend_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.extend", nargs - 1, kwnames)) return Value::null();
  if (failed(list_extend(self_list(args), args[1]))) return Value::null();
  return Value::none();
}

Value list_insert(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("list.insert", kwnames)) return Value::null();
  if (!args::positional("insert", nargs - 1, 2, 2)) return Value::null();
  List* l = self_list(args);
  int64_t i;
  if (!ssize_arg(args[1], &i)) return Value::null();
  int64_t n = static_cast<int64_t>(l->size_);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (failed(list_reserve(l, l->size_ + 1))) return Value::null();
  for (int64_t k = n; k > i; --k) l->items_[k] = l->items_[k - 1];
  l->items_[i] = args[2];
  l->size_++;
  return Value::none();
}

Value list_pop(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("list.pop", kwnames)) return Value::null();
  if (!args::positional("pop", nargs - 1, 0, 1)) return Value::null();
  List* l = self_list(args);
  int64_t i = -1;
  if (nargs > 1 && !ssize_arg(args[1], &i)) return Value::null();
  int64_t n = static_cast<int64_t>(l->size_);
  if (n == 0) return raise(&exc::IndexError, "pop from empty list");
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(&exc::IndexError, "pop index out of range");
  Value v = l->items_[i];
  for (int64_t k = i; k + 1 < n; ++k) l->items_[k] = l->items_[k + 1];
  l->size_--;
  return v;
}

Value list_remove(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.remove", nargs - 1, kwnames)) return Value::null();
  List* l = self_list(args);
  for (size_t i = 0; i < l->size_; ++i) {
    int eq = equals(l->items_[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq) {
      if (i < l->size_) {  // __eq__ may have shrunk the list
        for (size_t k = i; k + 1 < l->size_; ++k) l->items_[k] = l->items_[k + 1];
        l->size_--;
      }
      return Value::none();
    }
  }
  return raise(&exc::ValueError, "list.remove(x): x not in list");
}

Value list_index(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_kwargs("list.index", kwnames)) return Value::null();
  if (!args::positional("index", nargs - 1, 1, 3)) return Value::null();
  List* l = self_list(args);
  int64_t start = 0, stop = INT64_MAX;
  if (nargs > 2 && !slice_index_not_none(args[2], &start)) return Value::null();
  if (nargs > 3 && !slice_index_not_none(args[3], &stop)) return Value::null();
  clamp_search_bounds(static_cast<int64_t>(l->size_), &start, &stop);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->size_); ++i) {
    int eq = equals(l->items_[i], args[1]);
    if (eq < 0) return Value::null();
    if (eq) return Value::small_int(i);
  }
  Value r = repr(args[1]);
  if (r.is_null()) return r;
  return raise(&exc::ValueError, "%s is not in list", r.as<Str>()->data_);
}

Value list_count(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.count", nargs - 1, kwnames)) return Value::null();
  List* l = self_list(args);
  int64_t n = 0;
  for (size_t i = 0; i < l->size_; ++i) {
    int eq = equals(l->items_[i], args[1]);
    if (eq < 0) return Value::null();
    n += eq;
  }
  return Value::small_int(n);
}

Value list_reverse(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("list.reverse", nargs - 1, kwnames)) return Value::null();
  List* l = self_list(args);
  for (size_t i = 0, j = l->size_; i + 1 < j; ++i, --j) {
    Value t = l->items_[i];
    l->items_[i] = l->items_[j - 1];
    l->items_[j - 1] = t;
  }
  return Value::none();
}

Value list_copy(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("list.copy", nargs - 1, kwnames)) return Value::null();
  List* l = self_list(args);
  List* r = list_new(0, l->size_);
  for (size_t i = 0; i < l->size_; ++i) r->items_[i] = l->items_[i];
  r->size_ = l->size_;
  return Value::object(r);
}

Value list_clear(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("list.clear", nargs - 1, kwnames)) return Value::null();
  List* l = self_list(args);
  l->size_ = 0;
  if (items_inline(l)) return Value::none();
  // Free the buffer, as CPython does: a cleared big list gives memory back.
  std::free(l->items_);
  l->items_ = nullptr;
  l->capacity_ = 0;
  return Value::none();
}

Value list_reversed_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("list.__reversed__", nargs - 1, kwnames)) return Value::null();
  return list_reverse_iter_new(self_list(args));
}

// __iadd__ / __imul__ as methods (super().__iadd__ in subclasses): the
// slot wrappers cover binary_ but not inplace_.
Value list_iadd_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.__iadd__", nargs - 1, kwnames)) return Value::null();
  return list_inplace(BinaryOp::Add, args[0], args[1]);
}

Value list_imul_method(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::exactly_one("list.__imul__", nargs - 1, kwnames)) return Value::null();
  return list_inplace(BinaryOp::Mul, args[0], args[1]);
}

Value list_sizeof(const Value* args, size_t nargs, Tuple* kwnames) {
  if (!args::no_args("list.__sizeof__", nargs - 1, kwnames)) return Value::null();
  // CPython's numbers on 64-bit: a 40-byte header plus 8 per allocated slot.
  return Value::small_int(40 + 8 * static_cast<int64_t>(self_list(args)->capacity_));
}

const MethodDef kListMethods[] = {
    {"append", list_append_method, 0},
    {"extend", list_extend_method, 0},
    {"insert", list_insert, 0},
    {"pop", list_pop, 0},
    {"remove", list_remove, 0},
    {"index", list_index, 0},
    {"count", list_count, 0},
    {"reverse", list_reverse, 0},
    {"copy", list_copy, 0},
    {"clear", list_clear, 0},
    {"sort", list_sort_method, 0},
    {"__reversed__", list_reversed_method, 0},
    {"__sizeof__", list_sizeof, 0},
    {"__iadd__", list_iadd_method, 0},
    {"__imul__", list_imul_method, 0},
};

}  // namespace

void list_add_methods() {
  add_methods(&list_type, kListMethods);
  // As in CPython: list.__hash__ is None (subclasses inherit unhashability).
  (void)dict_set_str(list_type.dict_, names::dunder_hash, Value::none());
}

}  // namespace tr
