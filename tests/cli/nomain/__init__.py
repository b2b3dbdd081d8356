# A package without __main__.py: `-m nomain` is an error.
