// Calling Python functions: binding positional and keyword arguments to
// parameters with CPython's error messages, preparing a frame window, and
// entering the interpreter from C++ (natives, class bodies, modules).
#include <string>
#include <vector>

#include "base/check.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Code;

namespace {

Dict* g_default_builtins = nullptr;

void scan_builtins(Tracer& t, void*) { t.visit(g_default_builtins); }

std::string fn_name(Function* f) { return std::string(f->qualname_->view()); }

Str* param_name(Code* code, size_t i) { return code->reg_names_->items_[i].as<Str>(); }

// "'a', 'b' and 'c'"
std::string name_list(const std::vector<Str*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'";
    s += names[i]->view();
    s += "'";
  }
  return s;
}

void missing_error(Function* f, const std::vector<Str*>& missing, const char* kind) {
  raise(&exc::TypeError, "%s() missing %zu required %s argument%s: %s", fn_name(f).c_str(),
        missing.size(), kind, missing.size() == 1 ? "" : "s", name_list(missing).c_str());
}

void too_many_positional(Function* f, Code* code, size_t given, size_t kwonly_given) {
  size_t max = code->argcount_;
  size_t ndefaults = f->defaults_ ? f->defaults_->size_ : 0;
  size_t min = max - ndefaults;
  std::string takes;
  if (min == max) takes = std::to_string(max) + " positional argument" + (max == 1 ? "" : "s");
  else takes = "from " + std::to_string(min) + " to " + std::to_string(max) + " positional arguments";
  std::string given_s = std::to_string(given);
  if (kwonly_given) {
    raise(&exc::TypeError, "%s() takes %s but %zu positional argument%s (and %zu keyword-only argument%s) were given",
          fn_name(f).c_str(), takes.c_str(), given, given == 1 ? "" : "s", kwonly_given,
          kwonly_given == 1 ? "" : "s");
    return;
  }
  raise(&exc::TypeError, "%s() takes %s but %zu %s given", fn_name(f).c_str(), takes.c_str(),
        given, given == 1 ? "was" : "were");
}

}  // namespace

void set_default_builtins(Dict* builtins) {
  if (!g_default_builtins) gc::add_root_scanner(scan_builtins, nullptr);
  g_default_builtins = builtins;
}
Dict* default_builtins() { return g_default_builtins; }

void init_window(Code* code, Function* func, Value* regs, size_t first_unset) {
  for (size_t i = first_unset; i < code->num_regs_; ++i) regs[i] = Value::null();
  if (code->num_free_) {
    Tuple* closure = func ? func->closure_ : nullptr;
    for (uint32_t i = 0; i < code->num_free_; ++i)
      regs[code->free_regs_[i]] = closure && i < closure->size_ ? closure->items_[i] : Value::null();
  }
}

bool bind_arguments(Function* f, Value* dest, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* code = static_cast<Code*>(f->code_);
  size_t nkw = kwnames ? kwnames->size_ : 0;
  // The destination window may overlap the arguments: copy them out first.
  Value small[32];
  RootedValues big;
  Value* in = small;
  size_t total = nargs + nkw;
  if (total > 32) {
    big.resize(total);
    in = big.data();
  }
  for (size_t i = 0; i < total; ++i) in[i] = args[i];

  size_t argc = code->argcount_;
  size_t kwonly = code->kwonlyargcount_;
  size_t nparams = argc + kwonly;
  bool has_varargs = code->flags_ & bytecode::kCodeVarargs;
  bool has_varkw = code->flags_ & bytecode::kCodeVarkeywords;
  size_t varargs_reg = nparams;
  size_t varkw_reg = nparams + (has_varargs ? 1 : 0);
  size_t nnamed_params = varkw_reg + (has_varkw ? 1 : 0);
  for (size_t i = 0; i < code->num_regs_; ++i) dest[i] = Value::null();

  size_t npos = nargs < argc ? nargs : argc;
  for (size_t i = 0; i < npos; ++i) dest[i] = in[i];
  if (has_varargs) {
    size_t extra = nargs > argc ? nargs - argc : 0;
    Tuple* t = tuple_new(extra);
    for (size_t i = 0; i < extra; ++i) t->items_[i] = in[argc + i];
    dest[varargs_reg] = Value::object(t);
  } else if (nargs > argc) {
    size_t kwonly_given = 0;
    for (size_t k = 0; k < nkw; ++k)
      for (size_t j = argc; j < nparams; ++j)
        if (str_equal(kwnames->items_[k].as<Str>(), param_name(code, j))) ++kwonly_given;
    too_many_positional(f, code, nargs, kwonly_given);
    return false;
  }
  Dict* varkw = nullptr;
  if (has_varkw) {
    varkw = dict_new();
    dest[varkw_reg] = Value::object(varkw);
  }
  std::vector<Str*> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items_[k].as<Str>();
    Value v = in[nargs + k];
    size_t idx = nparams;
    for (size_t j = code->posonlyargcount_; j < nparams; ++j) {
      Str* pn = param_name(code, j);
      if (pn == name || str_equal(pn, name)) { idx = j; break; }
    }
    if (idx == nparams) {
      bool is_posonly = false;
      for (size_t j = 0; j < code->posonlyargcount_; ++j)
        if (str_equal(param_name(code, j), name)) is_posonly = true;
      if (varkw) {
        if (failed(dict_set(varkw, Value::object(name), v))) return false;
        continue;
      }
      if (is_posonly) { posonly_as_kw.push_back(name); continue; }
      raise(&exc::TypeError, "%s() got an unexpected keyword argument '%s'", fn_name(f).c_str(),
            name->data_);
      return false;
    }
    if (!dest[idx].is_null()) {
      raise(&exc::TypeError, "%s() got multiple values for argument '%s'", fn_name(f).c_str(),
            name->data_);
      return false;
    }
    dest[idx] = v;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) {
      if (i) names += ", ";
      names += posonly_as_kw[i]->view();
    }
    raise(&exc::TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
          fn_name(f).c_str(), names.c_str());
    return false;
  }
  // Defaults for the trailing positional parameters, then keyword-only ones.
  size_t ndefaults = f->defaults_ ? f->defaults_->size_ : 0;
  std::vector<Str*> missing;
  for (size_t i = 0; i < argc; ++i) {
    if (!dest[i].is_null()) continue;
    if (i + ndefaults >= argc) dest[i] = f->defaults_->items_[i - (argc - ndefaults)];
    else missing.push_back(param_name(code, i));
  }
  if (!missing.empty()) {
    missing_error(f, missing, "positional");
    return false;
  }
  for (size_t i = argc; i < nparams; ++i) {
    if (!dest[i].is_null()) continue;
    Value d = f->kwdefaults_ ? dict_get_str(f->kwdefaults_, param_name(code, i)) : Value::null();
    if (!d.is_null()) dest[i] = d;
    else missing.push_back(param_name(code, i));
  }
  if (!missing.empty()) {
    missing_error(f, missing, "keyword-only");
    return false;
  }
  init_window(code, f, dest, nnamed_params > code->num_regs_ ? code->num_regs_ : nnamed_params);
  return true;
}

Value call_function(Value func, const Value* args, size_t nargs, Tuple* kwnames) {
  ThreadState& t = ts();
  Function* f = func.as<Function>();
  auto* code = static_cast<Code*>(f->code_);
  if (t.depth >= static_cast<size_t>(t.recursion_limit)) return recursion_error();
  Value* window = t.stack_top;
  if (window + code->num_regs_ + 64 > t.stack_limit) return recursion_error();
  // Reserve the window before binding: binding may allocate and collect.
  t.stack_top = window + code->num_regs_;
  if (takes_exact_positional(code, nargs, kwnames)) {
    // The common case (slots calling __init__, __add__, ...): copy and go.
    for (size_t i = 0; i < nargs; ++i) window[i] = args[i];
    init_window(code, f, window, nargs);
  } else {
    for (size_t i = 0; i < code->num_regs_; ++i) window[i] = Value::null();
    if (!bind_arguments(f, window, args, nargs, kwnames)) {
      t.stack_top = window;
      return Value::null();
    }
  }
  if (code->flags_ & (bytecode::kCodeGenerator | bytecode::kCodeCoroutine)) {
    Value g = generator_new(f, code, window);
    t.stack_top = window;
    return g;
  }
  Frame* frame = push_frame(code, f, window, f->globals_, f->builtins_, nullptr);
  frame->is_entry = true;
  return run(frame, nullptr);
}

Value run_code(Code* code, Dict* globals, Dict* locals) {
  ThreadState& t = ts();
  if (t.depth >= static_cast<size_t>(t.recursion_limit)) return recursion_error();
  Value* window = t.stack_top;
  if (window + code->num_regs_ + 64 > t.stack_limit) return recursion_error();
  Dict* builtins = g_default_builtins;
  Value b = dict_get_str(globals, names::dunder_builtins);
  if (!b.is_null()) {
    if (is_dict(b)) builtins = b.as<Dict>();
    else if (is_instance_of_module(b)) builtins = b.as<Module>()->dict_;
  }
  init_window(code, nullptr, window, 0);
  Frame* frame = push_frame(code, nullptr, window, globals, builtins,
                            locals && locals != globals ? locals : nullptr);
  if (!frame->locals && !(code->flags_ & bytecode::kCodeModule)) frame->locals = locals;
  frame->is_entry = true;
  return run(frame, nullptr);
}

Value run_class_body(Function* body, Dict* ns) {
  ThreadState& t = ts();
  auto* code = static_cast<Code*>(body->code_);
  if (t.depth >= static_cast<size_t>(t.recursion_limit)) return recursion_error();
  Value* window = t.stack_top;
  if (window + code->num_regs_ + 64 > t.stack_limit) return recursion_error();
  init_window(code, body, window, 0);
  Frame* frame = push_frame(code, body, window, body->globals_, body->builtins_, ns);
  frame->is_entry = true;
  return run(frame, nullptr);
}

Dict* current_globals() {
  Frame* f = ts().frame;
  return f ? f->globals : nullptr;
}

Value current_locals() {
  Frame* f = ts().frame;
  if (!f) return Value::null();
  return frame_locals(f);
}

Value frame_locals(Frame* f) {
  if (f->locals) return Value::object(f->locals);
  if (!f->func) return Value::object(f->globals);
  Dict* d = dict_new();
  Code* code = f->code;
  for (uint32_t i = 0; i < code->num_named_; ++i) {
    Value v = f->regs[i];
    if (code->reg_kinds_[i] != bytecode::RegKind::Local) {
      if (!v.is_object() || type_of(v) != &cell_type) continue;
      v = v.as<Cell>()->value_;
    }
    if (v.is_null()) continue;
    if (failed(dict_set(d, code->reg_names_->items_[i], v))) return Value::null();
  }
  return Value::object(d);
}

bool current_super_args(Value* type_out, Value* self_out) {
  Frame* f = ts().frame;
  if (!f || !f->func || f->code->argcount_ == 0) {
    raise(&exc::RuntimeError, "super(): no arguments");
    return false;
  }
  Code* code = f->code;
  Value self = f->regs[0];
  if (!self.is_null() && code->reg_kinds_[0] == bytecode::RegKind::Cell &&
      type_of(self) == &cell_type)
    self = self.as<Cell>()->value_;
  if (self.is_null()) {
    raise(&exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (uint32_t i = 0; i < code->num_free_; ++i) {
    uint16_t reg = code->free_regs_[i];
    if (code->reg_names_->items_[reg].as<Str>()->view() == "__class__") {
      Value cell = f->regs[reg];
      Value cls = cell.is_object() ? cell.as<Cell>()->value_ : Value::null();
      if (cls.is_null()) {
        raise(&exc::RuntimeError, "super(): empty __class__ cell");
        return false;
      }
      *type_out = cls;
      *self_out = self;
      return true;
    }
  }
  raise(&exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace tr::vm
