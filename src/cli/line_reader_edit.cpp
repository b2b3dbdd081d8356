// The REPL's reader on a terminal: libedit (emacs keys, history, Tab
// inserts a tab for indentation). Ctrl-C at the prompt: the SIGINT handler
// records the interrupt, our read function sees EINTR and gives up, and
// el_gets returns; the pending flag tells that apart from end of input.
#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <string>

#include "cli/line_reader.h"
#include "cli/signals.h"

namespace tr::cli {
namespace {

constexpr int kHistorySize = 1000;

// libedit reads wide characters; input is UTF-8 whatever the locale says.
int read_utf8_char(EditLine*, wchar_t* out) {
  unsigned char bytes[4];
  int have = 0, need = 1;
  while (have < need) {
    if (interrupt_pending()) return -1;  // Ctrl-C before the read began
    ssize_t n = ::read(STDIN_FILENO, &bytes[have], 1);
    if (n == 0) return 0;  // end of input
    if (n < 0) {
      if (errno == EINTR && !interrupt_pending()) continue;  // SIGWINCH and friends
      return -1;
    }
    if (have == 0) {
      unsigned char b = bytes[0];
      need = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
    } else if ((bytes[have] & 0xC0) != 0x80) {
      need = 1;  // malformed: pass the lead byte on as it is
      break;
    }
    ++have;
  }
  if (need == 1) {
    *out = bytes[0];
    return 1;
  }
  wchar_t c = bytes[0] & (0x7F >> need);
  for (int i = 1; i < need; ++i) c = (c << 6) | (bytes[i] & 0x3F);
  *out = c;
  return 1;
}

// Ctrl-D: end of input on an empty line, else delete the character under
// the cursor. (libedit's own binding echoes "^D" on the way out.)
unsigned char delete_or_eof(EditLine* el, int) {
  const LineInfo* line = el_line(el);
  if (line->buffer == line->lastchar) return CC_EOF;
  if (line->cursor == line->lastchar) return CC_NORM;
  el_cursor(el, 1);
  el_deletestr(el, 1);
  return CC_REFRESH;
}

// libedit converts between wide characters and the locale's encoding:
// insist on UTF-8 (the C locale would show non-ASCII as escapes), as
// CPython coerces the C locale to C.UTF-8.
void use_utf8_locale() {
  const char* set = std::setlocale(LC_CTYPE, "");
  if (!set || std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) std::setlocale(LC_CTYPE, "C.UTF-8");
}

class EditReader : public LineReader {
 public:
  EditReader() {
    use_utf8_locale();
    history_ = history_init();
    HistEvent ev;
    history(history_, &ev, H_SETSIZE, kHistorySize);
    history(history_, &ev, H_SETUNIQUE, 1);
    if (const char* home = std::getenv("HOME"); home && *home) {
      history_file_ = std::string(home) + "/.tauraro_history";
      history(history_, &ev, H_LOAD, history_file_.c_str());
    }
    el_ = el_init("tauraro", stdin, stdout, stderr);
    el_set(el_, EL_CLIENTDATA, this);
    el_set(el_, EL_EDITOR, "emacs");
    el_set(el_, EL_PROMPT, &EditReader::prompt_of);
    el_set(el_, EL_HIST, history, history_);
    el_set(el_, EL_GETCFN, read_utf8_char);
    el_set(el_, EL_BIND, "^I", "ed-insert", nullptr);
    el_set(el_, EL_ADDFN, "tauraro-delete-or-eof", "delete a character or end input",
           delete_or_eof);
    el_set(el_, EL_BIND, "^D", "tauraro-delete-or-eof", nullptr);
    el_source(el_, nullptr);  // the user's ~/.editrc, if any
  }

  ~EditReader() override {
    if (!history_file_.empty()) {
      HistEvent ev;
      history(history_, &ev, H_SAVE, history_file_.c_str());
    }
    el_end(el_);
    history_end(history_);
  }

  Result read_line(const std::string& prompt, std::string* line) override {
    prompt_ = prompt;
    int count = 0;
    const char* text = el_gets(el_, &count);
    if (take_interrupt()) {
      el_reset(el_);
      return Result::Interrupted;
    }
    if (!text || count <= 0) return Result::Eof;
    line->assign(text, static_cast<size_t>(count));
    if (!line->empty() && line->back() == '\n') line->pop_back();
    return Result::Line;
  }

  void add_history(const std::string& line) override {
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    HistEvent ev;
    history(history_, &ev, H_ENTER, line.c_str());
  }

  bool notes_to_stdout() const override { return true; }

 private:
  static char* prompt_of(EditLine* el) {
    void* self = nullptr;
    el_get(el, EL_CLIENTDATA, &self);
    return static_cast<EditReader*>(self)->prompt_.data();
  }

  EditLine* el_ = nullptr;
  History* history_ = nullptr;
  std::string history_file_;
  std::string prompt_;
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader() { return std::make_unique<EditReader>(); }

}  // namespace tr::cli
