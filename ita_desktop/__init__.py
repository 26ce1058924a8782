"""ITA Desktop core: the ITA framework as data, scoring, analysis, storage and documents.

This package never imports Qt; the interface lives in ``ui/``.
"""

__version__ = "0.1.0"
