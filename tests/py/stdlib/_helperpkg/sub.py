# helper submodule for importlib_all.py
VALUE = 42
