# An uncaught KeyError: the traceback's last line shows repr of the key.
print("before")
d = {"a": 1}
d["missing"]
