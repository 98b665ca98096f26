"""Synthetic timeline events (Qt-free, deterministic): the same data for the
timeline benchmark, the demo render and the tests, so they measure one thing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from viewer.model import Event, Evidence

TOPIC_COLORS = {
    "cyber": "#1f77b4",
    "terrorism": "#d62728",
    "maritime": "#17becf",
    "training": "#2ca02c",
    "dialogue": "#9467bd",
    "partnership": "#ff7f0e",
    "wmd": "#8c564b",
    "energy": "#bcbd22",
    "ai": "#e377c2",
    "crisis": "#7f7f7f",
}

_TITLES = (
    "انضمام الكويت إلى مبادرة إسطنبول للتعاون",
    "تأسيس حلف شمال الأطلسي",
    "افتتاح المركز الإقليمي للناتو في الكويت",
    "دورة تدريبية في الأمن السيبراني",
    "زيارة نائبة الأمين العام إلى الكويت",
    "توقيع اتفاقية لحماية المعلومات",
    "اجتماع حول أمن الطاقة في الخليج",
    "ورشة عمل عن إدارة الأزمات والطوارئ المدنية",
    "مشاورات سياسية بين الكويت والحلف",
    "تمرين بحري مشترك في مياه الخليج",
    "مؤتمر عن الذكاء الاصطناعي والتقنيات الناشئة",
    "برنامج الشراكة الفردية والتعاون",
)


def seed_like_events() -> list[Event]:
    """A handful of hand-made events shaped like the seed corpus."""

    def ev(id_, e, lt, gran, kind, title, topics, certain=True, flags=(), arts=("a1",)):
        return Event(
            id=id_,
            earliest=e,
            latest=lt,
            granularity=gran,
            kind=kind,
            title=title,
            certain=certain,
            topics=list(topics),
            flags=list(flags),
            evidence=[Evidence(a, 0, 10, 0, 4) for a in arts],
        )

    return [
        ev(
            "e1949",
            date(1949, 4, 1),
            date(1949, 4, 30),
            "month",
            "absolute",
            "تأسيس حلف شمال الأطلسي",
            ["dialogue"],
        ),
        ev(
            "e2004",
            date(2004, 1, 1),
            date(2004, 12, 31),
            "year",
            "absolute",
            _TITLES[0],
            ["partnership"],
            arts=("a1", "a2"),
        ),
        ev(
            "e2016",
            date(2016, 1, 1),
            date(2017, 12, 31),
            "year",
            "range",
            "خطة الشراكة الفردية (2016-2017)",
            ["partnership"],
        ),
        ev(
            "e2017",
            date(2017, 1, 1),
            date(2017, 1, 31),
            "month",
            "absolute",
            _TITLES[2],
            ["training"],
            arts=("a2", "a3"),
        ),
        ev(
            "e2025",
            date(2025, 12, 8),
            date(2025, 12, 9),
            "day",
            "range",
            "دورة في الأمن السيبراني يومي 8 و9 ديسمبر",
            ["cyber"],
        ),
        ev(
            "eunres",
            date(2019, 1, 1),
            None,
            "month",
            "relative",
            "اجتماع ديسمبر الجاري حول الطاقة",
            ["energy"],
            certain=False,
            flags=("date-unresolved",),
        ),
        ev(
            "e1990s",
            date(1990, 1, 1),
            date(1999, 12, 31),
            "decade",
            "decade",
            "التعاون الأمني في التسعينيات",
            ["terrorism"],
            certain=False,
        ),
        ev(
            "eplace",
            None,
            None,
            "unknown",
            "placeholder",
            "[أدخل التاريخ هنا] حدث بلا تاريخ",
            ["crisis"],
            flags=("date-placeholder",),
        ),
    ]


def synthetic_events(n: int, seed: int = 0, start_year: int = 1945, end_year: int = 2026) -> list[Event]:
    """``n`` deterministic events: mostly days/months, some years, ranges, fuzzy, undated."""
    rng = random.Random(seed)
    topics = list(TOPIC_COLORS)
    t0 = date(start_year, 1, 1).toordinal()
    t1 = date(end_year, 12, 31).toordinal()
    out: list[Event] = []
    for k in range(n):
        r = rng.random()
        title = rng.choice(_TITLES)
        if n > 50:
            title = f"{title} {k}"
        tops = [rng.choice(topics)] if rng.random() > 0.05 else []
        certain, flags = True, []
        if r < 0.01:
            out.append(
                Event(
                    f"s{k}",
                    None,
                    None,
                    "unknown",
                    "placeholder",
                    title,
                    topics=tops,
                    flags=["date-placeholder"],
                )
            )
            continue
        d = date.fromordinal(rng.randint(t0, t1))
        if r < 0.45:
            e, lt, gran, kind = d, d, "day", "absolute"
        elif r < 0.75:
            e = d.replace(day=1)
            lt = (e + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            gran, kind = "month", "absolute"
        elif r < 0.88:
            e, lt, gran, kind = date(d.year, 1, 1), date(d.year, 12, 31), "year", "absolute"
        elif r < 0.95:
            e = d
            lt = d + timedelta(days=rng.randint(1, 900))
            gran, kind = "day", "range"
        elif r < 0.98:
            e, lt, gran, kind = date(d.year, 1, 1), date(min(d.year + 2, 9999), 12, 31), "year", "range"
            certain = False
        else:
            e, lt, gran, kind = d.replace(day=1), None, "month", "relative"
            certain, flags = False, ["date-unresolved"]
        out.append(
            Event(
                f"s{k}",
                e,
                lt,
                gran,
                kind,
                title,
                certain=certain,
                topics=tops,
                flags=flags,
                evidence=[Evidence(f"art{k % 37}", 0, 10, 0, 4)],
            )
        )
    return out
