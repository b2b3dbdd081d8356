from typing import TypeVar
import collections
T = TypeVar("T")
K = TypeVar("K")
print(list[int], dict[str, int], tuple[int, ...], tuple[()], type[int])
print(list[T], dict[K, list[T]])
a = dict[K, list[T]]
print(a.__parameters__, a[str, int], a[str, int].__parameters__)
print(list[int].__origin__, list[int].__args__, list[int]())
print(list[int]([1, 2]), dict[str, int](a=1))
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int] | None, int | list[str])
print(type(list[int]).__name__, type(list[int]).__module__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    isinstance([], int | list[int])
except TypeError as e:
    print(e)
try:
    list[int][str]
except TypeError as e:
    print(e)
try:
    list[T][int, str]
except TypeError as e:
    print(e)
print(list[int].__name__, list[int].append is list.append)
def first(items: list[T]) -> T:
    return items[0]
print(first.__annotations__["items"], first([5]))
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))
print(enumerate[int], frozenset[str], set[bytes])
print(list[collections.OrderedDict])
print(tuple[int, str].__args__)
import collections.abc, typing
print(collections.abc.Iterable[int], collections.abc.Callable[[int], str])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
class Box(typing.Generic[T]):
    pass
print(Box[int], Box.__mro__)
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias is type(list[int]))
class Meta(list[str], metaclass=type):
    pass
print(Meta.__orig_bases__, Meta.__bases__)
