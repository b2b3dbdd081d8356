// Slow paths of the interpreter loop, kept out of interpreter.cpp so the
// loop stays readable: each implements one instruction's general case.
#pragma once
#include "vm/frame.h"

namespace tr::vm {

Value load_name(Frame* f, Str* name);
Status store_name(Frame* f, Str* name, Value v);
Status delete_name(Frame* f, Str* name);
Value load_global(Frame* f, Str* name);
Status delete_global(Frame* f, Str* name);
Value name_error(Str* name);
Value unbound_local_error(Frame* f, uint32_t reg);
Value unbound_free_error(Frame* f, uint32_t reg);

// LOAD_METHOD: fills out[0] (function) and out[1] (self or null).
bool load_method(Value obj, Str* name, Value* out);

Status unpack_sequence(Value seq, Value* dest, size_t n);
Status unpack_ex(Value seq, Value* dest, size_t before, size_t after);
Value format_value(Value v, int conversion, Value spec);
Value build_string(const Value* parts, size_t n);
Value make_function(Frame* f, bytecode::Code* code, uint16_t flags, const Value* extras);
Value build_map(const Value* kv, size_t pairs);
Status dict_merge_call(Value dict, Value other, Value callable);
Status dict_update_display(Value dict, Value other);
Value call_ex(Value callable, Value args_tuple, Value kwargs_dict);

// Exceptions
Value do_raise(Value exc, Value cause);     // always returns null
// exc.__context__ = handled (unless they are the same), cutting any cycle
// this would create in the context chain.
void set_context(Value exc, Value handled);
bool exception_matches(Value exc, Value cls_or_tuple, bool* ok);
Value before_with(Value mgr, Value* exit_out);
// async with: R = __aenter__() (not yet awaited), *exit_out = bound __aexit__.
Value before_async_with(Value mgr, Value* exit_out);
// async for: obj.__aiter__() checked for __anext__, and the await iterator of
// it.__anext__().
Value get_aiter(Value obj);
Value get_anext(Value it);

// Imports
Value import_name(Frame* f, Str* name, Value fromlist, int level);
Value import_from(Value module, Str* name);
Status import_star(Frame* f, Value module);

// Pattern matching
Value match_class(Value subject, Value cls, Value kwnames, uint16_t npos);
Value match_keys(Value subject, Value keys);
bool is_match_sequence(Value v);
bool is_match_mapping(Value v);

Status setup_annotations(Frame* f);
Status print_expr(Value v);

}  // namespace tr::vm
