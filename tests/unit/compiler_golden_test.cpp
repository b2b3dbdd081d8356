// compiler_golden_test.cpp — golden tests of compiler/: every
// tests/golden/compiler/NAME.py is compiled and its disassembly compared
// with NAME.dis. TR_REGEN_GOLDEN=1 rewrites the .dis files instead.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/code.h"
#include "compiler/compiler.h"
#include "test_support.h"

namespace tr::compiler {
namespace {

namespace fs = std::filesystem;

fs::path golden_dir() {
  return fs::path(__FILE__).parent_path().parent_path() / "golden" / "compiler";
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string compile_to_listing(const std::string& source, const std::string& filename) {
  gc::Pause pause;
  bytecode::Code* code = compile_source(source, filename, syntax::ParseMode::File);
  if (!code) {
    Value e = error_fetch();
    std::string msg = "ERROR: ";
    msg += e.is_null() ? std::string("?") : repr_utf8(e);
    error_clear();
    return msg + "\n";
  }
  return bytecode::disassemble(code);
}

TEST(CompilerGolden, AllFiles) {
  test::ensure_runtime();
  bytecode::code_init();
  fs::path dir = golden_dir();
  ASSERT_TRUE(fs::is_directory(dir)) << dir;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".py") inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  ASSERT_FALSE(inputs.empty());
  bool regen = std::getenv("TR_REGEN_GOLDEN") != nullptr;
  for (const fs::path& py : inputs) {
    std::string got = compile_to_listing(read_file(py), py.filename().string());
    fs::path dis = py;
    dis.replace_extension(".dis");
    if (regen) {
      std::ofstream(dis, std::ios::binary) << got;
      continue;
    }
    ASSERT_TRUE(fs::exists(dis)) << dis << " is missing (run with TR_REGEN_GOLDEN=1)";
    EXPECT_EQ(read_file(dis), got) << "golden mismatch for " << py.filename();
  }
}

}  // namespace
}  // namespace tr::compiler
