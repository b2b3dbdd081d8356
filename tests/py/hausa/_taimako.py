# Helper module for shigo.tr: a .py module stays pure Python even when a .tr
# program imports it, so Hausa keyword spellings are ordinary names here.
ko = "ko"
ba = "ba"
idan = "idan"


def jeri(*items):
    duk = list(items)
    return duk
