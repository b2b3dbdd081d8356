// BaseException, the layout and behaviour every exception shares (args,
// repr/str, __cause__/__context__/__traceback__, notes), and the start-up
// that readies the whole built-in hierarchy from exceptions.def.
#include <cstddef>
#include <string>

#include "objects/exceptions_internal.h"

namespace tr {

namespace exc {
Type BaseException;
#define TR_EXC(name, base, family) Type name;
#include "objects/exceptions.def"
#undef TR_EXC
// EnvironmentError (and IOError, only a builtins name) is OSError itself.
extern Type EnvironmentError __attribute__((alias("_ZN2tr3exc7OSErrorE")));
}  // namespace exc

// ---------------------------------------------------------------------------
// Layout helpers

namespace {

inline BaseExceptionObj* as_exc(Value v) {
  return v.as<BaseExceptionObj>();
}

// The number of attribute fields of instances of `cls`: fixed by the first
// built-in class along its bases (heap classes keep their base's layout).
uint32_t layout_fields(const Type* cls) {
  while (cls && type_has_flag(cls, kTypeHeap)) cls = cls->base_;
  return static_cast<uint32_t>((cls->instance_size_ - sizeof(BaseExceptionObj)) / sizeof(Value));
}

Tuple* tuple_of(const Value* args, size_t nargs) {
  if (nargs == 0) return tuple_empty();
  Tuple* t = tuple_new(nargs);
  for (size_t i = 0; i < nargs; ++i) t->items_[i] = args[i];
  return t;
}

void trace_exception(Object* o, Tracer& t) {
  auto* e = static_cast<BaseExceptionObj*>(o);
  t.visit(e->dict_);
  t.visit(e->args_);
  t.visit(e->traceback_);
  t.visit(e->cause_);
  t.visit(e->context_);
  t.visit_range(exc_fields(e), e->aux_);
}

}  // namespace

Tuple* exc_args(Value self) {
  Tuple* a = as_exc(self)->args_;
  return a ? a : tuple_empty();
}

void exc_set_args(Value self, Tuple* args) {
  as_exc(self)->args_ = args;
  gc::write_barrier(self.as_object(), Value::object(args));
}

bool exc_no_keywords(Type* t, Tuple* kwnames) {
  if (!kwnames || kwnames->size_ == 0) return true;
  raise(&exc::TypeError, "%s() takes no keyword arguments", type_name(t));
  return false;
}

bool parse_exc_keywords(const char* owner, const Value* args, size_t nargs, Tuple* kwnames,
                        const char* const* names, size_t n, Value* out) {
  if (!kwnames) return true;
  for (size_t k = 0; k < kwnames->size_; ++k) {
    Str* kw = kwnames->items_[k].as<Str>();
    size_t j = 0;
    while (j < n && kw->view() != names[j]) ++j;
    if (j == n) {
      raise(&exc::TypeError, "'%s' is an invalid keyword argument for %s()", kw->data_, owner);
      return false;
    }
    out[j] = args[nargs + k];
  }
  return true;
}

// ---------------------------------------------------------------------------
// Slots

// __new__ keeps the positional arguments even when a subclass's __init__
// never calls up to BaseException.__init__ (CPython does the same).
Value base_exception_new(Type* cls, const Value* args, size_t nargs, Tuple*) {
  auto* e = static_cast<BaseExceptionObj*>(alloc_object(cls));
  e->aux_ = layout_fields(cls);
  e->args_ = tuple_of(args, nargs);
  e->traceback_ = Value::none();
  e->cause_ = Value::none();
  e->context_ = Value::none();
  return Value::object(e);
}

Status base_exception_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!exc_no_keywords(type_of(self), kwnames)) return Status::Error;
  exc_set_args(self, tuple_of(args, nargs));
  return Status::Ok;
}

Value base_exception_str(Value self) {
  Tuple* a = exc_args(self);
  if (a->size_ == 0) return Value::object(str_empty());
  if (a->size_ == 1) return str(a->items_[0]);
  return str(Value::object(a));
}

namespace {

// ValueError('bad'), MyErr(1, 2), ValueError()
Value base_exception_repr(Value self) {
  Tuple* a = exc_args(self);
  Value r = a->size_ == 1 ? repr(a->items_[0]) : repr(Value::object(a));
  if (r.is_null()) return r;
  std::string s = type_name_of(self);
  if (a->size_ == 1) {
    s += '(';
    s += r.as<Str>()->view();
    s += ')';
  } else {
    s += r.as<Str>()->view();
  }
  return str_value(s);
}

// ---------------------------------------------------------------------------
// Attributes

// Natives on exception classes can be called unbound with any first
// argument (BaseException.add_note(5, 'x')): check before casting.
bool check_self(const Value* args, const char* name) {
  if (is_exception_instance(args[0])) return true;
  raise(&exc::TypeError,
        "descriptor '%s' for 'BaseException' objects doesn't apply to a '%s' object", name,
        type_name_of(args[0]));
  return false;
}

Value get_args(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "args")) return Value::null();
  return Value::object(exc_args(args[0]));
}
Value set_args(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "args")) return Value::null();
  Value t = call1(Value::object(&tuple_type), args[1]);
  if (t.is_null()) return t;
  exc_set_args(args[0], t.as<Tuple>());
  return Value::none();
}

bool is_traceback(Value v) {
  // The traceback type belongs to vm/, above objects/: recognise it by name.
  return v.is_object() && std::string_view(type_name_of(v)) == "traceback";
}

Value get_traceback(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__traceback__")) return Value::null();
  return exc_or_none(as_exc(args[0])->traceback_);
}
Value set_traceback(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__traceback__")) return Value::null();
  Value tb = args[1];
  if (!tb.is_none() && !is_traceback(tb))
    return raise(&exc::TypeError, "__traceback__ must be a traceback or None");
  as_exc(args[0])->traceback_ = tb;
  return Value::none();
}

Value get_cause(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__cause__")) return Value::null();
  return exc_or_none(as_exc(args[0])->cause_);
}
Value set_cause(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__cause__")) return Value::null();
  Value c = args[1];
  if (!c.is_none() && !is_exception_instance(c))
    return raise(&exc::TypeError, "exception cause must be None or derive from BaseException");
  as_exc(args[0])->cause_ = c;
  as_exc(args[0])->suppress_context_ = true;  // setting __cause__ implies it
  return Value::none();
}

Value get_context(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__context__")) return Value::null();
  return exc_or_none(as_exc(args[0])->context_);
}
Value set_context(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__context__")) return Value::null();
  Value c = args[1];
  if (!c.is_none() && !is_exception_instance(c))
    return raise(&exc::TypeError, "exception context must be None or derive from BaseException");
  as_exc(args[0])->context_ = c;
  return Value::none();
}

Value get_suppress(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__suppress_context__")) return Value::null();
  return Value::boolean(as_exc(args[0])->suppress_context_);
}
Value set_suppress(const Value* args, size_t, Tuple*) {
  if (!check_self(args, "__suppress_context__")) return Value::null();
  int t = truthy(args[1]);
  if (t < 0) return Value::null();
  as_exc(args[0])->suppress_context_ = t != 0;
  return Value::none();
}

// ---------------------------------------------------------------------------
// Methods

Value with_traceback(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(args, "with_traceback")) return Value::null();
  if (!check_no_kwargs("with_traceback", kw) || !check_nargs("with_traceback", nargs - 1, 1, 1))
    return Value::null();
  if (set_traceback(args, nargs, nullptr).is_null()) return Value::null();
  return args[0];
}

Value add_note(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(args, "add_note")) return Value::null();
  if (!check_no_kwargs("add_note", kw) || !check_nargs("add_note", nargs - 1, 1, 1))
    return Value::null();
  Value note = args[1];
  if (!is_str(note))
    return raise(&exc::TypeError, "note must be a str, not '%s'", type_name_of(note));
  Str* key = str_intern("__notes__");
  Value notes = getattr_opt(args[0], key);
  if (notes.is_null()) {
    if (error_pending()) return notes;
    List* l = list_new();
    if (failed(setattr(args[0], key, Value::object(l)))) return Value::null();
    notes = Value::object(l);
  }
  if (!is_list(notes)) return raise(&exc::TypeError, "Cannot add note: __notes__ is not a list");
  if (failed(list_append(notes.as<List>(), note))) return Value::null();
  return Value::none();
}

// (type, args) or (type, args, __dict__) when the instance has attributes.
Value exc_reduce(const Value* args, size_t nargs, Tuple*) {
  if (!check_self(args, "__reduce__")) return Value::null();
  auto* e = as_exc(args[0]);
  Value cls = Value::object(type_of(args[0]));
  Value a = Value::object(exc_args(args[0]));
  if (e->dict_ && dict_size(e->dict_) > 0)
    return Value::object(tuple_pack({cls, a, Value::object(e->dict_)}));
  return Value::object(tuple_pack({cls, a}));
}

Value exc_setstate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_self(args, "__setstate__")) return Value::null();
  if (!check_no_kwargs("__setstate__", kw) || !check_nargs("__setstate__", nargs - 1, 1, 1))
    return Value::null();
  Value state = args[1];
  if (state.is_none()) return Value::none();
  if (!is_dict(state)) return raise(&exc::TypeError, "state is not a dictionary");
  size_t pos = 0;
  Value k, v;
  while (dict_next(state.as<Dict>(), &pos, &k, &v)) {
    if (!is_str(k)) continue;
    if (failed(setattr(args[0], str_intern(k.as<Str>()), v))) return Value::null();
  }
  return Value::none();
}

const MethodDef kBaseExceptionMethods[] = {
    {"with_traceback", with_traceback, 0},
    {"add_note", add_note, 0},
    {"__reduce__", exc_reduce, 0},
    {"__setstate__", exc_setstate, 0},
};

// ---------------------------------------------------------------------------
// Field-backed attributes (one getter/setter pair per field index)

template <uint32_t I>
Value field_get(const Value* args, size_t, Tuple*) {
  return exc_or_none(exc_field(args[0], I));
}
template <uint32_t I>
Value field_set(const Value* args, size_t, Tuple*) {
  exc_set_field(args[0], I, args[1]);
  return Value::none();
}
template <uint32_t... I>
struct FieldAccessors {
  static constexpr NativeFn kGet[] = {field_get<I>...};
  static constexpr NativeFn kSet[] = {field_set<I>...};
};
using Accessors = FieldAccessors<0, 1, 2, 3, 4, 5, 6, 7>;
static_assert(sizeof(Accessors::kGet) / sizeof(NativeFn) == kMaxExceptionFields);

// ---------------------------------------------------------------------------
// Readying the hierarchy

void ready_exception(Type* t, const char* name, Type* base, const ExcFamily& f) {
  if (f.set_slots) f.set_slots(t);
  uint32_t size =
      f.fields ? sizeof(BaseExceptionObj) + f.fields * sizeof(Value) : base->instance_size_;
  type_ready(t, name, base, size, kTypeBaseType | kTypeExceptionSubclass);
  if (f.add_members) f.add_members(t);
}

}  // namespace

void add_field_property(Type* t, const char* name, uint32_t i) {
  add_property(t, name, Accessors::kGet[i], Accessors::kSet[i]);
}

const ExcFamily kFamilyPlain = {0, nullptr, nullptr};

void exceptions_init() {
  Type* b = &exc::BaseException;
  b->new_ = base_exception_new;
  b->init_ = base_exception_init;
  b->repr_ = base_exception_repr;
  b->str_ = base_exception_str;
  b->gc_trace_ = trace_exception;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  b->dict_offset_ = offsetof(BaseExceptionObj, dict_);
#pragma GCC diagnostic pop
  type_ready(b, "BaseException", &object_type, sizeof(BaseExceptionObj),
             kTypeBaseType | kTypeExceptionSubclass);
  add_methods(b, kBaseExceptionMethods);
  add_property(b, "args", get_args, set_args);
  add_property(b, "__traceback__", get_traceback, set_traceback);
  add_property(b, "__cause__", get_cause, set_cause);
  add_property(b, "__context__", get_context, set_context);
  add_property(b, "__suppress_context__", get_suppress, set_suppress);

#define TR_EXC(name, base, family) ready_exception(&exc::name, #name, &exc::base, kFamily##family);
#include "objects/exceptions.def"
#undef TR_EXC
  exception_groups_init();
}

// ---------------------------------------------------------------------------
// Queries used by the VM and the raise helpers

bool is_exception_instance(Value v) {
  return v.is_object() && type_has_flag(v.as_object()->cls_, kTypeExceptionSubclass);
}

bool is_exception_class(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls_;
  if (t != &type_type && !type_has_flag(t, kTypeTypeSubclass)) return false;
  return type_has_flag(v.as<Type>(), kTypeExceptionSubclass);
}

Value exception_new(Type* t, Tuple* args) {
  Value e = t->new_(t, args->items_, args->size_, nullptr);
  if (e.is_null() || !isinstance_of(e, t)) return e;
  if (failed(type_of(e)->init_(e, args->items_, args->size_, nullptr))) return Value::null();
  return e;
}

Value exception_str(Value exc) {
  Value s = str(exc);
  if (s.is_null()) {
    error_clear();
    return str_value("<exception str() failed>");
  }
  return s;
}

}  // namespace tr
