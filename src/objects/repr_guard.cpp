// The set of objects whose repr is in progress (see repr_guard.h).
#include "objects/repr_guard.h"

#include <vector>

namespace tr {
namespace {
// Usually a handful of entries deep; a vector beats a hash set here.
std::vector<Object*>& active() {
  static auto* v = new std::vector<Object*>();
  return *v;
}
}  // namespace

ReprGuard::ReprGuard(Object* o) : obj_(o), recursive_(false) {
  for (Object* a : active()) {
    if (a == o) {
      recursive_ = true;
      return;
    }
  }
  active().push_back(o);
}

ReprGuard::~ReprGuard() {
  if (recursive_) return;
  auto& v = active();
  // Guards nest, so ours is normally the last entry.
  for (size_t i = v.size(); i-- > 0;) {
    if (v[i] == obj_) {
      v.erase(v.begin() + static_cast<long>(i));
      break;
    }
  }
}

}  // namespace tr
