# find/index/count/replace/split/partition with one-character and longer
# patterns, at the edges (start/end beyond the text, empty text, non-ASCII).
texts = ["", "a", "banana", ",a,,b,", "xyz", "ünï,cödé,ü", "aaaa"]
pats = ["a", ",", "ü", "an", "aa", "z"]
for t in texts:
    for p in pats:
        print(repr(t), repr(p), t.find(p), t.rfind(p), t.count(p), t.find(p, 2), t.find(p, 10),
              t.find(p, 1, 3), t.count(p, 1), t.replace(p, "-"), t.replace(p, "", 1),
              t.split(p), t.split(p, 1), t.rsplit(p, 1), t.partition(p), p in t)
print("a,b,,c".split(","), ",".join(["x", "y"]).split(","), "abc".split("c"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
