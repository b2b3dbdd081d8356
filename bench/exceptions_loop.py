# exceptions_loop.py - exceptions as control flow in loops: a custom
# exception hierarchy, try/except/else/finally in hot loops, KeyError and
# ValueError from built-ins (int(), dict[]), re-raising with context, and
# context managers whose __exit__ swallows some errors.
# bench: default=500000
import sys


class ParseError(Exception):
    def __init__(self, text, pos):
        super().__init__(f"bad input at {pos}")
        self.text = text
        self.pos = pos


class EmptyError(ParseError):
    pass


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught += 1
            return True
        return False


def parse(text):
    if not text:
        raise EmptyError(text, 0)
    for i, ch in enumerate(text):
        if not ("0" <= ch <= "9" or (i == 0 and ch == "-")):
            raise ParseError(text, i)
    return int(text)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500000
    inputs = ["12", "", "x7", "-45", "9a", "300", "-", "77"]
    table = {"a": 1, "b": 2, "c": 3}
    ok = bad = empty = finals = missing = 0
    total = 0
    positions = 0
    guard = Suppress(ZeroDivisionError, KeyError)
    for i in range(n):
        text = inputs[i % len(inputs)]
        try:
            value = parse(text)
        except EmptyError:
            empty += 1
        except ParseError as e:
            bad += 1
            positions += e.pos
        except ValueError:
            bad += 1
        else:
            ok += 1
            total += value
        finally:
            finals += 1
        try:
            total += table["abcd"[i % 4]]
        except KeyError:
            missing += 1
        with guard:
            total += 100 // (i % 5)
        if i % 1000 == 0:
            try:
                try:
                    int("not a number")
                except ValueError as e:
                    raise RuntimeError("wrapped") from e
            except RuntimeError as e:
                total += len(str(e.__cause__)) % 7
    print("ok", ok, "bad", bad, "empty", empty, "finally", finals)
    print("missing", missing, "suppressed", guard.caught, "positions", positions, "total", total)


main()
