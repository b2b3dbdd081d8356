// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
// message/exceptions, str "msg (2 sub-exceptions)", and derive/split/
// subgroup, which `except*` uses to take a group apart.
#include <string>
#include <vector>

#include "objects/exceptions_internal.h"

namespace tr {

Type base_exception_group_type;
static Type exception_group_type_obj;

namespace {

constexpr uint32_t kMessage = 0, kExceptions = 1;

Type* g_exception_group = nullptr;  // readied by exception_groups_init

bool is_group(Value v) {
  return isinstance_of(v, &base_exception_group_type);
}

Value eg_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exc_no_keywords(cls, kwnames)) return Value::null();
  if (nargs != 2)
    return raise(&exc::TypeError,
                 "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                 type_name_of(args[0]));
  Value seq = args[1];
  if (is_dict(seq) || type_lookup(type_of(seq), names::dunder_getitem).is_null())
    return raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
  Value items = call1(Value::object(&tuple_type), seq);
  if (items.is_null()) return items;
  Tuple* excs = items.as<Tuple>();
  if (excs->size_ == 0)
    return raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exceptions = true;
  for (size_t i = 0; i < excs->size_; ++i) {
    Value e = excs->items_[i];
    if (!is_exception_instance(e))
      return raise(&exc::ValueError, "Item %zu of second argument (exceptions) is not an exception",
                   i);
    if (!isinstance_of(e, &exc::Exception)) all_exceptions = false;
  }
  if (cls == &base_exception_group_type) {
    if (all_exceptions && g_exception_group) cls = g_exception_group;
  } else if (cls == g_exception_group) {
    if (!all_exceptions)
      return raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exceptions && is_subtype(cls, &exc::Exception)) {
    return raise(&exc::TypeError, "Cannot nest BaseExceptions in '%s'", type_name(cls));
  }
  Value self = base_exception_new(cls, args, nargs, nullptr);
  if (self.is_null()) return self;
  exc_set_field(self, kMessage, args[0]);
  exc_set_field(self, kExceptions, items);
  return self;
}

Value eg_str(Value self) {
  Value msg = str(exc_or_none(exc_field(self, kMessage)));
  if (msg.is_null()) return msg;
  Value excs = exc_field(self, kExceptions);
  size_t n = excs.is_null() ? 0 : excs.as<Tuple>()->size_;
  std::string s(msg.as<Str>()->view());
  s += " (" + std::to_string(n) + " sub-exception" + (n == 1 ? ")" : "s)");
  return str_value(s);
}

Value get_message(const Value* args, size_t, Tuple*) {
  return exc_or_none(exc_field(args[0], kMessage));
}
Value get_exceptions(const Value* args, size_t, Tuple*) {
  Value e = exc_field(args[0], kExceptions);
  return e.is_null() ? Value::object(tuple_empty()) : e;
}

// ---------------------------------------------------------------------------
// derive / split / subgroup

Value eg_derive(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("derive", kw) || !check_nargs("derive", nargs - 1, 1, 1))
    return Value::null();
  Value a[2] = {exc_or_none(exc_field(args[0], kMessage)), args[1]};
  return call(Value::object(&base_exception_group_type), a, 2);
}

// What split()/subgroup() test each exception with: a type (or tuple of
// types), a predicate, or (for except*'s re-raise) a set of leaf exceptions.
struct Matcher {
  Value condition;
  bool is_predicate;
  const std::vector<Value>* leaves = nullptr;
};

bool make_matcher(Value cond, Matcher* m) {
  auto is_exc_type = [](Value v) {
    return v.is_object() && isinstance_of(v, &type_type) &&
           is_subtype(v.as<Type>(), &exc::BaseException);
  };
  bool ok = is_exc_type(cond);
  if (!ok && is_tuple(cond)) {
    ok = true;
    Tuple* t = cond.as<Tuple>();
    for (size_t i = 0; i < t->size_ && ok; ++i) ok = is_exc_type(t->items_[i]);
  }
  if (ok) {
    *m = {cond, false};
    return true;
  }
  if (is_callable(cond) && !isinstance_of(cond, &type_type)) {
    *m = {cond, true};
    return true;
  }
  raise(&exc::TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

int matches(const Matcher& m, Value e) {
  if (m.leaves) {
    if (is_group(e)) return 0;
    for (Value leaf : *m.leaves)
      if (leaf == e) return 1;
    return 0;
  }
  if (m.is_predicate) {
    Value r = call1(m.condition, e);
    return r.is_null() ? -1 : truthy(r);
  }
  if (!is_tuple(m.condition)) return isinstance_of(e, m.condition.as<Type>());
  Tuple* t = m.condition.as<Tuple>();
  for (size_t i = 0; i < t->size_; ++i)
    if (isinstance_of(e, t->items_[i].as<Type>())) return 1;
  return 0;
}

// self.derive(items) with self's traceback, cause, context and notes.
Value derive_and_copy(Value self, List* items) {
  Value arg = Value::object(items);
  Value g = call_method(self, str_intern("derive"), &arg, 1);
  if (g.is_null()) return g;
  if (!is_group(g))
    return raise(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  auto* from = self.as<BaseExceptionObj>();
  auto* to = g.as<BaseExceptionObj>();
  to->traceback_ = from->traceback_;
  to->cause_ = from->cause_;
  to->context_ = from->context_;
  Str* notes_name = str_intern("__notes__");
  Value notes = getattr_opt(self, notes_name);
  if (notes.is_null() && error_pending()) return Value::null();
  if (!notes.is_null()) {
    Value copy = list_from_iterable(notes);
    if (copy.is_null() || failed(setattr(g, notes_name, copy))) return Value::null();
  }
  return g;
}

// Splits `e` into the part that matches and (when want_rest) the rest; an
// absent part is null. Returns false with an exception pending on error.
bool split_into(Value e, const Matcher& m, bool want_rest, Value* match, Value* rest) {
  *match = *rest = Value::null();
  int r = matches(m, e);
  if (r < 0) return false;
  if (r) {
    *match = e;
    return true;
  }
  if (!is_group(e)) {
    if (want_rest) *rest = e;
    return true;
  }
  List* matched = list_new();
  List* others = list_new();
  Tuple* excs = exc_field(e, kExceptions).as<Tuple>();
  for (size_t i = 0; i < excs->size_; ++i) {
    Value sm, sr;
    if (!split_into(excs->items_[i], m, want_rest, &sm, &sr)) return false;
    if (!sm.is_null() && failed(list_append(matched, sm))) return false;
    if (!sr.is_null() && failed(list_append(others, sr))) return false;
  }
  if (matched->size_) {
    *match = derive_and_copy(e, matched);
    if (match->is_null()) return false;
  }
  if (want_rest && others->size_) {
    *rest = derive_and_copy(e, others);
    if (rest->is_null()) return false;
  }
  return true;
}

Value eg_split(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("split", kw) || !check_nargs("split", nargs - 1, 1, 1)) return Value::null();
  Matcher m;
  Value match, rest;
  if (!make_matcher(args[1], &m) || !split_into(args[0], m, true, &match, &rest))
    return Value::null();
  return Value::object(tuple_pack({exc_or_none(match), exc_or_none(rest)}));
}

Value eg_subgroup(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("subgroup", kw) || !check_nargs("subgroup", nargs - 1, 1, 1))
    return Value::null();
  Matcher m;
  Value match, rest;
  if (!make_matcher(args[1], &m) || !split_into(args[0], m, false, &match, &rest))
    return Value::null();
  return exc_or_none(match);
}

// __init__ only re-checks for keywords: __new__ did the work.
Status eg_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return base_exception_init(self, args, nargs, kwnames);
}

const MethodDef kGroupMethods[] = {
    {"derive", eg_derive, 0},
    {"split", eg_split, 0},
    {"subgroup", eg_subgroup, 0},
};

}  // namespace

// ---------------------------------------------------------------------------
// except*

namespace {

bool check_star_type(Value t) {
  if (!t.is_object() || !isinstance_of(t, &type_type) ||
      !is_subtype(t.as<Type>(), &exc::BaseException)) {
    raise(&exc::TypeError,
          "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  if (is_subtype(t.as<Type>(), &base_exception_group_type)) {
    raise(&exc::TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  return true;
}

void collect_leaves(Value e, std::vector<Value>* out) {
  if (!is_group(e)) {
    out->push_back(e);
    return;
  }
  Tuple* excs = exc_field(e, kExceptions).as<Tuple>();
  for (size_t i = 0; i < excs->size_; ++i) collect_leaves(excs->items_[i], out);
}

// Raised by a handler as it was caught (bare `raise`, `raise e`): it still
// carries the original's traceback, cause, context and notes.
bool same_metadata(Value a, Value b) {
  auto* x = a.as<BaseExceptionObj>();
  auto* y = b.as<BaseExceptionObj>();
  if (x->traceback_ != y->traceback_ || x->cause_ != y->cause_ || x->context_ != y->context_)
    return false;
  Str* notes = str_intern("__notes__");
  Value nx = getattr_opt(a, notes);
  if (nx.is_null()) error_clear();
  Value ny = getattr_opt(b, notes);
  if (ny.is_null()) error_clear();
  return nx == ny;
}

}  // namespace

bool exception_star_match(Value exc, Value type, Value* match, Value* rest) {
  *match = Value::none();
  *rest = exc;
  if (is_tuple(type)) {
    Tuple* t = type.as<Tuple>();
    for (size_t i = 0; i < t->size_; ++i)
      if (!check_star_type(t->items_[i])) return false;
  } else if (!check_star_type(type)) {
    return false;
  }
  if (exc.is_none()) return true;
  Matcher m{type, false};
  if (!is_group(exc)) {
    int r = matches(m, exc);
    if (r < 0) return false;
    if (r) {
      // A naked exception caught by except* arrives wrapped in a group.
      Value items[2] = {str_value(""), Value::object(tuple_pack({exc}))};
      Value g = call(Value::object(&base_exception_group_type), items, 2);
      if (g.is_null()) return false;
      g.as<BaseExceptionObj>()->traceback_ = exc.as<BaseExceptionObj>()->traceback_;
      *match = g;
      *rest = Value::none();
    }
    return true;
  }
  Value mv, rv;
  if (!split_into(exc, m, true, &mv, &rv)) return false;
  *match = exc_or_none(mv);
  *rest = exc_or_none(rv);
  return true;
}

Value exception_star_reraise(Value orig, List* raised_or_none) {
  std::vector<Value> items;
  for (size_t i = 0; i < raised_or_none->size_; ++i)
    if (!raised_or_none->items_[i].is_none()) items.push_back(raised_or_none->items_[i]);
  if (items.empty()) return Value::none();
  // A naked exception: at most one clause ran, so at most one thing raised.
  if (!is_group(orig)) return items[0];
  RootedValues raised;
  std::vector<Value> reraised_leaves;
  for (Value e : items) {
    if (same_metadata(e, orig)) collect_leaves(e, &reraised_leaves);
    else raised.push_back(e);
  }
  // What was re-raised, in the shape of the original group.
  Value kept = Value::null();
  if (!reraised_leaves.empty()) {
    Matcher m{Value::none(), false, &reraised_leaves};
    Value unused;
    if (!split_into(orig, m, false, &kept, &unused)) return Value::null();
  }
  if (raised.size() == 0) return exc_or_none(kept);
  if (!kept.is_null()) raised.push_back(kept);
  if (raised.size() == 1) return raised[0];
  List* l = list_new();
  for (size_t i = 0; i < raised.size(); ++i)
    if (failed(list_append(l, raised[i]))) return Value::null();
  Value args[2] = {str_value(""), Value::object(l)};
  return call(Value::object(&base_exception_group_type), args, 2);
}

Type* exception_group_type() {
  return g_exception_group;
}

// Readied after the table (ExceptionGroup derives from two classes).
void exception_groups_init() {
  Type* t = &base_exception_group_type;
  t->new_ = eg_new;
  t->init_ = eg_init;
  t->str_ = eg_str;
  type_ready(t, "BaseExceptionGroup", &exc::BaseException,
             sizeof(BaseExceptionObj) + 2 * sizeof(Value), kTypeBaseType | kTypeExceptionSubclass);
  add_methods(t, kGroupMethods);
  add_property(t, "message", get_message);
  add_property(t, "exceptions", get_exceptions);

  // ExceptionGroup(BaseExceptionGroup, Exception): readied with one base,
  // then given both bases and the C3 order of the two.
  Type* g = &exception_group_type_obj;
  type_ready(g, "ExceptionGroup", t, t->instance_size_, kTypeBaseType | kTypeExceptionSubclass);
  g->bases_ = tuple_pack({Value::object(t), Value::object(&exc::Exception)});
  g->mro_ = tuple_pack({Value::object(g), Value::object(t), Value::object(&exc::Exception),
                        Value::object(&exc::BaseException), Value::object(&object_type)});
  type_modified(g);
  g_exception_group = g;
}

}  // namespace tr
