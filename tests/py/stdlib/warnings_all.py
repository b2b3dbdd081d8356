# warnings: catch_warnings(record=True), filters (simplefilter,
# filterwarnings with message/category), once/always, error raising.
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("other")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=FutureWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("raised FutureWarning", e)
print([str(w.message) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
try:
    warnings.warn("bad", str)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError", e)
print(warnings.formatwarning("msg", UserWarning, "prog.py", 7, "x = 1"), end="")
print("done")
