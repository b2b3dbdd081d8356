// Quickening: after a generic attribute or global instruction runs, look at
// what it saw and, when a cheap guard can prove the same answer next time,
// fill the inline cache and rewrite the instruction to its specialised form.
#include <cstdlib>
#include <cstring>

#include "vm/attr_poly.h"
#include "vm/frame.h"
#include "vm/inline_cache.h"
#include "vm/stats.h"

namespace tr::vm {

using bytecode::Code;
using bytecode::Op;

namespace {

void trace_caches(Code* code, Tracer& t) {
  auto* caches = static_cast<InlineCache*>(code->caches_);
  for (uint32_t i = 0; i < code->num_instrs_; ++i) {
    t.visit(caches[i].obj1);
    t.visit(caches[i].obj2);
    t.visit(caches[i].value);
    t.visit(caches[i].more);
  }
}

bool gave_up(InlineCache* c) { return c->misses >= kMaxMisses; }

// Quickens instruction `index` to `op`, remembering its generic form in pad
// (the op deoptimize returns to).
void rewrite(Code* code, uint32_t index, Op op) {
  bytecode::Instr& in = code->instrs_[index];
  TR_STAT(++stats::of(op).quickened);
  in.pad = static_cast<uint8_t>(in.op);
  in.op = op;
}

// The generic instruction at `index` could not be quickened this time; after
// kMaxMisses such tries it stops trying.
void refuse(Code* code, uint32_t index) {
  InlineCache* c = cache_at(code, index);
  if (++c->misses >= kMaxMisses) code->instrs_[index].pad = kPadGaveUp;
}

}  // namespace

InlineCache* cache_at(Code* code, uint32_t index) {
  if (!code->caches_) {
    size_t bytes = sizeof(InlineCache) * code->num_instrs_;
    void* mem = std::calloc(1, bytes ? bytes : 1);
    code->caches_ = mem;
  }
  return static_cast<InlineCache*>(code->caches_) + index;
}

void deoptimize(Code* code, uint32_t index, Op generic) {
  InlineCache* c = cache_at(code, index);
  bytecode::Instr& in = code->instrs_[index];
  TR_STAT(++stats::of(in.op).deopts);
  ++c->misses;
  in.op = generic;
  in.pad = gave_up(c) ? kPadGaveUp : 0;
}

void quicken(Code* code, uint32_t index, Op op) { rewrite(code, index, op); }

void specialize_load_attr(Code* code, uint32_t index, Value obj, Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c) || !obj.is_object()) return;
  Type* t = type_of(obj);
  if (t == &module_type) {
    Dict* d = obj.as<Module>()->dict_;
    int64_t ix = dict_entry_index(d, name);
    if (ix < 0) return;
    c->obj1 = Value::object(d);
    c->version = d->version_;
    c->index = static_cast<uint32_t>(ix);
    rewrite(code, index, Op::LOAD_ATTR_MODULE);
    return;
  }
  if (t == &type_type) {
    // Class attribute through the class itself: only plain values (and
    // functions, which class access returns unchanged). Only for classes
    // whose metaclass is exactly type, which never changes: the class's
    // own version then covers every lookup involved.
    Type* cls = obj.as<Type>();
    Value d = type_lookup(cls, name);
    if (d.is_null()) return;
    Type* dt = type_of(d);
    if ((dt->descr_get_ && dt != &function_type) || !type_lookup(t, name).is_null()) return;
    c->obj1 = obj;
    c->obj2 = Value::null();
    c->value = d;
    c->version = cls->version_;
    c->flags = 1;
    rewrite(code, index, Op::LOAD_ATTR_CLASS);
    return;
  }
  AttrEntry e;
  if (!describe_load_attr(obj, name, &e)) return;
  c->obj1 = e.type;
  c->obj2 = e.guard;
  c->version = e.type.as<Type>()->version_;
  c->more = Value::null();
  if (e.kind == kAttrSlot) {
    c->index = e.index;
    rewrite(code, index, Op::LOAD_ATTR_SLOT);
  } else {
    c->value = e.payload;
    c->flags = 0;
    rewrite(code, index, Op::LOAD_ATTR_CLASS);
  }
}

void specialize_store_attr(Code* code, uint32_t index, Value obj, Str* name, Value before) {
  InlineCache* c = cache_at(code, index);
  AttrEntry e;
  if (gave_up(c) || !describe_store_attr(obj, name, before, &e)) return;
  c->obj1 = e.type;
  c->obj2 = e.guard;
  c->version = e.type.as<Type>()->version_;
  c->index = e.index;
  c->more = Value::null();
  if (e.kind == kAttrAdd) {
    c->value = e.payload;
    rewrite(code, index, Op::STORE_ATTR_ADD);
  } else {
    rewrite(code, index, Op::STORE_ATTR_SLOT);
  }
}

void specialize_load_method(Code* code, uint32_t index, Value obj, Str* name) {
  InlineCache* c = cache_at(code, index);
  AttrEntry e;
  if (gave_up(c) || !describe_load_method(obj, name, &e)) return;
  c->obj1 = e.type;
  c->obj2 = e.guard;
  c->value = e.payload;
  c->version = e.type.as<Type>()->version_;
  c->more = Value::null();
  rewrite(code, index, Op::LOAD_METHOD_CACHED);
}

void specialize_load_global(Code* code, uint32_t index, Dict* globals, Dict* builtins,
                            Str* name) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c)) return;
  int64_t ix = dict_entry_index(globals, name);
  if (ix >= 0) {
    c->obj1 = Value::object(globals);
    c->version = globals->version_;
    c->index = static_cast<uint32_t>(ix);
    c->flags = 0;
    rewrite(code, index, Op::LOAD_GLOBAL_CACHED);
    return;
  }
  if (!builtins) return;
  ix = dict_entry_index(builtins, name);
  if (ix < 0) return;
  c->obj1 = Value::object(globals);
  c->obj2 = Value::object(builtins);
  c->version = globals->version_;
  c->value = int_from_i64(static_cast<int64_t>(builtins->version_ & 0x7FFFFFFFFFFF));
  c->index = static_cast<uint32_t>(ix);
  c->flags = kCacheFromBuiltins;
  rewrite(code, index, Op::LOAD_GLOBAL_CACHED);
}

void specialize_call(Code* code, uint32_t index, Value callable, const Value* args,
                     size_t nargs, Tuple* kwnames, Dict* builtins) {
  InlineCache* c = cache_at(code, index);
  if (gave_up(c) || !callable.is_object()) return refuse(code, index);
  bytecode::Instr& in = code->instrs_[index];
  bool is_method = in.op == Op::CALL_METHOD;
  Type* ct = callable.as_object()->cls_;
  if (kwnames) return refuse(code, index);
  if (ct == &function_type) {
    Function* fn = callable.as<Function>();
    auto* fc = static_cast<Code*>(fn->code_);
    if (!takes_exact_positional(fc, nargs, nullptr) ||
        (fc->flags_ & (bytecode::kCodeGenerator | bytecode::kCodeCoroutine)))
      return refuse(code, index);
    c->obj1 = callable;
    c->obj2 = Value::object(fc);
    if (is_method) {
      // Arguments start at R[a+1] when it holds self, else at R[a+2].
      c->flags = nargs == static_cast<size_t>(in.b) + 1 ? kCacheWithSelf : 0;
      rewrite(code, index, Op::CALL_METHOD_PY_EXACT);
    } else {
      rewrite(code, index, Op::CALL_PY_EXACT);
    }
    return;
  }
  if (!is_method && ct == &type_type) {
    // Class call: object.__new__ then a Python __init__ (type_call's steps).
    Type* cls = callable.as<Type>();
    Value init = type_lookup(cls, names::dunder_init);
    if (cls->new_ != object_type.new_ || cls->init_ == object_type.init_ ||
        type_has_flag(cls, kTypeAbstract) || init.is_null() || type_of(init) != &function_type)
      return refuse(code, index);
    auto* fc = static_cast<Code*>(init.as<Function>()->code_);
    if (!takes_exact_positional(fc, nargs + 1, nullptr) ||
        (fc->flags_ & (bytecode::kCodeGenerator | bytecode::kCodeCoroutine)))
      return refuse(code, index);
    c->obj1 = callable;
    c->obj2 = Value::object(fc);
    c->value = init;
    c->version = cls->version_;
    rewrite(code, index, Op::CALL_CLASS_INIT);
    return;
  }
  if (ct == &native_function_type) {
    auto* nf = callable.as<NativeFunction>();
    if (is_method) {
      if (nargs == 2 && nf->owner_ == &list_type && nf->self_.is_null() &&
          std::strcmp(nf->name_, "append") == 0 && args[0].is_object() &&
          args[0].as_object()->cls_ == &list_type) {
        c->obj1 = callable;
        rewrite(code, index, Op::CALL_METHOD_LIST_APPEND);
        return;
      }
      return refuse(code, index);
    }
    if (builtins && nf->self_.is_null()) {
      if (nargs == 1 && dict_get_str(builtins, str_intern("len")) == callable) {
        c->obj1 = callable;
        rewrite(code, index, Op::CALL_BUILTIN_LEN);
        return;
      }
      if (nargs == 2 && dict_get_str(builtins, str_intern("isinstance")) == callable) {
        c->obj1 = callable;
        rewrite(code, index, Op::CALL_BUILTIN_ISINSTANCE);
        return;
      }
    }
  }
  refuse(code, index);
}

namespace {

bool binary_op_of(Op generic, BinaryOp* out) {
  switch (generic) {
    case Op::ADD: *out = BinaryOp::Add; return true;
    case Op::SUB: *out = BinaryOp::Sub; return true;
    case Op::MUL: *out = BinaryOp::Mul; return true;
    case Op::TRUEDIV: *out = BinaryOp::TrueDiv; return true;
    case Op::FLOORDIV: *out = BinaryOp::FloorDiv; return true;
    case Op::MOD: *out = BinaryOp::Mod; return true;
    default: return false;
  }
}

const char* const kBinaryDunders[] = {"__add__", "__sub__", "__mul__", "__matmul__",
                                      "__truediv__", "__floordiv__", "__mod__"};

}  // namespace

void specialize_binary_py(Code* code, uint32_t index, Value x, Value y) {
  InlineCache* c = cache_at(code, index);
  BinaryOp bop;
  if (gave_up(c) || !x.is_object() || !binary_op_of(code->instrs_[index].op, &bop))
    return refuse(code, index);
  Type* tx = type_of(x);
  Type* ty = type_of(y);
  // Sequences have their own `*` error messages: leave them generic.
  if (!type_has_flag(tx, kTypeHeap) || (ty != tx && ty != &int_type && ty != &float_type) ||
      isinstance_of(x, &str_type) || isinstance_of(x, &list_type) ||
      isinstance_of(x, &tuple_type) || isinstance_of(x, &bytes_type) ||
      isinstance_of(x, &bytearray_type))
    return refuse(code, index);
  Value m = type_lookup(tx, str_intern(kBinaryDunders[static_cast<int>(bop)]));
  if (m.is_null() || type_of(m) != &function_type) return refuse(code, index);
  auto* fc = static_cast<Code*>(m.as<Function>()->code_);
  if (!takes_exact_positional(fc, 2, nullptr) ||
      (fc->flags_ & (bytecode::kCodeGenerator | bytecode::kCodeCoroutine)))
    return refuse(code, index);
  c->obj1 = Value::object(tx);
  c->obj2 = Value::object(ty);
  c->value = m;
  c->version = tx->version_;  // ty is tx or exactly int/float, which never change
  rewrite(code, index, Op::BINARY_PY);
}

Value binary_py_not_implemented(Op generic, Value x, Value y) {
  BinaryOp bop = BinaryOp::Add;
  binary_op_of(generic, &bop);
  Type* ty = type_of(y);
  // y is of x's class (no reflected call then) or exactly int/float, whose
  // slot takes either operand order.
  if (ty != type_of(x) && ty->binary_) {
    Value r = ty->binary_(bop, x, y);
    if (!r.is_not_implemented()) return r;
  }
  return raise(&exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
               binary_op_symbol(bop), type_name_of(x), type_name_of(y));
}

void inline_cache_init() { bytecode::g_trace_code_caches = trace_caches; }

}  // namespace tr::vm
