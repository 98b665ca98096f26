"""Hand-checked gold for the HELD-OUT articles in tests/data/heldout/ (see docs/gold.md, "Held-out set").

Same format as spec_articles.py.  These articles were written (and this gold
fixed) before the extractor was ever run on them; do not edit the gold to match
the extractor's output -- only to fix a genuine gold error, and say so in the
commit message.

    python tests/gold/spec_heldout.py      # writes tests/gold/heldout.json

(build_gold.py itself is untouched: this module reuses its helpers.)
"""

import calendar as _cal
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_gold import GOLD, ROOT, M, N, R, U, build_article


def Y(y):
    return (f"{y}-01-01", f"{y}-12-31")


def MO(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{_cal.monthrange(y, m)[1]:02d}")


def D(s):
    return (s, s)


# "season" parts of a year / month (docs/gold.md, Held-out set, decision H3)
def EARLY_Y(y):
    return (f"{y}-01-01", f"{y}-04-30")


def MID_Y(y):
    return (f"{y}-05-01", f"{y}-08-31")


def LATE_Y(y):
    return (f"{y}-09-01", f"{y}-12-31")


def EARLY_M(y, m):
    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-10")


def LATE_M(y, m):
    return (f"{y}-{m:02d}-21", MO(y, m)[1])


G, LEV, MOR = "month_gregorian", "month_levantine", "month_moroccan"
DMY, DM, MY = "day_month_year", "day_month_no_year", "month_year"
REL, WD, HIJ = "relative", "weekday", "hijri"
EAST, YR, CLI, DL = "eastern_digits", "year", "clitic", "dateline"
SEAS, NUM, LAW, WDD = "part_of_period", "numeric_date", "law_year", "weekday_date"

ARTICLES = [
    # ------------------------------------------------------------------ h01 Oman / ONA, dateline w/o year
    {
        "file": "h01_oman_weather.txt",
        "published": "2024-05-12",  # Sunday
        "mentions": [
            M("مطلع الأسبوع المقبل", "relative", "2024-05-18", "2024-05-24", "week", occ=1, tags=[REL, SEAS]),
            M("12 مايو", "relative", *D("2024-05-12"), "day", tags=[DL, DM, G]),
            M("مطلع الأسبوع المقبل", "relative", "2024-05-18", "2024-05-24", "week", occ=2, tags=[REL, SEAS]),
            M("اليوم الأحد", "relative", *D("2024-05-12"), "day", tags=[REL, WD]),
            M("الأسبوع الماضي", "relative", "2024-05-04", "2024-05-10", "week", tags=[REL]),
            M("6 يونيو 2007", "absolute", *D("2007-06-06"), "day", tags=[DMY, G]),
            M("يونيو 2010", "absolute", *MO(2010, 6), "month", tags=[MY, G]),
            M("3 أكتوبر 2021", "absolute", *D("2021-10-03"), "day", tags=[DMY, G]),
            M("أواخر الشهر الجاري", "relative", *LATE_M(2024, 5), "season", tags=[REL, SEAS]),
            M("العام الماضي", "relative", *Y(2023), "year", tags=[REL]),
        ],
        "not_dates": [
            N("بين 30 و80 ملم", "count"),
            N("60 كيلومترا", "count"),
            N("42 ملم", "count"),
            N("منذ بداية الموسم", "vague"),
            N("35%", "percent"),
            N("هذه الفترة من السنة", "vague"),
            N("1500", "count"),
            N("9999", "phone"),
        ],
    },
    # ------------------------------------------------------------------ h02 Morocco, Moroccan months, no date
    {
        "file": "h02_morocco_alternative_sanctions.txt",
        "published": None,
        "lower_bound": "2023-12-31",
        "lower_bound_reason": "latest explicit date: 31 دجنبر 2023",
        "mentions": [
            M("أمس", "relative", "2023-12-30", None, "day", resolved=False, tags=[REL]),
            M("يوم 8 يونيو 2023", "absolute", *D("2023-06-08"), "day", tags=[DMY, G]),
            M("شتنبر 2023", "absolute", *MO(2023, 9), "month", tags=[MY, MOR]),
            M("31 دجنبر 2023", "absolute", *D("2023-12-31"), "day", tags=[DMY, MOR]),
            M("ماي 2012", "absolute", *MO(2012, 5), "month", tags=[MY, MOR]),
            M("يوليوز 2013", "absolute", *MO(2013, 7), "month", tags=[MY, MOR]),
            M(
                "نهاية السنة الجارية",
                "relative",
                "2023-09-01",
                None,
                "season",
                resolved=False,
                tags=[REL, SEAS],
            ),
            M("يوم الثلاثاء المقبل", "weekday", "2024-01-02", None, "day", resolved=False, tags=[WD]),
        ],
        "alt": [
            {
                "published": "2024-07-23",  # Tuesday
                "values": [
                    R("أمس", *D("2024-07-22")),
                    R("نهاية السنة الجارية", *LATE_Y(2024)),
                    R("يوم الثلاثاء المقبل", *D("2024-07-30")),
                ],
            }
        ],
        "not_dates": [
            N("رقم 43.22", "name_number"),
            N("87 نائبا", "count"),
            N("عدة أشهر", "vague"),
            N("خمس سنوات", "duration"),
            N("بين 100 و2000 درهم", "money"),
            N("102 ألف", "count"),
            N("4 في المائة", "percent"),
            N("بالسنة التي قبلها", "vague"),
            N("رقم 103.13", "name_number"),
            N("بعد سنة", "duration"),
        ],
    },
    # ------------------------------------------------------------------ h03 Sudan, Eastern digits, no date
    {
        "file": "h03_sudan_cholera.txt",
        "published": None,
        "lower_bound": "2024-09-14",
        "lower_bound_reason": "latest explicit date: يوم ١٤ سبتمبر ٢٠٢٤",
        "mentions": [
            M("الأسبوع الماضي", "relative", "2024-09-07", None, "week", resolved=False, tags=[REL]),
            M("١٢ أغسطس ٢٠٢٤", "absolute", *D("2024-08-12"), "day", tags=[DMY, G, EAST]),
            M("أمس", "relative", "2024-09-13", None, "day", resolved=False, tags=[REL]),
            M("يوم ١٤ سبتمبر ٢٠٢٤", "absolute", *D("2024-09-14"), "day", tags=[DMY, G, EAST]),
            M(
                "مطلع الشهر المقبل",
                "relative",
                "2024-10-01",
                None,
                "season",
                resolved=False,
                tags=[REL, SEAS],
            ),
            M("٢٥ أغسطس ٢٠٢٤", "absolute", *D("2024-08-25"), "day", tags=[DMY, G, EAST]),
            M("أبريل ٢٠٢٣", "absolute", *MO(2023, 4), "month", tags=[MY, G, EAST]),
            M(
                "عامي ٢٠١٦ و٢٠١٧",
                "multi",
                "2016-01-01",
                "2017-12-31",
                "year",
                parts=[list(Y(2016)), list(Y(2017))],
                tags=["multi_year", EAST],
            ),
            M("للعام المقبل", "relative", "2025-01-01", None, "year", resolved=False, tags=[REL, CLI]),
        ],
        "alt": [
            {
                "published": "2024-09-26",  # Thursday
                "values": [
                    R("الأسبوع الماضي", "2024-09-14", "2024-09-20"),
                    R("أمس", *D("2024-09-25")),
                    R("مطلع الشهر المقبل", *EARLY_M(2024, 10)),
                    R("للعام المقبل", *Y(2025)),
                ],
            }
        ],
        "not_dates": [
            N("٢٣٠٠ إصابة", "count"),
            N("١٣ ألف", "count"),
            N("٣٩٥ حالة", "count"),
            N("١٫٤ مليون", "count"),
            N("٧٠٪", "percent"),
            N("منذ عقود", "vague"),
            N("٤٠٤ آلاف", "count"),
            N("٨٥ مليون", "money"),
            N("٩٠٦٩", "phone"),
        ],
    },
    # ------------------------------------------------------------------ h04 Libya / LANA, dateline, law year
    {
        "file": "h04_libya_municipal_elections.txt",
        "published": "2024-11-16",  # Saturday
        "mentions": [
            M("16 نوفمبر 2024", "absolute", *D("2024-11-16"), "day", tags=[DL, DMY, G]),
            M("اليوم السبت", "relative", *D("2024-11-16"), "day", tags=[REL, WD]),
            M("لسنة 2012", "absolute", *Y(2012), "year", tags=[YR, LAW, CLI]),
            M("من 2019 إلى 2021", "range", "2019-01-01", "2021-12-31", "year", tags=["year_range"]),
            M("24 يونيو الماضي", "relative", *D("2024-06-24"), "day", tags=[REL, G]),
            M("مطلع العام المقبل", "relative", *EARLY_Y(2025), "season", tags=[REL, SEAS]),
            M("الأحد المقبل", "weekday", *D("2024-11-17"), "day", tags=[WD]),
            M("24 ديسمبر 2021", "absolute", *D("2021-12-24"), "day", tags=[DMY, G]),
            M("يونيو 2014", "absolute", *MO(2014, 6), "month", tags=[MY, G]),
        ],
        "alt": [
            {
                "published": None,
                "lower_bound": "2024-11-16",
                "lower_bound_reason": "latest explicit date: dateline 16 نوفمبر 2024",
                "values": [
                    U("اليوم السبت", "2024-11-16"),
                    U("24 يونيو الماضي", "2024-06-24"),
                    U("مطلع العام المقبل", "2025-01-01"),
                    U("الأحد المقبل", "2024-11-17"),
                ],
            }
        ],
        "not_dates": [
            N("المرحلة الأولى", "ordinal", occ=1),
            N("المرحلة الأولى", "ordinal", occ=2),
            N("58 بلدية", "count"),
            N("186 ألف", "count"),
            N("الساعة الثامنة", "time"),
            N("الساعة السادسة", "time"),
            N("72 ساعة", "count"),
            N("رقم 59", "name_number"),
            N("المرحلة الثانية", "ordinal"),
            N("60 بلدية", "count"),
            N("منذ ذلك الحين", "vague"),
            N("منتصف النهار", "time"),
            N("35%", "percent"),
        ],
    },
    # ------------------------------------------------------------------ h05 Syria, Levantine months, no date
    {
        "file": "h05_syria_museum_exhibition.txt",
        "published": None,
        "lower_bound": "2023-01-01",
        "lower_bound_reason": "latest explicit date: عامي 2022 و2023",
        "mentions": [
            M("أمس", "relative", "2022-12-31", None, "day", resolved=False, tags=[REL]),
            M(
                "عامي 2022 و2023",
                "multi",
                "2022-01-01",
                "2023-12-31",
                "year",
                parts=[list(Y(2022)), list(Y(2023))],
                tags=["multi_year"],
            ),
            M("عام 1919", "absolute", *Y(1919), "year", tags=[YR]),
            M("ربيع 2012", "absolute", "2012-03-01", "2012-05-31", "season", tags=[SEAS]),
            M("28 تشرين الأول 2018", "absolute", *D("2018-10-28"), "day", tags=[DMY, LEV]),
            M(
                "نهاية العام الجاري",
                "relative",
                "2023-09-01",
                None,
                "season",
                resolved=False,
                tags=[REL, SEAS],
            ),
            M(
                "15 كانون الثاني المقبل",
                "relative",
                "2024-01-15",
                None,
                "day",
                resolved=False,
                tags=[REL, LEV],
            ),
            M("يوم الخميس المقبل", "weekday", "2023-01-05", None, "day", resolved=False, tags=[WD]),
            M("عام 1979", "absolute", *Y(1979), "year", tags=[YR]),
            M("حزيران 2013", "absolute", *MO(2013, 6), "month", tags=[MY, LEV]),
        ],
        "alt": [
            {
                "published": "2024-10-20",  # Sunday
                "values": [
                    R("أمس", *D("2024-10-19")),
                    R("نهاية العام الجاري", *LATE_Y(2024)),
                    R("15 كانون الثاني المقبل", *D("2025-01-15")),
                    R("يوم الخميس المقبل", *D("2024-10-24")),
                ],
            }
        ],
        "not_dates": [
            N("120 قطعة", "count"),
            N("الألف الثالث قبل الميلاد", "bce"),
            N("35 قطعة", "count"),
            N("الساعة التاسعة", "time"),
            N("أيام الثلاثاء", "habitual"),
            N("خمسة مواقع", "count"),
        ],
    },
    # ------------------------------------------------------------------ h06 Yemen / Saba, weekday + date + Hijri dateline
    {
        "file": "h06_yemen_exams_hijri.txt",
        "published": "2024-05-05",  # Sunday, 26 Shawwal 1445
        "mentions": [
            M("الأحد 5 مايو 2024", "absolute", *D("2024-05-05"), "day", tags=[DL, DMY, G, WDD]),
            M("26 شوال 1445 هـ", "hijri", *D("2024-05-05"), "day", calendar="hijri", tags=[DL, HIJ]),
            M("اليوم", "relative", *D("2024-05-05"), "day", tags=[REL]),
            M("الخميس 16 مايو الجاري", "relative", *D("2024-05-16"), "day", tags=[REL, WDD, G]),
            M("شهر يوليو المقبل", "relative", *MO(2024, 7), "month", tags=[REL, G]),
            M("الأسبوع الماضي", "relative", "2024-04-27", "2024-05-03", "week", tags=[REL]),
            M("بالعام الماضي", "relative", *Y(2023), "year", tags=[REL, CLI]),
            M("منذ عام 2015", "since", *Y(2015), "year", tags=["since"]),
            M("10 ذي القعدة 1444 هـ", "hijri", *D("2023-05-30"), "day", calendar="hijri", tags=[HIJ]),
            M("30 مايو 2023", "absolute", *D("2023-05-30"), "day", tags=[DMY, G]),
            M("مارس 2015", "absolute", *MO(2015, 3), "month", tags=[MY, G]),
        ],
        "not_dates": [
            N("13 محافظة", "count", occ=1),
            N("13 محافظة", "count", occ=2),
            N("95 ألف", "count"),
            N("612 مركزا", "count"),
            N("8%", "percent"),
            N("لأشهر متتالية", "vague"),
            N("العام الدراسي الماضي", "vague"),
            N("84.6%", "percent"),
            N("02-235678", "phone"),
            N("2.7 مليون", "count"),
            N("2400 مدرسة", "count"),
        ],
    },
    # ------------------------------------------------------------------ h07 Bahrain, numeric date, law year, no date
    {
        "file": "h07_bahrain_data_protection.txt",
        "published": None,
        "lower_bound": "2026-01-01",
        "lower_bound_reason": "latest explicit date: 2022-2026 (plan period; rule applied literally)",
        "mentions": [
            M("لسنة 2018", "absolute", *Y(2018), "year", tags=[YR, LAW, CLI]),
            M("1 أغسطس 2019", "absolute", *D("2019-08-01"), "day", tags=[DMY, G]),
            M("2024/09/01", "absolute", *D("2024-09-01"), "day", tags=[NUM]),
            M(
                "من 15 يونيو حتى 15 أغسطس 2024",
                "range",
                "2024-06-15",
                "2024-08-15",
                "day",
                tags=["day_range", G],
            ),
            M("منتصف 2023", "absolute", *MID_Y(2023), "season", tags=[SEAS]),
            M("2022-2026", "range", "2022-01-01", "2026-12-31", "year", tags=["year_range"]),
            M("العام المقبل", "relative", "2027-01-01", None, "year", resolved=False, tags=[REL]),
            M(
                "أواخر الشهر الجاري",
                "relative",
                "2026-01-21",
                None,
                "season",
                resolved=False,
                tags=[REL, SEAS],
            ),
        ],
        "alt": [
            {
                "published": "2024-08-20",
                "values": [
                    R("العام المقبل", *Y(2025)),
                    R("أواخر الشهر الجاري", *LATE_M(2024, 8)),
                ],
            }
        ],
        "not_dates": [
            N("رقم (30)", "name_number"),
            N("48 مؤسسة", "count"),
            N("312 بلاغا", "count"),
            N("60%", "percent"),
            N("السنوية", "vague"),
            N("20 ألف دينار", "money"),
            N("80008001", "phone"),
            N("من الأحد إلى الخميس", "habitual"),
        ],
    },
    # ------------------------------------------------------------------ h08 Mauritania / AMI, numeric dateline
    {
        "file": "h08_mauritania_presidential.txt",
        "published": "2024-06-30",  # Sunday
        "mentions": [
            M("30/06/2024", "absolute", *D("2024-06-30"), "day", tags=[DL, NUM]),
            M("اليوم الأحد", "relative", *D("2024-06-30"), "day", tags=[REL, WD]),
            M("أمس السبت", "relative", *D("2024-06-29"), "day", tags=[REL, WD]),
            M("1 أغسطس المقبل", "relative", *D("2024-08-01"), "day", tags=[REL, G]),
            M("22 يونيو 2019", "absolute", *D("2019-06-22"), "day", tags=[DMY, G]),
            M("عام 1960", "absolute", *Y(1960), "year", tags=[YR]),
            M("فبراير الماضي", "relative", *MO(2024, 2), "month", tags=[REL, G]),
            M("يوليو 1991", "absolute", *MO(1991, 7), "month", tags=[MY, G]),
            M(
                "يومي 13 و27 مايو 2023",
                "multi",
                "2023-05-13",
                "2023-05-27",
                "day",
                parts=[list(D("2023-05-13")), list(D("2023-05-27"))],
                tags=["multi_day", G],
            ),
        ],
        "not_dates": [
            N("56.12%", "percent"),
            N("22.10%", "percent"),
            N("الخمسة", "count"),
            N("55.39%", "percent"),
            N("1.9 مليون", "count"),
            N("الأيام المقبلة", "vague"),
            N("لأول مرة", "ordinal"),
            N("الثامنة", "ordinal"),
        ],
    },
]


def main() -> None:
    arts = [build_article(s, ROOT / "tests" / "data" / "heldout", "heldout") for s in ARTICLES]
    (GOLD / "heldout.json").write_text(
        json.dumps({"version": 1, "articles": arts}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(
        f"heldout.json: {len(arts)} articles, {sum(len(a['mentions']) for a in arts)} mentions, "
        f"{sum(len(a['not_dates']) for a in arts)} not_dates"
    )


if __name__ == "__main__":
    main()
