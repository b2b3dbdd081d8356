// Internals shared by the exception files of objects/ (exceptions.cpp and
// the exceptions_*.cpp family files): the attribute-field layout, the family
// table entries, and BaseException's parts that subclasses reuse.
#pragma once
#include "objects/objects.h"

namespace tr {

// Exception classes with attributes (OSError.errno, SyntaxError.lineno, ...)
// store them as Value fields right after BaseExceptionObj:
//
//   [BaseExceptionObj][field 0][field 1]...[field n-1]
//
// A class's field count is fixed by its layout-owning built-in class; every
// instance records it in its header's aux_ at allocation (so the tracer and
// the accessors never look at the class). A null field is "unset": the
// attribute reads as None, but str() can tell it apart from an explicit None
// as CPython does.
constexpr uint32_t kMaxExceptionFields = 8;

// The accessors accept any value (a native called unbound may be handed a
// non-exception self) and treat a non-exception as having no fields.
inline Value* exc_fields(BaseExceptionObj* e) {
  return reinterpret_cast<Value*>(e + 1);
}
inline Value exc_field(Value self, uint32_t i) {
  if (!is_exception_instance(self)) return Value::null();
  auto* e = self.as<BaseExceptionObj>();
  return i < e->aux_ ? exc_fields(e)[i] : Value::null();
}
inline void exc_set_field(Value self, uint32_t i, Value v) {
  if (!is_exception_instance(self)) return;
  auto* e = self.as<BaseExceptionObj>();
  if (i < e->aux_) {
    exc_fields(e)[i] = v;
    gc::write_barrier(e, v);
  }
}

inline Value exc_or_none(Value v) {
  return v.is_null() ? Value::none() : v;
}

// What a family of classes adds to BaseException. `fields` is 0 for families
// that keep their base's layout. set_slots runs before type_ready (so unset
// slots are inherited), add_members after it.
struct ExcFamily {
  uint32_t fields;
  void (*set_slots)(Type* t);
  void (*add_members)(Type* t);
};
extern const ExcFamily kFamilyPlain, kFamilySystemExit, kFamilyStopIteration, kFamilyKeyError,
    kFamilyImport, kFamilyAttribute, kFamilyName, kFamilyOS, kFamilySyntax, kFamilyUnicodeDecode,
    kFamilyUnicodeEncode, kFamilyUnicodeTranslate;

void exception_groups_init();  // exceptions_group.cpp, after the table

// BaseException's slots, for subclasses that extend rather than replace them.
Status base_exception_init(Value self, const Value* args, size_t nargs, Tuple* kwnames);
Value base_exception_new(Type* cls, const Value* args, size_t nargs, Tuple* kwnames);
Value base_exception_str(Value self);
Tuple* exc_args(Value self);  // never null (empty tuple before __init__)
void exc_set_args(Value self, Tuple* args);

// Adds a read/write attribute `name` backed by field i (i < kMaxExceptionFields).
void add_field_property(Type* t, const char* name, uint32_t i);

// Parses keyword-only arguments of ImportError / AttributeError / NameError:
// each kwname must be one of names[0..n) (else "'x' is an invalid keyword
// argument for Owner()"); out[j] is set to the value or left null.
bool parse_exc_keywords(const char* owner, const Value* args, size_t nargs, Tuple* kwnames,
                        const char* const* names, size_t n, Value* out);
// Raises "Name() takes no keyword arguments" when kwnames is non-empty.
bool exc_no_keywords(Type* t, Tuple* kwnames);

}  // namespace tr
