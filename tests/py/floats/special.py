# inf, nan and negative zero.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, 0 * -1.0, inf / inf, -inf * -inf)
print(nan == nan, nan != nan, nan < 1, nan >= nan, inf == inf, -inf < inf, inf > 10**400)
lst = [nan, nan]
print(nan is nan, float("nan") is float("nan"), [nan] == [nan], nan in [nan], lst.count(nan))
print(len(set(lst)), nan in {nan}, float("nan") in {float("nan")}, {nan: 1}[nan])
print(-0.0 == 0.0, repr(-0.0), str(0.0 * -1), 1 / inf, -1 / inf, abs(-0.0), -(-0.0))
print(inf // 1, divmod(7.0, inf), 7.0 % inf, -7.0 % inf, inf % 5, nan // 1)
print(max(inf, 10**400), min(-inf, 0), sorted([3.0, -inf, inf, 0.0, -0.0]))
print(bool(nan), bool(-0.0), bool(inf), int(-0.0), hash(inf), hash(-inf), hash(-0.0))
for v in (inf, -inf, nan, 0.0, -0.0):
    print(v, v == v, v > 0, v < 0, v.is_integer(), repr(v), format(v, "+.2f"))
