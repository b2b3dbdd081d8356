# Scope analysis: globals, nonlocals, cells passed through a class body,
# walrus in comprehensions, del and except-as unbinding.
counter = 0

def bump():
    global counter
    counter += 1

def outer(a):
    b = a
    class Inner:
        b = 1
        def get(self):
            return a, b
    def drop():
        nonlocal b
        del b
    return Inner, drop

def walrus(items):
    if any((hit := x) > 2 for x in items):
        return hit
    return [y := i for i in items], y

def handler():
    try:
        pass
    except Exception as err:
        return err
    return None
