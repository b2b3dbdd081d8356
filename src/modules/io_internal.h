// Internal to the _io module (io_*.cpp): the in-memory stream types, each
// readied by its own file, and what they share.
#pragma once
#include "objects/objects.h"

namespace tr::modules::io_mod {

extern Type stringio_type;  // io_stringio.cpp
extern Type bytesio_type;   // io_bytesio.cpp
void stringio_ready();
void bytesio_ready();

// The size argument of read()/readline()/readlines(): an int, or None for
// "everything" (-1). CPython's message otherwise.
bool size_arg(Value v, int64_t* out);

}  // namespace tr::modules::io_mod
