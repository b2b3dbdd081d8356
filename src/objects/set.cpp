// The set/frozenset hash table: open addressing over (hash, key) entries,
// probing a few neighbouring slots linearly before jumping with the
// perturbed hash. Table sizes, growth and probe order follow CPython, so a
// set of ints iterates (and prints) in the order CPython shows.
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "objects/abstract.h"
#include "objects/dict_internal.h"
#include "objects/errors.h"
#include "objects/set_internal.h"
#include "objects/str.h"

namespace tr {

//   table_: [ entry 0 | ... | entry mask_ ]   (null while the set is empty
//            and has never grown; then mask_ == 0)
//   entry:  key null             empty
//           key exhausted()      dummy (deleted), hash -1
//           otherwise            a live key with its hash
// fill_ counts live + dummy entries; a table is kept under 60% full.
// Sets made by set_new for the exact set/frozenset types carry an 8-entry
// table inside their own GC cell, right after the header (as CPython's
// smalltable): header bit kHasInline of aux_ says so; the rest of aux_ is
// pop()'s search finger (where the next pop looks).

Type set_type, frozenset_type;

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

constexpr uint32_t kHasInline = 1u << 31;

inline bool is_dummy(const SetEntry& e) { return e.key.is_exhausted(); }
inline SetEntry* inline_table(Set* s) {
  return reinterpret_cast<SetEntry*>(reinterpret_cast<char*>(s) + sizeof(Set));
}
inline bool has_inline(const Set* s) { return s->aux_ & kHasInline; }
inline bool table_inline(Set* s) { return s->table_ == inline_table(s); }
inline void free_table(Set* s) {
  if (!table_inline(s)) std::free(s->table_);
}
inline bool is_live(const SetEntry& e) { return !e.key.is_null() && !is_dummy(e); }

void set_trace(Object* o, Tracer& t) {
  auto* s = static_cast<Set*>(o);
  if (!s->table_) return;
  for (size_t i = 0; i <= s->mask_; ++i) t.visit(s->table_[i].key);
}

void set_finalize(Object* o) {
  auto* s = static_cast<Set*>(o);
  free_table(s);
  s->table_ = nullptr;
}

struct InstallHooks {
  InstallHooks() {
    set_type.gc_trace_ = set_trace;
    set_type.gc_finalize_ = set_finalize;
    frozenset_type.gc_trace_ = set_trace;
    frozenset_type.gc_finalize_ = set_finalize;
  }
} g_install_hooks;

SetEntry* alloc_table(size_t n) {
  gc::account_external(n * sizeof(SetEntry));  // freed only when the set is collected
  return static_cast<SetEntry*>(std::calloc(n, sizeof(SetEntry)));
}

// Places a key known to be absent into a table without dummies.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    if (e->key.is_null()) goto found;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++e;
        if (e->key.is_null()) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    e->key = key;
    e->hash = hash;
    return;
  }
}

// Finds the entry for key: the live entry holding it, or the empty entry
// ending its probe sequence; null with an exception on failure. Requires a
// table.
SetEntry* lookup(Set* s, Value key, int64_t hash) {
  const bool str_key = is_exact_str(key);
restart:
  SetEntry* table = s->table_;
  size_t mask = s->mask_;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (e->key.is_null()) return e;
      if (e->hash == hash) {
        Value start = e->key;
        if (start == key) return e;
        if (str_key && is_exact_str(start)) {
          if (str_equal(start.as<Str>(), key.as<Str>())) return e;
        } else {
          int eq = equals(start, key);
          if (eq < 0) return nullptr;
          // __eq__ mutated the set: look again from scratch.
          if (s->table_ != table || e->key != start) goto restart;
          if (eq) return e;
        }
      }
      if (probes-- == 0) break;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Table operations

Set* set_new(Type* t) {
  if (t != &set_type && t != &frozenset_type) {
    auto* s = static_cast<Set*>(alloc_object(t));
    s->hash_ = -1;
    return s;
  }
  auto* s = static_cast<Set*>(alloc_object_sized(t, sizeof(Set) + kMinSize * sizeof(SetEntry)));
  s->aux_ = kHasInline;
  s->table_ = inline_table(s);  // zero-filled: all empty
  s->mask_ = kMinSize - 1;
  s->hash_ = -1;
  return s;
}

Status set_table_resize(Set* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) {
    if (newsize > (size_t{1} << 40)) {
      raise_memory_error();
      return Status::Error;
    }
    newsize <<= 1;
  }
  SetEntry* old = s->table_;
  size_t old_mask = s->mask_;
  SetEntry saved[kMinSize];
  SetEntry* table;
  if (newsize == kMinSize && has_inline(s)) {
    if (old && table_inline(s)) {
      // Rebuilding into the inline table itself: work from a copy.
      std::memcpy(saved, old, sizeof saved);
      old = saved;
    }
    table = inline_table(s);
    std::memset(static_cast<void*>(table), 0, kMinSize * sizeof(SetEntry));
  } else {
    table = alloc_table(newsize);
    if (!table) {
      raise_memory_error();
      return Status::Error;
    }
  }
  if (old) {
    for (size_t i = 0; i <= old_mask; ++i) {
      if (is_live(old[i])) insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    }
  }
  if (s->table_ && !table_inline(s)) std::free(s->table_);
  s->table_ = table;
  s->mask_ = newsize - 1;
  s->fill_ = s->used_;
  return Status::Ok;
}

Status set_add_hashed(Set* s, Value key, int64_t hash) {
  if (!s->table_ && failed(set_table_resize(s, 0))) return Status::Error;
restart:
  SetEntry* table = s->table_;
  size_t mask = s->mask_;
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  const bool str_key = is_exact_str(key);
  for (;;) {
    SetEntry* e = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (e->key.is_null()) {
        // Dummies are not reused: the table is rebuilt often enough.
        e->key = key;
        e->hash = hash;
        s->fill_++;
        s->used_++;
        gc::write_barrier(s, key);
        if (s->fill_ * 5 < mask * 3) return Status::Ok;
        return set_table_resize(s, s->used_ > 50000 ? s->used_ * 2 : s->used_ * 4);
      }
      if (e->hash == hash) {
        Value start = e->key;
        if (start == key) return Status::Ok;
        if (str_key && is_exact_str(start)) {
          if (str_equal(start.as<Str>(), key.as<Str>())) return Status::Ok;
        } else {
          int eq = equals(start, key);
          if (eq < 0) return Status::Error;
          if (eq) return Status::Ok;
          if (s->table_ != table || e->key != start) goto restart;
          mask = s->mask_;
        }
      }
      if (probes-- == 0) break;
      ++e;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

Status set_add(Set* s, Value key) {
  int64_t h = dict_key_hash(key);
  if (h == -1) return Status::Error;
  return set_add_hashed(s, key, h);
}

int64_t set_key_hash(Value* key) {
  int64_t h = dict_key_hash(*key);
  if (h != -1) return h;
  // A mutable set used as a key: look it up as the equal frozenset.
  if (!is_anyset(*key) || is_frozenset(*key) || !error_matches(&exc::TypeError)) return -1;
  error_clear();
  Value f = set_from_iterable(&frozenset_type, *key);
  if (f.is_null()) return -1;
  *key = f;
  return dict_key_hash(f);
}

int set_contains_hashed(Set* s, Value key, int64_t hash) {
  if (s->used_ == 0) return 0;
  SetEntry* e = lookup(s, key, hash);
  if (!e) return -1;
  return e->key.is_null() ? 0 : 1;
}

int set_contains(Set* s, Value key) {
  int64_t h = set_key_hash(&key);
  if (h == -1) return -1;
  return set_contains_hashed(s, key, h);
}

int set_discard_hashed(Set* s, Value key, int64_t hash) {
  if (s->used_ == 0) return 0;
  SetEntry* e = lookup(s, key, hash);
  if (!e) return -1;
  if (e->key.is_null()) return 0;
  e->key = Value::exhausted();
  e->hash = -1;
  s->used_--;
  return 1;
}

int set_discard(Set* s, Value key) {
  int64_t h = set_key_hash(&key);
  if (h == -1) return -1;
  return set_discard_hashed(s, key, h);
}

bool set_next_hashed(Set* s, size_t* pos, Value* key, int64_t* hash) {
  if (!s->table_) return false;
  while (*pos <= s->mask_) {
    SetEntry* e = &s->table_[(*pos)++];
    if (!is_live(*e)) continue;
    *key = e->key;
    if (hash) *hash = e->hash;
    return true;
  }
  return false;
}

bool set_next(Set* s, size_t* pos, Value* key) { return set_next_hashed(s, pos, key, nullptr); }

void set_clear(Set* s) {
  free_table(s);
  s->table_ = nullptr;
  s->mask_ = 0;
  if (has_inline(s)) {
    s->table_ = inline_table(s);
    std::memset(static_cast<void*>(s->table_), 0, kMinSize * sizeof(SetEntry));
    s->mask_ = kMinSize - 1;
  }
  s->used_ = 0;
  s->fill_ = 0;
  s->aux_ &= kHasInline;
}

void set_swap_bodies(Set* a, Set* b) {
  // Inline tables cannot change owners: move their entries through a
  // malloc'd copy (or the other side's inline room) instead.
  auto detach = [](Set* s) {
    if (!table_inline(s)) return s->table_;
    SetEntry* t = alloc_table(kMinSize);
    TR_CHECK(t != nullptr);
    std::memcpy(t, s->table_, kMinSize * sizeof(SetEntry));
    return t;
  };
  auto attach = [](Set* s, SetEntry* t, size_t mask) {
    if (t && mask == kMinSize - 1 && has_inline(s)) {
      std::memcpy(inline_table(s), t, kMinSize * sizeof(SetEntry));
      std::free(t);
      t = inline_table(s);
    }
    s->table_ = t;
    s->mask_ = mask;
  };
  SetEntry* ta = detach(a);
  SetEntry* tb = detach(b);
  size_t ma = a->mask_, mb = b->mask_;
  attach(a, tb, mb);
  attach(b, ta, ma);
  std::swap(a->used_, b->used_);
  std::swap(a->fill_, b->fill_);
  std::swap(a->hash_, b->hash_);
}

bool set_pop_key(Set* s, Value* key) {
  if (s->used_ == 0) return false;
  size_t i = (s->aux_ & ~kHasInline) & s->mask_;
  while (!is_live(s->table_[i])) i = (i + 1) & s->mask_;
  *key = s->table_[i].key;
  s->table_[i].key = Value::exhausted();
  s->table_[i].hash = -1;
  s->used_--;
  s->aux_ = (s->aux_ & kHasInline) | (static_cast<uint32_t>(i + 1) & ~kHasInline);
  return true;
}

// ---------------------------------------------------------------------------
// Bulk insertion

namespace {

// CPython's sets start with an 8-slot table; growth decisions below depend
// on the current mask, so an unallocated table is made real first.
inline Status ensure_table(Set* s) {
  return s->table_ ? Status::Ok : set_table_resize(s, 0);
}

Status merge_set(Set* s, Set* other) {
  if (other->used_ == 0 || s == other) return Status::Ok;
  if (failed(ensure_table(s))) return Status::Error;
  // One resize up front instead of several while inserting.
  if ((s->fill_ + other->used_) * 5 >= s->mask_ * 3 &&
      failed(set_table_resize(s, (s->used_ + other->used_) * 2))) {
    return Status::Error;
  }
  if (s->fill_ == 0) {
    if (s->mask_ == other->mask_ && other->fill_ == other->used_) {
      std::memcpy(s->table_, other->table_, (s->mask_ + 1) * sizeof(SetEntry));
    } else {
      for (size_t i = 0; i <= other->mask_; ++i) {
        if (is_live(other->table_[i])) {
          insert_clean(s->table_, s->mask_, other->table_[i].key, other->table_[i].hash);
        }
      }
    }
    s->fill_ = other->used_;
    s->used_ = other->used_;
    return Status::Ok;
  }
  for (size_t i = 0; i <= other->mask_; ++i) {
    SetEntry e = other->table_[i];
    if (is_live(e) && failed(set_add_hashed(s, e.key, e.hash))) return Status::Error;
  }
  return Status::Ok;
}

}  // namespace

Status set_update(Set* s, Value iterable) {
  if (is_anyset(iterable)) return merge_set(s, iterable.as<Set>());
  if (iterable.is_object() && iterable.as_object()->cls_ == &dict_type) {
    Dict* d = iterable.as<Dict>();
    if (failed(ensure_table(s))) return Status::Error;
    if ((s->fill_ + d->used_) * 5 >= s->mask_ * 3 &&
        failed(set_table_resize(s, (s->used_ + d->used_) * 2))) {
      return Status::Error;
    }
    size_t pos = 0;
    Value k;
    int64_t h;
    while (dict_next_hashed(d, &pos, &k, nullptr, &h)) {
      if (failed(set_add_hashed(s, k, h))) return Status::Error;
    }
    return Status::Ok;
  }
  Value it = get_iter(iterable);
  if (it.is_null()) return Status::Error;
  for (;;) {
    Value x = iter_next(it);
    if (x.is_null()) return Status::Error;
    if (x.is_exhausted()) return Status::Ok;
    if (failed(set_add(s, x))) return Status::Error;
  }
}

}  // namespace tr
