# Unbound str methods called through the class, including on a wrong type.
print(str.upper("abc"), str.join(",", ["a", "b"]), str.split("a b"), str.format("{}!", 1))
for f in [lambda: str.upper(1), lambda: str.join(1, []), lambda: str.upper(), lambda: str.__len__(5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
