// Module objects: a namespace dict with a name.
#pragma once
#include "objects/containers.h"

namespace tr {
struct Str;
struct Module : Object {
  Dict* dict_;
  Str* name_;
};
Module* module_new(Str* name);  // sets __name__, __doc__=None in its dict
Module* module_new_with_dict(Str* name, Dict* dict);
bool is_instance_of_module(Value v);
const char* module_name_utf8(Value module);  // "?" when it has no __name__
}  // namespace tr
