# int arithmetic across the inline/heap boundary (2**47) and Python's
# floor-division rules.
edge = 2**47
for a in (0, 1, -1, 7, -7, edge - 1, edge, -edge, -edge - 1, 10**20, -10**20):
    print(a, a + 1, a - 1, a * 3, -a, +a, abs(a), ~a)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-10**20, 7),
         (10**20, -7), (2**100, 2**50), (-2**100, 3), (5, 10**30), (-5, 10**30)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a // b * b + a % b == a)

print(2**47 * 2**47, (2**47 - 1) * (2**47 - 1), -(2**47) * 2**47)
print(3037000499 * 3037000499, 3037000500 * 3037000500, -3037000500 * 3037000500)
x = 1
for i in range(1, 40):
    x *= i
print(x)
while x > 1:
    x //= 7
print(x)
total = 0
for i in range(1000):
    total += i * i * i
print(total)
print(sum(range(10**6)), 10**18 + 10**18, (10**18 + 10**18) - 10**18)
n = 2**64
print(n - 1, n + 1, n * n, n // 3, n % 1000, -n // 3, -n % 1000)
print(7 / 2, -7 / 2, 1 / 3, 2**60 / 3, 10**20 / 10**19, (2**53 + 1) / 1, 0 / -5)
print(-(2**47) // -1, (-(2**47)) % -1, -(2**47) * -1)
a = 12345678901234567890
a += 1
a -= 2
a *= -3
a //= 7
print(a)
