def handle(f):
    try:
        f()
    except ValueError as e:
        print("value", e)
    except (TypeError, KeyError):
        print("type or key")
    except:
        raise
    else:
        print("no error")
    finally:
        print("cleanup")

def ret_in_finally():
    for i in range(3):
        try:
            if i:
                break
            return i
        finally:
            print("finally", i)

def with_stmt(path):
    with open(path) as f, open(path) as g:
        return f.read() + g.read()

def raising(x):
    assert x, "x must be true"
    raise ValueError("bad") from None
