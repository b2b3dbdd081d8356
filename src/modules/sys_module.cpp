// The sys module: argv, path, modules, the standard streams, exit, version
// information and the recursion limit.
#include <unistd.h>

#include <cfloat>
#include <climits>

#include "builtins/builtins.h"
#include "builtins/builtins_vm.h"
#include "builtins/stdio.h"
#include "modules/modules.h"
#include "modules/native_modules.h"
#include "objects/struct_seq.h"
#include "vm/traceback_carets.h"
#include "vm/vm.h"

namespace tr::modules {
namespace {

Module* g_sys = nullptr;
Dict* g_sys_modules = nullptr;
List* g_sys_path = nullptr;
int64_t g_int_max_str_digits = 4300;

void scan_sys(Tracer& t, void*) {
  t.visit(g_sys);
  t.visit(g_sys_modules);
  t.visit(g_sys_path);
}

Value sys_exit(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("exit", kw) || !check_nargs("exit", nargs, 0, 1)) return Value::null();
  Tuple* a = nargs ? tuple_pack({args[0]}) : tuple_empty();
  Value e = exception_new(&exc::SystemExit, a);
  if (e.is_null()) return e;
  error_restore(e);
  return Value::null();
}

Value sys_getrecursionlimit(const Value*, size_t nargs, Tuple*) {
  return int_from_i64(vm::recursion_limit());
}

Value sys_setrecursionlimit(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_nargs("setrecursionlimit", nargs, 1, 1)) return Value::null();
  int64_t n;
  if (!is_int(args[0]))
    return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name_of(args[0]));
  if (!int_to_i64(args[0], &n) || n < 1)
    return raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  if (n > 1000000) n = 1000000;
  vm::set_recursion_limit(static_cast<int>(n));
  return Value::none();
}

Value sys_exc_info(const Value*, size_t, Tuple*) {
  Value e = current_handled_exception();
  if (e.is_null() || e.is_none()) return Value::object(tuple_pack({Value::none(), Value::none(), Value::none()}));
  Value tb = e.as<BaseExceptionObj>()->traceback_;
  return Value::object(tuple_pack({Value::object(type_of(e)), e, tb.is_null() ? Value::none() : tb}));
}

Value sys_exception(const Value*, size_t, Tuple*) {
  Value e = current_handled_exception();
  return e.is_null() ? Value::none() : e;
}

Value sys_intern(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("intern", nargs, 1, 1)) return Value::null();
  if (!is_exact_str(args[0]))
    return raise(&exc::TypeError, "intern() argument must be str, not %s", type_name_of(args[0]));
  return Value::object(str_intern(args[0].as<Str>()));
}

Value sys_getsizeof(const Value* args, size_t nargs, Tuple*) {
  if (!check_nargs("getsizeof", nargs, 1, 2)) return Value::null();
  Value v = args[0];
  if (!v.is_object()) return int_from_i64(v.is_double() ? 24 : 28);
  return int_from_i64(type_of(v)->instance_size_ + 16);
}

Value sys_get_int_max_str_digits(const Value*, size_t, Tuple*) {
  return int_from_i64(g_int_max_str_digits);
}

Value sys_set_int_max_str_digits(const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"maxdigits"};
  Value a[1];
  if (!parse_args("set_int_max_str_digits", args, nargs, kw, kNames, 1, 1, a))
    return Value::null();
  int64_t n;
  if (!int_to_i64(a[0], &n) || (n != 0 && n < 640))
    return raise(&exc::ValueError, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits = n;
  set_int_max_str_digits(n);
  return Value::none();
}

Value sys_getframe(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("_getframe", kw) || !check_nargs("_getframe", nargs, 0, 1))
    return Value::null();
  int64_t depth = 0;
  if (nargs && !to_ssize(args[0], &depth)) return Value::null();
  return vm::frame_snapshot(depth);
}

// The caret line CPython prints under a traceback source line, for
// lib/traceback.py: (line, lineno, end_lineno, colno, end_colno) -> str.
Value sys_traceback_caret_line(const Value* args, size_t nargs, Tuple* kw) {
  if (!check_no_kwargs("_traceback_caret_line", kw) ||
      !check_nargs("_traceback_caret_line", nargs, 5, 5))
    return Value::null();
  if (!is_str(args[0])) return raise(&exc::TypeError, "line must be a str");
  int64_t v[4];
  for (int i = 0; i < 4; ++i)
    if (!to_ssize(args[i + 1], &v[i])) return Value::null();
  if (v[2] < 0 || v[3] < 0 || v[2] > INT16_MAX || v[3] > INT16_MAX) return str_value("");
  bytecode::Position pos{static_cast<int32_t>(v[1]), static_cast<int16_t>(v[2]),
                         static_cast<int16_t>(v[3])};
  return str_value(vm::caret_line(args[0].as<Str>()->view(), static_cast<int>(v[0]), pos));
}

Value sys_getdefaultencoding(const Value*, size_t, Tuple*) { return str_value("utf-8"); }

Type version_info_type, float_info_type, int_info_type, hash_info_type, flags_type;

Value make_version_info() {
  struct_seq_type_init(&version_info_type, "sys", "version_info",
                       {"major", "minor", "micro", "releaselevel", "serial"});
  return struct_seq_new(&version_info_type,
                        {Value::small_int(3), Value::small_int(11), Value::small_int(7),
                         str_value("final"), Value::small_int(0)});
}

// IEEE-754 binary64, as CPython reports it from <float.h>.
Value make_float_info() {
  struct_seq_type_init(&float_info_type, "sys", "float_info",
                       {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                        "mant_dig", "epsilon", "radix", "rounds"});
  return struct_seq_new(
      &float_info_type,
      {Value::from_double(DBL_MAX), Value::small_int(DBL_MAX_EXP),
       Value::small_int(DBL_MAX_10_EXP), Value::from_double(DBL_MIN),
       Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
       Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
       Value::from_double(DBL_EPSILON), Value::small_int(FLT_RADIX), Value::small_int(1)});
}

Value make_int_info() {
  struct_seq_type_init(&int_info_type, "sys", "int_info",
                       {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                        "str_digits_check_threshold"});
  return struct_seq_new(&int_info_type, {Value::small_int(30), Value::small_int(4),
                                         Value::small_int(4300), Value::small_int(640)});
}

// The constants of the numeric hash (objects/ implements CPython's scheme).
Value make_hash_info() {
  struct_seq_type_init(&hash_info_type, "sys", "hash_info",
                       {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                        "seed_bits", "cutoff"});
  return struct_seq_new(
      &hash_info_type,
      {Value::small_int(64), int_from_i64((int64_t{1} << 61) - 1), Value::small_int(314159),
       Value::small_int(0), Value::small_int(1000003), str_value("siphash13"),
       Value::small_int(64), Value::small_int(128), Value::small_int(0)});
}

Value make_flags() {
  struct_seq_type_init(&flags_type, "sys", "flags",
                       {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                        "no_user_site", "no_site", "ignore_environment", "verbose",
                        "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                        "utf8_mode", "warn_default_encoding", "safe_path",
                        "int_max_str_digits"});
  Value z = Value::small_int(0);
  return struct_seq_new(&flags_type, {z, z, z, z, z, z, z, z, z, z, z, Value::small_int(1), z,
                                      Value::false_(), z, z, Value::false_(),
                                      Value::small_int(-1)});
}

}  // namespace

Dict* sys_modules() { return g_sys_modules; }
List* sys_path() { return g_sys_path; }

void modules_init(const SysConfig& config) {
  gc::add_root_scanner(scan_sys, nullptr);
  g_sys = module_new(str_intern("sys"));
  Dict* d = g_sys->dict_;
  g_sys_modules = dict_new();
  g_sys_path = list_new(0);
  for (const std::string& p : config.path) (void)list_append(g_sys_path, str_value(p));
  List* argv = list_new(0);
  for (const std::string& a : config.argv) (void)list_append(argv, str_value(a));
  auto set = [&](const char* name, Value v) { (void)dict_set_str(d, str_intern(name), v); };
  set("argv", Value::object(argv));
  set("orig_argv", Value::object(argv));
  set("path", Value::object(g_sys_path));
  set("modules", Value::object(g_sys_modules));
  set("executable", str_value(config.executable));
  set("platform", str_value("linux"));
  set("byteorder", str_value("little"));
  set("maxsize", int_from_i64(INT64_MAX));
  set("maxunicode", int_from_i64(0x10FFFF));
  set("version", str_value("3.11.7 (tauraro 0.1.0)"));
  set("hexversion", int_from_i64(0x030B07F0));
  set("api_version", int_from_i64(1013));
  set("version_info", make_version_info());
  set("float_info", make_float_info());
  set("int_info", make_int_info());
  set("hash_info", make_hash_info());
  set("flags", make_flags());
  set("implementation_name", str_value("tauraro"));
  set("dont_write_bytecode", Value::true_());
  set("stdout", stdio_raw_stdout());
  set("stderr", stdio_raw_stderr());
  set("stdin", stdio_raw_stdin());
  set("__stdout__", stdio_raw_stdout());
  set("__stderr__", stdio_raw_stderr());
  set("__stdin__", stdio_raw_stdin());
  set("builtin_module_names", Value::object(tuple_pack({str_value("builtins"), str_value("sys")})));
  add_function(d, "exit", sys_exit);
  add_function(d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(d, "exc_info", sys_exc_info);
  add_function(d, "exception", sys_exception);
  add_function(d, "intern", sys_intern);
  add_function(d, "getsizeof", sys_getsizeof);
  add_function(d, "get_int_max_str_digits", sys_get_int_max_str_digits);
  add_function(d, "set_int_max_str_digits", sys_set_int_max_str_digits);
  add_function(d, "getdefaultencoding", sys_getdefaultencoding);
  add_function(d, "_getframe", sys_getframe);
  add_function(d, "_traceback_caret_line", sys_traceback_caret_line);
  stdio_set_sys_dict(d);
  (void)dict_set_str(g_sys_modules, str_intern("sys"), Value::object(g_sys));
  Module* b = module_new_with_dict(str_intern("builtins"), builtins_dict());
  (void)dict_set_str(g_sys_modules, str_intern("builtins"), Value::object(b));
  import_init(builtins_dict(), g_sys_modules, g_sys_path);
  register_native_modules();
}

}  // namespace tr::modules
