# The is*() predicates over ASCII and Unicode text.
samples = ["", "abc", "ABC", "Abc", "aBC", "abc123", "123", "١٢٣", "²³", "½", "Ⅻ", "  \t\n", "\u3000\xa0",
           "\x1c\x1d", "hello world", "Hello World", "Hello world", "HELLO WORLD", "ǅemal", "ǅ", "é", "Éa",
           "_id", "id1", "1id", "日本語", "ΣΊΣΥΦΟΣ", "παρά", "a b", "\x00", "\u200b", "é\u0301", "a\u0345",
           "ŉ", "ﬀ", "ᵃ", "ℌ", "𝔘𝔫𝔦", "𝟘𝟙", "\U0001f600", "\x7f", "ab\x80", "tab\t", "ǈ ǈ", "A1 B2",
           "a1", "A1", "1A", "xǅ", "ÀÉÎ", "ß", "ǰ"]
tests = [str.isalpha, str.isalnum, str.isdecimal, str.isdigit, str.isnumeric, str.isspace, str.isupper,
         str.islower, str.istitle, str.isidentifier, str.isprintable, str.isascii]
for s in samples:
    print(repr(s).ljust(14), " ".join(str(int(t(s))) for t in tests))
count = [0] * len(tests)
for cp in range(0, 0x30000, 7):
    c = chr(cp)
    for i, t in enumerate(tests):
        if t(c):
            count[i] += 1
print(count)
