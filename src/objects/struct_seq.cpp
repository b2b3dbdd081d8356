// struct_seq.cpp — runtime-made named tuples (struct_seq.h). The field names
// live in the type's __match_args__, so instances are plain tuple layouts.
#include "objects/struct_seq.h"

#include <string>

#include "objects/objects.h"

namespace tr {

namespace {

Tuple* field_names(Type* t) {
  Value v = dict_get_str(t->dict_, str_intern("__match_args__"));
  return v.as<Tuple>();
}

Value struct_seq_repr(Value self) {
  Type* t = type_of(self);
  Tuple* names = field_names(t);
  Tuple* items = self.as<Tuple>();
  std::string s;
  if (t->module_) {
    s += t->module_->view();
    s += '.';
  }
  s += type_name(t);
  s += '(';
  for (size_t i = 0; i < items->size_ && i < names->size_; ++i) {
    if (i) s += ", ";
    s += names->items_[i].as<Str>()->view();
    s += '=';
    Value r = repr(items->items_[i]);
    if (r.is_null()) return r;
    s += r.as<Str>()->view();
  }
  s += ')';
  return str_value(s);
}

// type(sequence): exactly len(fields) items.
Value struct_seq_call_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  static const char* const kNames[] = {"sequence", "dict"};
  Value a[2];
  if (!parse_args("structseq", args, nargs, kw, kNames, 2, 1, a)) return Value::null();
  Value seq = list_from_iterable(a[0]);
  if (seq.is_null()) return seq;
  List* l = seq.as<List>();
  size_t n = field_names(t)->size_;
  if (l->size_ != n) {
    return raise(&exc::TypeError, "%s.%s() takes a %zu-sequence (%zu-sequence given)",
                 t->module_ ? std::string(t->module_->view()).c_str() : "", type_name(t), n,
                 l->size_);
  }
  Tuple* r = tuple_new(n);
  r->cls_ = t;
  for (size_t i = 0; i < n; ++i) r->items_[i] = l->items_[i];
  return Value::object(r);
}

// The getter of field i: a native bound to i, called as (i, self).
Value field_get(const Value* args, size_t, Tuple*) {
  return args[1].as<Tuple>()->items_[args[0].as_int()];
}

}  // namespace

void struct_seq_type_init(Type* t, const char* module, const char* name,
                          std::initializer_list<const char*> fields) {
  // type_ready() allocates the type's dict before the static type is a
  // root; no collection may run until the type is complete.
  gc::Pause pause;
  t->repr_ = struct_seq_repr;
  t->new_ = struct_seq_call_new;
  type_ready(t, name, &tuple_type, sizeof(Tuple), kTypeTupleSubclass);
  t->flags_ &= ~kTypeBaseType;
  t->module_ = str_intern(module);
  Tuple* names = tuple_new(fields.size());
  size_t i = 0;
  for (const char* f : fields) {
    Str* fname = str_intern(f);
    names->items_[i] = Value::object(fname);
    auto* p = alloc<Property>(&property_type);
    p->getter_ = Value::object(
        native_new(f, field_get, kNativeMethod, Value::small_int(static_cast<int64_t>(i)), t));
    p->setter_ = Value::null();
    p->deleter_ = Value::null();
    p->doc_ = Value::none();
    p->name_ = fname;
    (void)dict_set_str(t->dict_, fname, Value::object(p));
    ++i;
  }
  Dict* d = t->dict_;
  (void)dict_set_str(d, str_intern("__match_args__"), Value::object(names));
  Value n = Value::small_int(static_cast<int64_t>(fields.size()));
  (void)dict_set_str(d, str_intern("n_sequence_fields"), n);
  (void)dict_set_str(d, str_intern("n_fields"), n);
  (void)dict_set_str(d, str_intern("n_unnamed_fields"), Value::small_int(0));
}

Value struct_seq_new(Type* t, std::initializer_list<Value> values) {
  Tuple* r = tuple_new(values.size());
  r->cls_ = t;
  size_t i = 0;
  for (Value v : values) r->items_[i++] = v;
  return Value::object(r);
}

}  // namespace tr
