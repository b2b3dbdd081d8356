// objects/: every built-in type and the generic operations over them. The
// public header of the folder; other folders include this.
#pragma once
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/containers.h"
#include "objects/errors.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"

namespace tr {
// Readies every built-in type and the interned names. Call once at start-up.
void objects_init();
}  // namespace tr
