// type_subclasses.cpp — type.__subclasses__() and type_modified(): every
// class remembers its direct subclasses weakly. A side table, not Type
// fields, so that a dying class never has to read another dead class's
// memory during a sweep.
#include <algorithm>
#include <unordered_map>
#include <vector>

#include "objects/objects.h"
#include "objects/type_internal.h"

namespace tr {

namespace {

// base -> its live direct subclasses, in creation order; and each registered
// class -> the bases it was registered under (copied, so finalising a class
// reads no heap object).
std::unordered_map<Type*, std::vector<Type*>>& subclasses_of() {
  static auto* m = new std::unordered_map<Type*, std::vector<Type*>>();
  return *m;
}
std::unordered_map<Type*, std::vector<Type*>>& bases_of() {
  static auto* m = new std::unordered_map<Type*, std::vector<Type*>>();
  return *m;
}

uint64_t g_last_type_version = 0;

}  // namespace

void type_modified(Type* t) {
  t->version_ = ++g_last_type_version;
  auto s = subclasses_of().find(t);
  if (s == subclasses_of().end()) return;
  for (Type* sub : s->second) type_modified(sub);
}

void type_register_subclass(Type* t) {
  std::vector<Type*>& mine = bases_of()[t];
  for (size_t i = 0; i < t->bases_->size_; ++i) {
    Type* b = t->bases_->items_[i].as<Type>();
    subclasses_of()[b].push_back(t);
    mine.push_back(b);
  }
}

void type_finalize(Object* o) {
  auto* t = static_cast<Type*>(o);
  auto it = bases_of().find(t);
  if (it == bases_of().end()) return;
  for (Type* b : it->second) {
    auto s = subclasses_of().find(b);
    if (s == subclasses_of().end()) continue;
    std::vector<Type*>& v = s->second;
    v.erase(std::remove(v.begin(), v.end(), t), v.end());
  }
  bases_of().erase(it);
  subclasses_of().erase(t);
}

Value type_subclasses_method(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("__subclasses__", nargs - 1, 0, 0)) return Value::null();
  List* out = list_new(0);
  auto s = subclasses_of().find(args[0].as<Type>());
  if (s == subclasses_of().end()) return Value::object(out);
  // Copy first: appending may collect, and a collection may edit the table.
  std::vector<Type*> live = s->second;
  RootedValues keep;
  for (Type* t : live) keep.push_back(Value::object(t));
  for (size_t i = 0; i < keep.size(); ++i)
    if (failed(list_append(out, keep[i]))) return Value::null();
  return Value::object(out);
}

}  // namespace tr
