def classify(n):
    if n < 0:
        kind = "neg"
    elif n == 0:
        kind = "zero"
    else:
        kind = "pos"
    return kind

def loops(xs):
    total = 0
    for x in xs:
        if x > 10:
            break
        if x % 2:
            continue
        total += x
    else:
        total = -1
    i = 0
    while i < 3:
        i += 1
    else:
        i = 100
    return total, i

def logic(a, b, c):
    return (a and b) or c, a < b < c, not a, b if a else c

def maybe(flag):
    if flag:
        v = 1
    return v
