# format() and f-strings of ints: every presentation type, fill, align, sign, grouping.
n = 1234567
specs = ["", "d", "10", "<10", "^10", ">10", "=10", "+", " ", "-", "010", "+010", ",", "_",
         "012,", "0=12,", "x=12,", "*^12,", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
         "#010b", "_b", "#_x", "_o", "n", "e", ".2e", "E", "f", ".3f", "%", ".1%", "g", "G",
         "10.2f", "c"]
for s in specs:
    for v in (n if s != "c" else 65, -n if s != "c" else 0x1F600):
        print(repr(s), repr(format(v, s)))
print(f"{255:#x} {255:08b} {-42:=+8} {7:03} {1000000:,} {2**64:_x} {10**20:e}")
print("{:>8}|{:<8}|{:^8}|{:x}".format(42, 42, 42, 3054))
print("%d %5d %-5d| %05d %+d %x %X %o %#x %#o %c %i %u" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8, 65, 7, 9))
print(format(2**100, ","), format(-(10**25), "_"), format(10**30, ".3e"))
for v, s in [(1, ".2d"), (1, "z"), (1, "+c"), (1, "#c"), (-1, "c"), (1, ",x"), (1, ",_"),
             (1, "s"), (1, "abc"), (1, "."), (True, "s")]:
    try:
        print(format(v, s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
