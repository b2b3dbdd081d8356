// The methods and properties of int (and so of bool): bit_length, to_bytes,
// from_bytes, __round__, as_integer_ratio, real/imag/numerator/denominator,
// and the conversion dunders (__int__, __float__, __trunc__, ...).
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int_internal.h"
#include "objects/str.h"

namespace tr {
namespace {

// self as an exact int (bools and subclass instances become plain ints).
Value exact(Value v) { return int_new_of_type(&int_type, v); }

Value int_self(const Value* args, size_t nargs, Tuple* kw) { return exact(args[0]); }

bool no_args(const char* name, size_t nargs, Tuple* kw) {
  return check_no_kwargs(name, kw) && check_nargs(name, nargs - 1, 0, 0);
}

Value m_identity(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args(name, nargs, kw)) return Value::null();
  return exact(args[0]);
}

Value m_conjugate(const Value* a, size_t n, Tuple* k) { return m_identity("conjugate", a, n, k); }
Value m_trunc(const Value* a, size_t n, Tuple* k) { return m_identity("__trunc__", a, n, k); }
Value m_floor(const Value* a, size_t n, Tuple* k) { return m_identity("__floor__", a, n, k); }
Value m_ceil(const Value* a, size_t n, Tuple* k) { return m_identity("__ceil__", a, n, k); }
Value m_int(const Value* a, size_t n, Tuple* k) { return m_identity("__int__", a, n, k); }

Value m_float(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("__float__", nargs, kw)) return Value::null();
  bool overflow;
  double d = int_to_double(args[0], &overflow);
  if (overflow) return raise(&exc::OverflowError, "int too large to convert to float");
  return Value::from_double(d);
}

Value m_abs(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("__abs__", nargs, kw)) return Value::null();
  return int_abs(args[0]);
}

Value m_divmod(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("__divmod__", kw) || !check_nargs("__divmod__", nargs - 1, 1, 1))
    return Value::null();
  return int_divmod(args[0], args[1]);
}

Value m_rdivmod(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("__rdivmod__", kw) || !check_nargs("__rdivmod__", nargs - 1, 1, 1))
    return Value::null();
  return int_divmod(args[1], args[0]);
}

Value m_bit_length(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("bit_length", nargs, kw)) return Value::null();
  if (int_sign(args[0]) == 0) return Value::small_int(0);
  MpzArg z(args[0]);
  return int_from_u64(mpz_sizeinbase(z, 2));
}

Value m_bit_count(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("bit_count", nargs, kw)) return Value::null();
  MpzArg z(args[0]);
  Mpz a;
  mpz_abs(a, z);
  return int_from_u64(mpz_popcount(a));
}

Value m_as_integer_ratio(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("as_integer_ratio", nargs, kw)) return Value::null();
  return Value::object(tuple_pack({exact(args[0]), Value::small_int(1)}));
}

Value m_getnewargs(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("__getnewargs__", nargs, kw)) return Value::null();
  return Value::object(tuple_pack({exact(args[0])}));
}

Value m_sizeof(const Value* args, size_t nargs, Tuple* kw) {
  if (!no_args("__sizeof__", nargs, kw)) return Value::null();
  // CPython's figure: 24 bytes of header plus 4 per 30-bit digit (at least one).
  MpzArg z(args[0]);
  size_t bits = mpz_sizeinbase(z, 2);
  size_t digits = mpz_sgn(z) == 0 ? 1 : (bits + 29) / 30;
  return int_from_u64(24 + 4 * digits);
}

Value m_round(const Value* args, size_t nargs, Tuple* kw) {
  Value nd[1];
  static const char* const kNames[] = {nullptr};
  if (!parse_args("__round__", args + 1, nargs - 1, kw, kNames, 1, 0, nd)) return Value::null();
  if (nd[0].is_null()) return exact(args[0]);
  return int_round(args[0], nd[0]);
}

// ---------------------------------------------------------------------------
// to_bytes / from_bytes

// Reads byteorder: 1 for big, -1 for little, 0 after raising.
int read_byteorder(Value v) {
  if (v.is_null()) return 1;
  if (!is_str(v)) {
    raise(&exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
          type_name_of(v));
    return 0;
  }
  std::string_view s = v.as<Str>()->view();
  if (s == "big") return 1;
  if (s == "little") return -1;
  raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
  return 0;
}

Value m_to_bytes(const Value* args, size_t nargs, Tuple* kw) {
  if (nargs - 1 > 2) {
    return raise(&exc::TypeError, "to_bytes() takes at most 2 positional arguments (%zu given)",
                 nargs - 1);
  }
  static const char* const kNames[] = {"length", "byteorder", "signed"};
  Value a[3];
  if (!parse_args("to_bytes", args + 1, nargs - 1, kw, kNames, 3, 0, a)) return Value::null();
  int64_t length = 1;
  if (!a[0].is_null() && !to_ssize(a[0], &length)) return Value::null();
  if (length < 0) return raise(&exc::ValueError, "length argument must be non-negative");
  int order = read_byteorder(a[1]);
  if (order == 0) return Value::null();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = truthy(a[2]);
    if (t < 0) return Value::null();
    is_signed = t;
  }
  MpzArg z(args[0]);
  if (mpz_sgn(z) < 0 && !is_signed) {
    return raise(&exc::OverflowError, "can't convert negative int to unsigned");
  }
  // Two's complement of width 8*length: add 2**(8*length) to negatives.
  Mpz v;
  mpz_set(v, z);
  uint64_t bits = static_cast<uint64_t>(length) * 8;
  size_t needed = mpz_sizeinbase(v, 2);
  bool fits = mpz_sgn(v) == 0 || needed + (is_signed ? 1 : 0) <= bits;
  if (mpz_sgn(v) < 0) {
    // -2**(bits-1) itself fits: check |v| - 1 < 2**(bits-1).
    Mpz m;
    mpz_neg(m, v);
    mpz_sub_ui(m, m, 1);
    fits = bits > 0 && (mpz_sgn(m) == 0 || mpz_sizeinbase(m, 2) + 1 <= bits);
  }
  if (!fits) return raise(&exc::OverflowError, "int too big to convert");
  if (length > (int64_t{1} << 32)) return raise_memory_error();
  if (mpz_sgn(v) < 0) {
    Mpz p;
    mpz_ui_pow_ui(p, 2, bits);
    mpz_add(v, v, p);
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  std::string tmp((mpz_sizeinbase(v, 2) + 7) / 8 + 1, '\0');
  mpz_export(tmp.data(), &count, 1, 1, 1, 0, v);  // most significant first
  for (size_t i = 0; i < count; ++i) out[out.size() - count + i] = tmp[i];
  if (order < 0) out = std::string(out.rbegin(), out.rend());
  return Value::object(bytes_new(out));
}

// bytes(x) for from_bytes: bytes-like objects or iterables of ints < 256.
bool bytes_of(Value x, std::string* out) {
  if (x.is_object() && (x.as_object()->cls_ == &bytes_type || isinstance_of(x, &bytes_type))) {
    *out = std::string(x.as<Bytes>()->view());
    return true;
  }
  if (x.is_object() && isinstance_of(x, &bytearray_type)) {
    *out = std::string(x.as<ByteArray>()->view());
    return true;
  }
  if (is_str(x) || is_int(x) || x.is_double()) {
    raise(&exc::TypeError, "cannot convert '%s' object to bytes", type_name_of(x));
    return false;
  }
  Value it = get_iter(x);
  if (it.is_null()) {
    if (error_matches(&exc::TypeError)) {
      error_clear();
      raise(&exc::TypeError, "cannot convert '%s' object to bytes", type_name_of(x));
    }
    return false;
  }
  for (;;) {
    Value item = iter_next(it);
    if (item.is_null()) return false;
    if (item.is_exhausted()) return true;
    int64_t b;
    if (!to_ssize(item, &b)) return false;
    if (b < 0 || b > 255) {
      raise(&exc::ValueError, "bytes must be in range(0, 256)");
      return false;
    }
    out->push_back(static_cast<char>(b));
  }
}

Value m_from_bytes(const Value* args, size_t nargs, Tuple* kw) {
  if (nargs - 1 > 2) {
    return raise(&exc::TypeError,
                 "from_bytes() takes at most 2 positional arguments (%zu given)", nargs - 1);
  }
  static const char* const kNames[] = {"bytes", "byteorder", "signed"};
  Value a[3];
  if (!parse_args("from_bytes", args + 1, nargs - 1, kw, kNames, 3, 1, a)) return Value::null();
  int order = read_byteorder(a[1]);
  if (order == 0) return Value::null();
  bool is_signed = false;
  if (!a[2].is_null()) {
    int t = truthy(a[2]);
    if (t < 0) return Value::null();
    is_signed = t;
  }
  std::string data;
  if (!bytes_of(a[0], &data)) return Value::null();
  if (order < 0) data = std::string(data.rbegin(), data.rend());
  Mpz z;
  if (!data.empty()) mpz_import(z, data.size(), 1, 1, 1, 0, data.data());
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    Mpz p;
    mpz_ui_pow_ui(p, 2, data.size() * 8);
    mpz_sub(z, z, p);
  }
  Value result = int_from_mpz_take(z);
  Type* cls = args[0].as<Type>();
  if (cls != &int_type) return call1(args[0], result);
  return result;
}

// ---------------------------------------------------------------------------
// Properties

Value p_imag(const Value*, size_t, Tuple*) { return Value::small_int(0); }
Value p_one(const Value*, size_t, Tuple*) { return Value::small_int(1); }

const MethodDef kIntMethods[] = {
    {"conjugate", m_conjugate, 0},
    {"bit_length", m_bit_length, 0},
    {"bit_count", m_bit_count, 0},
    {"to_bytes", m_to_bytes, 0},
    {"from_bytes", m_from_bytes, kNativeClassMethod},
    {"as_integer_ratio", m_as_integer_ratio, 0},
    {"__trunc__", m_trunc, 0},
    {"__floor__", m_floor, 0},
    {"__ceil__", m_ceil, 0},
    {"__round__", m_round, 0},
    {"__int__", m_int, 0},
    {"__float__", m_float, 0},
    {"__abs__", m_abs, 0},
    {"__divmod__", m_divmod, 0},
    {"__rdivmod__", m_rdivmod, 0},
    {"__getnewargs__", m_getnewargs, 0},
    {"__sizeof__", m_sizeof, 0},
};

}  // namespace

// round(v, ndigits) for ndigits < 0: to a multiple of 10**-ndigits, ties to even.
Value int_round(Value v, Value ndigits_value) {
  Value nd = to_index(ndigits_value);
  if (nd.is_null()) return nd;
  if (int_sign(nd) >= 0) return exact(v);
  MpzArg x(v);
  int64_t n;
  // 10**-n exceeds |v| by far: the result is 0 (CPython would compute it).
  if (!int_to_i64(nd, &n) || n < -(int64_t{1} << 62) ||
      static_cast<uint64_t>(-n) > mpz_sizeinbase(x, 10) + 1) {
    return Value::small_int(0);
  }
  Mpz p, q, r, twice;
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(-n));
  mpz_fdiv_qr(q, r, x, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return int_from_mpz_take(q);
}

void int_add_methods(Type* t) {
  add_methods(t, kIntMethods);
  add_property(t, "real", int_self);
  add_property(t, "imag", p_imag);
  add_property(t, "numerator", int_self);
  add_property(t, "denominator", p_one);
}

}  // namespace tr
