# str.strip/lstrip/rstrip and whitespace str.split, on ASCII text (their
# byte-loop paths) and on other text, with the same answers.
cases = ["", " ", "  a  ", "\t\nx y\x0b\x0c\r ", "abc", "..a,b;;", "\x1c\x1dq\x1e\x1f",
         "  many   words\there\n", "ünï  cödé ", "\u3000wide\u3000space\u3000", "a\x85b"]
for s in cases:
    print(repr(s), [s.strip(), s.lstrip(), s.rstrip()], s.strip() is s)
    print("  chars", [s.strip(".,;"), s.lstrip(" a"), s.rstrip("e ")], s.strip("xyz") is s)
    print("  split", s.split(), s.split(None, 0), s.split(maxsplit=1), s.split(None, 2))
    print("  rsplit", s.rsplit(), s.rsplit(None, 1))
print("x..".strip("."), "..x".lstrip("."), "ab".strip("ab") == "", "ab".strip("") == "ab")
print("héllo..".strip(".é"), "héé".rstrip("é"), "abc".strip("ü"))
for bad in (1, b"x", ["a"]):
    try:
        "abc".strip(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".strip(".", ",")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".lstrip(chars=".")
except TypeError as e:
    print("TypeError:", e)
