// Internal to the _random module (random_*.cpp): the SHA-512 digest used
// for str/bytes seeds and the OS entropy source shared with os.urandom.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace tr::modules::random_mod {

// The 64-byte SHA-512 digest of `data`.
std::string sha512(std::string_view data);

// Fills buf with n bytes from the kernel's CSPRNG (getrandom, falling back to
// /dev/urandom). False with errno set when neither works.
bool os_random_bytes(void* buf, size_t n);

}  // namespace tr::modules::random_mod
