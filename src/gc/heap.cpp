// The heap: size-class blocks for small objects, a map of large objects, and
// the mark-sweep collector that walks roots (precise and conservative).
#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <unordered_set>
#include <vector>

#include <sys/mman.h>

#include "base/check.h"
#include "gc/gc.h"

namespace tr {
namespace gc {
namespace {

// ---------------------------------------------------------------------------
// Layout

constexpr size_t kBlockSize = 256 * 1024;  // aligned to its own size
// Cells up to 16 KiB come from blocks (big ints, long strings and tuples
// included): a malloc'd large object costs a calloc, a tree insert and a free,
// and fragments the malloc heap when big-int arithmetic makes thousands.
constexpr size_t kMaxSmall = 16384;
constexpr size_t kClassSizes[] = {
    16,   32,   48,   64,   80,   96,   112,  128,   160,   192,   224,   256,   320,  384,
    448,  512,  640,  768,  896,  1024, 1280, 1536,  1792,  2048,  2560,  3072,  3584, 4096,
    5120, 6144, 7168, 8192, 10240, 12288, 14336, 16384};
constexpr size_t kNumClasses = sizeof(kClassSizes) / sizeof(kClassSizes[0]);

// A block holds cells of one size class. Its header sits at the block start;
// cells follow, so `ptr & ~(kBlockSize-1)` finds the block of any interior
// pointer and the cell index is a division. Cells are carved lazily: those
// at or past `limit` have never been handed out, so a new block costs no
// page faults until it is used (start-up and peak memory stay small).
struct Block {
  uint32_t cell_size;
  uint32_t num_cells;
  uint32_t size_class;
  uint32_t pad;
  char* first_cell;
  char* limit;      // first never-used cell
  char* end;        // first_cell + num_cells * cell_size
  char* populated;  // pages below this are mapped; carving past it maps more
};

struct FreeCell {
  Object header;  // cls_ == nullptr, gc_ == 0 marks a free cell
  FreeCell* next;
};

// The collection threshold: a collection runs once the bytes allocated since
// the last one reach max(kMinThreshold, bytes_live * kGrowthPercent / 100).
// See docs/decisions.md ("GC heap growth", "Marking prefetches, and 50%
// growth") for the measurements behind them.
constexpr size_t kMinThreshold = 1024 * 1024;
constexpr size_t kGrowthPercent = 50;

struct Heap {
  uint8_t class_of[kMaxSmall / 16 + 1];
  FreeCell* free_lists[kNumClasses] = {};
  Block* carving[kNumClasses] = {};  // the block new cells are carved from
  std::vector<Block*> blocks;
  std::vector<Block*> empty_blocks;  // no live cell: reusable by any class
  std::unordered_set<uintptr_t> block_set;
  std::map<uintptr_t, size_t> large;  // start -> bytes
  std::vector<Object*> permanent;
  std::vector<std::pair<RootScanner, void*>> scanners;
  std::vector<Object*> mark_stack;
  void* stack_base = nullptr;
  size_t bytes_since_gc = 0;
  size_t bytes_live = 0;
  size_t next_gc = kMinThreshold;
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

// TAURARO_GC_STATS=1 prints the collector's totals to stderr at exit (for
// tuning the growth policy; see docs/performance.md).
size_t g_total_allocated = 0;
void print_stats_at_exit() {
  Heap& h = heap();
  std::fprintf(stderr,
               "gc: %zu collections, %zu KiB allocated in total, %zu KiB live after the last, "
               "%zu KiB of blocks and large objects\n",
               h.collections, g_total_allocated / 1024, h.bytes_live / 1024, h.heap_bytes / 1024);
}
struct StatsAtExit {
  StatsAtExit() {
    const char* v = std::getenv("TAURARO_GC_STATS");
    if (v && *v && *v != '0') std::atexit(print_stats_at_exit);
  }
} g_stats_at_exit;

RootedValues* g_rooted_head = nullptr;

// ---------------------------------------------------------------------------
// Allocation

// Fresh blocks are cut from chunks mapped a few at a time (one system call,
// no malloc alignment padding). Their pages are mapped ahead of the carving
// frontier in batches: on the VMs we run on, a page fault costs ~12 us and
// mapping 16 pages in one madvise(MADV_POPULATE_WRITE) ~3 us a page
// (docs/decisions.md, "Start-up"). Kernels without that advice (before 5.14)
// fault pages in one by one as before.
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
constexpr size_t kChunkBlocks = 8;
constexpr size_t kPageSize = 4096;
constexpr size_t kFirstBatch = 16 * 1024;  // then what is mapped, up to kMaxBatch
constexpr size_t kMaxBatch = 64 * 1024;
bool g_populate_works = true;
char* g_chunk_next = nullptr;
char* g_chunk_end = nullptr;

char* map_fresh_block() {
  if (g_chunk_next == g_chunk_end) {
    size_t bytes = kChunkBlocks * kBlockSize;
    void* raw = mmap(nullptr, bytes + kBlockSize, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return nullptr;
    auto start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kBlockSize - 1) & ~(kBlockSize - 1);
    if (aligned > start) munmap(raw, aligned - start);
    uintptr_t tail = start + bytes + kBlockSize - (aligned + bytes);
    if (tail) munmap(reinterpret_cast<void*>(aligned + bytes), tail);
    g_chunk_next = reinterpret_cast<char*>(aligned);
    g_chunk_end = g_chunk_next + bytes;
  }
  char* b = g_chunk_next;
  g_chunk_next += kBlockSize;
  return b;
}

// Maps the pages of the block at `block` from `from` up to at least `upto`
// (and a batch beyond, growing with use so a block that holds a handful of
// objects maps few pages); returns the new end of its mapped pages.
char* populate(char* block, char* from, char* upto) {
  char* block_end = block + kBlockSize;
  size_t batch = std::clamp(static_cast<size_t>(from - block), kFirstBatch, kMaxBatch);
  char* want = std::min(block_end, std::max(upto, from + batch));
  want = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(want) + kPageSize - 1) &
                                 ~(kPageSize - 1));
  if (g_populate_works &&
      madvise(from, static_cast<size_t>(want - from), MADV_POPULATE_WRITE) != 0)
    g_populate_works = false;
  return g_populate_works ? want : block_end;
}

// Formats `b` (fresh or emptied) for size class `cls`, with no cell carved.
void format_block(Block* b, size_t cls) {
  b->cell_size = static_cast<uint32_t>(kClassSizes[cls]);
  b->size_class = static_cast<uint32_t>(cls);
  size_t header = (sizeof(Block) + 15) & ~size_t{15};
  b->first_cell = reinterpret_cast<char*>(b) + header;
  b->num_cells = static_cast<uint32_t>((kBlockSize - header) / b->cell_size);
  b->limit = b->first_cell;
  b->end = b->first_cell + size_t{b->num_cells} * b->cell_size;
}

// A block to carve cells of class `cls` from: an emptied one if any, else a
// new one from the system.
Block* new_block(Heap& h, size_t cls) {
  Block* b;
  if (!h.empty_blocks.empty()) {
    b = h.empty_blocks.back();
    h.empty_blocks.pop_back();
  } else {
    char* mem = map_fresh_block();
    TR_CHECK(mem != nullptr);
    b = reinterpret_cast<Block*>(mem);
    // The first batch is mapped before the header is written, so that
    // write does not fault on its own.
    b->populated = populate(mem, mem, mem + kPageSize);
    h.blocks.push_back(b);
    h.block_set.insert(reinterpret_cast<uintptr_t>(mem));
    h.heap_bytes += kBlockSize;
  }
  format_block(b, cls);
  h.carving[cls] = b;
  return b;
}

// The slow path of a small allocation: no free cell in class `cls`.
__attribute__((noinline)) Object* carve(Heap& h, size_t cls) {
  Block* b = h.carving[cls];
  if (!b || b->limit == b->end) b = new_block(h, cls);
  auto* o = reinterpret_cast<Object*>(b->limit);
  b->limit += b->cell_size;
  if (b->limit > b->populated)
    b->populated = populate(reinterpret_cast<char*>(b), b->populated, b->limit);
  return o;
}

void maybe_collect(Heap& h, size_t bytes) {
  h.bytes_since_gc += bytes;
  g_total_allocated += bytes;
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
    if (p < first || p >= reinterpret_cast<uintptr_t>(b->limit)) return nullptr;
    size_t idx = (p - first) / b->cell_size;
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
  h.empty_blocks.clear();
  size_t live = 0;
  for (Block* b : h.blocks) {
    FreeCell* block_free = nullptr;
    FreeCell* block_free_tail = nullptr;
    size_t block_live = 0;
    size_t n = static_cast<size_t>(b->limit - b->first_cell) / b->cell_size;
    for (size_t i = n; i-- > 0;) {
      auto* o = reinterpret_cast<Object*>(b->first_cell + i * size_t{b->cell_size});
      if (o->gc_ & (kMarked | kPermanent)) {
        o->gc_ &= ~kMarked;
        ++block_live;
        continue;
      }
      if (o->gc_ & kAllocated) {
        auto* cls = reinterpret_cast<GcClass*>(o->cls_);
        if (cls && cls->gc_finalize_) cls->gc_finalize_(o);
      }
      auto* cell = reinterpret_cast<FreeCell*>(o);
      cell->header = Object{};
      cell->next = block_free;
      if (!block_free_tail) block_free_tail = cell;
      block_free = cell;
    }
    if (block_live == 0) {
      // Nothing survives: the whole block goes back to the pool, usable by
      // any size class, rather than sitting on one class's free list.
      if (h.carving[b->size_class] == b) h.carving[b->size_class] = nullptr;
      b->limit = b->first_cell;
      h.empty_blocks.push_back(b);
      continue;
    }
    live += block_live * b->cell_size;
    if (block_free) {
      block_free_tail->next = h.free_lists[b->size_class];
      h.free_lists[b->size_class] = block_free;
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
    if (FreeCell* cell = h.free_lists[c]) {
      h.free_lists[c] = cell->next;
      o = &cell->header;
    } else {
      o = carve(h, c);
    }
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
  h.next_gc = std::max(kMinThreshold, h.bytes_live / 100 * kGrowthPercent);
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

void Tracer::mark(Object* o) {
  o->gc_ |= gc::kMarked;
  auto* cls = reinterpret_cast<GcClass*>(o->cls_);
  if (cls && !cls->gc_trace_) {
    // A leaf (str, int, float...): nothing inside to visit but its class,
    // so it skips the mark stack — most of a heap's objects are leaves.
    if (!(cls->gc_ & (gc::kMarked | gc::kPermanent))) {
      cls->gc_ |= gc::kMarked;
      gc::heap().mark_stack.push_back(cls);
    }
    return;
  }
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
