// re.Pattern (a compiled regular expression) and its scanner: compile,
// match/fullmatch/search, findall/finditer, and the attributes. sub/subn/
// split live in re_sub.cpp.
#include "modules/re_internal.h"
#include "objects/iterators.h"

namespace tr::modules::re {

Type pattern_type, scanner_type;

namespace {

void pattern_trace(Object* o, Tracer& t) {
  auto* p = static_cast<PatternObj*>(o);
  t.visit(p->pattern_);
  t.visit(p->groupindex_);
  t.visit(p->indexgroup_);
}

void pattern_finalize(Object* o) {
  auto* p = static_cast<PatternObj*>(o);
  delete p->prog_;
  p->prog_ = nullptr;
}

PatternObj* self_of(const Value* args) {
  return args[0].as<PatternObj>();
}

bool is_bytes_obj(Value v) {
  return v.is_object() && (type_of(v) == &bytes_type || is_subtype(type_of(v), &bytes_type));
}

// pos/endpos arguments: absent means the whole string; clamped like CPython.
bool get_range(Value pos_v, Value end_v, int64_t len, int64_t* pos, int64_t* endpos) {
  int64_t p = 0, e = len;
  if (!pos_v.is_null() && !to_ssize(pos_v, &p)) return false;
  if (!end_v.is_null() && !to_ssize(end_v, &e)) return false;
  *pos = p < 0 ? 0 : p > len ? len : p;
  *endpos = e < 0 ? 0 : e > len ? len : e;
  return true;
}

// The (string, pos, endpos) arguments shared by most methods.
bool string_args(const char* name, const Value* args, size_t nargs, Tuple* kw, Subject* subj,
                 int64_t* pos, int64_t* endpos) {
  static const char* const kNames[] = {"string", "pos", "endpos"};
  Value a[3];
  if (nargs == 2 && !kw) {
    // p.match(s), by far the most common call, needs no binding.
    if (!pattern_prepare(self_of(args), args[1], subj)) return false;
    *pos = 0;
    *endpos = subj->length;
    return true;
  }
  if (!parse_args(name, args + 1, nargs - 1, kw, kNames, 3, 1, a)) return false;
  return pattern_prepare(self_of(args), a[0], subj) &&
         get_range(a[1], a[2], subj->length, pos, endpos);
}

Value do_match(const Value* args, size_t nargs, Tuple* kw, const char* name, MatchMode mode) {
  Subject subj;
  int64_t pos, endpos;
  if (!string_args(name, args, nargs, kw, &subj, &pos, &endpos)) return Value::null();
  PatternObj* p = self_of(args);
  static MatchResult r;  // scratch: match_new copies it before anything re-enters
  if (mode == kModeFull && pos > endpos) return Value::none();
  if (!run(*p->prog_, subj, pos, endpos, mode, false, &r)) return Value::none();
  return match_new(p, subj, pos, endpos, r);
}

}  // namespace

Value pattern_match(const Value* a, size_t n, Tuple* k) {
  return do_match(a, n, k, "match", kModeMatch);
}
Value pattern_fullmatch(const Value* a, size_t n, Tuple* k) {
  return do_match(a, n, k, "fullmatch", kModeFull);
}
Value pattern_search(const Value* a, size_t n, Tuple* k) {
  return do_match(a, n, k, "search", kModeSearch);
}

Value pattern_findall(const Value* args, size_t nargs, Tuple* kw) {
  Subject subj;
  int64_t pos, endpos;
  if (!string_args("findall", args, nargs, kw, &subj, &pos, &endpos)) return Value::null();
  PatternObj* p = self_of(args);
  List* out = list_new(0);
  Value keep = Value::object(out);
  MatchResult r;
  bool must_advance = false;
  Value empty = subj.slice(0, 0);
  while (pos <= endpos && run(*p->prog_, subj, pos, endpos, kModeSearch, must_advance, &r)) {
    Value item;
    if (p->groups_ == 0) {
      item = subj.slice(r.start, r.end);
    } else {
      auto group = [&](int g) {
        int64_t s = r.marks[2 * (g - 1)], e = r.marks[2 * (g - 1) + 1];
        return (s < 0 || e < s) ? empty : subj.slice(s, e);
      };
      if (p->groups_ == 1) {
        item = group(1);
      } else {
        Tuple* t = tuple_new(p->groups_);
        for (int g = 0; g < p->groups_; ++g) t->items_[g] = empty;
        for (int g = 1; g <= p->groups_; ++g) t->items_[g - 1] = group(g);
        item = Value::object(t);
      }
    }
    if (failed(list_append(out, item))) return Value::null();
    must_advance = r.end == r.start;
    pos = r.end;
  }
  (void)keep;
  return Value::object(out);
}

namespace {

// ---------------------------------------------------------------------------
// Scanner: the state behind finditer() (and Pattern.scanner()).

struct ScannerObj : Object {
  Value pattern_;
  Value string_;
  Subject* subj_;  // owned
  int64_t pos_, endpos_;
  bool must_advance_;
  bool done_;
};

void scanner_trace(Object* o, Tracer& t) {
  auto* s = static_cast<ScannerObj*>(o);
  t.visit(s->pattern_);
  t.visit(s->string_);
}

void scanner_finalize(Object* o) {
  auto* s = static_cast<ScannerObj*>(o);
  delete s->subj_;
  s->subj_ = nullptr;
}

Value scanner_new(const Value* args, size_t nargs, Tuple* kw, const char* name) {
  auto subj = std::make_unique<Subject>();
  int64_t pos, endpos;
  if (!string_args(name, args, nargs, kw, subj.get(), &pos, &endpos)) return Value::null();
  auto* s = alloc<ScannerObj>(&scanner_type);
  s->pattern_ = args[0];
  s->string_ = subj->obj;
  s->pos_ = pos;
  s->endpos_ = endpos;
  s->subj_ = subj.release();
  return Value::object(s);
}

Value scanner_step(ScannerObj* s, MatchMode mode) {
  if (s->done_ || s->pos_ > s->endpos_) return Value::none();
  PatternObj* p = s->pattern_.as<PatternObj>();
  static MatchResult r;  // scratch: match_new copies it before anything re-enters
  if (!run(*p->prog_, *s->subj_, s->pos_, s->endpos_, mode, s->must_advance_, &r)) {
    s->done_ = true;
    return Value::none();
  }
  Value m = match_new(p, *s->subj_, s->pos_, s->endpos_, r);
  s->must_advance_ = r.end == r.start;
  s->pos_ = r.end;
  return m;
}

Value sc_match(const Value* args, size_t nargs, Tuple* kw) {
  return scanner_step(args[0].as<ScannerObj>(), kModeMatch);
}
Value sc_search(const Value* args, size_t nargs, Tuple* kw) {
  return scanner_step(args[0].as<ScannerObj>(), kModeSearch);
}
Value sc_pattern(const Value* args, size_t, Tuple*) {
  return args[0].as<ScannerObj>()->pattern_;
}

Value p_scanner(const Value* args, size_t nargs, Tuple* kw) {
  return scanner_new(args, nargs, kw, "scanner");
}

}  // namespace

Value pattern_finditer(const Value* args, size_t nargs, Tuple* kw) {
  Value sc = scanner_new(args, nargs, kw, "finditer");
  if (sc.is_null()) return sc;
  // iter(scanner.search, None), as CPython builds it.
  Value search = Value::object(native_new("search", sc_search, kNativeMethod, sc, &scanner_type));
  return callable_iter_new(search, Value::none());
}

namespace {

// ---------------------------------------------------------------------------
// sub, subn, split (bodies in re_sub.cpp)

Value p_sub_common(const Value* args, size_t nargs, Tuple* kw, const char* name, bool subn) {
  static const char* const kNames[] = {"repl", "string", "count"};
  Value a[3];
  if (!parse_args(name, args + 1, nargs - 1, kw, kNames, 3, 2, a)) return Value::null();
  int64_t count = 0;
  if (!a[2].is_null() && !to_ssize(a[2], &count)) return Value::null();
  return pattern_sub(self_of(args), a[0], a[1], count, subn);
}
}  // namespace

Value pattern_sub_method(const Value* a, size_t n, Tuple* k) {
  return p_sub_common(a, n, k, "sub", false);
}
Value pattern_subn_method(const Value* a, size_t n, Tuple* k) {
  return p_sub_common(a, n, k, "subn", true);
}

Value pattern_split_method(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"string", "maxsplit"};
  Value a[2];
  if (!parse_args("split", args + 1, nargs - 1, kw, kNames, 2, 1, a)) return Value::null();
  int64_t maxsplit = 0;
  if (!a[1].is_null() && !to_ssize(a[1], &maxsplit)) return Value::null();
  return pattern_split(self_of(args), a[0], maxsplit);
}

namespace {

// ---------------------------------------------------------------------------
// Attributes, repr, equality

Value a_pattern(const Value* args, size_t, Tuple*) {
  return self_of(args)->pattern_;
}
Value a_flags(const Value* args, size_t, Tuple*) {
  return int_from_i64(self_of(args)->flags_);
}
Value a_groups(const Value* args, size_t, Tuple*) {
  return Value::small_int(self_of(args)->groups_);
}
Value a_groupindex(const Value* args, size_t, Tuple*) {
  return groupindex_view(self_of(args)->groupindex_.as<Dict>());
}

Value pattern_repr(Value self) {
  PatternObj* p = self.as<PatternObj>();
  Value r = repr(p->pattern_);
  if (r.is_null()) return r;
  Str* rs = r.as<Str>();
  std::string text(rs->view());
  if (rs->length_ > 200) {
    size_t bytes = 0;
    for (int n = 0; n < 200; ++n) {
      unsigned char b = static_cast<unsigned char>(text[bytes]);
      bytes += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    text.resize(bytes);
  }
  static const struct {
    const char* name;
    int64_t value;
  } kNames[] = {
      {"re.TEMPLATE", kTemplate},   {"re.IGNORECASE", kIgnoreCase}, {"re.LOCALE", kLocale},
      {"re.MULTILINE", kMultiline}, {"re.DOTALL", kDotAll},         {"re.UNICODE", kUnicode},
      {"re.VERBOSE", kVerbose},     {"re.DEBUG", kDebug},           {"re.ASCII", kAscii}};
  int64_t flags = p->flags_;
  // A str pattern is Unicode unless said otherwise: do not print the default.
  if (!p->is_bytes_ && (flags & (kLocale | kUnicode | kAscii)) == kUnicode) flags &= ~kUnicode;
  std::string out = "re.compile(" + text;
  if (flags) {
    std::string names;
    for (auto& f : kNames) {
      if (!(flags & f.value)) continue;
      if (!names.empty()) names += '|';
      names += f.name;
      flags &= ~f.value;
    }
    if (flags) {
      char buf[32];
      snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(flags));
      if (!names.empty()) names += '|';
      names += buf;
    }
    out += ", " + names;
  }
  out += ')';
  return str_value(out);
}

Value pattern_compare(Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || type_of(b) != &pattern_type)
    return Value::not_implemented();
  PatternObj* x = a.as<PatternObj>();
  PatternObj* y = b.as<PatternObj>();
  bool eq = x == y;
  if (!eq && x->flags_ == y->flags_ && x->is_bytes_ == y->is_bytes_) {
    int r = equals(x->pattern_, y->pattern_);
    if (r < 0) return Value::null();
    eq = r == 1;
  }
  return Value::boolean(eq == (op == CompareOp::Eq));
}

int64_t pattern_hash(Value self) {
  PatternObj* p = self.as<PatternObj>();
  int64_t h = hash_value(p->pattern_);
  if (h == -1) return -1;
  h ^= p->flags_ * 1000003;
  return h == -1 ? -2 : h;
}

Value p_copy(const Value* args, size_t, Tuple*) {
  return args[0];
}
Value p_class_getitem(const Value* args, size_t, Tuple*) {
  return args[0];
}

Value no_new(Type* cls, const Value*, size_t, Tuple*) {
  return raise(&exc::TypeError, "cannot create 're.%s' instances", type_name(cls));
}

const MethodDef kPatternMethods[] = {
    {"match", pattern_match, 0},       {"fullmatch", pattern_fullmatch, 0},
    {"search", pattern_search, 0},     {"findall", pattern_findall, 0},
    {"finditer", pattern_finditer, 0}, {"sub", pattern_sub_method, 0},
    {"subn", pattern_subn_method, 0},  {"split", pattern_split_method, 0},
    {"scanner", p_scanner, 0},         {"__copy__", p_copy, 0},
    {"__deepcopy__", p_copy, 0},       {"__class_getitem__", p_class_getitem, kNativeClassMethod},
};

const MethodDef kScannerMethods[] = {
    {"match", sc_match, 0},
    {"search", sc_search, 0},
};

}  // namespace

// ---------------------------------------------------------------------------

bool pattern_prepare(PatternObj* p, Value string, Subject* subj) {
  if (!subj->load(string)) return false;
  if (subj->is_bytes != p->is_bytes_) {
    raise(&exc::TypeError, p->is_bytes_ ? "cannot use a bytes pattern on a string-like object"
                                        : "cannot use a string pattern on a bytes-like object");
    return false;
  }
  return true;
}

Value pattern_compile(Value pattern, int64_t flags) {
  bool is_bytes;
  std::vector<uint32_t> cps;
  if (is_str(pattern)) {
    is_bytes = false;
    Subject s;
    if (!s.load(pattern)) return Value::null();
    cps.resize(s.length);
    for (int64_t i = 0; i < s.length; ++i) cps[i] = s.at(i);
  } else if (is_bytes_obj(pattern)) {
    is_bytes = true;
    Bytes* b = pattern.as<Bytes>();
    cps.assign(reinterpret_cast<const uint8_t*>(b->data_),
               reinterpret_cast<const uint8_t*>(b->data_) + b->size_);
  } else {
    return raise(&exc::TypeError, "first argument must be string or compiled pattern");
  }
  Parsed parsed;
  if (!parse(cps, is_bytes, static_cast<int>(flags), pattern, &parsed)) return Value::null();
  auto prog = std::make_unique<Program>();
  if (!compile(parsed, prog.get(), is_bytes)) return Value::null();
  Dict* index = dict_new();
  Value keep = Value::object(index);
  // Names are interned: lastgroup hands out the same str every time.
  Tuple* names = tuple_new(parsed.groups + 1);
  for (int g = 0; g <= parsed.groups; ++g) names->items_[g] = Value::none();
  Value keep_names = Value::object(names);
  for (auto& [name, gid] : parsed.names) {
    Value key = Value::object(str_intern(name));
    names->items_[gid] = key;
    if (failed(dict_set(index, key, Value::small_int(gid)))) return Value::null();
  }
  auto* p = alloc<PatternObj>(&pattern_type);
  p->pattern_ = pattern;
  p->groupindex_ = keep;
  p->flags_ = parsed.flags;
  p->groups_ = parsed.groups;
  p->is_bytes_ = is_bytes;
  p->prog_ = prog.release();
  p->indexgroup_ = keep_names;
  return Value::object(p);
}

void pattern_type_init() {
  gc::Pause pause;
  pattern_type.gc_trace_ = pattern_trace;
  pattern_type.gc_finalize_ = pattern_finalize;
  pattern_type.repr_ = pattern_repr;
  pattern_type.compare_ = pattern_compare;
  pattern_type.hash_ = pattern_hash;
  pattern_type.new_ = no_new;
  type_ready(&pattern_type, "Pattern", nullptr, sizeof(PatternObj), 0);
  pattern_type.module_ = str_intern("re");
  add_methods(&pattern_type, kPatternMethods);
  add_property(&pattern_type, "pattern", a_pattern);
  add_property(&pattern_type, "flags", a_flags);
  add_property(&pattern_type, "groups", a_groups);
  add_property(&pattern_type, "groupindex", a_groupindex);

  scanner_type.gc_trace_ = scanner_trace;
  scanner_type.gc_finalize_ = scanner_finalize;
  scanner_type.new_ = no_new;
  type_ready(&scanner_type, "SRE_Scanner", nullptr, sizeof(ScannerObj), 0);
  scanner_type.module_ = str_intern("re");
  add_methods(&scanner_type, kScannerMethods);
  add_property(&scanner_type, "pattern", sc_pattern);

  match_type_init();
}

}  // namespace tr::modules::re
