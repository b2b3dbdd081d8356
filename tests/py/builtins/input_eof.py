# input() and sys.stdin at end of input (the test runner gives no stdin).
import sys

try:
    input("Name? ")
except EOFError as e:
    print("EOFError:", e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print(list(sys.stdin))
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.name, sys.stdin.mode)
