// code_attrs.cpp — the Python-visible attributes of code objects (co_name,
// co_filename, co_varnames, ...), computed from Code's fields on access.
#include "bytecode/code.h"

namespace tr::bytecode {



namespace {

Code* self_code(const Value* a) { return a[0].as<Code>(); }

Value co_name(const Value* a, size_t, Tuple*) { return Value::object(self_code(a)->name_); }
Value co_qualname(const Value* a, size_t, Tuple*) {
  return Value::object(self_code(a)->qualname_);
}
Value co_filename(const Value* a, size_t, Tuple*) {
  return Value::object(self_code(a)->filename_);
}
Value co_firstlineno(const Value* a, size_t, Tuple*) {
  return Value::small_int(self_code(a)->firstlineno_);
}
Value co_argcount(const Value* a, size_t, Tuple*) {
  return Value::small_int(self_code(a)->argcount_);
}
Value co_posonlyargcount(const Value* a, size_t, Tuple*) {
  return Value::small_int(self_code(a)->posonlyargcount_);
}
Value co_kwonlyargcount(const Value* a, size_t, Tuple*) {
  return Value::small_int(self_code(a)->kwonlyargcount_);
}

// CPython's flag bits for the properties we track.
Value co_flags(const Value* a, size_t, Tuple*) {
  uint32_t f = self_code(a)->flags_;
  int64_t out = 0;
  if (!(f & (kCodeModule | kCodeClassBody))) out |= 0x1 | 0x2;  // OPTIMIZED, NEWLOCALS
  if (f & kCodeVarargs) out |= 0x4;
  if (f & kCodeVarkeywords) out |= 0x8;
  if (f & kCodeNested) out |= 0x10;
  if (f & kCodeGenerator) out |= (f & kCodeCoroutine) ? 0x200 : 0x20;
  else if (f & kCodeCoroutine) out |= 0x80;
  if (self_code(a)->num_free_ == 0 && self_code(a)->num_cells_ == 0) out |= 0x40;  // NOFREE
  return Value::small_int(out);
}

// Names of the named registers of one kind, in register order.
Value names_of_kind(Code* c, RegKind kind) {
  Tuple* t = tuple_new(c->num_named_);
  size_t n = 0;
  for (uint32_t i = 0; i < c->num_named_; ++i)
    if (c->reg_kinds_[i] == kind) t->items_[n++] = c->reg_names_->items_[i];
  Tuple* out = tuple_new(n);
  for (size_t i = 0; i < n; ++i) out->items_[i] = t->items_[i];
  return Value::object(out);
}

// Parameters first, then the other locals (cells that are parameters stay
// in place: CPython lists them in co_varnames too).
bool is_varname(Code* c, uint32_t reg) {
  uint32_t nparams = c->argcount_ + c->kwonlyargcount_ + ((c->flags_ & kCodeVarargs) ? 1 : 0) +
                     ((c->flags_ & kCodeVarkeywords) ? 1 : 0);
  return reg < nparams || c->reg_kinds_[reg] == RegKind::Local;
}

Value co_varnames(const Value* a, size_t, Tuple*) {
  Code* c = self_code(a);
  RootedValues names;
  for (uint32_t i = 0; i < c->num_named_; ++i)
    if (is_varname(c, i)) names.push_back(c->reg_names_->items_[i]);
  Tuple* out = tuple_new(names.size());
  for (size_t i = 0; i < names.size(); ++i) out->items_[i] = names[i];
  return Value::object(out);
}
Value co_nlocals(const Value* a, size_t, Tuple*) {
  Code* c = self_code(a);
  int64_t n = 0;
  for (uint32_t i = 0; i < c->num_named_; ++i)
    if (is_varname(c, i)) ++n;
  return Value::small_int(n);
}
Value co_cellvars(const Value* a, size_t, Tuple*) {
  return names_of_kind(self_code(a), RegKind::Cell);
}
Value co_freevars(const Value* a, size_t, Tuple*) {
  Tuple* t = self_code(a)->freevar_names_;
  return t ? Value::object(t) : Value::object(tuple_empty());
}
Value co_names(const Value* a, size_t, Tuple*) {
  Tuple* t = self_code(a)->names_;
  return t ? Value::object(t) : Value::object(tuple_empty());
}
Value co_consts(const Value* a, size_t, Tuple*) {
  Tuple* t = self_code(a)->consts_;
  return t ? Value::object(t) : Value::object(tuple_empty());
}

// co_positions(): (line, end_line, col, end_col) per instruction, None for
// what is unknown. One entry per instruction (tb_lasti // 2 indexes it, as
// CPython's two-byte code units do).
Value co_positions(const Value* a, size_t nargs, Tuple*) {
  if (!check_nargs("co_positions", nargs - 1, 0, 0)) return Value::null();
  Code* c = self_code(a);
  List* out = list_new(0);
  for (uint32_t i = 0; i < c->num_instrs_; ++i) {
    Position p = c->positions_ ? c->positions_[i] : Position{-1, -1, -1};
    auto num = [](int64_t v) { return v < 0 ? Value::none() : Value::small_int(v); };
    Value item = Value::object(tuple_pack({num(c->lines_[i]), num(p.end_line), num(p.col),
                                           num(p.end_col)}));
    if (failed(list_append(out, item))) return Value::null();
  }
  return get_iter(Value::object(out));
}

}  // namespace

void code_add_attributes() {
  static const MethodDef kMethods[] = {{"co_positions", co_positions, 0}};
  add_methods(&code_type, kMethods);
  add_property(&code_type, "co_name", co_name);
  add_property(&code_type, "co_qualname", co_qualname);
  add_property(&code_type, "co_filename", co_filename);
  add_property(&code_type, "co_firstlineno", co_firstlineno);
  add_property(&code_type, "co_argcount", co_argcount);
  add_property(&code_type, "co_posonlyargcount", co_posonlyargcount);
  add_property(&code_type, "co_kwonlyargcount", co_kwonlyargcount);
  add_property(&code_type, "co_flags", co_flags);
  add_property(&code_type, "co_varnames", co_varnames);
  add_property(&code_type, "co_nlocals", co_nlocals);
  add_property(&code_type, "co_cellvars", co_cellvars);
  add_property(&code_type, "co_freevars", co_freevars);
  add_property(&code_type, "co_names", co_names);
  add_property(&code_type, "co_consts", co_consts);
}

}  // namespace tr::bytecode
