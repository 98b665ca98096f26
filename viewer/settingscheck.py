"""Saved settings are user data too: checked on load, a bad value dropped with a message.

Qt-free so it is tested without a window.  The window keeps its filter state as
JSON in QSettings (``filters/state``); a value of the wrong shape once left the
window stuck at «جارٍ التحميل…», a deeply nested one raised RecursionError at
every start, and a settings file that is a FIFO blocked start-up inside
QSettings' constructor.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from viewer.pubrange import pubdate_error

MAX_STATE_CHARS = 1 << 20
MAX_LIST = 100_000
MAX_TEXT = 1_000
# key -> (type, default)
_FIELDS: dict[str, type] = {
    "topics_off": list,
    "actors_off": list,
    "topic_mode": str,
    "actor_mode": str,
    "date_on": bool,
    "date_from": str,
    "date_to": str,
    "undated": bool,
    "text": str,
    "scope": str,  # search scope (h12)
}
_MODES = frozenset({"hide", "any", "all"})


def filter_state(raw: object) -> tuple[dict[str, Any] | None, list[str]]:
    """The saved filter state as the window can apply it, and what was dropped (messages).

    Unknown keys and values of the wrong type are dropped one by one; a value
    that is not a JSON object at all, too long or nested too deeply is dropped whole."""
    if raw is None or raw == "":
        return None, []
    text = raw if isinstance(raw, str) else str(raw)
    if len(text) > MAX_STATE_CHARS:
        return None, [f"saved filters are {len(text):,} characters long; ignored"]
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None, ["saved filters are not valid JSON (or nested too deeply); ignored"]
    if not isinstance(data, dict):
        return None, [f"saved filters are a {type(data).__name__}, not an object; ignored"]
    out: dict[str, Any] = {}
    dropped: list[str] = []
    for key, value in data.items():
        want = _FIELDS.get(key)
        if want is None:
            dropped.append(str(key)[:40])
            continue
        if want is list:
            if not isinstance(value, list) or len(value) > MAX_LIST or not all(isinstance(v, str) for v in value):
                dropped.append(key)
                continue
        elif want is bool:
            if not isinstance(value, bool):
                dropped.append(key)
                continue
        elif not isinstance(value, str) or len(value) > MAX_TEXT:
            dropped.append(key)
            continue
        if key in ("topic_mode", "actor_mode") and value not in _MODES:
            dropped.append(key)
            continue
        if key in ("date_from", "date_to"):
            try:
                if pubdate_error(date.fromisoformat(value)):
                    raise ValueError(value)
            except ValueError:
                dropped.append(key)
                continue
        out[key] = value
    msgs = [f"saved filters: {', '.join(dropped)} ignored (wrong type or unknown)"] if dropped else []
    return out, msgs


def saved_pubdates(items: Iterable[tuple[str, object]]) -> tuple[dict[str, date], list[str]]:
    """Saved publication dates that are dates in the accepted range; the rest is reported."""
    out: dict[str, date] = {}
    bad = 0
    for key, value in items:
        try:
            d = date.fromisoformat(str(value))
        except ValueError:
            bad += 1
            continue
        if pubdate_error(d):
            bad += 1
            continue
        out[key] = d
    return out, ([f"{bad} saved publication date(s) are not valid dates in 1000–2200; ignored"] if bad else [])


def special_settings_files(config_dirs: Iterable[str | os.PathLike[str]], org: str, app: str) -> list[Path]:
    """Settings files Qt would read (``DIR/ORG/APP.conf``, ``DIR/ORG.conf``) that exist and are
    not regular files: a FIFO there blocks QSettings' constructor."""
    out = []
    for d in config_dirs:
        for p in (Path(d) / org / f"{app}.conf", Path(d) / f"{org}.conf"):
            try:
                st = os.stat(p)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                out.append(p)
    return out
