# complex: repr, arithmetic with ints and floats, construction, formatting.
vals = [1j, -1j, 1 + 2j, 1 - 2j, -1.5 + 0.5j, complex(0, 0), complex(-0.0, -1), complex(0.0, -0.0),
        complex(1e16, 1), complex(0, 1e16), complex(float("nan"), float("inf")), complex(1.5, 0),
        complex(-0.0, 0), 2.5j, -(1j)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), abs(v), bool(v))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, a == 3 + 4j, a != b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, True + 1j, a ** -1, 1j ** 2, (1 + 1j) ** 2)
print(2 ** 1j, (-1) ** 1j, 1j ** 0.5, 1j ** 1e300, (-8) ** (1 / 3), 0j ** 0, (1e300 + 1e300j) ** 2)
print(complex(), complex(2), complex(2.5, -1), complex("1+2j"), complex(" (3-4j) "), complex("5"),
      complex("-j"), complex("j"), complex("1e3j"), complex("1_0+2_0J"), complex("infj"),
      complex(1j, 1j), complex(2, -0.0), complex(real=2, imag=3), complex(imag=2), complex(1 + 2j))
print(hash(1 + 2j), hash(3j), hash(complex(2, 0)) == hash(2), 1 + 0j == 1, 1 + 0j == 1.0, 1j == 1)
print(format(1 + 2j, ""), format(1 + 2j, "10"), format(1 + 2j, ".2f"), format(3j, ".1f"),
      format(3j, ""), format(1 + 2j, "+"), format(1 - 2j, " "), format(1 + 2j, "^12"),
      format(1 + 2j, "*<16.1e"), format(1 + 2j, "#"), format(1e5 + 1j, ",.1f"), format(1 + 2j, "g"))
for bad in ("(1 + 2j) / 0", "(1 + 2j) // 2", "(1 + 2j) % 2", "1j < 2j", "0j ** -1", "complex('x')",
            "complex('1 + 2j')", "complex('(1')", "complex(1, '2')", "complex('1', 2)",
            "complex([])", "complex(1, [])", "format(1j, '010')", "format(1j, '=10')",
            "format(1j, '%')", "abs(complex(1e308, 1e308))", "int(1j)"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c * 2, type(c * 2).__name__, isinstance(c, complex))
class HasComplex:
    def __complex__(self):
        return 2 + 3j
print(complex(HasComplex()), complex(HasComplex(), 1))
