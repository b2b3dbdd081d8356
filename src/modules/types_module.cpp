// The _types module: what lib/types.py cannot do in Python — marking a
// generator function's code as a coroutine (types.coroutine), which makes the
// generators it returns usable in `await`; and asking whether a function is
// an `async def` (asyncio.iscoroutinefunction).
#include "bytecode/code.h"
#include "modules/native_modules.h"

namespace tr::modules {

namespace {

Value mark_iterable_coroutine(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("mark_iterable_coroutine", nargs, 1, 1)) return Value::null();
  Value f = args[0];
  if (f.is_object() && f.as_object()->cls_ == &function_type) {
    auto* code = static_cast<bytecode::Code*>(f.as<Function>()->code_);
    if (code->flags_ & bytecode::kCodeGenerator) code->flags_ |= bytecode::kCodeIterableCoroutine;
  }
  return f;
}

// True for an `async def` function (not an async generator function).
Value is_coroutine_function(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("is_coroutine_function", nargs, 1, 1)) return Value::null();
  Value f = args[0];
  if (!f.is_object() || f.as_object()->cls_ != &function_type) return Value::boolean(false);
  uint32_t flags = static_cast<bytecode::Code*>(f.as<Function>()->code_)->flags_;
  return Value::boolean((flags & bytecode::kCodeCoroutine) && !(flags & bytecode::kCodeGenerator));
}

}  // namespace

Status types_module_init(Module* m) {
  add_function(m->dict_, "mark_iterable_coroutine", mark_iterable_coroutine);
  add_function(m->dict_, "is_coroutine_function", is_coroutine_function);
  return Status::Ok;
}

}  // namespace tr::modules
