# An uncaught KeyError: the traceback's last line shows the key's repr.
inventory = {'apples': 3, 'pears': 0}
print(inventory['apples'])
print(inventory[('plums', 2)])
