# json.loads/load: every JSON value, escapes and surrogate pairs, hooks
# (object_hook, object_pairs_hook, parse_float/int/constant), bytes input,
# strict mode, and JSONDecodeError's message, pos, lineno and colno.
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-7', '1.5', '-0.0', '1e3', '1E-2', '2.5e+2',
        '123456789012345678901234567890', '1E400', '-1e400', '"s"', '""', '[]', '{}', '[[], {}]',
        ' [1 , 2 ]\n', '{"a": {"b": [true, null]}}', 'NaN', 'Infinity', '-Infinity',
        '"\\u00e9\\u4e2d\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ude00\\ud83d"',
        '"\\ud83dx"', '"\\ud83d\\u0041"', '"caf\u00e9 \u2713"', '{"a": 1, "a": 2}', '[0.1, 0.2, 1.7976931348623157e308]']
for doc in docs:
    print(repr(doc), "->", ascii(json.loads(doc)))

bad = ['', ' ', '{', '[', '[1', '[1,', '[1,]', '[1 2]', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}',
       '{"a" 1}', '{1:2}', "{'a':1}", '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '"a\tb"', 'nul',
       'tru', 'fals', 'NaN1', '-', '-a', '01', '1.', '1.e5', '1e', '1e+', '.5', '+1', '[1] x', '1 2',
       '{"a":1}}', '"\\', '"\\u', '"\\u1234', '"\\ud800\\uzzzz"', '\ufeff[1]', 'Infinityx', '[-Inf]',
       '{"a":1 "b":2}', '[,1]', '{,}', '  \n  [1,\n  2,\n  x]', '"abc\\', 'True', '[1]\n\n  ]']
for doc in bad:
    try:
        print("no error", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

print("is ValueError", issubclass(json.JSONDecodeError, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
print("strict off", ascii(json.loads('"a\nb\tc"', strict=False)))
print("object_hook", json.loads('{"x": 1, "y": {"z": 2}}', object_hook=lambda d: sorted(d.items())))
print("pairs_hook", json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print("both hooks", json.loads('{"k": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print("parse_float", json.loads('[1.5, 2, 1e2]', parse_float=lambda s: "F" + s))
print("parse_int", json.loads('[1.5, 2, -30]', parse_int=lambda s: int(s) * 10))
print("parse_constant", json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
nan = json.loads("NaN")
print("nan", nan != nan, type(nan).__name__)
print("bytes", json.loads(b'{"k": "\xc3\xa9"}'), json.loads(bytearray(b"[1]")))
print("utf-16", json.loads('["x"]'.encode("utf-16")), json.loads('[2]'.encode("utf-16-le")), json.loads('[3]'.encode("utf-32")))
print("utf-8-sig", json.loads(b'\xef\xbb\xbf[4]'))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)

dec = json.JSONDecoder()
print("raw_decode", dec.raw_decode('{"a": 1} tail'), dec.raw_decode('xx[1, 2]', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print("raw_decode error", e)
print("decode", dec.decode('  [1]  '))

class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print("cls", json.loads('{"a": {"b": 1}}', cls=Decoder))

deep = "[" * 50 + "]" * 50
print("deep", json.dumps(json.loads(deep))[:10], len(json.dumps(json.loads(deep))))
big = {"k%d" % i: [i, str(i), i / 4, {"n": None}] for i in range(200)}
print("round trip", json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=2)) == big)
text = json.dumps(["\u00e9\U0001F600\x00", {"\n": "\t"}])
print("string round trip", json.loads(text) == ["\u00e9\U0001F600\x00", {"\n": "\t"}], text)
