"""The project file: a whole session (corpus, view, edits, dates) in one JSON file.

It is the only thing of ours that may live next to the articles, and only
where the user saves it.  Corpus folders are stored relative to the project
file (and absolute, as a fallback), so a project copied together with its
articles to another machine opens there; edits are anchored by content hash,
so the same articles give the same timeline whatever their paths.

Opening a project makes the corpus' user store hold exactly the project's
edits and dates (:func:`open_into_store`); what the store held before is
returned so a caller can offer it back (the window does not yet: opening a
project over a corpus with other edits replaces them).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from viewer.atomicio import write_text_atomic
from viewer.userstore.db import UserStore
from viewer.userstore.edits import Edit

FORMAT = "arabic-news-timeline-project"
VERSION = 1
SUFFIX = ".antproj"


class ProjectError(ValueError):
    """The file is not a project this version can open (message for the user)."""


@dataclass
class Project:
    corpus: list[Path] = field(default_factory=list)  # resolved folders/files
    view: dict[str, Any] = field(default_factory=dict)  # filters, zoom, selection: the window's own keys
    edits: list[Edit] = field(default_factory=list)
    pubdates: dict[str, date] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # corpus entries found nowhere


def save_project(path: str | Path, corpus: list[str | Path], edits: list[Edit],
                 pubdates: dict[str, date], view: dict[str, Any] | None = None) -> None:
    """Write the project atomically (a crash leaves the previous file intact)."""
    target = Path(path).absolute()
    entries = []
    for p in corpus:
        absolute = Path(os.path.realpath(os.fspath(p)))
        try:
            rel = os.path.relpath(absolute, target.parent)
        except ValueError:  # another drive (Windows)
            rel = None
        entries.append({"relative": Path(rel).as_posix() if rel else None, "absolute": str(absolute)})
    doc = {
        "format": FORMAT, "version": VERSION,
        "corpus": entries,
        "view": view or {},
        "edits": [e.to_dict() for e in edits],
        "pubdates": {k: d.isoformat() for k, d in sorted(pubdates.items())},
    }
    write_text_atomic(target, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def load_project(path: str | Path) -> Project:
    """Read a project; :class:`ProjectError` with a readable reason when it is not one."""
    src = Path(path)
    try:
        doc = json.loads(src.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectError(f"{src.name}: not a readable project file ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ProjectError(f"{src.name}: not a project file of this application")
    if int(doc.get("version", 0)) > VERSION:
        raise ProjectError(f"{src.name}: written by a newer version (project format {doc.get('version')})")
    out = Project(view=dict(doc.get("view") or {}))
    base = src.absolute().parent
    for entry in doc.get("corpus", []):
        rel, absolute = entry.get("relative"), entry.get("absolute")
        candidates = [base / rel] if rel else []
        if absolute:
            candidates.append(Path(absolute))
        found = next((c for c in candidates if c.exists()), None)
        if found is None:
            out.missing.append(rel or absolute or "?")
        else:
            out.corpus.append(Path(os.path.realpath(found)))
    try:
        out.edits = [Edit.from_dict(d) for d in doc.get("edits", [])]
        out.pubdates = {str(k): date.fromisoformat(v) for k, v in (doc.get("pubdates") or {}).items()}
    except (KeyError, TypeError, ValueError) as exc:
        raise ProjectError(f"{src.name}: an edit or a date in the project is damaged ({exc})") from None
    return out


def open_into_store(project: Project, store: UserStore) -> tuple[list[Edit], dict[str, date]]:
    """Make ``store`` hold the project's edits and dates; returns what it held before."""
    before = (store.edits(), store.pubdates())
    for e in project.edits:
        e.seq = None
    store.replace_all(project.edits, project.pubdates)
    return before
