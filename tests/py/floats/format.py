# format() of floats: e f g % n and no type, precision, '#', 'z', grouping, padding.
vals = [0.0, -0.0, 1.0, 1.5, -2.25, 3.14159265, 1234567.891, 1e-5, 1e16, 1.5e300, 123.0,
        float("inf"), float("-inf"), float("nan"), 0.000123456, 99.99]
specs = ["", "10", "<10", "^10", "=10", "+", " ", "010", "+012.3f", ".0f", ".2f", ",.2f", "_.1f",
         "e", ".3e", "E", "g", ".3g", "#.3g", "G", ".1", ".3", "#", "%", ".1%", "n", "z.1f", "#.0f",
         ",", "x<12.4g", ">+12,.2f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(f"{3.14159:.2f} {2.5:08.3f} {1e10:,.0f} {0.5:.0%} {-1.5:+.1e} {12.0:.3}")
print("%.3f %e %g %5.1f %-8.2e| %G %10.4g %#g %.0f %r %s %.15g" %
      (3.14159, 1234.5, 0.0001, 2.25, 1e-10, 1e-20, 123456789.0, 1.0, 0.5, 1.1, 2.2, 0.1))
for v, s in [(1.5, "d"), (1.5, "c"), (1.5, "x"), (1.5, ",n"), (1.5, "xx"), (1.5, ".f"), (1.5, "s")]:
    try:
        print(format(v, s))
    except ValueError as e:
        print(repr(s), e)
