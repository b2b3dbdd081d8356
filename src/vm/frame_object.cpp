// frame_object.cpp — Python-visible frame objects (sys._getframe(),
// traceback.tb_frame). VM frames are windows of the VM stack that vanish on
// return, so a frame object is a snapshot: code, globals, line, locals as
// they were when it was asked for, and its caller's snapshot as f_back.
#include <cstdio>
#include <string>
#include <vector>

#include "vm/frame.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Code;

namespace {

struct FrameObject : Object {
  Code* code_;
  Dict* globals_;
  Dict* builtins_;
  Value locals_;  // a dict, or null for "not captured" (an empty dict is made)
  Value back_;    // the caller's frame object, or None
  uint32_t lineno_;
  uint32_t lasti_;
};

Type frame_type;

void frame_trace(Object* o, Tracer& t) {
  auto* f = static_cast<FrameObject*>(o);
  t.visit(f->code_);
  t.visit(f->globals_);
  t.visit(f->builtins_);
  t.visit(f->locals_);
  t.visit(f->back_);
}

FrameObject* self_frame(const Value* a) { return a[0].as<FrameObject>(); }

Value f_code(const Value* a, size_t, Tuple*) { return Value::object(self_frame(a)->code_); }
Value f_globals(const Value* a, size_t, Tuple*) {
  Dict* g = self_frame(a)->globals_;
  return g ? Value::object(g) : Value::object(dict_new());
}
Value f_builtins(const Value* a, size_t, Tuple*) {
  Dict* b = self_frame(a)->builtins_;
  return b ? Value::object(b) : Value::object(dict_new());
}
Value f_locals(const Value* a, size_t, Tuple*) {
  FrameObject* f = self_frame(a);
  if (f->locals_.is_null()) f->locals_ = Value::object(dict_new());
  return f->locals_;
}
Value f_back(const Value* a, size_t, Tuple*) { return self_frame(a)->back_; }
Value f_lineno(const Value* a, size_t, Tuple*) {
  return Value::small_int(self_frame(a)->lineno_);
}
Value f_lasti(const Value* a, size_t, Tuple*) {
  return Value::small_int(static_cast<int64_t>(self_frame(a)->lasti_) * 2);
}
Value f_trace(const Value*, size_t, Tuple*) { return Value::none(); }

Value frame_repr(Value self) {
  FrameObject* f = self.as<FrameObject>();
  char buf[64];
  std::snprintf(buf, sizeof buf, "<frame at %p, file '", static_cast<void*>(f));
  std::string s = buf;
  s += f->code_->filename_->view();
  s += "', line " + std::to_string(f->lineno_) + ", code ";
  s += f->code_->name_->view();
  s += '>';
  return str_value(s);
}

void ensure_frame_type() {
  if (frame_type.name_) return;
  frame_type.gc_trace_ = frame_trace;
  frame_type.repr_ = frame_repr;
  type_ready(&frame_type, "frame", nullptr, sizeof(FrameObject), 0);
  add_property(&frame_type, "f_code", f_code);
  add_property(&frame_type, "f_globals", f_globals);
  add_property(&frame_type, "f_builtins", f_builtins);
  add_property(&frame_type, "f_locals", f_locals);
  add_property(&frame_type, "f_back", f_back);
  add_property(&frame_type, "f_lineno", f_lineno);
  add_property(&frame_type, "f_lasti", f_lasti);
  add_property(&frame_type, "f_trace", f_trace);
}

uint32_t current_line(Frame* f) {
  uint32_t index = f->running_index();
  return index < f->code->num_instrs_ ? f->code->lines_[index] : f->code->firstlineno_;
}

}  // namespace

Value frame_object_new(Code* code, Dict* globals, Dict* builtins, uint32_t lineno,
                       uint32_t lasti, Value locals, Value back) {
  ensure_frame_type();
  auto* f = alloc<FrameObject>(&frame_type);
  f->code_ = code;
  f->globals_ = globals;
  f->builtins_ = builtins;
  f->lineno_ = lineno;
  f->lasti_ = lasti;
  f->locals_ = locals;
  f->back_ = back.is_null() ? Value::none() : back;
  return Value::object(f);
}

Value frame_snapshot(int64_t depth) {
  if (depth < 0) depth = 0;
  Frame* f = ts().frame;
  for (int64_t i = 0; i < depth && f; ++i) f = f->back;
  if (!f) return raise(&exc::ValueError, "call stack is not deep enough");
  // Build outermost first so each snapshot can point at its caller's (the
  // chain so far is reachable from `back`).
  std::vector<Frame*> frames;
  for (Frame* g = f; g; g = g->back) frames.push_back(g);
  Value back = Value::none();
  for (size_t i = frames.size(); i-- > 0;) {
    Frame* g = frames[i];
    Value locals = frame_locals(g);
    if (locals.is_null()) return locals;
    back = frame_object_new(g->code, g->globals, g->builtins, current_line(g),
                            g->running_index(), locals, back);
  }
  return back;
}

}  // namespace tr::vm
