# Case conversion with full Unicode mappings: upper, lower, casefold,
# swapcase, capitalize, title, including special cases (ß, ﬁ, final sigma).
words = ["hello World", "straße", "ﬁne ﬂow", "ΣΊΣΥΦΟΣ", "ΌΣΟΣ σ", "Привет МИР", "ǅemal ǆ Ǆ",
         "İstanbul", "ŉ", "ǰ", "hello_world-foo bar9baz", "they're bill's friends", "",
         "123abc", "ÀÉÎÕÜ àéîõü", "ﬀ ŀ ǈ", "ａｂｃ ＡＢＣ", "ᾳ ᾼ", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "A\u0345Σ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()))
    print("   ", repr(w.swapcase()), repr(w.capitalize()), repr(w.title()))
print("ß".upper(), "ß".casefold(), "ẞ".lower(), "ß".title(), "ß".capitalize())
print("abc".upper(), "ABC".lower(), "aBc".swapcase(), "hello world".title(), "HELLO".capitalize())
print("o'neil is HERE".title(), "x1y2 z3".title(), "ab cd".capitalize())
for bad in [lambda: "a".upper(1), lambda: "a".lower(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
