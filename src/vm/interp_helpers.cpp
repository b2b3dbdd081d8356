// The general cases of instructions whose fast paths live in the loop:
// name lookup, unpacking, f-string pieces, function creation, raising,
// `with`, imports and pattern matching.
#include <vector>
#include <string>

#include "objects/shape.h"
#include "vm/frame.h"
#include "vm/import_hook.h"
#include "vm/interp_helpers.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Code;

// ---------------------------------------------------------------------------
// Names

Value name_error(Str* name) {
  Value e = raise(&exc::NameError, "name '%s' is not defined", name->data_);
  Value pending = error_peek();
  if (!pending.is_null()) {
    error_clear();
    (void)setattr(pending, names::name, Value::object(name));
    error_restore(pending);
  }
  return e;
}

Value load_global(Frame* f, Str* name) {
  Value v = dict_get_str(f->globals, name);
  if (!v.is_null()) return v;
  if (f->builtins) {
    v = dict_get_str(f->builtins, name);
    if (!v.is_null()) return v;
  }
  return name_error(name);
}

Value load_name(Frame* f, Str* name) {
  if (f->locals) {
    Value v = dict_get_str(f->locals, name);
    if (!v.is_null()) return v;
    if (error_pending()) return Value::null();
  }
  return load_global(f, name);
}

Status store_name(Frame* f, Str* name, Value v) {
  return dict_set_str(f->locals ? f->locals : f->globals, name, v);
}

Status delete_name(Frame* f, Str* name) {
  int r = dict_del(f->locals ? f->locals : f->globals, Value::object(name));
  if (r < 0) return Status::Error;
  if (r == 0) {
    name_error(name);
    return Status::Error;
  }
  return Status::Ok;
}

Status delete_global(Frame* f, Str* name) {
  int r = dict_del(f->globals, Value::object(name));
  if (r < 0) return Status::Error;
  if (r == 0) {
    name_error(name);
    return Status::Error;
  }
  return Status::Ok;
}

Value unbound_local_error(Frame* f, uint32_t reg) {
  Str* name = f->code->reg_names_->items_[reg].as<Str>();
  return raise(&exc::UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value",
               name->data_);
}

Value unbound_free_error(Frame* f, uint32_t reg) {
  Str* name = f->code->reg_names_->items_[reg].as<Str>();
  if (f->code->reg_kinds_[reg] == bytecode::RegKind::Free)
    return raise(&exc::NameError,
                 "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 name->data_);
  return raise(&exc::UnboundLocalError,
               "cannot access local variable '%s' where it is not associated with a value",
               name->data_);
}

// ---------------------------------------------------------------------------
// Methods

bool load_method(Value obj, Str* name, Value* out) {
  Type* t = type_of(obj);
  // Only the default attribute lookup lets us skip the bound-method object.
  if (t->getattr_ == generic_getattr) {
    Value d = type_lookup(t, name);
    if (!d.is_null()) {
      Type* dt = type_of(d);
      bool plain = dt == &function_type ||
                   (dt == &native_function_type &&
                    (d.as<NativeFunction>()->flags_ & kNativeMethod) &&
                    d.as<NativeFunction>()->self_.is_null());
      if (plain) {
        // An instance attribute of the same name still wins.
        bool shadowed = false;
        if (t->dict_offset_ && !instance_attr_get(obj, name).is_null()) shadowed = true;
        if (!shadowed) {
          out[0] = d;
          out[1] = obj;
          return true;
        }
      }
    }
  }
  Value v = getattr(obj, name);
  if (v.is_null()) return false;
  out[0] = v;
  out[1] = Value::null();
  return true;
}

// ---------------------------------------------------------------------------
// Unpacking

Status unpack_sequence(Value seq, Value* dest, size_t n) {
  if (is_tuple(seq) || is_list(seq)) {
    size_t size = is_tuple(seq) ? seq.as<Tuple>()->size_ : seq.as<List>()->size_;
    const Value* items = is_tuple(seq) ? seq.as<Tuple>()->items_ : seq.as<List>()->items_;
    if (size == n) {
      for (size_t i = 0; i < n; ++i) dest[i] = items[i];
      return Status::Ok;
    }
    if (size > n)
      return raise_status(&exc::ValueError, "too many values to unpack (expected %zu)", n);
    return raise_status(&exc::ValueError, "not enough values to unpack (expected %zu, got %zu)", n,
                        size);
  }
  Value it = get_iter(seq);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      return raise_status(&exc::TypeError, "cannot unpack non-iterable %s object",
                          type_name_of(seq));
    }
    return Status::Error;
  }
  RootedValues got;
  for (size_t i = 0; i < n; ++i) {
    Value v = iter_next(it);
    if (v.is_null()) return Status::Error;
    if (v.is_exhausted())
      return raise_status(&exc::ValueError,
                          "not enough values to unpack (expected %zu, got %zu)", n, i);
    got.push_back(v);
  }
  Value extra = iter_next(it);
  if (extra.is_null()) return Status::Error;
  if (!extra.is_exhausted())
    return raise_status(&exc::ValueError, "too many values to unpack (expected %zu)", n);
  for (size_t i = 0; i < n; ++i) dest[i] = got[i];
  return Status::Ok;
}

Status unpack_ex(Value seq, Value* dest, size_t before, size_t after) {
  Value lv = list_from_iterable(seq);
  if (lv.is_null()) {
    if (error_matches(&exc::TypeError) && !type_of(seq)->iter_ && !type_of(seq)->getitem_) {
      error_clear();
      return raise_status(&exc::TypeError, "cannot unpack non-iterable %s object",
                          type_name_of(seq));
    }
    return Status::Error;
  }
  List* l = lv.as<List>();
  size_t n = l->size_;
  if (n < before + after)
    return raise_status(&exc::ValueError,
                        "not enough values to unpack (expected at least %zu, got %zu)",
                        before + after, n);
  for (size_t i = 0; i < before; ++i) dest[i] = l->items_[i];
  List* mid = list_new(n - before - after);
  for (size_t i = 0; i < mid->size_; ++i) mid->items_[i] = l->items_[before + i];
  dest[before] = Value::object(mid);
  for (size_t i = 0; i < after; ++i) dest[before + 1 + i] = l->items_[n - after + i];
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// f-strings

Value format_value(Value v, int conversion, Value spec) {
  Value x = v;
  if (conversion == 1) x = str(v);
  else if (conversion == 2) x = repr(v);
  else if (conversion == 3) x = ascii(v);
  if (x.is_null()) return x;
  if (spec.is_null() && is_exact_str(x)) return x;
  Str* s = spec.is_null() ? str_empty() : spec.as<Str>();
  return format(x, s);
}

Value build_string(const Value* parts, size_t n) {
  size_t bytes = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    Str* s = parts[i].as<Str>();
    bytes += s->size_;
    length += s->length_;
    ascii &= s->is_ascii();
  }
  Str* out = str_new_uninit(bytes, length, ascii);
  char* p = out->data_;
  for (size_t i = 0; i < n; ++i) {
    Str* s = parts[i].as<Str>();
    std::memcpy(p, s->data_, s->size_);
    p += s->size_;
  }
  *p = '\0';
  return Value::object(out);
}

// ---------------------------------------------------------------------------
// Functions and calls

Value make_function(Frame* f, Code* code, uint16_t flags, const Value* extras) {
  auto* fn = alloc<Function>(&function_type);
  fn->code_ = code;
  fn->globals_ = f->globals;
  fn->builtins_ = f->builtins;
  fn->name_ = code->name_;
  fn->qualname_ = code->qualname_;
  fn->doc_ = code->docstring_.is_null() ? Value::none() : code->docstring_;
  Value mod = dict_get_str(f->globals, names::dunder_name);
  fn->module_ = mod.is_null() ? Value::none() : mod;
  size_t i = 0;
  if (flags & 1) fn->defaults_ = extras[i++].as<Tuple>();
  if (flags & 2) fn->kwdefaults_ = extras[i++].as<Dict>();
  if (flags & 4) fn->annotations_ = extras[i++].as<Dict>();
  if (flags & 8) fn->closure_ = extras[i++].as<Tuple>();
  return Value::object(fn);
}

Value build_map(const Value* kv, size_t pairs) {
  Dict* d = dict_new();
  Value dv = Value::object(d);
  for (size_t i = 0; i < pairs; ++i)
    if (failed(dict_set(d, kv[2 * i], kv[2 * i + 1]))) return Value::null();
  return dv;
}

Status dict_update_display(Value dict, Value other) {
  if (!is_dict(other) && getattr_opt(other, names::keys).is_null()) {
    if (error_pending()) return Status::Error;
    return raise_status(&exc::TypeError, "'%s' object is not a mapping", type_name_of(other));
  }
  return dict_update(dict.as<Dict>(), other);
}

Status dict_merge_call(Value dict, Value other, Value callable) {
  Dict* d = dict.as<Dict>();
  std::string fname;
  auto callable_name = [&]() -> std::string {
    Value q = getattr_opt(callable, names::dunder_qualname);
    if (!q.is_null() && is_str(q)) return std::string(q.as<Str>()->view()) + "()";
    error_clear();
    return std::string(type_name_of(callable)) + " object";
  };
  if (!is_dict(other)) {
    Value keys_fn = getattr_opt(other, names::keys);
    if (keys_fn.is_null()) {
      if (error_pending()) return Status::Error;
      return raise_status(&exc::TypeError, "%s argument after ** must be a mapping, not %s",
                          callable_name().c_str(), type_name_of(other));
    }
    Value keys = call0(keys_fn);
    if (keys.is_null()) return Status::Error;
    Value it = get_iter(keys);
    if (it.is_null()) return Status::Error;
    for (;;) {
      Value k = iter_next(it);
      if (k.is_null()) return Status::Error;
      if (k.is_exhausted()) break;
      Value v = getitem(other, k);
      if (v.is_null()) return Status::Error;
      if (!is_str(k))
        return raise_status(&exc::TypeError, "keywords must be strings");
      if (!dict_get(d, k).is_null())
        return raise_status(&exc::TypeError, "%s got multiple values for keyword argument '%s'",
                            callable_name().c_str(), k.as<Str>()->data_);
      if (failed(dict_set(d, k, v))) return Status::Error;
    }
    return Status::Ok;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(other.as<Dict>(), &pos, &k, &v)) {
    if (!is_str(k)) return raise_status(&exc::TypeError, "keywords must be strings");
    if (!dict_get(d, k).is_null())
      return raise_status(&exc::TypeError, "%s got multiple values for keyword argument '%s'",
                          callable_name().c_str(), k.as<Str>()->data_);
    if (failed(dict_set(d, k, v))) return Status::Error;
  }
  return Status::Ok;
}

Value call_ex(Value callable, Value args_tuple, Value kwargs_dict) {
  Tuple* args = args_tuple.as<Tuple>();
  if (kwargs_dict.is_null() || dict_size(kwargs_dict.as<Dict>()) == 0)
    return call(callable, args->items_, args->size_);
  Dict* kw = kwargs_dict.as<Dict>();
  size_t nkw = dict_size(kw);
  Tuple* kwnames = tuple_new(nkw);
  RootedValues buf;
  buf.resize(args->size_ + nkw);
  for (size_t i = 0; i < args->size_; ++i) buf[i] = args->items_[i];
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(kw, &pos, &k, &v)) {
    kwnames->items_[i] = Value::object(str_intern(k.as<Str>()));
    buf[args->size_ + i] = v;
    ++i;
  }
  return call(callable, buf.data(), args->size_, kwnames);
}

// ---------------------------------------------------------------------------
// Exceptions

Value do_raise(Value exc, Value cause) {
  Value e = exc;
  if (is_exception_class(e)) {
    e = call0(e);
    if (e.is_null()) return e;
    if (!is_exception_instance(e))
      return raise(&exc::TypeError,
                   "calling %s should have returned an instance of BaseException, not %s",
                   repr_utf8(exc).c_str(), type_name_of(e));
  } else if (!is_exception_instance(e)) {
    return raise(&exc::TypeError, "exceptions must derive from BaseException");
  }
  if (!cause.is_null()) {
    Value c = cause;
    if (is_exception_class(c)) {
      c = call0(c);
      if (c.is_null()) return c;
    } else if (!c.is_none() && !is_exception_instance(c)) {
      return raise(&exc::TypeError, "exception causes must derive from BaseException");
    }
    auto* eo = e.as<BaseExceptionObj>();
    eo->cause_ = c;
    eo->suppress_context_ = true;
  }
  error_restore(e);
  return Value::null();
}

void set_context(Value exc, Value handled) {
  if (handled.is_null() || handled.is_none() || handled == exc) return;
  if (!is_exception_instance(exc) || !is_exception_instance(handled)) return;
  // Walk the handled exception's context chain; if it reaches exc, cut it.
  Value o = handled;
  for (int guard = 0; guard < 10000; ++guard) {
    Value ctx = o.as<BaseExceptionObj>()->context_;
    if (ctx.is_null() || ctx.is_none()) break;
    if (ctx == exc) {
      o.as<BaseExceptionObj>()->context_ = Value::none();
      break;
    }
    o = ctx;
  }
  exc.as<BaseExceptionObj>()->context_ = handled;
}

bool exception_matches(Value exc, Value cls, bool* ok) {
  auto check_one = [&](Value c) -> int {
    if (!is_exception_class(c)) {
      raise(&exc::TypeError,
            "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return isinstance_of(exc, c.as<Type>()) ? 1 : 0;
  };
  if (is_tuple(cls)) {
    Tuple* t = cls.as<Tuple>();
    bool any = false;
    for (size_t i = 0; i < t->size_; ++i) {
      int r = check_one(t->items_[i]);
      if (r < 0) { *ok = false; return false; }
      any |= r == 1;
    }
    return any;
  }
  int r = check_one(cls);
  if (r < 0) { *ok = false; return false; }
  return r == 1;
}

namespace {

// The context-manager protocol, plain or asynchronous: binds the exit dunder
// (stored in *exit_out) and calls the enter one, with CPython's messages for
// a missing dunder.
Value enter_context(Value mgr, Str* enter_name, Str* exit_name, const char* protocol,
                    Value* exit_out) {
  Type* t = type_of(mgr);
  Value enter = type_lookup(t, enter_name);
  Value exit = type_lookup(t, exit_name);
  if (enter.is_null())
    return raise(&exc::TypeError, "'%s' object does not support the %s protocol", type_name(t),
                 protocol);
  if (exit.is_null())
    return raise(&exc::TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                 type_name(t), protocol, exit_name->data_);
  Type* et = type_of(exit);
  Value bound_exit = et->descr_get_ ? et->descr_get_(exit, mgr, Value::object(t)) : exit;
  if (bound_exit.is_null()) return bound_exit;
  *exit_out = bound_exit;
  Type* nt = type_of(enter);
  Value bound_enter = nt->descr_get_ ? nt->descr_get_(enter, mgr, Value::object(t)) : enter;
  if (bound_enter.is_null()) return bound_enter;
  return call0(bound_enter);
}

}  // namespace

Value before_with(Value mgr, Value* exit_out) {
  return enter_context(mgr, names::dunder_enter, names::dunder_exit, "context manager", exit_out);
}

// The bound __aexit__ and the un-awaited result of __aenter__().
Value before_async_with(Value mgr, Value* exit_out) {
  return enter_context(mgr, str_intern("__aenter__"), str_intern("__aexit__"),
                       "asynchronous context manager", exit_out);
}

Value get_aiter(Value obj) {
  Type* t = type_of(obj);
  Value m = type_lookup(t, str_intern("__aiter__"));
  if (m.is_null())
    return raise(&exc::TypeError,
                 "'async for' requires an object with __aiter__ method, got %s", type_name(t));
  Value it = call_method(obj, str_intern("__aiter__"), nullptr, 0);
  if (it.is_null()) return it;
  if (type_lookup(type_of(it), str_intern("__anext__")).is_null())
    return raise(&exc::TypeError,
                 "'async for' received an object from __aiter__ that does not implement "
                 "__anext__: %s",
                 type_name_of(it));
  return it;
}

Value get_anext(Value it) {
  Type* t = type_of(it);
  Value m = type_lookup(t, str_intern("__anext__"));
  if (m.is_null())
    return raise(&exc::TypeError,
                 "'async for' requires an iterator with __anext__ method, got %s", type_name(t));
  Value aw = call_method(it, str_intern("__anext__"), nullptr, 0);
  if (aw.is_null()) return aw;
  Value r = get_awaitable(aw);
  if (r.is_null() && error_matches(&exc::TypeError)) {
    error_clear();
    return raise(&exc::TypeError,
                 "'async for' received an invalid object from __anext__: %s", type_name_of(aw));
  }
  return r;
}

// ---------------------------------------------------------------------------
// Imports

namespace {
ImportHook g_import_hook = nullptr;
// Executing modules, innermost last (module objects are also held by
// sys.modules while they run, so these pointers stay valid).
std::vector<Object*> g_initializing;

bool is_initializing(Value module) {
  if (!module.is_object()) return false;
  for (Object* o : g_initializing)
    if (o == module.as_object()) return true;
  return false;
}
}  // namespace

void import_begin_initializing(Value module) { g_initializing.push_back(module.as_object()); }
void import_end_initializing(Value module) {
  for (size_t i = g_initializing.size(); i-- > 0;) {
    if (g_initializing[i] == module.as_object()) {
      g_initializing.erase(g_initializing.begin() + static_cast<std::ptrdiff_t>(i));
      return;
    }
  }
}

void set_import_hook(ImportHook hook) { g_import_hook = hook; }

Value import_name(Frame* f, Str* name, Value fromlist, int level) {
  if (!g_import_hook) return raise(&exc::ImportError, "import system not initialised");
  return g_import_hook(name, f->globals, fromlist, level);
}

Value import_from(Value module, Str* name) {
  Value v = getattr(module, name);
  if (!v.is_null() || !error_matches(&exc::AttributeError)) return v;
  error_clear();
  // A submodule not yet bound as an attribute: look in sys.modules.
  Value modname = getattr_opt(module, names::dunder_name);
  if (!modname.is_null() && is_str(modname)) {
    std::string full = std::string(modname.as<Str>()->view()) + "." + std::string(name->view());
    Value sub = import_lookup_loaded(str_new(full));
    if (!sub.is_null()) return sub;
    Value file = getattr_opt(module, names::dunder_file);
    if (!file.is_null() && is_str(file) && is_initializing(module))
      raise(&exc::ImportError,
            "cannot import name '%s' from partially initialized module '%s' (most likely due "
            "to a circular import) (%s)",
            name->data_, modname.as<Str>()->data_, file.as<Str>()->data_);
    else if (!file.is_null() && is_str(file))
      raise(&exc::ImportError, "cannot import name '%s' from '%s' (%s)", name->data_,
            modname.as<Str>()->data_, file.as<Str>()->data_);
    else
      raise(&exc::ImportError, "cannot import name '%s' from '%s' (unknown location)",
            name->data_, modname.as<Str>()->data_);
    Value e = error_fetch();
    (void)setattr(e, names::name, modname);
    if (!file.is_null() && is_str(file)) (void)setattr(e, str_intern("path"), file);
    error_clear();
    error_restore(e);
    return Value::null();
  }
  error_clear();
  return raise(&exc::ImportError, "cannot import name '%s'", name->data_);
}

Status import_star(Frame* f, Value module) {
  Dict* target = f->locals ? f->locals : f->globals;
  Value all = getattr_opt(module, names::dunder_all);
  if (all.is_null() && error_pending()) return Status::Error;
  if (!all.is_null()) {
    Value it = get_iter(all);
    if (it.is_null()) return Status::Error;
    for (;;) {
      Value n = iter_next(it);
      if (n.is_null()) return Status::Error;
      if (n.is_exhausted()) break;
      if (!is_str(n))
        return raise_status(&exc::TypeError, "Item in %s.__all__ must be str, not %s",
                            module_name_utf8(module), type_name_of(n));
      Value v = getattr(module, str_intern(n.as<Str>()));
      if (v.is_null()) return Status::Error;
      if (failed(dict_set(target, n, v))) return Status::Error;
    }
    return Status::Ok;
  }
  Value d = getattr(module, names::dunder_dict);
  if (d.is_null()) return Status::Error;
  size_t pos = 0;
  Value k, v;
  while (dict_next(d.as<Dict>(), &pos, &k, &v)) {
    if (is_str(k) && k.as<Str>()->size_ && k.as<Str>()->data_[0] == '_') continue;
    if (failed(dict_set(target, k, v))) return Status::Error;
  }
  return Status::Ok;
}

// ---------------------------------------------------------------------------
// Pattern matching

bool is_match_sequence(Value v) {
  if (is_str(v) || isinstance_of(v, &bytes_type) || isinstance_of(v, &bytearray_type))
    return false;
  if (is_list(v) || is_tuple(v) || isinstance_of(v, &range_type)) return true;
  Type* t = type_of(v);
  if (!type_has_flag(t, kTypeHeap)) return false;
  // collections.abc.Sequence registration is approximated by the protocol.
  return !type_lookup(t, names::dunder_getitem).is_null() &&
         !type_lookup(t, names::dunder_len).is_null() && !is_dict(v) &&
         type_lookup(t, names::keys).is_null();
}

bool is_match_mapping(Value v) {
  if (is_dict(v)) return true;
  Type* t = type_of(v);
  if (!type_has_flag(t, kTypeHeap)) return false;
  return !type_lookup(t, names::keys).is_null() &&
         !type_lookup(t, names::dunder_getitem).is_null();
}

Value match_keys(Value subject, Value keys) {
  Tuple* k = keys.as<Tuple>();
  Tuple* out = tuple_new(k->size_);
  Value outv = Value::object(out);
  for (size_t i = 0; i < k->size_; ++i) {
    Value v;
    if (is_dict(subject)) {
      v = dict_get(subject.as<Dict>(), k->items_[i]);
      if (v.is_null()) {
        if (error_pending()) return Value::null();
        return Value::none();
      }
    } else {
      Value get = getattr(subject, names::get);
      if (get.is_null()) return get;
      Value sentinel = Value::object(tuple_empty());
      Value args[2] = {k->items_[i], sentinel};
      v = call(get, args, 2);
      if (v.is_null()) return v;
      if (v == sentinel) return Value::none();
    }
    out->items_[i] = v;
  }
  return outv;
}

Value match_class(Value subject, Value cls, Value kwnames, uint16_t npos) {
  if (!isinstance_of(cls, &type_type))
    return raise(&exc::TypeError, "called match pattern must be a class");
  Type* t = cls.as<Type>();
  if (!isinstance_of(subject, t)) return Value::none();
  Tuple* kw = kwnames.as<Tuple>();
  Tuple* out = tuple_new(npos + kw->size_);
  Value outv = Value::object(out);
  if (npos) {
    Value match_args = type_lookup(t, names::dunder_match_args);
    bool self_match = type_has_flag(t, kTypeIntSubclass) || is_subtype(t, &float_type) ||
                      is_subtype(t, &str_type) || is_subtype(t, &bytes_type) ||
                      is_subtype(t, &bool_type) || is_subtype(t, &list_type) ||
                      is_subtype(t, &tuple_type) || is_subtype(t, &dict_type) ||
                      is_subtype(t, &set_type) || is_subtype(t, &frozenset_type) ||
                      is_subtype(t, &bytearray_type);
    if (match_args.is_null()) {
      if (self_match && npos == 1) {
        out->items_[0] = subject;
      } else {
        return raise(&exc::TypeError, "%s() accepts 0 positional sub-patterns (%u given)",
                     type_name(t), npos);
      }
    } else {
      if (!is_tuple(match_args))
        return raise(&exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", type_name(t),
                     type_name_of(match_args));
      Tuple* ma = match_args.as<Tuple>();
      if (npos > ma->size_)
        return raise(&exc::TypeError, "%s() accepts %zu positional sub-pattern%s (%u given)",
                     type_name(t), ma->size_, ma->size_ == 1 ? "" : "s", npos);
      for (size_t i = 0; i < npos; ++i) {
        Value v = getattr(subject, str_intern(ma->items_[i].as<Str>()));
        if (v.is_null()) {
          if (error_matches(&exc::AttributeError)) {
            error_clear();
            return Value::none();
          }
          return v;
        }
        out->items_[i] = v;
      }
    }
  }
  for (size_t i = 0; i < kw->size_; ++i) {
    Value v = getattr(subject, kw->items_[i].as<Str>());
    if (v.is_null()) {
      if (error_matches(&exc::AttributeError)) {
        error_clear();
        return Value::none();
      }
      return v;
    }
    out->items_[npos + i] = v;
  }
  return outv;
}

// ---------------------------------------------------------------------------
// Misc

Status setup_annotations(Frame* f) {
  Dict* target = f->locals ? f->locals : f->globals;
  Value a = dict_get_str(target, names::dunder_annotations);
  if (!a.is_null()) return Status::Ok;
  return dict_set_str(target, names::dunder_annotations, Value::object(dict_new()));
}

Status print_expr(Value v) {
  if (v.is_none()) return Status::Ok;
  Dict* b = default_builtins();
  if (b && failed(dict_set_str(b, str_intern("_"), Value::none()))) return Status::Error;
  Value r = repr(v);
  if (r.is_null()) return Status::Error;
  Value out = print_hook_stdout();
  Value w = getattr(out, names::write);
  if (w.is_null()) return Status::Error;
  if (call1(w, r).is_null()) return Status::Error;
  if (call1(w, Value::object(str_ascii_char('\n'))).is_null()) return Status::Error;
  if (b && failed(dict_set_str(b, str_intern("_"), v))) return Status::Error;
  return Status::Ok;
}

}  // namespace tr::vm
