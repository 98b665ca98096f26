"""Hand-checked gold for the five seed articles (see docs/gold.md).

Values are for the case where NO publication date is known; ``alt`` gives the
values of the relative mentions once a publication date is passed.
"""

from build_gold import M, N, R

Y = lambda y: (f"{y}-01-01", f"{y}-12-31")  # noqa: E731

SEEDS = [
    {
        "file": "000_0b23c83037af3ae1.txt",
        "published": None,
        "lower_bound": "2018-01-01",
        "lower_bound_reason": "latest explicit date: عامي 2015 و 2018",
        "mentions": [
            M(
                "يومي 8 و9 ديسمبر الجاري",
                "relative",
                "2018-12-08",
                None,
                "day",
                resolved=False,
                tags=["day_range", "relative", "month_gregorian"],
            ),
            M("منذ عام 2017", "since", *Y(2017), "year", tags=["since"]),
            M("عام 2004", "absolute", *Y(2004), "year", tags=["year"]),
            M(
                "عامي 2015 و 2018",
                "multi",
                "2015-01-01",
                "2018-12-31",
                "year",
                parts=[list(Y(2015)), list(Y(2018))],
                tags=["multi_year"],
            ),
        ],
        "alt": [
            {"published": "2025-12-01", "values": [R("يومي 8 و9 ديسمبر الجاري", "2025-12-08", "2025-12-09")]}
        ],
        "not_dates": [
            N("الاجتماع السابع", "ordinal"),
            N("للاجتماع السابع", "ordinal"),
            N("التحديات المستقبلية", "vague"),
            N("المستقبل القريب", "vague"),
        ],
    },
    {
        "file": "001_595a8ccd077d1b68.txt",
        "published": None,
        "lower_bound": "1989-01-01",
        "lower_bound_reason": "latest explicit date: منذ عام 1989",
        "mentions": [
            M(
                "[أدخل التاريخ هنا إن وجد، وإلا اتركها فارغة]",
                "placeholder",
                None,
                None,
                "unknown",
                resolved=False,
                tags=["placeholder"],
            ),
            M("منذ عام 1989", "since", *Y(1989), "year", tags=["since"]),
        ],
        "not_dates": [
            N("طويل الأمد", "vague"),
            N("في المستقبل", "vague", occ=1),
            N("السنوات الأخيرة", "vague"),
            N("التحديات المستقبلية", "vague"),
            N("المستقبل القريب", "vague"),
            N("حتى الآن", "vague"),
        ],
    },
    {
        "file": "002_b86ab62d7b58430d.txt",
        "published": None,
        "lower_bound": "2025-01-01",
        "lower_bound_reason": "latest explicit date: لعام 2025",
        "mentions": [
            M("عام 2017", "absolute", *Y(2017), "year", occ=1, tags=["year"]),
            M("لعام 2025", "absolute", *Y(2025), "year", tags=["year", "clitic"]),
            M("2016-2017", "range", "2016-01-01", "2017-12-31", "year", tags=["year_range"]),
            M("عام 2017", "absolute", *Y(2017), "year", occ=2, tags=["year"]),
        ],
        "not_dates": [
            N("منذ انضمامها", "vague"),
            N("كأول دولة", "ordinal"),
            N("المركز الأول", "ordinal"),
            N("21 دورة", "count"),
            N("في المستقبل", "vague"),
        ],
    },
    {
        "file": "003_da142351fcd35486.txt",
        "published": None,
        "lower_bound": "2024-01-01",
        "lower_bound_reason": "latest explicit date: عام 2024",
        "mentions": [
            M("عام 2004", "absolute", *Y(2004), "year", tags=["year"]),
            M(
                "كانون الثاني 2017",
                "absolute",
                "2017-01-01",
                "2017-01-31",
                "month",
                tags=["month_levantine", "month_year"],
            ),
            M("عام 2024", "absolute", *Y(2024), "year", tags=["year"]),
        ],
        "not_dates": [
            N("الأولى له", "ordinal"),
            N("أول دولة", "ordinal"),
            N("ومنذ ذلك الحين", "vague"),
        ],
    },
    {
        "file": "004_e9d261769ad3db9a.txt",
        "published": None,
        "lower_bound": "2024-01-01",
        "lower_bound_reason": "anniversary: الذكرى الـ 75 of April 1949 = 2024; copyright © 2024",
        "mentions": [
            M("عام 2004", "absolute", *Y(2004), "year", tags=["year"]),
            M("منذ عام 2017", "since", *Y(2017), "year", tags=["since"]),
            M("الذكرى الـ 75", "anniversary", *Y(2024), "year", occ=1, tags=["anniversary"]),
            M(
                "يوليو المقبل",
                "relative",
                "2024-07-01",
                None,
                "month",
                resolved=False,
                tags=["relative", "month_gregorian"],
            ),
            M("بالذكرى الـ 75", "anniversary", *Y(2024), "year", tags=["anniversary", "clitic"]),
            M(
                "أبريل 1949",
                "absolute",
                "1949-04-01",
                "1949-04-30",
                "month",
                tags=["month_gregorian", "month_year"],
            ),
            M("© 2024", "copyright", *Y(2024), "year", tags=["copyright"]),
        ],
        "alt": [{"published": "2024-04-04", "values": [R("يوليو المقبل", "2024-07-01", "2024-07-31")]}],
        "not_dates": [
            N("أول مركز", "ordinal"),
            N("العقود الماضية", "vague"),
            N("الحالية", "vague"),
            N("المعاصرة", "vague"),
            N("2%", "percent"),
            N("العالم المعاصر", "vague"),
            N("خليجي 247", "name_number"),
        ],
    },
]
