# `-m clipkg.sub`: a submodule run as __main__ after its package is imported.
print("sub", __name__, __package__)
