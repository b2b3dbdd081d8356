# `-m climod`: a plain module run as __main__, found through the current
# directory (sys.path[0]); its exit status comes from SystemExit.
import sys

print("mod", __name__, repr(__package__), sys.argv[1:], __file__ == sys.argv[0])
raise SystemExit(4)
