// re.Match: the result of a successful match. It keeps the subject, the
// pattern and the span of every group (code points, plus UTF-8 byte offsets
// for non-ASCII str so that group() slices without decoding again).
#include "modules/re_internal.h"

namespace tr::modules::re {

Type match_type;

namespace {

void match_trace(Object* o, Tracer& t) {
  auto* m = static_cast<MatchObj*>(o);
  t.visit(m->string_);
  t.visit(m->pattern_);
  t.visit(m->regs_);
}

PatternObj* pattern_of(MatchObj* m) {
  return m->pattern_.as<PatternObj>();
}

// The text of [marks_[2g], marks_[2g+1]) of a set group.
Value slice(MatchObj* m, int32_t g) {
  int64_t s = m->marks_[2 * g], e = m->marks_[2 * g + 1];
  Value str = m->string_;
  if (is_str(str)) {
    if (m->wide_) {
      s = m->marks_[2 * m->ngroups_ + 2 * g];
      e = m->marks_[2 * m->ngroups_ + 2 * g + 1];
    }
    return Value::object(str_new({str.as<Str>()->data_ + s, static_cast<size_t>(e - s)}));
  }
  if (type_of(str) == &bytes_type || is_subtype(type_of(str), &bytes_type))
    return Value::object(bytes_new({str.as<Bytes>()->data_ + s, static_cast<size_t>(e - s)}));
  // A bytearray may have shrunk since the match: slice what is left. The
  // group is bytes all the same, as in CPython.
  std::string_view v = str.as<ByteArray>()->view();
  size_t a = std::min<size_t>(s, v.size()), b = std::min<size_t>(e, v.size());
  return Value::object(bytes_new(v.substr(a, b - a)));
}

MatchObj* self_of(const Value* args) {
  return args[0].as<MatchObj>();
}

// ---------------------------------------------------------------------------
// Methods

Value m_group(const Value* args, size_t nargs, Tuple* kw) {
  if (kw && kw->size_) return raise(&exc::TypeError, "Match.group() takes no keyword arguments");
  MatchObj* m = self_of(args);
  if (nargs == 1) return match_group_value(m, 0, Value::none());
  if (nargs == 2) {
    int32_t g;
    if (!match_group_index(m, args[1], &g)) return Value::null();
    return match_group_value(m, g, Value::none());
  }
  Tuple* t = tuple_new(nargs - 1);
  for (size_t i = 1; i < nargs; ++i) t->items_[i - 1] = Value::none();
  for (size_t i = 1; i < nargs; ++i) {
    int32_t g;
    if (!match_group_index(m, args[i], &g)) return Value::null();
    t->items_[i - 1] = match_group_value(m, g, Value::none());
  }
  return Value::object(t);
}

Value m_getitem(Value self, Value key) {
  MatchObj* m = self.as<MatchObj>();
  int32_t g;
  if (!match_group_index(m, key, &g)) return Value::null();
  return match_group_value(m, g, Value::none());
}

Value m_groups(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"default"};
  Value a[1];
  if (!parse_args("groups", args + 1, nargs - 1, kw, kNames, 1, 0, a)) return Value::null();
  Value deflt = a[0].is_null() ? Value::none() : a[0];
  MatchObj* m = self_of(args);
  Tuple* t = tuple_new(m->ngroups_ - 1);
  for (int32_t g = 1; g < m->ngroups_; ++g) t->items_[g - 1] = Value::none();
  for (int32_t g = 1; g < m->ngroups_; ++g) t->items_[g - 1] = match_group_value(m, g, deflt);
  return Value::object(t);
}

Value m_groupdict(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"default"};
  Value a[1];
  if (!parse_args("groupdict", args + 1, nargs - 1, kw, kNames, 1, 0, a)) return Value::null();
  Value deflt = a[0].is_null() ? Value::none() : a[0];
  MatchObj* m = self_of(args);
  Dict* out = dict_new();
  Dict* index = pattern_of(m)->groupindex_.as<Dict>();
  size_t pos = 0;
  Value k, v;
  while (dict_next(index, &pos, &k, &v)) {
    int64_t g;
    if (!int_to_i64(v, &g)) continue;
    if (failed(dict_set(out, k, match_group_value(m, static_cast<int32_t>(g), deflt))))
      return Value::null();
  }
  return Value::object(out);
}

// start(), end(), span(): one optional positional group argument.
bool span_of(const Value* args, size_t nargs, Tuple* kw, const char* name, int64_t* s, int64_t* e) {
  if (kw && kw->size_) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs > 2) {
    raise(&exc::TypeError, "%s expected at most 1 argument, got %zu", name, nargs - 1);
    return false;
  }
  MatchObj* m = self_of(args);
  int32_t g = 0;
  if (nargs == 2 && !match_group_index(m, args[1], &g)) return false;
  *s = m->marks_[2 * g];
  *e = m->marks_[2 * g + 1];
  return true;
}

Value m_start(const Value* args, size_t nargs, Tuple* kw) {
  int64_t s, e;
  if (!span_of(args, nargs, kw, "start", &s, &e)) return Value::null();
  return int_from_i64(s);
}

Value m_end(const Value* args, size_t nargs, Tuple* kw) {
  int64_t s, e;
  if (!span_of(args, nargs, kw, "end", &s, &e)) return Value::null();
  return int_from_i64(e);
}

Value m_span(const Value* args, size_t nargs, Tuple* kw) {
  int64_t s, e;
  if (!span_of(args, nargs, kw, "span", &s, &e)) return Value::null();
  return Value::object(tuple_pack({int_from_i64(s), int_from_i64(e)}));
}

Value m_expand(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"template"};
  Value a[1];
  if (!parse_args("expand", args + 1, nargs - 1, kw, kNames, 1, 1, a)) return Value::null();
  return match_expand(self_of(args), a[0]);
}

Value no_new(Type*, const Value*, size_t, Tuple*) {
  return raise(&exc::TypeError, "cannot create 're.Match' instances");
}

Value m_copy(const Value* args, size_t nargs, Tuple* kw) {
  return args[0];
}

Value m_class_getitem(const Value* args, size_t nargs, Tuple* kw) {
  return args[0];
}

// ---------------------------------------------------------------------------
// Attributes

Value p_string(const Value* args, size_t, Tuple*) {
  return self_of(args)->string_;
}
Value p_re(const Value* args, size_t, Tuple*) {
  return self_of(args)->pattern_;
}
Value p_pos(const Value* args, size_t, Tuple*) {
  return int_from_i64(self_of(args)->pos_);
}
Value p_endpos(const Value* args, size_t, Tuple*) {
  return int_from_i64(self_of(args)->endpos_);
}

Value p_lastindex(const Value* args, size_t, Tuple*) {
  MatchObj* m = self_of(args);
  return m->lastindex_ < 0 ? Value::none() : Value::small_int(m->lastindex_);
}

Value p_lastgroup(const Value* args, size_t, Tuple*) {
  MatchObj* m = self_of(args);
  if (m->lastindex_ < 0) return Value::none();
  return pattern_of(m)->indexgroup_.as<Tuple>()->items_[m->lastindex_];
}

Value p_regs(const Value* args, size_t, Tuple*) {
  MatchObj* m = self_of(args);
  if (!m->regs_.is_null()) return m->regs_;
  Tuple* t = tuple_new(m->ngroups_);
  for (int32_t g = 0; g < m->ngroups_; ++g) t->items_[g] = Value::none();
  for (int32_t g = 0; g < m->ngroups_; ++g)
    t->items_[g] = Value::object(
        tuple_pack({int_from_i64(m->marks_[2 * g]), int_from_i64(m->marks_[2 * g + 1])}));
  m->regs_ = Value::object(t);
  return m->regs_;
}

Value m_repr(Value self) {
  MatchObj* m = self.as<MatchObj>();
  Value g0 = match_group_value(m, 0, Value::none());
  Value r = repr(g0);
  if (r.is_null()) return r;
  Str* rs = r.as<Str>();
  std::string text(rs->view());
  if (rs->length_ > 50) {
    // %.50R: the first 50 characters of the repr.
    size_t bytes = 0;
    for (int n = 0; n < 50; ++n) {
      unsigned char b = static_cast<unsigned char>(text[bytes]);
      bytes += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    text.resize(bytes);
  }
  std::string out = "<re.Match object; span=(" + std::to_string(m->marks_[0]) + ", " +
                    std::to_string(m->marks_[1]) + "), match=" + text + ">";
  return str_value(out);
}

const MethodDef kMatchMethods[] = {
    {"group", m_group, 0},
    {"groups", m_groups, 0},
    {"groupdict", m_groupdict, 0},
    {"start", m_start, 0},
    {"end", m_end, 0},
    {"span", m_span, 0},
    {"expand", m_expand, 0},
    {"__copy__", m_copy, 0},
    {"__deepcopy__", m_copy, 0},
    {"__class_getitem__", m_class_getitem, kNativeClassMethod},
};

}  // namespace

// ---------------------------------------------------------------------------
// Shared with re_pattern.cpp / re_sub.cpp

Value match_group_value(MatchObj* m, int32_t g, Value deflt) {
  if (m->marks_[2 * g] < 0) return deflt;
  return slice(m, g);
}

bool match_group_index(MatchObj* m, Value id, int32_t* out) {
  int64_t i = -1;
  if (is_int(id) || type_of(id)->index_) {
    if (!to_ssize(id, &i)) {
      // Out-of-range indexes are just "no such group".
      if (!error_matches(&exc::OverflowError) && !error_matches(&exc::IndexError)) return false;
      error_clear();
      i = -1;
    }
  } else {
    Value g = dict_get(pattern_of(m)->groupindex_.as<Dict>(), id);
    if (g.is_null() && error_pending()) return false;
    if (!g.is_null() && is_int(g) && !int_to_i64(g, &i)) i = -1;
  }
  if (i < 0 || i >= m->ngroups_) {
    raise(&exc::IndexError, "no such group");
    return false;
  }
  *out = static_cast<int32_t>(i);
  return true;
}

Value match_new(PatternObj* p, const Subject& subj, int64_t pos, int64_t endpos,
                const MatchResult& r) {
  int32_t ng = p->groups_ + 1;
  size_t nmarks = 2 * static_cast<size_t>(ng) * (subj.wide ? 2 : 1);
  auto* m = static_cast<MatchObj*>(
      alloc_object_sized(&match_type, sizeof(MatchObj) + nmarks * sizeof(int64_t)));
  m->string_ = subj.obj;
  m->pattern_ = Value::object(p);
  m->regs_ = Value::null();
  m->pos_ = pos;
  m->endpos_ = endpos;
  m->lastindex_ = r.lastindex;
  m->ngroups_ = ng;
  m->wide_ = subj.wide;
  m->marks_[0] = r.start;
  m->marks_[1] = r.end;
  for (int32_t g = 1; g < ng; ++g) {
    int64_t s = r.marks[2 * (g - 1)], e = r.marks[2 * (g - 1) + 1];
    bool set = s >= 0 && e >= 0 && e >= s;
    m->marks_[2 * g] = set ? s : -1;
    m->marks_[2 * g + 1] = set ? e : -1;
  }
  if (subj.wide) {
    int64_t* bytes = m->marks_ + 2 * ng;
    for (int32_t i = 0; i < 2 * ng; ++i)
      bytes[i] = m->marks_[i] < 0 ? -1 : subj.byte_offset(m->marks_[i]);
  }
  return Value::object(m);
}

void match_type_init() {
  gc::Pause pause;
  match_type.gc_trace_ = match_trace;
  match_type.repr_ = m_repr;
  match_type.getitem_ = m_getitem;
  match_type.new_ = no_new;
  type_ready(&match_type, "Match", nullptr, sizeof(MatchObj), 0);
  match_type.module_ = str_intern("re");
  add_methods(&match_type, kMatchMethods);
  add_property(&match_type, "string", p_string);
  add_property(&match_type, "re", p_re);
  add_property(&match_type, "pos", p_pos);
  add_property(&match_type, "endpos", p_endpos);
  add_property(&match_type, "lastindex", p_lastindex);
  add_property(&match_type, "lastgroup", p_lastgroup);
  add_property(&match_type, "regs", p_regs);
}

}  // namespace tr::modules::re
