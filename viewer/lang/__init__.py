"""The language as data: Arabic calendar words in validated files under ``viewer/lang/ar/``.

Each list is written once, in a data file, and every part of the package that
needs it (the date rules, topic/actor matching, merging, search) imports it
from here.  ``load()`` reads, normalizes and validates every file; a bad entry
raises :class:`LangDataError` naming the file and the line.
"""

from viewer.lang.loader import LangData, LangDataError, Unit, data_files, fingerprint, load

__all__ = ["LangData", "LangDataError", "Unit", "data_files", "fingerprint", "load"]
