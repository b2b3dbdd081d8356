from . import helper
value = helper()
