# int methods and properties.
for n in (0, 1, -1, 5, -5, 255, 2**47, -(2**47), 2**100, -(2**100) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.real, n.imag, n.numerator, n.denominator)
print((1000).to_bytes(2, "big"), (1000).to_bytes(4, "little"), (5).to_bytes())
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "big", signed=True))
print((2**64 - 1).to_bytes(8, "little"), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"),
      int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff", "big"),
      int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80"))
print(int.from_bytes(bytes(range(20)), "little"))
for bad in ("(1024).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)",
            "(1).to_bytes(1, 'middle')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(2, 'big', True)",
            "int.from_bytes('ab', 'big')", "int.from_bytes([256], 'big')", "int.from_bytes(5, 'big')"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1),
      round(25, -1), round(5, 2), round(12345, -10), round(2**100, -29), round(7))
print((7).__round__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__(),
      (7).__int__(), (7).__float__(), (7).__abs__(), (-7).__abs__(), (7).__divmod__(2),
      (7).__rdivmod__(30), (7).__getnewargs__())
print(int.__add__(3, 4), int.__mul__(3, 4), int.__radd__(3, 4), (3).__add__(1.5), (3).__eq__(3.0))
print(int.__neg__(5), int.__lt__(3, 4), int.__hash__(-1), int.__bool__(0), int.__repr__(12))
