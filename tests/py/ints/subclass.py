# Subclasses of int keep their type for construction, use int's arithmetic.
class Flags(int):
    def __repr__(self):
        return f"Flags({int(self)})"
    def describe(self):
        return f"{int(self):b}"
f = Flags(5)
print(f, repr(f), f.describe(), f + 1, type(f + 1).__name__, f == 5, hash(f) == hash(5))
print(isinstance(f, int), Flags("ff", 16), Flags(), Flags(2**100) // 2**99, Flags(-3).bit_length())
class Big(int):
    pass
b = Big(10**30)
print(b, b * 2, -b, abs(Big(-4)), b > 10**29, str(b), format(b, ","), int(b), type(int(b)).__name__)
print(Big(7) // 2, Big(7) % 2, divmod(Big(7), 2), Big(3) ** 2, Big(1) << 70, sorted([Big(3), 1, Big(2)]))
print(int.__new__(Big, 5), type(int.__new__(Big, 5)).__name__, Big.from_bytes(b"\x01\x00", "big"),
      type(Big.from_bytes(b"\x01", "big")).__name__)
class Counter(int):
    def __add__(self, other):
        return Counter(int(self) + int(other) + 100)
print(Counter(1) + 1, 1 + Counter(1), type(1 + Counter(1)).__name__)
