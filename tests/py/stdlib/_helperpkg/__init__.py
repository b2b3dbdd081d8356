# helper package for importlib_all.py
NAME = 'pkg'
