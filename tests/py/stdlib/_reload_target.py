# helper for importlib_all.py: a module whose body announces each execution
runs = globals().get("runs", 0) + 1
print("_reload_target body, run", runs)
def double(x):
    return 2 * x
