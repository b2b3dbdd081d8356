# int() from strings, bytes, floats and objects, with CPython's messages.
texts = ["0", "-0", "42", "  -17  ", "+5", "1_000_000", "\t12\n", "0x1f", "0o17", "0b101",
         "٤٢", "　7　", "", "abc", "1__0", "_1", "1_", "+ 1", "1.5", "12\x00", "0x", "9" * 30]
for t in texts:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
for t, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("0x_ff", 16), ("z", 36), ("777", 8),
                ("0o777", 0), ("0b1_0", 0), ("010", 0), ("0_0", 0), ("00", 0), ("0b1", 16),
                ("12", 2), ("12", 1), ("12", 37), ("  -0x10  ", 0), ("1" * 40, 2)]:
    try:
        print(t, base, int(t, base))
    except ValueError as e:
        print(t, base, "ValueError", e)
print(int(b"42"), int(b" -7 "), int(bytearray(b"99")), int(b"ff", 16))
for bad in ("int(b'x')", "int(bytearray(b'1.5'))", "int(12, 10)", "int(None)", "int([])",
            "int(base=16)", "int('1', 2, 3)", "int(x='1')", "int('ff', base=16.0)",
            "int('1', base=2**70)"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(int(), int(3.99), int(-3.99), int(1e20), int(-0.0), int(True), int(2**100))
for bad in ("int(float('inf'))", "int(float('-inf'))", "int(float('nan'))"):
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(int("12", base=16), int("0x10", 0), int("1" * 50), int("-" + "9" * 25))
print(int('a' * 10, 36))
try:
    int('a' * 300)
except ValueError as e:
    print(len(str(e)), str(e)[:60])
