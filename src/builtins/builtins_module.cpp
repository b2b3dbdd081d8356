// The builtins dict: constants, the built-in types and exception classes by
// name, and the functions each builtins_*.cpp file contributes.
#include "builtins/builtins.h"
#include "builtins/builtins_internal.h"
#include "objects/iterators.h"

namespace tr {

// memoryview is optional (the builtin is absent until someone defines it).
[[gnu::weak]] extern Type memoryview_type;

namespace {

Dict* g_builtins = nullptr;

void scan_builtins(Tracer& t, void*) {
  t.visit(g_builtins);
}

void set(Dict* d, const char* name, Value v) {
  Status s = dict_set_str(d, str_intern(name), v);
  (void)s;  // a fresh dict with str keys cannot fail
}

void add_types(Dict* d) {
  struct Named {
    const char* name;
    Type* type;
  };
  const Named kTypes[] = {
      {"object", &object_type},
      {"type", &type_type},
      {"bool", &bool_type},
      {"int", &int_type},
      {"float", &float_type},
      {"complex", &complex_type},
      {"str", &str_type},
      {"bytes", &bytes_type},
      {"bytearray", &bytearray_type},
      {"list", &list_type},
      {"tuple", &tuple_type},
      {"dict", &dict_type},
      {"set", &set_type},
      {"frozenset", &frozenset_type},
      {"range", &range_type},
      {"slice", &slice_type},
      {"property", &property_type},
      {"staticmethod", &staticmethod_type},
      {"classmethod", &classmethod_type},
      {"memoryview", &memoryview_type},
      {"enumerate", &enumerate_type},
      {"zip", &zip_type},
      {"map", &map_type},
      {"filter", &filter_type},
      {"reversed", &reversed_type},
  };
  // A type another engineer has not readied yet (no dict) is left out
  // rather than exposed half-made.
  for (const Named& n : kTypes)
    if (n.type && n.type->dict_) set(d, n.name, Value::object(n.type));
}

void add_exceptions(Dict* d) {
  set(d, "BaseException", Value::object(&exc::BaseException));
#define TR_EXC(name, base, family) set(d, #name, Value::object(&exc::name));
#include "objects/exceptions.def"
#undef TR_EXC
  set(d, "BaseExceptionGroup", Value::object(&base_exception_group_type));
  if (Type* eg = exception_group_type()) set(d, "ExceptionGroup", Value::object(eg));
  set(d, "EnvironmentError", Value::object(&exc::OSError));
  set(d, "IOError", Value::object(&exc::OSError));
}

}  // namespace

Dict* builtins_dict() {
  if (g_builtins) return g_builtins;
  g_builtins = dict_new();
  gc::add_root_scanner(scan_builtins, nullptr);
  Dict* d = g_builtins;
  set(d, "__name__", Value::object(names::builtins));
  set(d, "__doc__", Value::none());
  set(d, "__package__", Value::object(str_empty()));
  set(d, "__loader__", Value::none());
  set(d, "__spec__", Value::none());
  set(d, "None", Value::none());
  set(d, "Ellipsis", Value::ellipsis());
  set(d, "NotImplemented", Value::not_implemented());
  set(d, "True", Value::true_());
  set(d, "False", Value::false_());
  set(d, "__debug__", Value::true_());
  add_types(d);
  add_exceptions(d);
  add_numeric_builtins(d);
  add_text_builtins(d);
  add_iter_builtins(d);
  add_object_builtins(d);
  add_io_builtins(d);
  add_open_builtin(d);
  add_site_builtins(d);
  return d;
}

void builtins_init() {
  builtins_dict();
}

Value call_type_special(Value self, Str* name, const Value* args, size_t nargs, bool* found) {
  Value m = type_lookup(type_of(self), name);
  *found = !m.is_null();
  if (m.is_null()) return m;
  Type* mt = type_of(m);
  if (mt->descr_get_) {
    m = mt->descr_get_(m, self, Value::object(type_of(self)));
    if (m.is_null()) return m;
  }
  return call(m, args, nargs);
}

}  // namespace tr
