// The set of objects whose repr is in progress (see repr_guard.h).
#include "objects/repr_guard.h"

#include <vector>

#include "objects/errors.h"

namespace tr {
namespace {
// Usually a handful of entries deep; a vector beats a hash set here.
std::vector<Object*>& active() {
  static auto* v = new std::vector<Object*>();
  return *v;
}
}  // namespace

ReprGuard::ReprGuard(Object* o) : obj_(o), state_(State::Entered) {
  auto& v = active();
  for (Object* a : v) {
    if (a == o) {
      state_ = State::Recursive;
      return;
    }
  }
  if (v.size() >= kMaxDepth) {
    state_ = State::TooDeep;
    raise(&exc::RecursionError,
          "maximum recursion depth exceeded while getting the repr of an object");
    return;
  }
  v.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (state_ != State::Entered) return;
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
