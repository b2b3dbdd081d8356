// The generator machinery shared by generators, coroutines and async
// generators (generator.cpp, coroutine.cpp, async_gen.cpp): all three are a
// Generator object running a suspended frame; only their types differ.
#pragma once
#include "vm/frame.h"

namespace tr::vm {

extern Type coroutine_type_obj;
extern Type async_generator_type_obj;

// A generator, coroutine or async generator.
bool is_generator_like(Value v);
// "generator", "coroutine" or "async generator", for error messages.
const char* generator_kind_name(const Generator* g);

// Resumes g with `sent` (or the pending exception when `throwing`). Returns the
// yielded value, Value::exhausted() when it returned (value kept for
// generator_take_return), or null with an exception pending.
Value generator_resume(Generator* g, Value sent, bool throwing);
// Raises `e` (null: already pending) at g's suspension point, passing it to a
// yield-from / await delegate first.
Value generator_throw_into(Generator* g, Value e);
// throw()'s arguments (type[, value[, tb]]) as one exception instance.
Value generator_normalize_throw(const Value* args, size_t nargs);
// Turns resume's exhausted marker into StopIteration(return value).
Value generator_ensure_stop(Value gen, Value r);

// The send / throw / close methods, shared by generators and coroutines.
Value generator_send_method(const Value* args, size_t nargs, Tuple* kw);
Value generator_throw_method(const Value* args, size_t nargs, Tuple* kw);
Value generator_close_method(const Value* args, size_t nargs, Tuple* kw);

// `await x`: the iterator the await loop drives (the coroutine itself, a
// types.coroutine generator, or x.__await__()); null with TypeError pending.
Value get_awaitable(Value x);

void coroutine_type_init();
void async_generator_type_init();

}  // namespace tr::vm
