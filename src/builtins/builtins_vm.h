// The builtins that need the interpreter (builtins_vm.cpp) and the import
// system (import.cpp): installed into the builtins dict at start-up.
#pragma once
#include <string>
#include <vector>

#include "objects/objects.h"

namespace tr {

void add_vm_builtins(Dict* builtins);

// ---- imports ---------------------------------------------------------------
// A module implemented in C++: fills a fresh module's dict.
using NativeModuleInit = Status (*)(Module* module);
void register_native_module(const char* name, NativeModuleInit init);
// Sets up sys.modules, sys.path and the import hook; adds __import__.
void import_init(Dict* builtins, Dict* sys_modules, List* sys_path);
// __import__(name, globals, locals, fromlist, level)
Value import_module(Str* name, Dict* globals, Value fromlist, int level);
// Imports `name` (absolute) and returns the module itself.
Value import_absolute(Str* name);
// The file-system questions the import system asks; the command line finds
// and reads `-m` modules and scripts with them too.
bool path_is_file(const std::string& p);
bool path_is_dir(const std::string& p);
// The whole file as bytes; false when it cannot be opened.
bool read_whole_file(const std::string& path, std::string* out);
// Runs source as module `name` (the __main__ script): the module is created,
// registered in sys.modules and returned; null with the error pending.
Value run_main_source(std::string_view source, std::string_view filename, bool hausa);

}  // namespace tr
