# printf-style float formatting (%f, %e, format specs): correctly rounded
# digits, as CPython prints them, through to_chars.
import math
vals = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e-7, 123456789.987654321, 1e22, 1e300, 2.675, 1/3, -2/3, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 1234.5, 9.995, 99.5, 0.05]
for v in vals:
    print("%.2f %.0f %.10f %e %.3E %.0e %g %.3g %#.0f %#.2e %.17g" % (v, v, v, v, v, v, v, v, v, v, v))
    print(f"{v:.2f} {v:.1e} {v:10.3f} {v:+.4E} {v:.5} {v:g} {v:.0f} {v:,.2f} {v:_.3f}")
print("%.50f" % 0.1, "%.30e" % 1e-300, f"{1e300:.2f}"[:20], "%.3f" % math.pi)
print(format(1e16, ".2f"), format(-1e-5, ".3e"), format(float("inf"), ".2f"), "%F %E" % (math.inf, 1e10))
