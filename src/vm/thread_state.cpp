// The thread state: the VM register stack, the frame stack, and their GC
// root scanning. Frames are pushed and popped here and nowhere else.
#include <sys/mman.h>

#include "base/check.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace tr::vm {
namespace {

constexpr size_t kStackValues = size_t{16} << 20;  // 128 MiB reserved, committed lazily
constexpr size_t kMaxFrames = 1u << 20;

ThreadState* g_ts = nullptr;

void* reserve(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  TR_CHECK(p != MAP_FAILED);
  return p;
}

void scan_vm_roots(Tracer& tr, void*) {
  ThreadState& t = *g_ts;
  if (t.stack_top > t.stack_base) tr.visit_range(t.stack_base, t.stack_top - t.stack_base);
  for (Frame* f = t.frame; f; f = f->back) {
    tr.visit(f->code);
    tr.visit(f->func);
    tr.visit(f->globals);
    tr.visit(f->builtins);
    tr.visit(f->locals);
    tr.visit(f->gen);
    // A frame's window may extend past the current top (the callee's window
    // overlays the caller's argument registers only).
    Value* end = f->regs + f->code->num_regs_;
    if (end > t.stack_top) tr.visit_range(f->regs, end - f->regs);
  }
  tr.visit(t.handled_exc);
}

}  // namespace

ThreadState& ts() {
  if (!g_ts) {
    g_ts = new ThreadState();
    g_ts->stack_base = static_cast<Value*>(reserve(kStackValues * sizeof(Value)));
    g_ts->stack_limit = g_ts->stack_base + kStackValues;
    g_ts->stack_top = g_ts->stack_base;
    g_ts->frames = static_cast<Frame*>(reserve(kMaxFrames * sizeof(Frame)));
    g_ts->max_frames = kMaxFrames;
    gc::add_root_scanner(scan_vm_roots, nullptr);
  }
  return *g_ts;
}

Frame* push_frame(bytecode::Code* code, Function* func, Value* regs, Dict* globals,
                  Dict* builtins, Dict* locals) {
  return enter_frame(ts(), code, func, regs, globals, builtins, locals);
}

void pop_frame() { leave_frame(ts()); }

Value recursion_error() {
  return raise(&exc::RecursionError, "maximum recursion depth exceeded");
}

int recursion_limit() { return ts().recursion_limit; }

void set_recursion_limit(int limit) { ts().recursion_limit = limit; }

}  // namespace tr::vm
