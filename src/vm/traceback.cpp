// Traceback objects (one per frame an exception passed through) and the
// CPython-format printing of uncaught exceptions, with chained causes.
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "vm/frame.h"
#include "vm/import_hook.h"
#include "vm/traceback_carets.h"
#include "vm/vm.h"

namespace tr::vm {

using bytecode::Code;

namespace {

struct Traceback : Object {
  Value next_;   // the next (inner) traceback entry, or None
  Code* code_;
  Dict* globals_;
  Dict* builtins_;
  Value frame_;  // tb_frame, made on first use, or null
  uint32_t line_;
  uint32_t lasti_;
};

Type tb_type;

void tb_trace(Object* o, Tracer& t) {
  auto* tb = static_cast<Traceback*>(o);
  t.visit(tb->next_);
  t.visit(tb->code_);
  t.visit(tb->globals_);
  t.visit(tb->builtins_);
  t.visit(tb->frame_);
}

Value tb_next(const Value* a, size_t, Tuple*) { return a[0].as<Traceback>()->next_; }
Value tb_lineno(const Value* a, size_t, Tuple*) {
  return int_from_i64(a[0].as<Traceback>()->line_);
}

Value tb_lasti(const Value* a, size_t, Tuple*) {
  return Value::small_int(static_cast<int64_t>(a[0].as<Traceback>()->lasti_) * 2);
}
// The frame the entry was made in, as far as it is known after unwinding:
// its code, globals and line (its locals are gone by then).
Value tb_frame(const Value* a, size_t, Tuple*) {
  auto* tb = a[0].as<Traceback>();
  if (tb->frame_.is_null()) {
    tb->frame_ = frame_object_new(tb->code_, tb->globals_, tb->builtins_, tb->line_, tb->lasti_,
                                  Value::null(), Value::none());
  }
  return tb->frame_;
}

void ensure_tb_type() {
  if (tb_type.name_) return;
  tb_type.gc_trace_ = tb_trace;
  type_ready(&tb_type, "traceback", nullptr, sizeof(Traceback), 0);
  add_property(&tb_type, "tb_next", tb_next);
  add_property(&tb_type, "tb_lineno", tb_lineno);
  add_property(&tb_type, "tb_lasti", tb_lasti);
  add_property(&tb_type, "tb_frame", tb_frame);
}

// Line `line` of a source file as it is there (no newline), or empty.
std::string raw_source_line(std::string_view filename, uint32_t line) {
  static std::map<std::string, std::vector<std::string>> cache;
  std::string key(filename);
  auto it = cache.find(key);
  if (it == cache.end()) {
    std::vector<std::string> lines;
    std::ifstream in(key);
    std::string l;
    while (in && std::getline(in, l)) lines.push_back(l);
    it = cache.emplace(key, std::move(lines)).first;
  }
  if (line == 0 || line > it->second.size()) return std::string();
  return it->second[line - 1];
}

// The line as a traceback shows it: indentation removed, trailing spaces
// kept (CPython prints them), the line ending dropped.
std::string strip_line(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f");
  if (b == std::string::npos) return std::string();
  size_t e = s.find_last_not_of("\r\n");
  if (e == std::string::npos || e < b) return std::string();
  std::string out = s.substr(b, e - b + 1);
  if (out.find_first_not_of(" \t\f\r") == std::string::npos) return std::string();
  return out;
}

void append_tb(std::string& out, Value tb) {
  // Long runs of the same frame (deep recursion) are summarised like CPython.
  std::string last_key;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" +
             (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (Value v = tb; v.is_object() && type_of(v) == &tb_type; v = v.as<Traceback>()->next_) {
    auto* t = v.as<Traceback>();
    std::string file(t->code_->filename_->view());
    std::string name(t->code_->name_->view());
    std::string key = file + ":" + std::to_string(t->line_) + ":" + name;
    if (key == last_key) {
      ++repeat;
      if (repeat > 3) continue;
    } else {
      flush_repeat();
      last_key = key;
      repeat = 1;
    }
    out += "  File \"" + file + "\", line " + std::to_string(t->line_) + ", in " + name + "\n";
    std::string raw = raw_source_line(file, t->line_);
    std::string src = strip_line(raw);
    if (!src.empty()) {
      out += "    " + src + "\n";
      if (t->code_->positions_ && t->lasti_ < t->code_->num_instrs_)
        out += caret_line(raw, static_cast<int>(t->line_), t->code_->positions_[t->lasti_]);
    }
  }
  flush_repeat();
}

std::string exception_last_line(Value e) {
  Type* t = type_of(e);
  std::string name;
  Value mod = type_has_flag(t, kTypeHeap) ? dict_get_str(t->dict_, names::dunder_module)
                                          : (t->module_ ? Value::object(t->module_) : Value::null());
  if (!mod.is_null() && is_str(mod) && mod.as<Str>()->view() != "builtins" &&
      mod.as<Str>()->view() != "__main__") {
    name = std::string(mod.as<Str>()->view()) + ".";
  }
  name += t->qualname_ ? std::string(t->qualname_->view()) : type_name(t);
  // A SyntaxError's location was printed above; the last line has its msg.
  Value s;
  Value smsg = isinstance_of(e, &exc::SyntaxError) ? getattr_opt(e, names::msg) : Value::null();
  if (!smsg.is_null() && !smsg.is_none()) s = str(smsg);
  else s = exception_str(e);
  std::string msg;
  if (s.is_null()) {
    error_clear();
    msg = "<exception str() failed>";
  } else {
    msg = std::string(s.as<Str>()->view());
  }
  if (msg.empty()) return name + "\n";
  return name + ": " + msg + "\n";
}

std::string syntax_error_block(Value e) {
  Value file = getattr_opt(e, names::filename);
  Value line = getattr_opt(e, names::lineno);
  Value text = getattr_opt(e, names::text);
  Value offset = getattr_opt(e, names::offset);
  Value end_offset = getattr_opt(e, names::end_offset);
  Value end_line = getattr_opt(e, names::end_lineno);
  error_clear();
  std::string out;
  std::string fname = !file.is_null() && is_str(file) ? std::string(file.as<Str>()->view())
                                                      : "<string>";
  int64_t ln = 0;
  if (!line.is_null() && line.is_int()) ln = line.as_int();
  out += "  File \"" + fname + "\", line " + std::to_string(ln) + "\n";
  if (!text.is_null() && is_str(text)) {
    std::string src(text.as<Str>()->view());
    while (!src.empty() && (src.back() == '\n' || src.back() == '\r')) src.pop_back();
    size_t lead = 0;
    while (lead < src.size() && (src[lead] == ' ' || src[lead] == '\t' || src[lead] == '\f')) ++lead;
    std::string stripped = src.substr(lead);
    out += "    " + stripped + "\n";
    if (!offset.is_null() && offset.is_int()) {
      int64_t col = offset.as_int() - 1 - static_cast<int64_t>(lead);
      int64_t end = col + 1;
      bool same_line = end_line.is_int() && end_line.as_int() == ln;
      if (same_line && end_offset.is_int() && end_offset.as_int() > offset.as_int())
        end = end_offset.as_int() - 1 - static_cast<int64_t>(lead);
      if (col < 0) col = 0;
      if (end > static_cast<int64_t>(stripped.size()) + 1) end = stripped.size() + 1;
      if (end <= col) end = col + 1;
      // Columns count characters, not bytes.
      std::string pad;
      for (int64_t i = 0, c = 0; i < static_cast<int64_t>(stripped.size()) && c < col; ++i) {
        unsigned char ch = stripped[i];
        if ((ch & 0xC0) != 0x80) ++c;
        if ((ch & 0xC0) != 0x80) pad += ' ';
      }
      while (static_cast<int64_t>(pad.size()) < col) pad += ' ';
      out += "    " + pad + std::string(end - col, '^') + "\n";
    }
  }
  return out;
}

void format_chain(std::string& out, Value e, std::set<uint64_t>& seen) {
  seen.insert(e.bits());
  auto* eo = e.as<BaseExceptionObj>();
  Value cause = eo->cause_;
  Value context = eo->context_;
  if (cause.is_object() && is_exception_instance(cause) && !seen.count(cause.bits())) {
    format_chain(out, cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!eo->suppress_context_ && context.is_object() && is_exception_instance(context) &&
             !seen.count(context.bits())) {
    format_chain(out, context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (eo->traceback_.is_object()) {
    out += "Traceback (most recent call last):\n";
    append_tb(out, eo->traceback_);
  }
  if (isinstance_of(e, &exc::SyntaxError)) out += syntax_error_block(e);
  out += exception_last_line(e);
}

StderrWriter g_stderr_writer = nullptr;

}  // namespace

void set_stderr_writer(StderrWriter w) { g_stderr_writer = w; }

void traceback_add(Value exc, Frame* frame) {
  ensure_tb_type();
  auto* eo = exc.as<BaseExceptionObj>();
  auto* tb = alloc<Traceback>(&tb_type);
  tb->next_ = eo->traceback_.is_null() ? Value::none() : eo->traceback_;
  tb->code_ = frame->code;
  tb->globals_ = frame->globals;
  tb->builtins_ = frame->builtins;
  tb->frame_ = Value::null();
  uint32_t index = frame->running_index();
  tb->lasti_ = index;
  tb->line_ = index < frame->code->num_instrs_ ? frame->code->lines_[index] : 0;
  eo->traceback_ = Value::object(tb);
}

std::string format_exception(Value exc) {
  std::string out;
  std::set<uint64_t> seen;
  format_chain(out, exc, seen);
  return out;
}

namespace {
void write_stderr(const std::string& text) {
  if (g_stderr_writer) {
    g_stderr_writer(text);
  } else {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
}
}  // namespace

void print_exception(Value exc) { write_stderr(format_exception(exc)); }

void write_unraisable(Value obj) {
  Value exc = error_fetch();
  std::string text = "Exception ignored in: ";
  Value r = repr(obj);
  if (r.is_null()) {
    error_clear();
    text += "<object repr() failed>";
  } else {
    text += std::string(r.as<Str>()->view());
  }
  text += "\n";
  if (!exc.is_null()) text += format_exception(exc);
  write_stderr(text);
}

Type* traceback_type() {
  ensure_tb_type();
  return &tb_type;
}

}  // namespace tr::vm
