# str searching: find/rfind/index/rindex/count, startswith/endswith,
# replace, removeprefix/removesuffix, with start/end arguments.
s = "abracadabra"
u = "héllo wörld héllo"
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.find("zz"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("bra"), s.rfind("bra", 0, 9), s.rfind("a", -3), s.rfind(""), s.rfind("a", 5, 2))
print(s.index("cad"), s.rindex("a"), s.find("a", -100, 100), s.find("a", None, None))
print(u.find("ö"), u.rfind("héllo"), u.index("l", 5), u.count("l"), u.find("llo", 2, 5))
print(s.count("a"), s.count("abra"), s.count(""), s.count("", 5), s.count("a", 1, -1), s.count("", 20), "aaaa".count("aa"))
print(s.startswith("abra"), s.startswith("bra", 1), s.startswith(("x", "abr")), s.startswith("a", 20), s.startswith("", 11), s.startswith("", 12))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("x", "y")), s.endswith("", 3, 2), u.endswith("llo"))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("abra", ""), s.replace("", "-"), s.replace("", "-", 3), s.replace("zz", "y"))
print("".replace("", "x"), "aaa".replace("a", "bb", -1), "aaa".replace("a", "b", 0), u.replace("é", "e"))
print(s.removeprefix("abra"), s.removeprefix("x"), s.removesuffix("abra"), s.removesuffix(""), "aa".removeprefix("aa") == "")
for bad in [lambda: s.index("zz"), lambda: s.rindex("zz", 3), lambda: s.find(1), lambda: s.count(None),
            lambda: s.find("a", "b"), lambda: s.startswith(1), lambda: s.startswith(("a", 1)),
            lambda: s.endswith(["a"]), lambda: s.replace("a"), lambda: s.replace(1, "a"),
            lambda: s.replace("a", 1), lambda: s.replace("a", "b", "c"), lambda: s.removeprefix(1),
            lambda: s.find(), lambda: s.find("a", 1, 2, 3), lambda: s.find(sub="a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(s.startswith(("a", 1)))
big = "x" * 1000 + "needle" + "y" * 1000
print(big.find("needle"), big.rfind("y"), big.count("x"), "needle" in big)
