"""Topic display data (id, Arabic and English label, colour) for the window.

Qt-free so the snapshot, the CSV export and the tests read the same labels the
window shows.  Read from ``resources/topics.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from viewer.paths import resource

TOPICS_FILE = resource("topics.toml")


@dataclass(frozen=True)
class TopicInfo:
    id: str
    ar: str
    en: str
    color: str

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


def load_topics(path: Path | None = None, overlay: Path | None = None) -> list[TopicInfo]:
    """Every topic the extractor tags with (bundled general and subject-pack topics,
    plus ``overlay``'s own topics.toml), or only those of ``path`` when given."""
    if path is None:
        from viewer.extract.vocab import load_vocabulary

        return [TopicInfo(t.id, t.ar, t.en, t.color) for t in load_vocabulary(overlay=overlay).topics]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    out = []
    for t in data.get("topic", []):
        if "id" in t:
            out.append(
                TopicInfo(t["id"], t.get("ar", t["id"]), t.get("en", t["id"]), t.get("color", "#888888"))
            )
    return out
