// Streams over file descriptors: the TextStream layout shared by the text
// type (sys.stdin/stdout/stderr and open(..., 'r'/'w')) and the binary types
// open(..., 'rb'/'wb'/'r+b') returns, and the lookups of the current
// sys.stdout that print() and the traceback printer use.
#pragma once
#include <string>
#include <string_view>

#include "objects/objects.h"

namespace tr {

// A buffered stream over a file descriptor; text streams are UTF-8.
//   out_: bytes written but not yet passed to write(2). Flushed when full,
//         at a newline when line-buffered (a terminal), after every write
//         when write-through (stderr), and by flush()/close()/exit.
//   in_:  bytes read(2) but not yet returned; in_pos_ is the next unread one.
struct TextStream : Object {
  int fd_;
  bool readable_, writable_;
  bool line_buffered_, write_through_;
  bool closed_;
  bool eof_;                 // read(2) returned 0
  bool owns_fd_;             // close() closes the descriptor (files, not 0/1/2)
  bool universal_newlines_;  // reading turns "\r\n" and "\r" into "\n"
  bool binary_;              // bytes in and out (BufferedReader/Writer/Random)
  char* out_;
  size_t out_len_, out_cap_;
  char* in_;
  size_t in_pos_, in_len_, in_cap_;
  Value name_;     // '<stdout>' or the file name
  Str* mode_;      // 'r', 'w', ... as given to open()
  Str* encoding_;  // text streams: what .encoding reports
  // A text stream's `.buffer` (a binary stream made on first use), and in
  // that binary stream the text stream it stands for: both share one fd and
  // one pair of buffers, so mixed writes stay in order.
  Value link_;
  // Text files from open() (builtins_open.cpp): the codec and the newline
  // argument. Zero (UTF-8, newline_ default) is what the sys streams use;
  // then universal_newlines_ alone decides how lines end.
  uint8_t codec_;    // kCodec*
  uint8_t newline_;  // kNewline*
};
constexpr uint8_t kCodecUtf8 = 0, kCodecLatin1 = 1, kCodecAscii = 2;
// kNewlineDefault: newline=None or '\n' (see universal_newlines_);
// kNewlineAny: newline='' (lines end at \r, \n or \r\n, kept as read);
// kNewlineCR / kNewlineCRLF: newline='\r' / '\r\n' (the only line end when
// reading; what '\n' becomes when writing).
constexpr uint8_t kNewlineDefault = 0, kNewlineAny = 1, kNewlineCR = 2, kNewlineCRLF = 3;
extern Type text_stream_type;
// open()'s binary stream classes: BufferedReader ('rb'), BufferedWriter
// ('wb', 'ab', 'xb') and BufferedRandom ('r+b', 'w+b', ...).
extern Type buffered_reader_type, buffered_writer_type, buffered_random_type;
// io.UnsupportedOperation (OSError and ValueError): reading a write-only
// stream, writing a read-only one.
extern Type unsupported_operation_type;

// The stream whose buffers an operation on `v` uses (see link_).
inline TextStream* stream_target(Value v) {
  auto* s = v.as<TextStream>();
  return s->binary_ && s->link_.is_object() ? s->link_.as<TextStream>() : s;
}
inline bool is_stream(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->cls_;
  return t == &text_stream_type || t == &buffered_reader_type || t == &buffered_writer_type ||
         t == &buffered_random_type;
}

// A new stream over `fd`: mode "r", "w" or "a" style flags come from the
// caller; buffering is chosen from isatty(fd) unless write_through.
TextStream* text_stream_new(int fd, Value name, Str* mode, bool readable, bool writable,
                            bool owns_fd);

// The current sys.stdout / sys.stderr / sys.stdin: what `sys.stdout = x`
// last set (possibly None), or the original stream before the sys module
// exists. Null with RuntimeError ("lost sys.stdout") if the attribute was
// deleted.
Value stdio_stdout();
Value stdio_stderr();
Value stdio_stdin();
// The original streams (sys.__stdout__, ...).
Value stdio_raw_stdout();
Value stdio_raw_stderr();
Value stdio_raw_stdin();
// The sys module registers its dict here so the lookups above see
// reassignments of sys.stdout and friends.
void stdio_set_sys_dict(Dict* sys_dict);

// file.write(text), with a fast path for TextStream.
Status stream_write(Value file, Str* text);
Status stream_write_utf8(Value file, std::string_view text);
// file.flush().
Status stream_flush(Value file);
// Flushes sys.stdout and sys.stderr (and the original streams); errors are
// ignored. Called at exit and before a traceback is printed.
void stdio_flush_all();

// ---- internals shared by stdio.cpp, stdio_read.cpp, stream_binary.cpp ----
Status text_stream_flush(TextStream* s);
// Appends raw bytes to the output buffer (flushing as the stream's
// buffering mode says); drops unread input first so the file position is
// where the caller believes it is.
Status stream_write_bytes(TextStream* s, std::string_view bytes);
// Makes the OS file position match what the caller has consumed: unread
// input is given back with lseek.
void stream_drop_input(TextStream* s);
Value text_stream_readline(TextStream* s, int64_t limit);  // "" at EOF
Value text_stream_read(TextStream* s, int64_t limit);      // limit < 0: all
Value text_stream_next(Value self);  // the next_ slot: a line, exhausted at EOF
// Byte-level reads for both kinds: a line (through "\n", or `limit` units)
// and up to `limit` units (< 0: all). Units are code points when `chars`.
bool stream_read_line(TextStream* s, int64_t limit, bool chars, std::string* out);
bool stream_read_bytes(TextStream* s, int64_t limit, bool chars, std::string* out);
bool stream_check_readable(TextStream* s);
// Methods and properties every stream type has (flush, close, seek, ...).
void stream_add_common_members(Type* t);
void text_stream_add_read_methods(Type* t);
void binary_streams_init();
Value text_stream_buffer(TextStream* text);  // text.buffer
// Text files with a codec other than UTF-8 or a newline other than the
// default (builtins_open.cpp): str -> bytes for writing (newline
// translation, UnicodeEncodeError), bytes -> str for reading.
bool text_stream_encode(TextStream* s, Str* text, std::string* out);
Value text_stream_decode(TextStream* s, std::string bytes);
// io.TextIOWrapper(buffer, ...) over one of open()'s binary streams: a new
// text stream on the same descriptor (builtins_open.cpp).
Value text_stream_wrap(Value buffer, Value encoding, Value newline, Value line_buffering,
                       Value write_through);
// Raises OSError from errno (with the file name when given).
Value raise_os_error(int err, Value filename = Value::null());

}  // namespace tr
