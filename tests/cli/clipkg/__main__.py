# `-m clipkg` runs this as __main__, with __package__ set so that relative
# imports work; sys.argv[0] is this file's path.
import sys

from . import helper

print("main", __name__, __package__, sys.argv, helper.VALUE)
