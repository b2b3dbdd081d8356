// The _random module: a Mersenne Twister (MT19937) generator type whose
// seeding, random() and getrandbits() reproduce CPython's bit for bit. The
// distributions (randrange, shuffle, gauss, ...) are lib/random.py on top.
#include <sys/random.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "modules/native_modules.h"
#include "modules/random_internal.h"

namespace tr::modules {
namespace random_mod {

// ---------------------------------------------------------------------------
// The generator

constexpr int kN = 624;  // state words
constexpr int kM = 397;  // the twist's middle offset
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpperMask = 0x80000000u;
constexpr uint32_t kLowerMask = 0x7fffffffu;

// index_ == kN means "regenerate the whole state before the next output",
// which is also what getstate() reports right after seeding.
struct MersenneTwister : Object {
  int index_;
  uint32_t state_[kN];
};

Type random_type;

namespace {

void init_genrand(MersenneTwister* mt, uint32_t s) {
  uint32_t* m = mt->state_;
  m[0] = s;
  for (int i = 1; i < kN; ++i) m[i] = 1812433253u * (m[i - 1] ^ (m[i - 1] >> 30)) + i;
  mt->index_ = kN;
}

// The reference init_by_array (Matsumoto & Nishimura, 2002), which CPython
// feeds with the seed's 32-bit words, least significant first.
void init_by_array(MersenneTwister* mt, const uint32_t* key, size_t len) {
  uint32_t* m = mt->state_;
  init_genrand(mt, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = kN > len ? kN : len; k; --k) {
    m[i] = (m[i] ^ ((m[i - 1] ^ (m[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      m[0] = m[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    m[i] = (m[i] ^ ((m[i - 1] ^ (m[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= kN) {
      m[0] = m[kN - 1];
      i = 1;
    }
  }
  m[0] = 0x80000000u;  // guarantees a non-zero initial state
}

uint32_t genrand_uint32(MersenneTwister* mt) {
  static constexpr uint32_t kMag01[2] = {0, kMatrixA};
  uint32_t* m = mt->state_;
  if (mt->index_ >= kN) {
    int kk = 0;
    uint32_t y;
    for (; kk < kN - kM; ++kk) {
      y = (m[kk] & kUpperMask) | (m[kk + 1] & kLowerMask);
      m[kk] = m[kk + kM] ^ (y >> 1) ^ kMag01[y & 1];
    }
    for (; kk < kN - 1; ++kk) {
      y = (m[kk] & kUpperMask) | (m[kk + 1] & kLowerMask);
      m[kk] = m[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1];
    }
    y = (m[kN - 1] & kUpperMask) | (m[0] & kLowerMask);
    m[kN - 1] = m[kM - 1] ^ (y >> 1) ^ kMag01[y & 1];
    mt->index_ = 0;
  }
  uint32_t y = m[mt->index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// Seeds from an int: the 32-bit words of |n|, least significant first
// (a single zero word for 0).
void seed_from_int(MersenneTwister* mt, Value n) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(n, z);
  mpz_abs(z, z);
  size_t count = 0;
  std::vector<uint32_t> key((mpz_sizeinbase(z, 2) + 31) / 32 + 1, 0);
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  init_by_array(mt, key.data(), count ? count : 1);
}

// seed(None): 624 words of OS entropy, or the time and pid when the OS has
// none to give.
void seed_from_os(MersenneTwister* mt) {
  uint32_t key[kN];
  if (os_random_bytes(key, sizeof key)) {
    init_by_array(mt, key, kN);
    return;
  }
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint32_t k[5] = {static_cast<uint32_t>(ts.tv_sec), static_cast<uint32_t>(ts.tv_sec >> 32),
                   static_cast<uint32_t>(ts.tv_nsec), static_cast<uint32_t>(getpid()),
                   static_cast<uint32_t>(clock())};
  init_by_array(mt, k, 5);
}

// CPython's rule: ints (and int subclasses) by absolute value, None from
// the OS, anything else by its hash reinterpreted as an unsigned word.
Status seed_value(MersenneTwister* mt, Value arg) {
  if (arg.is_null() || arg.is_none()) {
    seed_from_os(mt);
    return Status::Ok;
  }
  if (is_int(arg)) {
    seed_from_int(mt, arg);
    return Status::Ok;
  }
  int64_t h = hash_value(arg);
  if (h == -1 && error_pending()) return Status::Error;
  seed_from_int(mt, int_from_u64(static_cast<uint64_t>(h)));
  return Status::Ok;
}

MersenneTwister* self_mt(const Value* args) {
  return args[0].as<MersenneTwister>();
}

// ---------------------------------------------------------------------------
// Methods

Value m_random(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("random", kw) || !check_nargs("random", nargs - 1, 0, 0))
    return Value::null();
  MersenneTwister* mt = self_mt(args);
  // 27 + 26 bits make a double with all 53 mantissa bits random.
  uint32_t a = genrand_uint32(mt) >> 5, b = genrand_uint32(mt) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value m_seed(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("seed", kw) || !check_nargs("seed", nargs - 1, 0, 1)) return Value::null();
  if (failed(seed_value(self_mt(args), nargs > 1 ? args[1] : Value::none()))) return Value::null();
  return Value::none();
}

Value m_getrandbits(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getrandbits", kw) || !check_nargs("getrandbits", nargs - 1, 1, 1))
    return Value::null();
  Value kv = to_index(args[1]);
  if (kv.is_null()) return kv;
  int64_t k;
  if (!int_to_i64(kv, &k) || k > INT32_MAX || k < INT32_MIN)
    return raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (k < 0) return raise(&exc::ValueError, "number of bits must be non-negative");
  MersenneTwister* mt = self_mt(args);
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return Value::small_int(genrand_uint32(mt) >> (32 - k));
  // Whole words least significant first; the last (most significant) word
  // keeps only its top bits, exactly as CPython fills its byte array.
  size_t words = static_cast<size_t>((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; ++i, k -= 32) {
    uint32_t r = genrand_uint32(mt);
    if (k < 32) r >>= 32 - k;
    w[i] = r;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
  Value result = int_from_mpz(z);
  mpz_clear(z);
  return result;
}

Value m_getstate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("getstate", kw) || !check_nargs("getstate", nargs - 1, 0, 0))
    return Value::null();
  MersenneTwister* mt = self_mt(args);
  Tuple* t = tuple_new(kN + 1);
  for (int i = 0; i < kN; ++i) t->items_[i] = Value::small_int(mt->state_[i]);
  t->items_[kN] = Value::small_int(mt->index_);
  return Value::object(t);
}

// A state word the way C's PyLong_AsUnsignedLong reads it (then cut to 32 bits).
bool state_word(Value v, uint64_t* out) {
  if (!is_int(v)) {
    raise(&exc::TypeError, "an integer is required");
    return false;
  }
  if (int_sign(v) < 0) {
    raise(&exc::OverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(v, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  *out = fits ? (static_cast<uint64_t>(mpz_getlimbn(z, 0))) : 0;
  mpz_clear(z);
  if (!fits) raise(&exc::OverflowError, "Python int too large to convert to C unsigned long");
  return fits;
}

Value m_setstate(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("setstate", kw) || !check_nargs("setstate", nargs - 1, 1, 1))
    return Value::null();
  Value st = args[1];
  if (!is_tuple(st)) return raise(&exc::TypeError, "state vector must be a tuple");
  Tuple* t = st.as<Tuple>();
  if (t->size_ != kN + 1) return raise(&exc::ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    uint64_t w;
    if (!state_word(t->items_[i], &w)) return Value::null();
    words[i] = static_cast<uint32_t>(w);
  }
  Value iv = t->items_[kN];
  if (!is_int(iv)) return raise(&exc::TypeError, "an integer is required");
  int64_t index;
  if (!int_to_i64(iv, &index))
    return raise(&exc::OverflowError, "Python int too large to convert to C long");
  if (index < 0 || index > kN) return raise(&exc::ValueError, "invalid state");
  MersenneTwister* mt = self_mt(args);
  std::memcpy(mt->state_, words, sizeof words);
  mt->index_ = static_cast<int>(index);
  return Value::none();
}

// Allocation leaves the state zeroed; seeding is __init__'s job, so a
// Python subclass with its own __init__ decides how it is seeded.
Value random_new(Type* cls, const Value*, size_t, Tuple* kw) {
  if (cls == &random_type && kw && kw->size_)
    return raise(&exc::TypeError, "Random() takes no keyword arguments");
  return Value::object(alloc_object(cls));
}

Status random_init(Value self, const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise_status(&exc::TypeError, "Random() takes no keyword arguments");
  if (nargs > 1) return raise_status(&exc::TypeError, "Random() requires 0 or 1 argument");
  return seed_value(self.as<MersenneTwister>(), nargs ? args[0] : Value::none());
}

// _random._sha512(data): the digest random.seed() needs for str and bytes
// seeds; kept private because hashlib is the public interface.
Value f_sha512(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("_sha512", kw) || !check_nargs("_sha512", nargs, 1, 1))
    return Value::null();
  std::string_view data;
  if (isinstance_of(args[0], &bytes_type))
    data = args[0].as<Bytes>()->view();
  else if (isinstance_of(args[0], &bytearray_type))
    data = args[0].as<ByteArray>()->view();
  else
    return raise(&exc::TypeError, "a bytes-like object is required, not '%s'",
                 type_name_of(args[0]));
  return Value::object(bytes_new(sha512(data)));
}

const MethodDef kRandomMethods[] = {
    {"random", m_random, 0},
    {"seed", m_seed, 0},
    {"getrandbits", m_getrandbits, 0},
    {"getstate", m_getstate, 0},
    {"setstate", m_setstate, 0},
};

void random_type_ready() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  gc::Pause pause;
  random_type.new_ = random_new;
  random_type.init_ = random_init;
  type_ready(&random_type, "Random", nullptr, sizeof(MersenneTwister), kTypeBaseType);
  random_type.module_ = str_intern("_random");
  add_methods(&random_type, kRandomMethods);
}

}  // namespace

bool os_random_bytes(void* buf, size_t n) {
  auto* p = static_cast<char*>(buf);
  while (n) {
    ssize_t got = getrandom(p, n, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      break;
    }
    p += got;
    n -= static_cast<size_t>(got);
  }
  if (!n) return true;
  int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  while (n) {
    ssize_t got = ::read(fd, p, n);
    if (got <= 0) {
      if (got < 0 && errno == EINTR) continue;
      ::close(fd);
      return false;
    }
    p += got;
    n -= static_cast<size_t>(got);
  }
  ::close(fd);
  return true;
}

}  // namespace random_mod

Status random_module_init(Module* m) {
  using namespace random_mod;
  random_type_ready();
  Dict* d = m->dict_;
  if (failed(dict_set_str(d, str_intern("Random"), Value::object(&random_type))))
    return Status::Error;
  add_function(d, "_sha512", f_sha512);
  return Status::Ok;
}

}  // namespace tr::modules
