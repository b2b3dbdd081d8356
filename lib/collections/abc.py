# collections.abc: the abstract base classes for containers; the
# definitions live in _collections_abc (shared with the rest of lib/).

from _collections_abc import *
from _collections_abc import __all__
