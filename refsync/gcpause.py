"""Build many small objects without the cyclic garbage collector walking them.

Records, names, found ids, blocks and field dictionaries hold no reference cycles, yet
every allocation counts towards a collection that walks all live objects: building the
records of a 50k-entry cache cost more in the collector than in the building. Never
around bibtexparser: pyparsing makes cycles, and without collections its memory grows
tenfold.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector is as it was afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
