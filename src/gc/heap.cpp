// The heap: size-class blocks for small objects, a map of large objects, and
// the mark-sweep collector that walks roots (precise and conservative).
#include <csetjmp>
#include <cstdlib>
#include <map>
#include <unordered_set>
#include <vector>

#include "base/check.h"
#include "gc/gc.h"

namespace tr {
namespace gc {
namespace {

// ---------------------------------------------------------------------------
// Layout

constexpr size_t kBlockSize = 256 * 1024;  // aligned to its own size
constexpr size_t kMaxSmall = 2048;
constexpr size_t kClassSizes[] = {16,  32,  48,  64,  80,  96,   112,  128,
                                  160, 192, 224, 256, 320, 384,  448,  512,
                                  640, 768, 896, 1024, 1280, 1536, 1792, 2048};
constexpr size_t kNumClasses = sizeof(kClassSizes) / sizeof(kClassSizes[0]);

// A block holds cells of one size class. Its header sits at the block start;
// cells follow, so `ptr & ~(kBlockSize-1)` finds the block of any interior
// pointer and the cell index is a division.
struct Block {
  uint32_t cell_size;
  uint32_t num_cells;
  uint32_t size_class;
  char* first_cell;
};

struct FreeCell {
  Object header;  // cls_ == nullptr, gc_ == 0 marks a free cell
  FreeCell* next;
};

struct Heap {
  uint8_t class_of[kMaxSmall / 16 + 1];
  FreeCell* free_lists[kNumClasses] = {};
  std::vector<Block*> blocks;
  std::unordered_set<uintptr_t> block_set;
  std::map<uintptr_t, size_t> large;  // start -> bytes
  std::vector<Object*> permanent;
  std::vector<std::pair<RootScanner, void*>> scanners;
  std::vector<Object*> mark_stack;
  void* stack_base = nullptr;
  size_t bytes_since_gc = 0;
  size_t bytes_live = 0;
  size_t next_gc = 8 * 1024 * 1024;
  size_t heap_bytes = 0;
  size_t collections = 0;
  int paused = 0;
  bool stress = false;
  bool collecting = false;

  Heap() {
    size_t c = 0;
    for (size_t i = 0; i <= kMaxSmall / 16; ++i) {
      while (kClassSizes[c] < i * 16) ++c;
      class_of[i] = static_cast<uint8_t>(c);
    }
  }
};

Heap& heap() {
  static Heap* h = new Heap();  // never destroyed: objects outlive statics
  return *h;
}

RootedValues* g_rooted_head = nullptr;

// ---------------------------------------------------------------------------
// Allocation

void refill(Heap& h, size_t cls) {
  void* mem = std::aligned_alloc(kBlockSize, kBlockSize);
  TR_CHECK(mem != nullptr);
  auto* b = static_cast<Block*>(mem);
  b->cell_size = static_cast<uint32_t>(kClassSizes[cls]);
  b->size_class = static_cast<uint32_t>(cls);
  size_t header = (sizeof(Block) + 15) & ~size_t{15};
  b->first_cell = static_cast<char*>(mem) + header;
  b->num_cells = static_cast<uint32_t>((kBlockSize - header) / b->cell_size);
  for (uint32_t i = b->num_cells; i-- > 0;) {
    auto* cell = reinterpret_cast<FreeCell*>(b->first_cell + i * size_t{b->cell_size});
    cell->header = Object{};
    cell->next = h.free_lists[cls];
    h.free_lists[cls] = cell;
  }
  h.blocks.push_back(b);
  h.block_set.insert(reinterpret_cast<uintptr_t>(mem));
  h.heap_bytes += kBlockSize;
}

void maybe_collect(Heap& h, size_t bytes) {
  h.bytes_since_gc += bytes;
  if (h.paused || h.collecting) return;
  if (h.stress || h.bytes_since_gc >= h.next_gc) collect();
}

// ---------------------------------------------------------------------------
// Marking

// Finds the object whose cell contains address `p`, or null.
Object* find_object(Heap& h, uintptr_t p) {
  uintptr_t base = p & ~(kBlockSize - 1);
  if (h.block_set.count(base)) {
    auto* b = reinterpret_cast<Block*>(base);
    auto first = reinterpret_cast<uintptr_t>(b->first_cell);
    if (p < first) return nullptr;
    size_t idx = (p - first) / b->cell_size;
    if (idx >= b->num_cells) return nullptr;
    auto* o = reinterpret_cast<Object*>(first + idx * b->cell_size);
    return (o->gc_ & kAllocated) ? o : nullptr;
  }
  if (h.large.empty()) return nullptr;
  auto it = h.large.upper_bound(p);
  if (it == h.large.begin()) return nullptr;
  --it;
  if (p < it->first + it->second) return reinterpret_cast<Object*>(it->first);
  return nullptr;
}

__attribute__((no_sanitize_address, noinline)) void scan_range_conservatively(
    Heap& h, Tracer& t, const uintptr_t* lo, const uintptr_t* hi) {
  for (const uintptr_t* p = lo; p < hi; ++p) {
    uintptr_t w = *p;
    if (w < 0x1000 || w >= (uintptr_t{1} << 48)) continue;
    if (Object* o = find_object(h, w)) t.visit(o);
  }
}

__attribute__((noinline)) void scan_native_stack(Heap& h, Tracer& t) {
  if (!h.stack_base) return;
  jmp_buf regs;  // spills callee-saved registers onto the stack we scan
  setjmp(regs);
  auto* lo = reinterpret_cast<const uintptr_t*>(
      reinterpret_cast<uintptr_t>(&regs) & ~uintptr_t{7});
  auto* hi = static_cast<const uintptr_t*>(h.stack_base);
  scan_range_conservatively(h, t, reinterpret_cast<const uintptr_t*>(&regs),
                            reinterpret_cast<const uintptr_t*>(
                                reinterpret_cast<const char*>(&regs) + sizeof regs));
  scan_range_conservatively(h, t, lo, hi);
}

void drain(Heap& h, Tracer& t) {
  while (!h.mark_stack.empty()) {
    Object* o = h.mark_stack.back();
    h.mark_stack.pop_back();
    auto* cls = reinterpret_cast<GcClass*>(o->cls_);
    if (cls && cls->gc_trace_) cls->gc_trace_(o, t);
    t.visit(reinterpret_cast<Object*>(cls));
  }
}

// ---------------------------------------------------------------------------
// Sweeping

void sweep(Heap& h) {
  for (auto& fl : h.free_lists) fl = nullptr;
  size_t live = 0;
  for (Block* b : h.blocks) {
    for (uint32_t i = b->num_cells; i-- > 0;) {
      auto* o = reinterpret_cast<Object*>(b->first_cell + i * size_t{b->cell_size});
      if (o->gc_ & (kMarked | kPermanent)) {
        o->gc_ &= ~kMarked;
        live += b->cell_size;
        continue;
      }
      if (o->gc_ & kAllocated) {
        auto* cls = reinterpret_cast<GcClass*>(o->cls_);
        if (cls && cls->gc_finalize_) cls->gc_finalize_(o);
      }
      auto* cell = reinterpret_cast<FreeCell*>(o);
      cell->header = Object{};
      cell->next = h.free_lists[b->size_class];
      h.free_lists[b->size_class] = cell;
    }
  }
  for (auto it = h.large.begin(); it != h.large.end();) {
    auto* o = reinterpret_cast<Object*>(it->first);
    if (o->gc_ & (kMarked | kPermanent)) {
      o->gc_ &= ~kMarked;
      live += it->second;
      ++it;
      continue;
    }
    auto* cls = reinterpret_cast<GcClass*>(o->cls_);
    if (cls && cls->gc_finalize_) cls->gc_finalize_(o);
    h.heap_bytes -= it->second;
    std::free(o);
    it = h.large.erase(it);
  }
  for (Object* o : h.permanent) o->gc_ &= ~kMarked;
  h.bytes_live = live;
}

}  // namespace

// ---------------------------------------------------------------------------
// Public interface

Object* allocate(size_t bytes, Type* cls) {
  Heap& h = heap();
  // A free cell must hold a FreeCell; round after applying that minimum so
  // the size class really fits it.
  if (bytes < sizeof(FreeCell)) bytes = sizeof(FreeCell);
  bytes = (bytes + 15) & ~size_t{15};
  maybe_collect(h, bytes);
  Object* o;
  if (bytes <= kMaxSmall) {
    size_t c = h.class_of[bytes / 16];
    if (!h.free_lists[c]) refill(h, c);
    FreeCell* cell = h.free_lists[c];
    h.free_lists[c] = cell->next;
    o = &cell->header;
    std::memset(static_cast<void*>(o), 0, kClassSizes[c]);
  } else {
    void* mem = std::calloc(1, bytes);
    TR_CHECK(mem != nullptr);
    h.large.emplace(reinterpret_cast<uintptr_t>(mem), bytes);
    h.heap_bytes += bytes;
    o = static_cast<Object*>(mem);
  }
  o->cls_ = cls;
  o->gc_ = kAllocated;
  return o;
}

void account_external(size_t bytes) { heap().bytes_since_gc += bytes; }

size_t allocation_size(const Object* o) {
  Heap& h = heap();
  auto p = reinterpret_cast<uintptr_t>(o);
  uintptr_t base = p & ~(kBlockSize - 1);
  if (h.block_set.count(base)) return reinterpret_cast<Block*>(base)->cell_size;
  auto it = h.large.find(p);
  return it == h.large.end() ? 0 : it->second;
}

void register_permanent(Object* o) {
  o->gc_ |= kPermanent;
  heap().permanent.push_back(o);
}

void add_root_scanner(RootScanner fn, void* ctx) { heap().scanners.emplace_back(fn, ctx); }

void set_stack_base(void* base) { heap().stack_base = base; }

void collect() {
  Heap& h = heap();
  if (h.collecting || h.paused) return;
  h.collecting = true;
  Tracer t;
  for (Object* o : h.permanent) {
    auto* cls = reinterpret_cast<GcClass*>(o->cls_);
    if (cls && cls->gc_trace_) cls->gc_trace_(o, t);
    t.visit(reinterpret_cast<Object*>(cls));
  }
  for (auto& [fn, ctx] : h.scanners) fn(t, ctx);
  for (RootedValues* r = g_rooted_head; r; r = r->next_) t.visit_range(r->data(), r->size());
  scan_native_stack(h, t);
  drain(h, t);
  sweep(h);
  h.bytes_since_gc = 0;
  h.next_gc = std::max<size_t>(8 * 1024 * 1024, h.bytes_live);
  ++h.collections;
  h.collecting = false;
}

void set_stress(bool on) { heap().stress = on; }
bool stress() { return heap().stress; }

Pause::Pause() { ++heap().paused; }
Pause::~Pause() { --heap().paused; }

Stats stats() {
  Heap& h = heap();
  return Stats{h.collections, h.bytes_live, h.bytes_since_gc, h.heap_bytes};
}

}  // namespace gc

// ---------------------------------------------------------------------------
// Tracer and rooted vectors

void Tracer::visit(const Object* co) {
  auto* o = const_cast<Object*>(co);
  if (!o || (o->gc_ & (gc::kMarked | gc::kPermanent))) return;
  o->gc_ |= gc::kMarked;
  gc::heap().mark_stack.push_back(o);
}

RootedValues::RootedValues() : prev_(nullptr), next_(gc::g_rooted_head) {
  if (next_) next_->prev_ = this;
  gc::g_rooted_head = this;
}

RootedValues::~RootedValues() {
  if (prev_) prev_->next_ = next_;
  else gc::g_rooted_head = next_;
  if (next_) next_->prev_ = prev_;
  std::free(data_);
}

void RootedValues::resize(size_t n) {
  if (n > capacity_) {
    size_t cap = capacity_ ? capacity_ * 2 : 8;
    while (cap < n) cap *= 2;
    auto* nd = static_cast<Value*>(std::realloc(data_, cap * sizeof(Value)));
    TR_CHECK(nd != nullptr);
    data_ = nd;
    capacity_ = cap;
  }
  for (size_t i = size_; i < n; ++i) data_[i] = Value::null();
  size_ = n;
}

void RootedValues::push_back(Value v) {
  if (size_ == capacity_) {
    size_t s = size_;
    resize(size_ + 1);
    size_ = s;
  }
  data_[size_++] = v;
}

}  // namespace tr
