# Error messages of the numeric builtins.
tests = [
    lambda: abs("s"), lambda: abs(), lambda: abs(1, 2),
    lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1, "a"),
    lambda: divmod(1), lambda: pow(2.0, 3, 5), lambda: pow(2, 3, 0),
    lambda: pow("a", 2), lambda: pow(2, "a", 3), lambda: pow(2), lambda: pow(0, -1),
    lambda: round("a"), lambda: round(x=1), lambda: round(1.5, "a"),
    lambda: sum(["a"], "b"), lambda: sum([1], b""), lambda: sum([1], bytearray()),
    lambda: sum(), lambda: sum(5), lambda: sum([1, "a"]), lambda: sum(start=1, iterable=[1]),
    lambda: bin(1.5), lambda: hex("a"), lambda: oct(), lambda: bin(1, 2),
]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__ + ":", e)
