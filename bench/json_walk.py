# json_walk.py - a JSON-like document: built as nested dicts and lists,
# encoded to text by a hand-written recursive encoder (str escapes, repr of
# floats avoided), parsed back by a recursive-descent parser, then walked
# recursively to count nodes and compute a checksum; isinstance dispatch
# throughout.
# bench: default=12000
import sys


def make_doc(n):
    items = []
    for i in range(n):
        items.append({
            "id": i,
            "name": "item \"%d\"" % i,
            "active": i % 3 != 0,
            "parent": None if i % 5 == 0 else i // 5,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 11)],
            "dims": {"w": i % 13, "h": i % 17, "deep": [[i % 2, [i % 3]], {"k": i % 4}]},
        })
    return {"version": 3, "items": items, "meta": {"count": n, "note": "line\nbreak\\tab"}}


def encode(v, out):
    if v is None:
        out.append("null")
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, str):
        out.append('"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"')
    elif isinstance(v, list):
        out.append("[")
        for k, x in enumerate(v):
            if k:
                out.append(",")
            encode(x, out)
        out.append("]")
    elif isinstance(v, dict):
        out.append("{")
        first = True
        for key, x in v.items():
            if not first:
                out.append(",")
            first = False
            encode(key, out)
            out.append(":")
            encode(x, out)
        out.append("}")
    else:
        raise TypeError(type(v).__name__)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def value(self):
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-0123456789":
            self.pos += 1
        return int(self.text[start:self.pos])

    def string(self):
        self.pos += 1
        parts = []
        while True:
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                nxt = self.text[self.pos + 1]
                parts.append("\n" if nxt == "n" else nxt)
                self.pos += 2
            else:
                parts.append(ch)
                self.pos += 1

    def arr(self):
        self.pos += 1
        out = []
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return out

    def obj(self):
        self.pos += 1
        out = {}
        while True:
            key = self.string()
            self.pos += 1  # ':'
            out[key] = self.value()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return out


def walk(v, depth):
    if isinstance(v, dict):
        n, s = 1, len(v)
        for key, x in v.items():
            cn, cs = walk(x, depth + 1)
            n += cn
            s = (s * 31 + cs + len(key)) % 1000000007
        return n, s
    if isinstance(v, list):
        n, s = 1, 7
        for x in v:
            cn, cs = walk(x, depth + 1)
            n += cn
            s = (s * 17 + cs) % 1000000007
        return n, s
    if isinstance(v, str):
        return 1, len(v) * depth
    if v is None:
        return 1, 3
    if isinstance(v, bool):
        return 1, 5 if v else 6
    return 1, v * depth + 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12000
    doc = make_doc(n)
    out = []
    encode(doc, out)
    text = "".join(out)
    back = Parser(text).value()
    nodes, checksum = walk(back, 0)
    print("chars", len(text), "equal", back == doc)
    print("nodes", nodes, "checksum", checksum)
    print(text[:70])


main()
