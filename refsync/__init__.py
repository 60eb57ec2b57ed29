"""refsync: keep a reference library in step with an author's arXiv publication list."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("refsync")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
