// modules/: the native (C++) modules — sys, math, time, ... — registered with
// the import system at start-up. The folder's public header.
#pragma once
#include <string>
#include <vector>

#include "objects/objects.h"

namespace tr::modules {

struct SysConfig {
  std::vector<std::string> argv;     // sys.argv
  std::vector<std::string> path;     // sys.path, in order
  std::string executable;
};

// Creates sys (registered in sys.modules) and registers every other native
// module for import. Call after builtins_init().
void modules_init(const SysConfig& config);

// sys.modules and sys.path, for the import system.
Dict* sys_modules();
List* sys_path();

}  // namespace tr::modules
