# print() honours reassignment of sys.stdout, and sys.stdout = None.
import sys

saved = sys.stdout


class Upper:
    def write(self, s):
        saved.write(s.upper())

    def flush(self):
        pass


sys.stdout = Upper()
print("shouted", 1, 2)
sys.stdout = None
print("nothing appears")
sys.stdout = saved
print("back to normal")
print(sys.stdout is sys.__stdout__)
