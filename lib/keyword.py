# keyword: Python's reserved words (kwlist) and soft keywords (softkwlist),
# with the predicates iskeyword and issoftkeyword.

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
    'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
    'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_keywords = frozenset(kwlist)
_soft_keywords = frozenset(softkwlist)


def iskeyword(s):
    """True if s is a reserved word."""
    return s in _keywords


def issoftkeyword(s):
    """True if s is a soft keyword (reserved only in some contexts)."""
    return s in _soft_keywords
