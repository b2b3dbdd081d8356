def comps(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {k: v for k, v in zip(xs, xs)}
    d = list(x + y for x in xs for y in xs)
    e = [last := x for x in xs]
    return a, b, c, d, e, last

nested = [[i * j for j in range(3)] for i in range(3)]
