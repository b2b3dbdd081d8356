// objects_init: readies every built-in type in dependency order.
#include "objects/objects.h"

#include <gmp.h>

#include <cstdlib>

#include "base/check.h"
#include "objects/init_internal.h"
#include "objects/shape.h"

namespace tr {
namespace {

// Exact ints keep their limbs inside their GC cell (the collector sees their
// real size), so GMP's own allocations are temporaries freed within the
// operation: not counted as GC pressure (counting them made bigint-heavy
// code collect hundreds of times for garbage that did not exist).
void* gmp_alloc(size_t n) {
  void* p = std::malloc(n);
  TR_CHECK(p != nullptr);
  return p;
}
void* gmp_realloc(void* p, size_t /*old_size*/, size_t n) {
  void* q = std::realloc(p, n);
  TR_CHECK(q != nullptr);
  return q;
}
void gmp_free(void* p, size_t) { std::free(p); }

}  // namespace

void objects_init() {
  static bool done = false;
  if (done) return;
  done = true;
  // Types are readied in dependency order, and some objects are made before
  // their type has its trace hook: no collection until every type is ready.
  gc::Pause no_gc;
  mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
  str_init();
  // object and type first: readying them only allocates tuples and dicts,
  // which need their types' addresses, not their readiness.
  object_type_init();
  tuple_type_init();
  dict_type_init();
  function_types_init();
  shape_types_init();
  int_type_init();
  float_type_init();
  str_type_init();
  bytes_type_init();
  list_type_init();
  set_type_init();
  range_type_init();
  iterators_init();
  module_type_init();
  exceptions_init();
  union_type_init();
  generic_alias_type_init();
  // Variable-size layouts: subclass instances keep __dict__ at the cell end.
  for (Type* t : {&str_type, &bytes_type, &tuple_type}) t->flags_ |= kTypeVarSized;
}

}  // namespace tr
