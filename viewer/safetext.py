"""Text that came from the file system, made safe to show, write as JSON or store in SQLite.

File names that are not valid UTF-8 (an Arabic name in Windows-1256 bytes, as
old zip archives unpack them) reach Python as ``str`` with lone surrogates
(``os.fsdecode``'s ``surrogateescape``).  Such a string still opens the file,
so paths are kept as they are for reading; but UTF-8 encoders (the JSON writer's
output, SQLite's bindings) refuse it.  :func:`display` gives the form to show and
to write: each undecodable byte becomes U+FFFD, everything else is unchanged.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")


def display(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (identity for ordinary text)."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def display_path(path: str | bytes | None) -> str | None:
    """A path to show: bytes are decoded as the file system would (``os.fsdecode``), then
    :func:`display`."""
    if path is None:
        return None
    if isinstance(path, bytes):
        import os

        path = os.fsdecode(path)
    return display(path)
