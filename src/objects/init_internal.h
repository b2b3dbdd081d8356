// The start-up hooks of each built-in type's file, called in this order by
// objects_init() (objects.cpp). Each sets its type's slots, THEN calls
// type_ready() (which inherits unset slots from the base), then adds methods.
#pragma once
namespace tr {
void str_init();          // str.h: the intern table and names:: (first of all)
void object_type_init();  // type.cpp: object and type
void int_type_init();     // int and bool
void float_type_init();   // float and complex
void str_type_init();
void bytes_type_init();   // bytes and bytearray
void tuple_type_init();
void list_type_init();
void dict_type_init();    // dict and its views/iterators
void set_type_init();     // set and frozenset
void range_type_init();   // range and slice
void iterators_init();    // enumerate, zip, map, filter, reversed, iterator types
void function_types_init();  // function, native, method, cell, staticmethod, ...
void module_type_init();
void exceptions_init();   // exception.h
void union_type_init();   // type_object.cpp: `int | str`
void generic_alias_type_init();  // generic_alias.cpp: `list[int]`
}  // namespace tr
