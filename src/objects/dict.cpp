// dict's hash table: the compact, insertion-ordered design. An index table
// of 1/2/4/8-byte slots (width by table size) maps hashes to positions in a
// dense entry array kept in insertion order. Open addressing with
// perturbation; a deleted entry leaves a dummy slot and a null key until
// the next resize compacts the entries.
#include <cstdlib>
#include <cstring>

#include "base/check.h"
#include "objects/abstract.h"
#include "objects/dict_internal.h"
#include "objects/errors.h"
#include "objects/str.h"

namespace tr {

//   indices_:  [ slot 0 | slot 1 | ... | slot 2^log2_size_ - 1 ]
//              each slot: kEmpty (-1), kDummy (-2) or an entry position
//   entries_:  [ e0 | e1 | ... | e(num_entries_-1) | unused ... ]
//              capacity 2/3 of the slots; deleted: key and value null
//   Both live in one block owned by indices_ (entries_ follows the index
//   table, 8-byte aligned): malloc'd, or for an 8-slot table of a dict made
//   by dict_new, inside the dict's own GC cell right after the header (aux_
//   bit kHasInline says the cell has that room).
//
// Invariant: used_ <= num_entries_ <= entries_capacity_; every live entry
// is reachable from exactly one slot; indices_ is null iff the dict has
// never held an item (or was cleared).

Type dict_type;

namespace {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr int64_t kError = -3;  // lookup() only: an exception is pending
constexpr uint8_t kMinLog2 = 3;
constexpr int kPerturbShift = 5;

// Every mutation of every dict takes a fresh number from here, so a cached
// (dict, version) pair can never be confused with a later state.
uint64_t g_version = 0;
inline void bump(Dict* d) { d->version_ = ++g_version; }

inline size_t usable_for(uint8_t log2) { return ((size_t{1} << log2) * 2) / 3; }
inline size_t slot_width(uint8_t log2) {
  return log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
}
inline size_t mask_of(const Dict* d) { return (size_t{1} << d->log2_size_) - 1; }

// The inline block: 8 one-byte slots and 5 entries (128 bytes).
constexpr uint32_t kHasInline = 1u << 0;
constexpr size_t kInlineIndexBytes = 8;
constexpr size_t kInlineBytes = kInlineIndexBytes + 5 * sizeof(DictEntry);
inline char* inline_block(Dict* d) { return reinterpret_cast<char*>(d) + sizeof(Dict); }
inline bool has_inline(const Dict* d) { return d->aux_ & kHasInline; }
inline bool block_inline(Dict* d) { return d->indices_ == inline_block(d); }
inline void free_block(Dict* d) {
  if (!block_inline(d)) std::free(d->indices_);
}

inline int64_t get_slot(const Dict* d, size_t i) {
  switch (slot_width(d->log2_size_)) {
    case 1: return static_cast<const int8_t*>(d->indices_)[i];
    case 2: return static_cast<const int16_t*>(d->indices_)[i];
    case 4: return static_cast<const int32_t*>(d->indices_)[i];
    default: return static_cast<const int64_t*>(d->indices_)[i];
  }
}

inline void set_slot(Dict* d, size_t i, int64_t ix) {
  switch (slot_width(d->log2_size_)) {
    case 1: static_cast<int8_t*>(d->indices_)[i] = static_cast<int8_t>(ix); break;
    case 2: static_cast<int16_t*>(d->indices_)[i] = static_cast<int16_t>(ix); break;
    case 4: static_cast<int32_t*>(d->indices_)[i] = static_cast<int32_t>(ix); break;
    default: static_cast<int64_t*>(d->indices_)[i] = ix; break;
  }
}

void dict_trace(Object* o, Tracer& t) {
  auto* d = static_cast<Dict*>(o);
  size_t n = d->num_entries_;
  for (size_t i = 0; i < n; ++i) {
    if (i + Tracer::kPrefetchAhead < n) {
      Tracer::prefetch(d->entries_[i + Tracer::kPrefetchAhead].key);
      Tracer::prefetch(d->entries_[i + Tracer::kPrefetchAhead].value);
    }
    t.visit(d->entries_[i].key);
    t.visit(d->entries_[i].value);
  }
}

void dict_finalize(Object* o) {
  auto* d = static_cast<Dict*>(o);
  free_block(d);  // entries_ lives in the same block
  d->indices_ = nullptr;
  d->entries_ = nullptr;
}

// Type dicts and module dicts exist before dict_type_init runs.
struct InstallHooks {
  InstallHooks() {
    dict_type.gc_trace_ = dict_trace;
    dict_type.gc_finalize_ = dict_finalize;
  }
} g_install_hooks;

// Allocates an empty table of 2^log2 slots and its entry array as ONE
// malloc block (indices first, entries after): entries_ points into the
// block that indices_ owns. Raises MemoryError (returns false) for absurd
// sizes.
bool alloc_table(uint8_t log2, void** indices, DictEntry** entries) {
  if (log2 > 40) {
    raise_memory_error();
    return false;
  }
  size_t index_bytes = ((size_t{1} << log2) * slot_width(log2) + 7) & ~size_t{7};
  size_t bytes = index_bytes + usable_for(log2) * sizeof(DictEntry);
  auto* block = static_cast<char*>(std::malloc(bytes));
  gc::account_external(bytes);  // freed only when the dict is collected
  if (!block) {
    raise_memory_error();
    return false;
  }
  std::memset(block, 0xff, (size_t{1} << log2) * slot_width(log2));  // all kEmpty
  *indices = block;
  *entries = reinterpret_cast<DictEntry*>(block + index_bytes);
  return true;
}

// A fresh empty table for d: its inline block when the size allows, else
// malloc'd. The caller moves anything it needs out of d's inline block
// first.
bool make_table(Dict* d, uint8_t log2, void** indices, DictEntry** entries) {
  if (log2 == kMinLog2 && has_inline(d)) {
    char* block = inline_block(d);
    std::memset(block, 0xff, kInlineIndexBytes);
    *indices = block;
    *entries = reinterpret_cast<DictEntry*>(block + kInlineIndexBytes);
    return true;
  }
  return alloc_table(log2, indices, entries);
}

// The first slot on hash's probe sequence that holds no live entry.
size_t find_free_slot(const Dict* d, int64_t hash) {
  size_t mask = mask_of(d);
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (get_slot(d, i) >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table with 2^log2 slots, dropping deleted entries.
bool resize(Dict* d, uint8_t log2) {
  DictEntry* old = d->entries_;
  void* old_block = d->indices_;
  size_t n_old = d->num_entries_;
  DictEntry saved[5];
  if (old_block && block_inline(d)) {
    // Rebuilding may reuse the inline block: work from a copy.
    std::memcpy(saved, old, n_old * sizeof(DictEntry));
    old = saved;
  }
  void* indices;
  DictEntry* entries;
  if (!make_table(d, log2, &indices, &entries)) return false;
  d->indices_ = indices;
  d->entries_ = entries;
  d->log2_size_ = log2;
  d->entries_capacity_ = usable_for(log2);
  size_t n = 0;
  for (size_t i = 0; i < n_old; ++i) {
    if (old[i].key.is_null()) continue;
    entries[n] = old[i];
    set_slot(d, find_free_slot(d, old[i].hash), static_cast<int64_t>(n));
    ++n;
  }
  d->num_entries_ = n;
  if (old_block && old_block != inline_block(d)) std::free(old_block);
  return true;
}

// Smallest table holding `n` entries with room to grow (CPython's growth
// rate: three times the live count).
uint8_t log2_for(size_t n) {
  uint8_t log2 = kMinLog2;
  while ((size_t{1} << log2) < n * 3 && log2 < 62) ++log2;
  return log2;
}

bool grow(Dict* d) { return resize(d, log2_for(d->used_ + 1)); }

// Smallest table whose entry array holds `n` entries: for a table filled
// once with a known count (a copy), where 3x headroom would only cost memory.
uint8_t log2_to_hold(size_t n) {
  uint8_t log2 = kMinLog2;
  while (usable_for(log2) < n && log2 < 62) ++log2;
  return log2;
}

// Finds `key`: its entry position, kEmpty if absent (with *slot_out the
// slot holding it, when found), or kError. A generic __eq__ may mutate the
// dict; the probe then starts over.
int64_t lookup(Dict* d, Value key, int64_t hash, size_t* slot_out) {
  const bool str_key = is_exact_str(key);
restart:
  if (!d->indices_) return kEmpty;
  size_t mask = mask_of(d);
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    int64_t ix = get_slot(d, i);
    if (ix == kEmpty) return kEmpty;
    if (ix >= 0) {
      DictEntry* e = &d->entries_[ix];
      if (e->key == key) {
        *slot_out = i;
        return ix;
      }
      if (e->hash == hash) {
        Value ek = e->key;
        if (str_key && is_exact_str(ek)) {
          // Two distinct interned strings are never equal.
          if (!(key.as<Str>()->is_interned() && ek.as<Str>()->is_interned()) &&
              str_equal(key.as<Str>(), ek.as<Str>())) {
            *slot_out = i;
            return ix;
          }
        } else {
          DictEntry* entries = d->entries_;
          int eq = equals(ek, key);
          if (eq < 0) return kError;
          // __eq__ changed the table under us: probe again (CPython's rule).
          if (d->entries_ != entries || d->entries_[ix].key != ek) goto restart;
          if (eq) {
            *slot_out = i;
            return ix;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

// ---------------------------------------------------------------------------
// Public operations

Dict* dict_new() {
  auto* d = static_cast<Dict*>(alloc_object_sized(&dict_type, sizeof(Dict) + kInlineBytes));
  d->aux_ |= kHasInline;
  bump(d);
  return d;
}

int64_t dict_key_hash(Value key) {
  if (key.is_object() && key.as_object()->cls_ == &str_type) {
    Str* s = key.as<Str>();
    return s->hash_ != -1 ? s->hash_ : str_hash(s);
  }
  return hash_value(key);
}

Value dict_get_hashed(Dict* d, Value key, int64_t hash) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) return Value::null();  // kEmpty: no exception; kError: pending
  return d->entries_[ix].value;
}

Value dict_get(Dict* d, Value key) {
  int64_t hash = dict_key_hash(key);
  if (hash == -1) return Value::null();
  return dict_get_hashed(d, key, hash);
}

Value dict_get_str(Dict* d, Str* key) {
  return dict_get_hashed(d, Value::object(key), key->hash_ != -1 ? key->hash_ : str_hash(key));
}

Status dict_set_hashed(Dict* d, Value key, int64_t hash, Value value) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix == kError) return Status::Error;
  if (ix >= 0) {
    // An existing key keeps its original key object, as in CPython. The
    // key layout is unchanged, so the version stays: caches that remember an
    // entry index (globals, module attributes) still read the new value.
    d->entries_[ix].value = value;
    gc::write_barrier(d, value);
    return Status::Ok;
  }
  if (!d->indices_) {
    if (!resize(d, kMinLog2)) return Status::Error;
  } else if (d->num_entries_ == d->entries_capacity_) {
    if (!grow(d)) return Status::Error;
  }
  size_t pos = d->num_entries_++;
  d->entries_[pos] = DictEntry{hash, key, value};
  set_slot(d, find_free_slot(d, hash), static_cast<int64_t>(pos));
  d->used_++;
  gc::write_barrier(d, key);
  gc::write_barrier(d, value);
  bump(d);
  return Status::Ok;
}

Status dict_set(Dict* d, Value key, Value value) {
  int64_t hash = dict_key_hash(key);
  if (hash == -1) return Status::Error;
  return dict_set_hashed(d, key, hash, value);
}

Status dict_set_str(Dict* d, Str* key, Value value) {
  return dict_set_hashed(d, Value::object(key), key->hash_ != -1 ? key->hash_ : str_hash(key),
                         value);
}

int dict_del_hashed(Dict* d, Value key, int64_t hash) {
  size_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix == kError) return -1;
  if (ix < 0) return 0;
  set_slot(d, slot, kDummy);
  d->entries_[ix].key = Value::null();
  d->entries_[ix].value = Value::null();
  d->used_--;
  bump(d);
  return 1;
}

int dict_del(Dict* d, Value key) {
  int64_t hash = dict_key_hash(key);
  if (hash == -1) return -1;
  return dict_del_hashed(d, key, hash);
}

bool dict_next_hashed(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash) {
  while (*pos < d->num_entries_) {
    DictEntry* e = &d->entries_[(*pos)++];
    if (e->key.is_null()) continue;
    *key = e->key;
    if (value) *value = e->value;
    if (hash) *hash = e->hash;
    return true;
  }
  return false;
}

bool dict_next(Dict* d, size_t* pos, Value* key, Value* value) {
  return dict_next_hashed(d, pos, key, value, nullptr);
}

void dict_clear(Dict* d) {
  free_block(d);
  d->indices_ = nullptr;
  d->entries_ = nullptr;
  d->used_ = 0;
  d->num_entries_ = 0;
  d->entries_capacity_ = 0;
  d->log2_size_ = 0;
  bump(d);
}

bool dict_pop_last(Dict* d, Value* key, Value* value) {
  if (d->used_ == 0) return false;
  size_t ix = d->num_entries_;
  while (d->entries_[ix - 1].key.is_null()) --ix;
  --ix;
  DictEntry* e = &d->entries_[ix];
  // Find the slot pointing at this entry: follow the hash's probe sequence.
  size_t mask = mask_of(d);
  auto perturb = static_cast<uint64_t>(e->hash);
  size_t i = static_cast<size_t>(e->hash) & mask;
  while (get_slot(d, i) != static_cast<int64_t>(ix)) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  set_slot(d, i, kDummy);
  *key = e->key;
  *value = e->value;
  e->key = Value::null();
  e->value = Value::null();
  d->used_--;
  d->num_entries_ = ix;  // the tail is free again: popitem() loops stay compact
  bump(d);
  return true;
}

Status dict_copy_into(Dict* dst, Dict* src) {
  TR_DCHECK(dst->used_ == 0);
  if (src->used_ == 0) return Status::Ok;
  void* indices;
  DictEntry* entries;
  if (src->used_ == src->num_entries_) {
    // No deleted entries: clone both arrays as they are.
    void* old_block = dst->indices_;
    if (!make_table(dst, src->log2_size_, &indices, &entries)) return Status::Error;
    std::memcpy(indices, src->indices_,
                (size_t{1} << src->log2_size_) * slot_width(src->log2_size_));
    std::memcpy(entries, src->entries_, src->num_entries_ * sizeof(DictEntry));
    if (old_block && old_block != inline_block(dst)) std::free(old_block);
    dst->indices_ = indices;
    dst->entries_ = entries;
    dst->log2_size_ = src->log2_size_;
    dst->entries_capacity_ = src->entries_capacity_;
    dst->num_entries_ = src->num_entries_;
    dst->used_ = src->used_;
    bump(dst);
    return Status::Ok;
  }
  // The keys are distinct already: place them without comparing.
  dict_clear(dst);
  if (!resize(dst, log2_to_hold(src->used_))) return Status::Error;
  size_t pos = 0, n = 0;
  Value k, v;
  int64_t h;
  while (dict_next_hashed(src, &pos, &k, &v, &h)) {
    dst->entries_[n] = DictEntry{h, k, v};
    set_slot(dst, find_free_slot(dst, h), static_cast<int64_t>(n));
    ++n;
  }
  dst->num_entries_ = n;
  dst->used_ = n;
  bump(dst);
  return Status::Ok;
}

Dict* dict_copy(Dict* d) {
  Dict* r = dict_new();
  // Only an absurd size can fail here, and then MemoryError is pending.
  (void)dict_copy_into(r, d);
  return r;
}

}  // namespace tr

namespace tr {

// The position of `key` in d->entries_ (for inline caches that then read
// entries_[i].value while d->version_ is unchanged); -1 if absent or on error.
int64_t dict_entry_index(Dict* d, Str* key) {
  if (!d->indices_) return -1;
  int64_t hash = key->hash_ != -1 ? key->hash_ : str_hash(key);
  size_t slot;
  int64_t ix = lookup(d, Value::object(key), hash, &slot);
  if (ix < 0) {
    error_clear();
    return -1;
  }
  return ix;
}

}  // namespace tr
