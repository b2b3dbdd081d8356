// Internals shared by the dict files (dict.cpp: the table; dict_type.cpp:
// slots and methods; dict_views.cpp: keys/values/items and iterators) and
// by set.cpp, which builds sets from dicts with their stored hashes.
#pragma once
#include "objects/containers.h"

namespace tr {

extern Type dict_keys_type, dict_values_type, dict_items_type;

// hash(key) with the str fast path; -1 with an exception on failure.
int64_t dict_key_hash(Value key);
// The lookups with the hash already known (see dict_get / dict_set).
Value dict_get_hashed(Dict* d, Value key, int64_t hash);
Status dict_set_hashed(Dict* d, Value key, int64_t hash, Value value);
int dict_del_hashed(Dict* d, Value key, int64_t hash);
// dict_next that also yields the stored hash.
bool dict_next_hashed(Dict* d, size_t* pos, Value* key, Value* value, int64_t* hash);
// Removes every item; the dict stays usable.
void dict_clear(Dict* d);
// Removes and returns the last item as (key, value); false if empty.
bool dict_pop_last(Dict* d, Value* key, Value* value);
// Fills the empty dict dst with src's items in src's order, without
// comparing keys (used by copy() and by updates of an empty dict).
Status dict_copy_into(Dict* dst, Dict* src);
// Merge of `other` into d. other: a dict (fast), something with keys()
// (mapping protocol), or an iterable of pairs.
Status dict_update_arg(Dict* d, Value other);

// Views and iterators (dict_views.cpp).
enum class DictIterKind : uint8_t { Keys, Values, Items };
Value dict_view_new(Dict* d, DictIterKind kind);
Value dict_iter_new(Dict* d, DictIterKind kind, bool reversed);
void dict_views_init();

}  // namespace tr
