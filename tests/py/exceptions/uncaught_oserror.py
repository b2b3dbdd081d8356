# An uncaught OSError built from an errno: the subclass and its message.
print("start")
raise OSError(2, "No such file or directory", "data.csv")
