"""A deterministic synthetic Arabic news corpus with known dates.

``generate(n, seed)`` returns ``n`` articles built from news-style sentence
templates (actors, topic keywords from ``resources/topics.toml``), 150–900
words each, with every date phenomenon of ``docs/extraction.md`` inserted at
known places (month-name families, Hijri, Eastern/Persian digits, relative
terms, ranges, منذ, decades, anniversaries, weekday names, clitics, ©) and trap
numbers that are *not* dates (counts, percentages, phone numbers, الجيل 2,
رؤية 2035, خليجي 25 …).  Each article carries its publication date and the
ground truth: for every inserted date expression its surface, offsets
(``text[start:end] == surface``), interval and kind; and the spans of the traps.

Same ``(n, seed)`` → byte-identical output (only ``random.Random(seed)`` is used).
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from viewer.paths import resources_dir

RESOURCES = resources_dir()

GREGORIAN = [
    ["يناير"], ["فبراير"], ["مارس"], ["أبريل", "ابريل", "إبريل"], ["مايو"], ["يونيو", "يونيه"],
    ["يوليو", "يوليه"], ["أغسطس", "اغسطس"], ["سبتمبر"], ["أكتوبر", "اكتوبر"], ["نوفمبر"], ["ديسمبر"],
]
LEVANTINE = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
             "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MAGHREBI = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
         "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
# Python weekday(): Monday = 0.
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
DECADES = {1960: "الستينيات", 1970: "السبعينيات", 1980: "الثمانينيات", 1990: "التسعينيات"}
FOUNDED = [("حلف شمال الأطلسي", 1949), ("مجلس التعاون الخليجي", 1981), ("جامعة الدول العربية", 1945),
           ("الأمم المتحدة", 1945), ("منظمة التعاون الإسلامي", 1969)]

ACTORS = [
    "وزير الخارجية الكويتي", "السفير نواف العنزي", "نائب وزير الخارجية الشيخ جراح الجابر",
    "الأمين العام لحلف شمال الأطلسي", "نائبة الأمين العام للناتو", "ممثل الأمين العام للجوار الجنوبي",
    "وزارة الدفاع", "رئاسة الأركان العامة للجيش", "الحرس الوطني", "المركز الإقليمي للناتو",
    "مجلس التعاون الخليجي", "الاتحاد الأوروبي", "وفد من المملكة العربية السعودية", "دولة قطر",
    "مملكة البحرين", "دولة الإمارات العربية المتحدة", "سلطنة عمان", "مبادرة إسطنبول للتعاون",
]

EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass
class KnownDate:
    """A date expression the generator inserted."""

    start: int
    end: int
    surface: str
    earliest: date
    latest: date
    kind: str
    granularity: str


@dataclass
class Trap:
    """A number that is not a date."""

    start: int
    end: int
    surface: str
    kind: str


@dataclass
class SynthArticle:
    id: str
    text: str
    published: date
    dates: list[KnownDate] = field(default_factory=list)
    traps: list[Trap] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.id}.txt"


def load_keywords() -> list[str]:
    try:
        data = tomllib.loads((RESOURCES / "topics.toml").read_text(encoding="utf-8"))
        words = [k for t in data.get("topic", []) for k in t.get("keywords", [])
                 if k.startswith("ال") or " " in k]  # noun phrases read naturally after في مجال
    except (OSError, tomllib.TOMLDecodeError):
        words = []
    return words or ["الأمن السيبراني", "مكافحة الإرهاب", "التدريب", "الشراكة", "أمن الطاقة"]


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


# A date phrase: (lead, surface, trail, earliest, latest, kind, granularity).
Phrase = tuple[str, str, str, date, date, str, str]


class _Gen:
    def __init__(self, rng: random.Random, published: date, keywords: list[str]) -> None:
        self.rng = rng
        self.p = published
        self.kw = keywords

    # -- helpers --------------------------------------------------------------

    def digits(self, s: str) -> str:
        r = self.rng.random()
        if r < 0.2:
            return s.translate(EASTERN)
        if r < 0.23:
            return s.translate(PERSIAN)
        return s

    def year(self, lo: int = 1995, hi: int | None = None) -> int:
        return self.rng.randint(lo, hi or self.p.year)

    def month_name(self, m: int) -> str:
        r = self.rng.random()
        if r < 0.55:
            return self.rng.choice(GREGORIAN[m - 1])
        if r < 0.75:
            return LEVANTINE[m - 1]
        if r < 0.88:
            return MAGHREBI[m - 1]
        return f"{LEVANTINE[m - 1]}/{GREGORIAN[m - 1][0]}"

    def lead(self, initial: bool, options: tuple[str, ...] = ("في ",)) -> str:
        lead = self.rng.choice(options)
        if initial and lead == "في ":
            return "وفي "
        return lead

    # -- the phenomena ----------------------------------------------------------

    def phrase(self, initial: bool) -> Phrase:
        kinds = [
            (self.year_phrase, 14), (self.month_year, 14), (self.day_month_year, 12), (self.multi, 4),
            (self.range_years, 5), (self.since, 5), (self.day_range, 4), (self.hijri, 5),
            (self.decade, 3), (self.relative_month, 6), (self.relative_day, 6), (self.relative_year, 4),
            (self.next_week, 2), (self.weekday, 4),
        ]
        fns = [f for f, _ in kinds]
        weights = [w for _, w in kinds]
        return self.rng.choices(fns, weights)[0](initial)

    def year_phrase(self, initial: bool) -> Phrase:
        y = self.year()
        e, l_ = _year(y)
        cue = self.rng.choice(["عام", "العام", "سنة", "عام", "العام"])
        ys = self.digits(str(y))
        r = self.rng.random()
        if r < 0.15:
            return ("", f"لعام {ys}", "", e, l_, "absolute", "year")
        if r < 0.22:
            return ("", f"بالعام {ys}", "", e, l_, "absolute", "year")
        if r < 0.3:
            return (self.lead(initial), ys, "", e, l_, "absolute", "year")
        return (self.lead(initial, ("في ", "خلال ", "حتى ")), f"{cue} {ys}", "", e, l_, "absolute", "year")

    def month_year(self, initial: bool) -> Phrase:
        y, m = self.year(2000), self.rng.randint(1, 12)
        if date(y, m, 1) > self.p:
            y -= 1
        s = f"{self.month_name(m)} {self.digits(str(y))}"
        if self.rng.random() < 0.2:
            s = "شهر " + s
        return (self.lead(initial, ("في ", "خلال ")), s, "", date(y, m, 1), _month_end(y, m), "absolute",
                "month")

    def day_month_year(self, initial: bool) -> Phrase:
        d = self.p - timedelta(days=self.rng.randint(0, 3650))
        s = f"{self.digits(str(d.day))} {self.month_name(d.month)} {self.digits(str(d.year))}"
        if self.rng.random() < 0.3:
            s = f"{WEEKDAYS[d.weekday()]} {s}"
        return (self.lead(initial), s, "", d, d, "absolute", "day")

    def multi(self, initial: bool) -> Phrase:
        a = self.year(1995, self.p.year - 2)
        b = self.rng.randint(a + 1, self.p.year)
        sep = self.rng.choice([" و ", " و"])
        s = f"عامي {self.digits(str(a))}{sep}{self.digits(str(b))}"
        return (self.lead(initial), s, "", date(a, 1, 1), date(b, 12, 31), "multi", "year")

    def range_years(self, initial: bool) -> Phrase:
        a = self.year(1995, self.p.year - 1)
        b = self.rng.randint(a + 1, min(a + 4, self.p.year + 1))
        if self.rng.random() < 0.5:
            return (self.lead(initial, ("خلال الفترة (", "في الفترة (")), f"{self.digits(str(a))}-{self.digits(str(b))}",
                    ")", date(a, 1, 1), date(b, 12, 31), "range", "year")
        return ("", f"من {self.digits(str(a))} إلى {self.digits(str(b))}", "", date(a, 1, 1), date(b, 12, 31),
                "range", "year")

    def since(self, initial: bool) -> Phrase:
        y = self.year(1990, self.p.year - 1)
        e, l_ = _year(y)
        cue = self.rng.choice(["عام ", "العام ", ""])
        return ("", f"منذ {cue}{self.digits(str(y))}", "", e, l_, "since", "year")

    def day_range(self, initial: bool) -> Phrase:
        d = self.p - timedelta(days=self.rng.randint(1, 2000))
        if d.day == _month_end(d.year, d.month).day:
            d -= timedelta(days=1)
        s = (f"يومي {self.digits(str(d.day))} و{self.digits(str(d.day + 1))} "
             f"{self.month_name(d.month)} {self.digits(str(d.year))}")
        return (self.lead(initial, ("خلال ", "في ")), s, "", d, d + timedelta(days=1), "range", "day")

    def hijri(self, initial: bool) -> Phrase:
        from hijridate import Hijri

        hy, hm = self.rng.randint(1420, 1446), self.rng.randint(1, 12)
        hd = self.rng.randint(1, 29)
        g = Hijri(hy, hm, hd).to_gregorian()
        d = date(g.year, g.month, g.day)
        suffix = self.rng.choice([" هـ", "هـ", " هجرية", " هـ"])
        s = f"{self.digits(str(hd))} {HIJRI[hm - 1]} {self.digits(str(hy))}{suffix}"
        return (self.lead(initial), s, "", d, d, "hijri", "day")

    def decade(self, initial: bool) -> Phrase:
        start = self.rng.choice(sorted(DECADES))
        return (self.lead(initial, ("في ", "خلال ")), DECADES[start], "", date(start, 1, 1),
                date(start + 9, 12, 31), "decade", "decade")

    def relative_month(self, initial: bool) -> Phrase:
        p = self.p
        r = self.rng.random()
        if r < 0.4:
            q = self.rng.choice(["الجاري", "الحالي"])
            name = self.rng.choice(GREGORIAN[p.month - 1])
            return (self.lead(initial, ("في ", "خلال ")), f"{name} {q}", "", date(p.year, p.month, 1),
                    _month_end(p.year, p.month), "relative", "month")
        m = self.rng.randint(1, 12)
        name = self.rng.choice(GREGORIAN[m - 1])
        if r < 0.7:
            q = self.rng.choice(["المقبل", "القادم"])
            y = p.year if m > p.month else p.year + 1
        else:
            q = self.rng.choice(["الماضي", "المنصرم"])
            y = p.year if m < p.month else p.year - 1
        return (self.lead(initial), f"{name} {q}", "", date(y, m, 1), _month_end(y, m), "relative", "month")

    def relative_day(self, initial: bool) -> Phrase:
        p = self.p
        word, delta = self.rng.choice([("أمس", -1), ("اليوم", 0), ("غدا", 1), ("أول أمس", -2), ("أمس الأول", -2)])
        d = p + timedelta(days=delta)
        return ("", word, "", d, d, "relative", "day")

    def relative_year(self, initial: bool) -> Phrase:
        p = self.p
        word, y = self.rng.choice([("العام الماضي", p.year - 1), ("العام الجاري", p.year),
                                   ("العام الحالي", p.year), ("العام المقبل", p.year + 1)])
        e, l_ = _year(y)
        lead = "" if word == "العام الماضي" and self.rng.random() < 0.5 else self.lead(initial, ("في ", "خلال "))
        return (lead, word, "", e, l_, "relative", "year")

    def next_week(self, initial: bool) -> Phrase:
        p = self.p
        # Weeks run Saturday–Friday; weekday(): Saturday = 5.
        start = p - timedelta(days=(p.weekday() - 5) % 7)
        return (self.lead(initial, ("خلال ", "")), "الأسبوع المقبل", "", start + timedelta(days=7),
                start + timedelta(days=13), "relative", "week")

    def weekday(self, initial: bool) -> Phrase:
        p = self.p
        wd = self.rng.randint(0, 6)
        name = WEEKDAYS[wd]
        r = self.rng.random()
        if r < 0.5:
            back = (p.weekday() - wd) % 7
            d = p - timedelta(days=back)
            return ("", f"يوم {name}", "", d, d, "weekday", "day")
        if r < 0.75:
            back = (p.weekday() - wd) % 7 or 7
            d = p - timedelta(days=back)
            return ("", f"{name} الماضي", "", d, d, "weekday", "day")
        ahead = (wd - p.weekday()) % 7 or 7
        d = p + timedelta(days=ahead)
        return ("", f"{name} {self.rng.choice(['المقبل', 'القادم'])}", "", d, d, "weekday", "day")


_ADV_TEMPLATES = [
    "{D} أعلن {A} عن إطلاق مبادرة جديدة في مجال {K}.",
    "وعقد {A} اجتماعا موسعا مع ممثلي {A2} {D} لبحث سبل تعزيز {K}.",
    "وأشار {A} إلى أن التعاون في مجال {K} شهد تطورا ملحوظا {D}.",
    "وكان {A} قد وقع مذكرة تفاهم للتعاون في {K} مع {A2} {D}.",
    "وأكد {A} {D} أهمية تعزيز الشراكة في مجالات {K} و{K2}.",
    "ونظم {A} ورشة عمل حول {K} {D} بمشاركة خبراء من {A2}.",
    "{D} استضافت الكويت مؤتمرا إقليميا حول {K} بحضور {A}.",
    "وقال {A} في تصريح صحفي {D} إن {K} يمثل أولوية قصوى للمرحلة المقبلة.",
    "ومن المقرر أن يزور {A} مقر {A2} {D} لمناقشة ملفات {K}.",
    "وأوضح البيان الصادر عن {A} أن المباحثات التي جرت {D} تناولت {K} و{K2}.",
]
_GEN_TEMPLATES = [
    "وتندرج هذه الخطوة ضمن خطة العمل المشتركة {D} في مجال {K}.",
    "واعتمد {A} برنامج {K} {D} بالتنسيق مع {A2}.",
]
_FILLERS = [
    "ويأتي ذلك في إطار الجهود المشتركة لتعزيز {K} في المنطقة.",
    "وشدد {A} على ضرورة تكثيف التنسيق في مجال {K} لمواجهة التحديات المتزايدة.",
    "كما تناول اللقاء آفاق التعاون الثنائي في {K} و{K2} والقضايا ذات الاهتمام المشترك.",
    "وأعرب {A} عن تقديره للدور الذي يقوم به {A2} في دعم {K}.",
    "وتسعى الكويت من خلال هذه الشراكة إلى تطوير قدراتها الوطنية في {K}.",
    "ولفت إلى أن المرحلة المقبلة ستشهد مزيدا من البرامج في مجال {K} في السنوات الأخيرة.",
    "وأضاف أن {A} يولي اهتماما خاصا بملف {K} ويعمل على تبادل الخبرات مع الشركاء.",
    "وتطرقت المباحثات إلى المستجدات الإقليمية والدولية وانعكاساتها على {K}.",
]
# Trap templates: {T} is the non-date number (its span is recorded).
_TRAPS = [
    ("وشارك في البرنامج أكثر من {T} متدربا من {A}.", "count", lambda r: str(r.randint(12, 4000))),
    ("وبلغت نسبة المشاركة {T} خلال الدورة.", "percent", lambda r: f"{r.randint(2, 99)}%"),
    ("وارتفعت نسبة الإنجاز إلى {T} في مشروعات {K}.", "percent", lambda r: f"٪{r.randint(2, 99)}"),
    ("ويمكن التواصل مع المركز عبر الرقم {T}.", "phone",
     lambda r: f"+965 {r.randint(2000, 2999)} {r.randint(1000, 9999)}"),
    ("وتطرق الاجتماع إلى تقنيات الجيل {T} في مجال {K}.", "ordinal", lambda r: str(r.randint(2, 6))),
    ("ويأتي ذلك تماشيا مع رؤية الكويت {T}.", "name", lambda r: r.choice(["2035", "2030"])),
    ("وتزامن ذلك مع استعدادات بطولة خليجي {T}.", "name", lambda r: str(r.randint(20, 27))),
    ("ونفذ {A} {T} دورة تدريبية في {K}.", "count", lambda r: str(r.randint(2, 60))),
    ("وحمل القرار الرقم المرجعي {T}.", "digits", lambda r: str(r.randint(100000, 99999999))),
    ("وأسفر التعاون عن تدريب {T} عنصرا من الكوادر الوطنية.", "count", lambda r: str(r.randint(1200, 2600))),
]


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.dates: list[KnownDate] = []
        self.traps: list[Trap] = []
        self.words = 0

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)
        self.words += len(s.split())

    def add_date(self, surface: str, e: date, l_: date, kind: str, gran: str) -> None:
        self.dates.append(KnownDate(self.pos, self.pos + len(surface), surface, e, l_, kind, gran))
        self.add(surface)

    def add_trap(self, surface: str, kind: str) -> None:
        self.traps.append(Trap(self.pos, self.pos + len(surface), surface, kind))
        self.add(surface)

    def text(self) -> str:
        return "".join(self.parts)


def _fill(template: str, rng: random.Random, kw: list[str]) -> str:
    a, a2 = rng.sample(ACTORS, 2)
    k, k2 = rng.sample(kw, 2)
    return template.replace("{A2}", a2).replace("{A}", a).replace("{K2}", k2).replace("{K}", k)


def _sentence(b: _Builder, g: _Gen, rng: random.Random, kw: list[str]) -> None:
    r = rng.random()
    if r < 0.4:
        gen = rng.random() < 0.15
        tpl = _fill(rng.choice(_GEN_TEMPLATES if gen else _ADV_TEMPLATES), rng, kw)
        before, after = tpl.split("{D}")
        if gen:
            y = g.year(2010, g.p.year + 1)
            e, l_ = _year(y)
            if rng.random() < 0.5:
                lead, surface, trail, kind = "", f"لعام {g.digits(str(y))}", "", "absolute"
            else:
                lead, surface, trail, kind = "(", f"{g.digits(str(y - 1))}-{g.digits(str(y))}", ")", "range"
                e = date(y - 1, 1, 1)
            gran = "year"
        else:
            lead, surface, trail, e, l_, kind, gran = g.phrase(initial=not before)
        b.add(before + lead)
        b.add_date(surface, e, l_, kind, gran)
        b.add(trail + after)
    elif r < 0.55:
        tpl, kind, make = rng.choice(_TRAPS)
        before, after = _fill(tpl, rng, kw).split("{T}")
        b.add(before)
        b.add_trap(make(rng), kind)
        b.add(after)
    else:
        b.add(_fill(rng.choice(_FILLERS), rng, kw))


def _anniversary(b: _Builder, g: _Gen, rng: random.Random) -> None:
    org, founded = rng.choice(FOUNDED)
    n = g.p.year - founded
    b.add(f"وكان {org} قد تأسس في ")
    b.add_date(f"عام {g.digits(str(founded))}", *_year(founded), "absolute", "year")
    b.add(" ليصبح من أبرز المنظمات في العالم. ")
    b.add("وتحتفل الدول الأعضاء ")
    b.add_date(rng.choice([f"بالذكرى الـ{n}", f"بالذكرى الـ {n}"]), *_year(g.p.year), "anniversary", "year")
    b.add(f" لتأسيس {org} وسط تحديات أمنية متزايدة.")


def generate(n: int, seed: int = 0) -> list[SynthArticle]:
    """``n`` synthetic articles; deterministic in ``(n, seed)`` (article i depends only on seed and i)."""
    keywords = load_keywords()
    return [_article(i, seed, keywords) for i in range(n)]


def _article(i: int, seed: int, keywords: list[str]) -> SynthArticle:
    rng = random.Random(f"{seed}:{i}")
    published = date(2016, 1, 1) + timedelta(days=rng.randint(0, 3450))
    g = _Gen(rng, published, keywords)
    b = _Builder()
    b.add(_fill("{A} يؤكد أهمية تعزيز التعاون في مجال {K}", rng, keywords) + "\n")
    target = rng.randint(150, 900)
    anniversary_at = rng.randint(2, 8) if rng.random() < 0.25 else -1
    sentences = 0
    while b.words < target - 5:
        if sentences and sentences % rng.randint(3, 6) == 0:
            b.add("\n")
        elif sentences:
            b.add(" ")
        if sentences == anniversary_at:
            _anniversary(b, g, rng)
        else:
            _sentence(b, g, rng, keywords)
        sentences += 1
    if rng.random() < 0.3:
        b.add("\n")
        b.add_date(f"© {published.year}", *_year(published.year), "copyright", "year")
        b.add(" جميع الحقوق محفوظة")
    b.add("\n")
    return SynthArticle(f"synth_{i:05d}", b.text(), published, b.dates, b.traps)


def write_corpus(articles: list[SynthArticle], folder: str | Path) -> list[Path]:
    """Write the articles as UTF-8 ``.txt`` files; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles:
        p = folder / a.name
        p.write_text(a.text, encoding="utf-8", newline="")
        paths.append(p)
    return paths
