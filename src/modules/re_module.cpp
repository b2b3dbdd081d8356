// The _re native module behind lib/re.py: compile with CPython's pattern
// cache, the module-level functions (re.match(p, s) ...), escape, purge,
// and the hook through which re.py hands over its `error` class.
#include <deque>
#include <unordered_map>

#include "modules/native_modules.h"
#include "modules/re_internal.h"

namespace tr::modules {
namespace re {
namespace {

// ---------------------------------------------------------------------------
// The compiled-pattern cache: like re._cache, 512 entries, oldest dropped
// first, keyed by pattern type, flags and text. A one-entry identity check
// in front catches the common `re.match(CONSTANT, s)` in a loop.

constexpr size_t kMaxCache = 512;

struct Cache {
  std::unordered_map<std::string, Value> map;
  std::deque<std::string> order;
  Value last_pattern = Value::null();
  int64_t last_flags = 0;
  Value last_compiled = Value::null();
  Value error_class = Value::null();
  Value proxy_factory = Value::null();  // wraps Pattern.groupindex (mappingproxy)
};

Cache& cache() {
  static Cache* c = nullptr;
  if (!c) {
    c = new Cache();
    gc::add_root_scanner(
        [](Tracer& t, void*) {
          Cache& k = cache();
          for (auto& [key, v] : k.map) t.visit(v);
          t.visit(k.last_pattern);
          t.visit(k.last_compiled);
          t.visit(k.error_class);
          t.visit(k.proxy_factory);
        },
        nullptr);
  }
  return *c;
}

void purge_cache() {
  Cache& c = cache();
  c.map.clear();
  c.order.clear();
  c.last_pattern = c.last_compiled = Value::null();
}

Value cached_compile(Value pattern, Value flags_v) {
  int64_t flags = 0;
  if (!flags_v.is_null() && !to_ssize(flags_v, &flags)) return Value::null();
  if (type_of(pattern) == &pattern_type) {
    if (flags)
      return raise(&exc::ValueError, "cannot process flags argument with a compiled pattern");
    return pattern;
  }
  Cache& c = cache();
  if (pattern == c.last_pattern && flags == c.last_flags) return c.last_compiled;
  bool is_text = is_exact_str(pattern);
  bool cacheable = is_text || type_of(pattern) == &bytes_type;
  std::string key;
  if (cacheable) {
    std::string_view text = is_text ? pattern.as<Str>()->view() : pattern.as<Bytes>()->view();
    key.reserve(text.size() + 10);
    key += is_text ? 's' : 'b';
    key.append(reinterpret_cast<const char*>(&flags), sizeof flags);
    key.append(text);
    auto it = c.map.find(key);
    if (it != c.map.end()) {
      c.last_pattern = pattern;
      c.last_flags = flags;
      c.last_compiled = it->second;
      return it->second;
    }
  }
  Value compiled = pattern_compile(pattern, flags);
  if (compiled.is_null() || !cacheable) return compiled;
  if (c.map.size() >= kMaxCache) {
    c.map.erase(c.order.front());
    c.order.pop_front();
  }
  c.map.emplace(key, compiled);
  c.order.push_back(std::move(key));
  c.last_pattern = pattern;
  c.last_flags = flags;
  c.last_compiled = compiled;
  return compiled;
}

// ---------------------------------------------------------------------------
// Module functions: compile the pattern (cached), then run the method.

// Binds arguments like a Python function with parameters names[0..n), the
// first nreq required, so that mistakes read as they do with CPython's re
// (whose module functions are written in Python).
bool bind(const char* fname, const char* const* names, size_t n, size_t nreq, const Value* args,
          size_t nargs, Tuple* kw, Value* out) {
  for (size_t i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : Value::null();
  if (nargs > n) {
    if (nreq == n)
      raise(&exc::TypeError, "%s() takes %zu positional argument%s but %zu %s given", fname, n,
            n == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    else
      raise(&exc::TypeError, "%s() takes from %zu to %zu positional arguments but %zu were given",
            fname, nreq, n, nargs);
    return false;
  }
  size_t nkw = kw ? kw->size_ : 0;
  for (size_t k = 0; k < nkw; ++k) {
    std::string_view key = kw->items_[k].as<Str>()->view();
    size_t i = 0;
    while (i < n && key != names[i]) ++i;
    if (i == n) {
      raise(&exc::TypeError, "%s() got an unexpected keyword argument '%.*s'", fname,
            static_cast<int>(key.size()), key.data());
      return false;
    }
    if (!out[i].is_null()) {
      raise(&exc::TypeError, "%s() got multiple values for argument '%s'", fname, names[i]);
      return false;
    }
    out[i] = args[nargs + k];
  }
  std::vector<const char*> missing;
  for (size_t i = 0; i < nreq; ++i)
    if (out[i].is_null()) missing.push_back(names[i]);
  if (missing.empty()) return true;
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i) list += missing.size() > 2 ? ", " : " ";
    if (i && i + 1 == missing.size()) list += "and ";
    list += "'" + std::string(missing[i]) + "'";
  }
  raise(&exc::TypeError, "%s() missing %zu required positional argument%s: %s", fname,
        missing.size(), missing.size() == 1 ? "" : "s", list.c_str());
  return false;
}

// f(pattern, string, flags=0) → Pattern.method(string)
template <Value (*Method)(const Value*, size_t, Tuple*)>
Value with_string(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern", "string", "flags"};
  Value a[3];
  if (!bind(name, kNames, 3, 2, args, nargs, kw, a)) return Value::null();
  Value p = cached_compile(a[0], a[2]);
  if (p.is_null()) return p;
  Value margs[2] = {p, a[1]};
  return Method(margs, 2, nullptr);
}

Value f_match(const Value* a, size_t n, Tuple* k) {
  return with_string<pattern_match>("match", a, n, k);
}
Value f_fullmatch(const Value* a, size_t n, Tuple* k) {
  return with_string<pattern_fullmatch>("fullmatch", a, n, k);
}
Value f_search(const Value* a, size_t n, Tuple* k) {
  return with_string<pattern_search>("search", a, n, k);
}
Value f_findall(const Value* a, size_t n, Tuple* k) {
  return with_string<pattern_findall>("findall", a, n, k);
}
Value f_finditer(const Value* a, size_t n, Tuple* k) {
  return with_string<pattern_finditer>("finditer", a, n, k);
}

// sub(pattern, repl, string, count=0, flags=0) and subn.
template <Value (*Method)(const Value*, size_t, Tuple*)>
Value sub_like(const char* name, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern", "repl", "string", "count", "flags"};
  Value a[5];
  if (!bind(name, kNames, 5, 3, args, nargs, kw, a)) return Value::null();
  Value p = cached_compile(a[0], a[4]);
  if (p.is_null()) return p;
  Value margs[4] = {p, a[1], a[2], a[3].is_null() ? Value::small_int(0) : a[3]};
  return Method(margs, 4, nullptr);
}

Value f_sub(const Value* a, size_t n, Tuple* k) {
  return sub_like<pattern_sub_method>("sub", a, n, k);
}
Value f_subn(const Value* a, size_t n, Tuple* k) {
  return sub_like<pattern_subn_method>("subn", a, n, k);
}

Value f_split(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern", "string", "maxsplit", "flags"};
  Value a[4];
  if (!bind("split", kNames, 4, 2, args, nargs, kw, a)) return Value::null();
  Value p = cached_compile(a[0], a[3]);
  if (p.is_null()) return p;
  Value margs[3] = {p, a[1], a[2].is_null() ? Value::small_int(0) : a[2]};
  return pattern_split_method(margs, 3, nullptr);
}

Value f_compile(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern", "flags"};
  Value a[2];
  if (!bind("compile", kNames, 2, 1, args, nargs, kw, a)) return Value::null();
  return cached_compile(a[0], a[1]);
}

Value f_purge(const Value* args, size_t nargs, Tuple* kw) {
  if (!bind("purge", nullptr, 0, 0, args, nargs, kw, nullptr)) return Value::null();
  purge_cache();
  return Value::none();
}

// escape(pattern): a backslash before every character that is special in
// a pattern (CPython's set, whitespace included).
Value f_escape(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"pattern"};
  Value a[1];
  if (!bind("escape", kNames, 1, 1, args, nargs, kw, a)) return Value::null();
  static const std::string_view kSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
  std::string_view text;
  bool is_text = is_str(a[0]);
  if (is_text)
    text = a[0].as<Str>()->view();
  else if (type_of(a[0]) == &bytes_type || is_subtype(type_of(a[0]), &bytes_type))
    text = a[0].as<Bytes>()->view();
  else if (type_of(a[0]) == &bytearray_type || is_subtype(type_of(a[0]), &bytearray_type))
    text = a[0].as<ByteArray>()->view();
  else
    return raise(&exc::TypeError, "decoding to str: need a bytes-like object, %s found",
                 type_name_of(a[0]));
  std::string out;
  out.reserve(text.size() + 8);
  for (char ch : text) {
    if (kSpecial.find(ch) != std::string_view::npos) out += '\\';
    out += ch;
  }
  if (is_text) return Value::object(str_new(out));
  return Value::object(bytes_new(out));
}

// _set_hooks(error, proxy): re.py's error class, and the factory that makes
// the read-only view Pattern.groupindex returns.
Value f_set_hooks(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("_set_hooks", nargs, 2, 2)) return Value::null();
  cache().error_class = args[0];
  cache().proxy_factory = args[1];
  return Value::none();
}

}  // namespace

Value raise_error(const std::string& msg, Value pattern, int64_t pos) {
  Value cls = cache().error_class;
  if (cls.is_null()) return raise(&exc::ValueError, "%s", msg.c_str());
  Value args[3] = {Value::object(str_new(msg)), pattern.is_null() ? Value::none() : pattern,
                   pos < 0 ? Value::none() : int_from_i64(pos)};
  Value e = call(cls, args, 3);
  if (e.is_null()) return e;
  return raise_value(e);
}

Value groupindex_view(Dict* index) {
  Value copy = Value::object(dict_copy(index));
  Value factory = cache().proxy_factory;
  return factory.is_null() ? copy : call1(factory, copy);
}

}  // namespace re

Status re_module_init(Module* m) {
  static bool ready = false;
  if (!ready) {
    re::pattern_type_init();
    ready = true;
  }
  Dict* d = m->dict_;
  add_function(d, "compile", re::f_compile);
  add_function(d, "match", re::f_match);
  add_function(d, "fullmatch", re::f_fullmatch);
  add_function(d, "search", re::f_search);
  add_function(d, "findall", re::f_findall);
  add_function(d, "finditer", re::f_finditer);
  add_function(d, "sub", re::f_sub);
  add_function(d, "subn", re::f_subn);
  add_function(d, "split", re::f_split);
  add_function(d, "purge", re::f_purge);
  add_function(d, "escape", re::f_escape);
  add_function(d, "_set_hooks", re::f_set_hooks);
  if (failed(dict_set_str(d, str_intern("Pattern"), Value::object(&re::pattern_type))) ||
      failed(dict_set_str(d, str_intern("Match"), Value::object(&re::match_type))) ||
      failed(dict_set_str(d, str_intern("MAXREPEAT"), int_from_i64(re::kRepeatInf))) ||
      failed(dict_set_str(d, str_intern("MAXGROUPS"), int_from_i64(0x3FFFFFFF))))
    return Status::Error;
  return Status::Ok;
}

}  // namespace tr::modules
