// The object header and the garbage-collected heap: a non-moving mark-sweep
// collector with precise tracing of heap objects and conservative scanning of
// the native stack. gc/ sits under objects/; it knows nothing of Python types.
#pragma once
#include <cstddef>
#include <cstdint>

#include "base/value.h"

namespace tr {

struct Type;  // objects/type.h: every Type starts with a GcClass
struct Tracer;

using TraceFn = void (*)(Object*, Tracer&);
using FinalizeFn = void (*)(Object*);

// Every heap object starts with this 16-byte header.
//   cls_     the object's type (a Type*, seen by the GC as a GcClass*)
//   gc_      collector bits (kMarked, kPermanent); zero for a free cell
//   aux_     spare 32 bits for the owning type (e.g. flags, small lengths)
struct Object {
  Type* cls_;
  uint32_t gc_;
  uint32_t aux_;
};

// The part of a Type the collector needs. objects/type.h derives Type from it.
struct GcClass : Object {
  TraceFn gc_trace_;        // visits every Value/Object* the object holds
  FinalizeFn gc_finalize_;  // frees malloc'd side storage; may be null
};

namespace gc {

constexpr uint32_t kMarked = 1u << 0;
constexpr uint32_t kPermanent = 1u << 1;  // static objects: never swept
constexpr uint32_t kAllocated = 1u << 2;  // set on every live heap cell

// Allocates `bytes` (header included), zero-filled, with its class set.
// May run a collection first. Never returns null: on exhaustion it raises
// nothing and aborts only if even the emergency reserve is gone — callers
// that allocate user-sized buffers must check sizes and raise MemoryError.
Object* allocate(size_t bytes, Type* cls);

// Marks `o` as a permanent root (static type objects, interned strings):
// traced at every collection, never swept — heap objects included.
void register_permanent(Object* o);

// Precise root scanners (the VM stack, module table, interned strings...).
using RootScanner = void (*)(Tracer&, void* ctx);
void add_root_scanner(RootScanner fn, void* ctx);

// Must be called once from main() with an address in main's frame: the
// conservative stack scan runs from the current stack pointer up to here.
void set_stack_base(void* base);

// Counts memory allocated outside the heap on behalf of heap objects (GMP
// limbs, list/dict buffers) toward the next collection, so that garbage
// holding large side buffers is found in time.
void account_external(size_t bytes);

// The usable size of the cell holding `o` (>= what was asked for).
size_t allocation_size(const Object* o);

void collect();
// Stress mode: a full collection at every allocation (tests and debugging).
void set_stress(bool on);
bool stress();

// RAII: no collection happens while one of these is alive (the compiler
// holds Values in C++ containers and runs with the collector paused).
class Pause {
 public:
  Pause();
  ~Pause();
  Pause(const Pause&) = delete;
  Pause& operator=(const Pause&) = delete;
};

// Every store of a heap pointer into a heap object calls this; empty for the
// non-generational collector, the hook for a sticky-mark-bits one later.
inline void write_barrier(Object* /*holder*/, Value /*stored*/) {}

struct Stats {
  size_t collections;
  size_t bytes_live;       // after the last collection
  size_t bytes_allocated;  // since the last collection
  size_t heap_bytes;       // reserved from the system
};
Stats stats();

}  // namespace gc

// Passed to every trace hook. Objects reached are marked and queued; the
// collector drains the queue iteratively (no recursion on deep structures).
struct Tracer {
  void visit(Value v) {
    if (v.is_object()) visit(v.as_object());
  }
  // Inline so that the common case, an object already marked (a shared
  // type, an interned name), costs no call.
  void visit(const Object* o) {
    if (o && !(o->gc_ & (gc::kMarked | gc::kPermanent))) mark(const_cast<Object*>(o));
  }
  void mark(Object* o);  // marks an unmarked object and queues it
  // Marking a large list or tuple is a cache miss per element: fetching
  // kPrefetchAhead elements ahead lets those misses overlap.
  static constexpr size_t kPrefetchAhead = 8;
  static void prefetch(Value v) {
    if (v.is_object()) __builtin_prefetch(v.as_object(), 1);
  }
  void visit_range(const Value* begin, size_t n) {
    size_t i = 0;
    for (; i + kPrefetchAhead < n; ++i) {
      prefetch(begin[i + kPrefetchAhead]);
      visit(begin[i]);
    }
    for (; i < n; ++i) visit(begin[i]);
  }
};

// A std::vector-like buffer of Values that is a precise GC root for as long
// as it lives. For C++ code that holds Values in malloc'd storage.
class RootedValues {
 public:
  RootedValues();
  ~RootedValues();
  RootedValues(const RootedValues&) = delete;
  RootedValues& operator=(const RootedValues&) = delete;
  void push_back(Value v);
  void pop_back() { --size_; }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Value* data() { return data_; }
  Value& operator[](size_t i) { return data_[i]; }
  Value& back() { return data_[size_ - 1]; }
  void resize(size_t n);

 private:
  friend void gc::collect();
  Value* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
  RootedValues* prev_;
  RootedValues* next_;
};

}  // namespace tr
