// objects_init: readies every built-in type in dependency order.
#include "objects/objects.h"

#include "objects/init_internal.h"

namespace tr {

void objects_init() {
  static bool done = false;
  if (done) return;
  done = true;
  str_init();
  // object and type first: readying them only allocates tuples and dicts,
  // which need their types' addresses, not their readiness.
  object_type_init();
  tuple_type_init();
  dict_type_init();
  function_types_init();
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
  // Variable-size layouts: subclass instances keep __dict__ at the cell end.
  for (Type* t : {&str_type, &bytes_type, &tuple_type}) t->flags_ |= kTypeVarSized;
}

}  // namespace tr
