def unpack(seq, mapping):
    a, b = b, a = seq
    first, *rest = seq
    head, *mid, tail = seq
    (p, q), r = seq
    x = [*seq, *rest, 1]
    y = {**mapping, "k": 1}
    z = (*seq,)
    f(*seq, 1, *rest, key=2, **mapping)
    obj.method(1, 2, k=3)
    s = f"{a!r:>{b}} and {first=} {mid}"
    return a, b, x, y, z, s
