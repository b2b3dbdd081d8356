# An uncaught OverflowError from float ** ends the program with CPython's errno-style message.
print(2.0 ** 10)
print(2.0 ** 10000)
