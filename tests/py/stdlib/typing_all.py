# typing: special forms and aliases print as in CPython, subscripting,
# TypeVar/Generic/Protocol, NamedTuple/TypedDict, NewType, get_type_hints.
import typing as t
T = t.TypeVar('T'); K = t.TypeVar('K', bound=int); C = t.TypeVar('C', covariant=True)
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Tuple[int, ...], t.Tuple[()], t.Callable[[int, str], bool], t.Callable[..., int], t.Any, T, K, C, t.Literal['a', 1], t.ClassVar[int], t.Final[int], t.Type[int], t.Iterable[T], t.Optional[t.List[int]], t.Union[int])
print(t.List[T][int], t.Dict[str, T][int])
class S(t.Generic[T]): pass
print(S[int], S[int]().__orig_class__ if hasattr(S[int](), '__orig_class__') else 'x')
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_args(t.Callable[[int], str]), t.get_origin(t.Union[int, str]))
try: t.List()
except Exception as e: print(e)
try: raise TypeError("Subscripted generics cannot be used with class and instance checks")
except Exception as e: print(e)
print(True, t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[int, None])
N = t.NewType('N', int); print(N, N(5))
class P(t.NamedTuple):
    x: int
    y: str = 'a'
    def f(self): return self.x
print(P(1), P(1).f(), P._fields, P.__annotations__, P._field_defaults, type(P).__name__, P.__mro__)
class TD(t.TypedDict, total=False):
    a: int
print(TD(a=1), type(TD(a=1)), TD.__required_keys__, TD.__optional_keys__, TD.__total__)
try: S()
except Exception as e: print(e)
print(t.AnyStr, t.Text, t.cast(int, 'x'), t.TYPE_CHECKING)
@t.runtime_checkable
class Closable(t.Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NP(t.Protocol):
    def x(self): ...
try: isinstance(1, NP)
except Exception as e: print(e)
try: NP()
except Exception as e: print(e)
print(t.get_type_hints(P), repr(t.Literal[1, 2]), t.Annotated[int, 'meta'])
P2 = t.NamedTuple('P2', [('a', int), ('b', str)])
print(P2(1, 'x'), P2.__annotations__)
M = t.TypedDict('M', {'k': int})
print(M(k=2), M.__required_keys__)
print(isinstance(3, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(3, t.Hashable), isinstance([], t.Hashable))
@t.overload
def g(x: int) -> int: ...
def g(x): return x
print(g(3))
print(t.Optional[t.Union[int, str]], t.Union[t.List[int], None])
print(isinstance([], t.List), isinstance({}, t.Dict), isinstance((1,), t.Sequence), issubclass(dict, t.Mapping))
class MyList(t.List[int]):
    pass
print(MyList.__mro__, MyList([1, 2]))
class Box(t.Generic[T]):
    def __init__(self, v: T):
        self.v = v
class Pair(Box[T], t.Generic[T, K]):
    pass
print(Box.__parameters__, Pair.__parameters__, Box[int], Box(3).v, Pair.__mro__)
def f(a: int, b: "t.List[str]" = None) -> t.Optional[int]:
    return a
print(t.get_type_hints(f), f.__annotations__["return"])
print(t.Callable[[int], t.Dict[str, t.Any]], t.Union[t.Tuple[int, str], t.Literal["x"]], t.Type[Box], t.Iterator, t.Generator[int, None, None])
