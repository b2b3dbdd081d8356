# A package run with `tauraro -m clipkg`: this runs first, under its own name.
print("init", __name__)
