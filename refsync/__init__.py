"""refsync: keep a reference library in step with an author's arXiv publication list."""

__version__ = "0.1.0"
"""The one place the version is written: pyproject.toml reads it from here, and reading it
here costs nothing (``importlib.metadata`` took a tenth of ``refsync --version``)."""
