# Argument errors of str methods quote CPython's names and counts.
calls = [
    lambda: "abc".find(),
    lambda: "abc".find("a", 1, 2, 3),
    lambda: "abc".find(sub="a"),
    lambda: "abc".count(),
    lambda: "abc".rindex("z"),
    lambda: "abc".startswith(),
    lambda: "abc".endswith("c", 0, 1, 2),
    lambda: "abc".startswith(prefix="a"),
    lambda: "abc".removeprefix(),
    lambda: "abc".removesuffix("a", "b"),
    lambda: "abc".removeprefix(prefix="a"),
    lambda: "abc".center(),
    lambda: "abc".ljust(5, "x", "y"),
    lambda: "abc".rjust(width=5),
    lambda: "abc".strip(1),
    lambda: "abc".upper(1),
    lambda: str(12345) + str(-9876543210123) + f"{2**62}" + str(0) + f"{-1:>5}",
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
