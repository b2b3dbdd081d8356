import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(type(sys.version_info), len(sys.version_info))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.dev_mode)
a, b, *rest = sys.version_info
print(a, b, sys.version_info.releaselevel)
try:
    class X(type(sys.version_info)): pass
except TypeError as e:
    print("TypeError")
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError")
print(sys.version_info.__match_args__)
print(type(sys.float_info).n_fields)
