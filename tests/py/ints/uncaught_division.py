# An uncaught ZeroDivisionError ends the program with CPython's message.
print(10 // 3)
print(2**100 % 0)
