// arena.h — bump allocator that owns every AST node, list and identifier.
// The parser allocates into an Arena supplied by the caller; the tree lives
// exactly as long as that Arena.  No destructors run: nodes must be trivial.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace tr::syntax {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // Raw storage; `align` must be a power of two no larger than 16.
  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t at = (used_ + align - 1) & ~(align - 1);
    if (chunks_.empty() || at + size > capacity_) {
      grow(size + align);
      at = 0;
    }
    used_ = at + size;
    bytes_ += size;
    return chunks_.back().get() + at;
  }

  // Constructs a T in the arena.  T must be trivially destructible because
  // the arena never runs destructors.
  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies `count` trivially copyable elements into the arena.
  template <class T>
  T* copy_array(const T* src, size_t count) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (count == 0) return nullptr;
    T* dst = static_cast<T*>(allocate(sizeof(T) * count, alignof(T)));
    std::memcpy(static_cast<void*>(dst), src, sizeof(T) * count);
    return dst;
  }

  // Copies a string; the view stays valid as long as the arena.
  std::string_view copy_string(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return std::string_view(p, s.size());
  }

  size_t bytes_allocated() const { return bytes_; }

 private:
  static constexpr size_t kChunkSize = 64 * 1024;

  void grow(size_t need) {
    size_t cap = need > kChunkSize ? need : kChunkSize;
    chunks_.push_back(std::unique_ptr<char[]>(new char[cap]));
    capacity_ = cap;
    used_ = 0;
  }

  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t capacity_ = 0;
  size_t used_ = 0;
  size_t bytes_ = 0;
};

}  // namespace tr::syntax
