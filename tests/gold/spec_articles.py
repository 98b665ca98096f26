"""Hand-checked gold for the test articles in tests/data/articles/ (see docs/gold.md).

Each entry: the publication date the test passes (``published``, or None with the
expected ``lower_bound``), every mention with its value under that condition,
``alt`` conditions (another publication date, or None) with the values the
relative mentions take then, and ``not_dates`` (spans that must not be extracted).
Tags name the phenomena a mention exercises (used for the per-phenomenon table).
"""

from build_gold import M, N, R, U


def Y(y):
    return (f"{y}-01-01", f"{y}-12-31")


def MO(y, m):
    import calendar

    return (f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}")


def D(s):
    return (s, s)


G, LEV, MAG = "month_gregorian", "month_levantine", "month_maghrebi"
VAR, COMB = "month_variant", "month_combined"
DMY, DM, MY = "day_month_year", "day_month_no_year", "month_year"
REL, WD, HIJ = "relative", "weekday", "hijri"
EAST, PERS, YR = "eastern_digits", "persian_digits", "year"
CLI, DIA, DL = "clitic", "diacritics_tatweel", "dateline"

ARTICLES = [
    # ------------------------------------------------------------------ a01 Kuwait / KUNA, dateline
    {
        "file": "a01_kuwait_eu_delegation.txt",
        "published": "2024-03-12",
        "mentions": [
            M("12 مارس 2024", "absolute", *D("2024-03-12"), "day", tags=[DL, DMY, G]),
            M("اليوم الثلاثاء", "relative", *D("2024-03-12"), "day", tags=[REL, WD]),
            M("الخميس المقبل", "weekday", *D("2024-03-14"), "day", tags=[WD]),
            M("عام 1988", "absolute", *Y(1988), "year", tags=[YR]),
            M("العام الماضي", "relative", *Y(2023), "year", tags=[REL]),
            M("بعام 2022", "absolute", *Y(2022), "year", tags=[YR, CLI]),
            M("أبريل المقبل", "relative", *MO(2024, 4), "month", tags=[REL, G]),
            M("الأسبوع المقبل", "relative", "2024-03-16", "2024-03-22", "week", tags=[REL]),
            M("أمس", "relative", *D("2024-03-11"), "day", tags=[REL]),
            M("منذ 2019", "since", *Y(2019), "year", tags=["since"]),
            M("غدا", "relative", *D("2024-03-13"), "day", tags=[REL]),
            M("يوليو 2019", "absolute", *MO(2019, 7), "month", tags=[G, MY]),
            M("شهر يناير الماضي", "relative", *MO(2024, 1), "month", tags=[REL, G]),
        ],
        "alt": [
            {
                "published": None,
                "lower_bound": "2024-03-12",
                "lower_bound_reason": "latest explicit date: dateline 12 مارس 2024",
                "values": [
                    U("اليوم الثلاثاء", "2024-03-12"),
                    U("الخميس المقبل", "2024-03-14"),
                    U("العام الماضي", "2023-01-01"),
                    U("أبريل المقبل", "2024-04-01"),
                    U("الأسبوع المقبل", "2024-03-16"),
                    U("أمس", "2024-03-11"),
                    U("غدا", "2024-03-13"),
                    U("شهر يناير الماضي", "2024-01-01"),
                ],
            }
        ],
        "not_dates": [
            N("الساعة 10:30", "time"),
            N("15٪", "percent"),
            N("12 نائبا", "count"),
            N("الدورة الثالثة", "ordinal"),
            N("+965 2222 1234", "phone"),
        ],
    },
    # ------------------------------------------------------------------ a02 Saudi / SPA, Hijri dateline
    {
        "file": "a02_saudi_budget_hijri.txt",
        "published": "2025-03-15",
        "mentions": [
            M("15 رمضان 1446 هـ", "hijri", *D("2025-03-15"), "day", calendar="hijri", tags=[DL, HIJ]),
            M("15 مارس 2025 م", "absolute", *D("2025-03-15"), "day", tags=[DL, DMY, G]),
            M("لعام 2024", "absolute", *Y(2024), "year", tags=[YR, CLI]),
            M("العام 2023", "absolute", *Y(2023), "year", tags=[YR]),
            M("محرم 1446هـ", "hijri", "2024-07-07", "2024-08-04", "month", calendar="hijri", tags=[HIJ]),
            M("2022", "absolute", *Y(2022), "year", tags=[YR]),
            M("يومي 3 و4 ديسمبر 2024", "range", "2024-12-03", "2024-12-04", "day", tags=["day_range", G]),
            M(
                "شوال المقبل",
                "relative",
                "2025-03-30",
                "2025-04-28",
                "month",
                calendar="hijri",
                tags=[REL, HIJ],
            ),
        ],
        "not_dates": [
            N("1259 مليار", "count"),
            N("1374 مليار", "count"),
            N("4%", "percent"),
            N("4.3%", "percent"),
            N("رؤية 2030", "name_number"),
            N("منذ تسعة أعوام", "vague"),
            N("إكسبو 2030", "name_number"),
            N("كأس العالم 2034", "name_number"),
            N("الأعوام المقبلة", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a03 Algeria football, no date
    {
        "file": "a03_algeria_football.txt",
        "published": None,
        "lower_bound": "2024-02-11",
        "lower_bound_reason": "latest explicit date: من 10 جانفي إلى 11 فيفري 2024",
        "mentions": [
            M(
                "من 10 جانفي إلى 11 فيفري 2024",
                "range",
                "2024-01-10",
                "2024-02-11",
                "day",
                tags=["day_range", MAG],
            ),
            M("يوم الجمعة المقبل", "weekday", "2024-02-16", None, "day", resolved=False, tags=[WD]),
            M("منذ 2010", "since", *Y(2010), "year", tags=["since"]),
            M("ماي 2010", "absolute", *MO(2010, 5), "month", tags=[MAG, MY]),
            M("جويلية المقبل", "relative", "2024-07-01", None, "month", resolved=False, tags=[REL, MAG]),
            M("تسعينيات القرن الماضي", "decade", "1990-01-01", "1999-12-31", "decade", tags=["decade"]),
        ],
        "alt": [
            {
                "published": "2024-02-12",
                "values": [
                    R("يوم الجمعة المقبل", "2024-02-16", "2024-02-16"),
                    R("جويلية المقبل", "2024-07-01", "2024-07-31"),
                ],
            }
        ],
        "not_dates": [
            N("3-1", "score"),
            N("الجولة الخامسة عشرة", "ordinal"),
            N("ملعب 5 جويلية", "name_number"),
            N("الجولة 16", "ordinal"),
            N("11 هدفا", "count"),
            N("9 أهداف", "count"),
            N("15 مباراة", "count"),
        ],
    },
    # ------------------------------------------------------------------ a04 Tunisia / TAP, dateline
    {
        "file": "a04_tunisia_carthage.txt",
        "published": "2023-07-18",
        "mentions": [
            M("غدا", "relative", *D("2023-07-19"), "day", occ=1, tags=[REL]),
            M("18 جويلية 2023", "absolute", *D("2023-07-18"), "day", tags=[DL, DMY, MAG]),
            M("غدا", "relative", *D("2023-07-19"), "day", occ=2, tags=[REL]),
            M(
                "من 19 جويلية إلى 19 أوت 2023",
                "range",
                "2023-07-19",
                "2023-08-19",
                "day",
                tags=["day_range", MAG],
            ),
            M("أمس", "relative", *D("2023-07-17"), "day", tags=[REL]),
            M("منذ أفريل الماضي", "relative", *MO(2023, 4), "month", tags=[REL, "since", MAG]),
            M("ماي الماضي", "relative", *MO(2023, 5), "month", tags=[REL, MAG]),
            M("جوان 2019", "absolute", *MO(2019, 6), "month", tags=[MAG, MY]),
            M("منذ 2011", "since", *Y(2011), "year", tags=["since"]),
            M("سنة 1964", "absolute", *Y(1964), "year", tags=[YR]),
        ],
        "not_dates": [
            N("42 عرضا", "count", occ=1),
            N("الدورة 57", "ordinal"),
            N("42 عرضا", "count", occ=2),
            N("300 مقترح", "count"),
            N("بين 30 و80 دينارا", "money"),
            N("20 بالمائة", "percent"),
            N("120 ألف", "count"),
            N("الدورة الحالية", "vague"),
            N("نصف قرن", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a05 Lebanon, no date, anniversary
    {
        "file": "a05_lebanon_civil_war.txt",
        "published": None,
        "lower_bound": "2025-01-01",
        "lower_bound_reason": "anniversary: الذكرى الخمسين of 13 نيسان 1975 = 2025",
        "mentions": [
            M("الذكرى الخمسين", "anniversary", *Y(2025), "year", occ=1, tags=["anniversary"]),
            M("الذكرى الخمسين", "anniversary", *Y(2025), "year", occ=2, tags=["anniversary"]),
            M("13 نيسان 1975", "absolute", *D("1975-04-13"), "day", tags=[LEV, DMY]),
            M("تشرين الأول 1989", "absolute", *MO(1989, 10), "month", tags=[LEV, MY]),
            M("يوم الأحد", "weekday", "2024-12-29", None, "day", resolved=False, tags=[WD]),
            M("منذ عام 1982", "since", *Y(1982), "year", tags=["since"]),
            M("حزيران 1982", "absolute", *MO(1982, 6), "month", tags=[LEV, MY]),
            M("تشرين الثاني 2018", "absolute", *MO(2018, 11), "month", tags=[LEV, MY]),
            M("الثمانينات", "decade", "1980-01-01", "1989-12-31", "decade", tags=["decade"]),
            M("آب 1991", "absolute", *MO(1991, 8), "month", tags=[LEV, MY]),
            M("هذا العام", "relative", "2025-01-01", None, "year", resolved=False, tags=[REL]),
            M("الشهر الماضي", "relative", "2024-12-01", None, "month", resolved=False, tags=[REL]),
        ],
        "alt": [
            {
                "published": "2025-04-14",
                "values": [
                    R("يوم الأحد", "2025-04-13", "2025-04-13"),
                    R("هذا العام", "2025-01-01", "2025-12-31"),
                    R("الشهر الماضي", "2025-03-01", "2025-03-31"),
                ],
            }
        ],
        "not_dates": [
            N("خمسة عشر عاما", "vague"),
            N("1500 شخص", "count"),
            N("17 ألفا", "count"),
            N("أشهر قليلة", "vague"),
            N("العقود الماضية", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a06 Iraq, published via manifest
    {
        "file": "a06_iraq_local_elections.txt",
        "published": "2023-09-03",
        "mentions": [
            M("18 كانون الأول/ديسمبر 2023", "absolute", *D("2023-12-18"), "day", tags=[LEV, COMB, DMY]),
            M("منذ نيسان/أبريل 2013", "since", *MO(2013, 4), "month", tags=["since", LEV, COMB]),
            M("تشرين الثاني 2019", "absolute", *MO(2019, 11), "month", tags=[LEV, MY]),
            M("1 تشرين الثاني المقبل", "relative", *D("2023-11-01"), "day", tags=[REL, LEV]),
            M("15 كانون الأول", "relative", *D("2023-12-15"), "day", tags=[DM, LEV]),
            M("آذار الماضي", "relative", *MO(2023, 3), "month", tags=[REL, LEV]),
            M(
                "أعوام 2005 و2009 و2013",
                "multi",
                "2005-01-01",
                "2013-12-31",
                "year",
                parts=[list(Y(2005)), list(Y(2009)), list(Y(2013))],
                tags=["multi_year"],
            ),
            M("20 نيسان 2013", "absolute", *D("2013-04-20"), "day", tags=[LEV, DMY]),
            M("10 تشرين الأول 2021", "absolute", *D("2021-10-10"), "day", tags=[LEV, DMY]),
        ],
        "not_dates": [
            N("حراك تشرين", "name_number"),
            N("16 مليون", "count"),
            N("7766 مركز", "count"),
            N("15 محافظة", "count"),
            N("80 في المئة", "percent"),
            N("قبل يومين", "vague"),
            N("التعديل الثالث", "ordinal"),
        ],
    },
    # ------------------------------------------------------------------ a07 Egypt, Eastern Arabic digits
    {
        "file": "a07_egypt_inflation.txt",
        "published": "2023-04-10",
        "mentions": [
            M("الشهر الماضي", "relative", *MO(2023, 3), "month", tags=[REL]),
            M("اليوم", "relative", *D("2023-04-10"), "day", tags=[REL]),
            M("شهر مارس الماضي", "relative", *MO(2023, 3), "month", tags=[REL, G]),
            M("فبراير ٢٠٢٣", "absolute", *MO(2023, 2), "month", tags=[G, MY, EAST]),
            M("منذ يوليه ٢٠١٧", "since", *MO(2017, 7), "month", tags=["since", VAR, EAST]),
            M("٣٠ مارس ٢٠٢٣", "absolute", *D("2023-03-30"), "day", tags=[G, DMY, EAST]),
            M("منذ مارس ٢٠٢٢", "since", *MO(2022, 3), "month", tags=["since", EAST]),
            M("ديسمبر ٢٠٢٢", "absolute", *MO(2022, 12), "month", tags=[G, MY, EAST]),
            M("١٨ مايو", "relative", *D("2023-05-18"), "day", tags=[DM, G, EAST]),
            M("العام المقبل", "relative", *Y(2024), "year", tags=[REL]),
            M("إبريل ٢٠٢١", "absolute", *MO(2021, 4), "month", tags=[VAR, MY, EAST]),
            M("فبراير ٢٠٢٢", "absolute", *MO(2022, 2), "month", tags=[G, MY, EAST]),
        ],
        "not_dates": [
            N("٣٢٫٧٪", "percent", occ=1),
            N("٣٢٫٧٪", "percent", occ=2),
            N("٣١٫٩٪", "percent"),
            N("٦٢٫٩٪", "percent"),
            N("٢٠٠ نقطة", "count"),
            N("١٠٠٠ نقطة", "count"),
            N("٣ مليارات", "count"),
            N("اجتماعها المقبل", "vague"),
            N("٤٫١٪", "percent"),
        ],
    },
    # ------------------------------------------------------------------ a08 Iran, Persian digits
    {
        "file": "a08_iran_saudi_embassy.txt",
        "published": "2023-06-01",
        "mentions": [
            M("الأسبوع المقبل", "relative", "2023-06-03", "2023-06-09", "week", occ=1, tags=[REL]),
            M("الأسبوع المقبل", "relative", "2023-06-03", "2023-06-09", "week", occ=2, tags=[REL]),
            M("۱۰ مارس ۲۰۲۳", "absolute", *D("2023-03-10"), "day", tags=[G, DMY, PERS]),
            M("كانون الثاني/يناير ۲۰۱۶", "absolute", *MO(2016, 1), "month", tags=[LEV, COMB, PERS]),
            M("بين عامي ۲۰۲۱ و۲۰۲۲", "range", "2021-01-01", "2022-12-31", "year", tags=["year_range", PERS]),
            M("الشهر الجاري", "relative", *MO(2023, 6), "month", tags=[REL]),
            M("۶ أبريل ۲۰۲۳", "absolute", *D("2023-04-06"), "day", tags=[G, DMY, PERS]),
        ],
        "not_dates": [
            N("الأسبوعي", "vague"),
            N("منذ سنوات", "vague"),
            N("۱۵ دبلوماسيا", "count"),
        ],
    },
    # ------------------------------------------------------------------ a09 UAE / WAM, dateline
    {
        "file": "a09_uae_flu_campaign.txt",
        "published": "2024-10-07",
        "mentions": [
            M("7 أكتوبر 2024", "absolute", *D("2024-10-07"), "day", tags=[DL, DMY, G]),
            M("اليوم", "relative", *D("2024-10-07"), "day", tags=[REL]),
            M("2024-2025", "range", "2024-01-01", "2025-12-31", "year", tags=["year_range"]),
            M("مارس المقبل", "relative", *MO(2025, 3), "month", tags=[REL, G]),
            M("أمس", "relative", *D("2024-10-06"), "day", tags=[REL]),
            M("يوم الأربعاء المقبل", "weekday", *D("2024-10-09"), "day", tags=[WD]),
            M(
                "منذ ثمانينيات القرن الماضي",
                "since",
                "1980-01-01",
                "1989-12-31",
                "decade",
                tags=["since", "decade"],
            ),
            M("عام 2020", "absolute", *Y(2020), "year", tags=[YR]),
            M("من 3 إلى 5 مارس 2023", "range", "2023-03-03", "2023-03-05", "day", tags=["day_range", G]),
        ],
        "not_dates": [
            N("100 مرفق", "count"),
            N("65 عاما", "count"),
            N("42%", "percent"),
            N("الموسم الماضي", "vague"),
            N("فصل الشتاء", "vague"),
            N("كوفيد-19", "name_number"),
            N("22223333", "phone"),
        ],
    },
    # ------------------------------------------------------------------ a10 Saudi Hajj, Hijri dateline
    {
        "file": "a10_saudi_hajj_stats.txt",
        "published": "2024-06-16",
        "mentions": [
            M("10 ذو الحجة 1445 هـ", "hijri", *D("2024-06-16"), "day", calendar="hijri", tags=[DL, HIJ]),
            M("16 يونيو 2024 م", "absolute", *D("2024-06-16"), "day", tags=[DL, DMY, G]),
            M("اليوم", "relative", *D("2024-06-16"), "day", occ=1, tags=[REL]),
            M("1445هـ", "hijri", "2023-07-19", "2024-07-06", "year", calendar="hijri", tags=[HIJ]),
            M("أمس السبت", "relative", *D("2024-06-15"), "day", tags=[REL, WD]),
            M("اليوم", "relative", *D("2024-06-16"), "day", occ=2, tags=[REL]),
            M("العام الماضي", "relative", *Y(2023), "year", tags=[REL]),
            M("1 شوال 1445", "hijri", *D("2024-04-10"), "day", calendar="hijri", tags=[HIJ]),
            M("9 مايو 2024", "absolute", *D("2024-05-09"), "day", tags=[G, DMY]),
            M("محرم 1446هـ", "hijri", "2024-07-07", "2024-08-04", "month", calendar="hijri", tags=[HIJ]),
        ],
        "not_dates": [
            N("1,833,164", "count", occ=1),
            N("هذا الموسم", "vague"),
            N("1,833,164", "count", occ=2),
            N("1,611,310", "count"),
            N("و221,854", "count"),
            N("1,845,045", "count"),
            N("لهذا الموسم", "vague"),
            N("رؤية 2030", "name_number"),
            N("30 جهة", "count"),
            N("53.7%", "percent"),
        ],
    },
    # ------------------------------------------------------------------ a11 GCC summit, no date
    {
        "file": "a11_gcc_summit_kuwait.txt",
        "published": None,
        "lower_bound": "2013-01-01",
        "lower_bound_reason": "latest explicit date: في 2013",
        "mentions": [
            M("غداً", "relative", "2013-01-02", None, "day", resolved=False, occ=1, tags=[REL]),
            M("غداً", "relative", "2013-01-02", None, "day", resolved=False, occ=2, tags=[REL]),
            M("أمس", "relative", "2012-12-31", None, "day", resolved=False, tags=[REL]),
            M(
                "يومي 27 و28 نوفمبر الجاري",
                "relative",
                "2013-11-27",
                None,
                "day",
                resolved=False,
                tags=[REL, "day_range", G],
            ),
            M("يَنايِر 2008", "absolute", *MO(2008, 1), "month", tags=[G, MY, DIA]),
            M(
                "منذ أكتوبر المنصرم",
                "relative",
                "2012-10-01",
                None,
                "month",
                resolved=False,
                tags=[REL, "since", G],
            ),
            M("25 مايو 1981", "absolute", *D("1981-05-25"), "day", tags=[G, DMY]),
            M("عام 2001", "absolute", *Y(2001), "year", tags=[YR]),
            M("2013", "absolute", *Y(2013), "year", tags=[YR]),
            M("الأسبوع المقبل", "relative", "2013-01-05", None, "week", resolved=False, tags=[REL]),
        ],
        "alt": [
            {
                "published": "2024-11-30",
                "values": [
                    R("غداً", "2024-12-01", "2024-12-01", occ=1),
                    R("غداً", "2024-12-01", "2024-12-01", occ=2),
                    R("أمس", "2024-11-29", "2024-11-29"),
                    R("يومي 27 و28 نوفمبر الجاري", "2024-11-27", "2024-11-28"),
                    R("منذ أكتوبر المنصرم", "2024-10-01", "2024-10-31"),
                    R("الأسبوع المقبل", "2024-12-07", "2024-12-13"),
                ],
            }
        ],
        "not_dates": [
            N("الدورة الخامسة والأربعين", "ordinal"),
            N("43 عاما", "count"),
            N("القمة الرابعة والثلاثين", "ordinal"),
        ],
    },
    # ------------------------------------------------------------------ a12 Kuwait football, no date
    {
        "file": "a12_kuwait_football.txt",
        "published": None,
        "lower_bound": "2020-01-01",
        "lower_bound_reason": "latest explicit date: عـــام 2020 (and anniversary 1960+60)",
        "mentions": [
            M("أغسطس الماضي", "relative", "2019-08-01", None, "month", resolved=False, tags=[REL, G]),
            M("عـــام 2020", "absolute", *Y(2020), "year", tags=[YR, DIA]),
            M(
                "عامي 2015 و2018",
                "multi",
                "2015-01-01",
                "2018-12-31",
                "year",
                parts=[list(Y(2015)), list(Y(2018))],
                tags=["multi_year"],
            ),
            M("بالذكرى الـ60", "anniversary", *Y(2020), "year", tags=["anniversary", CLI]),
            M("عام 1960", "absolute", *Y(1960), "year", tags=[YR]),
            M("الستينيات", "decade", "1960-01-01", "1969-12-31", "decade", tags=["decade"]),
            M("يوم السبت القادم", "weekday", "2020-01-04", None, "day", resolved=False, tags=[WD]),
            M("سبتمبر القادم", "relative", "2020-09-01", None, "month", resolved=False, tags=[REL, G]),
        ],
        "not_dates": [
            N("3-1", "score"),
            N("الساعة 20:30", "time"),
            N("الـ19", "ordinal"),
            N("الدقيقة 23", "ordinal"),
            N("مطلع الشوط الثاني", "vague"),
            N("12 ألف", "count"),
            N("الموسم الماضي", "vague"),
            N("هذا الموسم", "vague", occ=1),
            N("هذا الموسم", "vague", occ=2),
        ],
    },
    # ------------------------------------------------------------------ a13 Kuwait salaries, dateline
    {
        "file": "a13_kuwait_salaries.txt",
        "published": "2025-01-05",
        "mentions": [
            M("5 يناير 2025", "absolute", *D("2025-01-05"), "day", tags=[DL, DMY, G]),
            M("أمس", "relative", *D("2025-01-04"), "day", tags=[REL]),
            M("العام الماضي", "relative", *Y(2024), "year", tags=[REL]),
            M("سنة 2010", "absolute", *Y(2010), "year", tags=[YR]),
            M("بالعام 2004", "absolute", *Y(2004), "year", tags=[YR, CLI]),
            M("منذ عام 2001", "since", *Y(2001), "year", tags=["since"]),
            M("فعام 2017", "absolute", *Y(2017), "year", tags=[YR, CLI]),
            M("2023", "absolute", *Y(2023), "year", tags=[YR]),
            M("والعام الماضي", "relative", *Y(2024), "year", tags=[REL, CLI]),
            M("العام الحالي", "relative", *Y(2025), "year", tags=[REL]),
            M("ابريل القادم", "relative", *MO(2025, 4), "month", tags=[REL, VAR]),
        ],
        "alt": [
            {
                "published": None,
                "lower_bound": "2025-01-05",
                "lower_bound_reason": "latest explicit date: dateline 5 يناير 2025",
                "values": [
                    U("أمس", "2025-01-04"),
                    U("العام الماضي", "2024-01-01"),
                    U("والعام الماضي", "2024-01-01"),
                    U("العام الحالي", "2025-01-01"),
                    U("ابريل القادم", "2025-04-01"),
                ],
            }
        ],
        "not_dates": [
            N("2025 دينارا", "money", occ=1),
            N("2025 دينارا", "money", occ=2),
            N("1650 دينارا", "money"),
            N("74 ألفا", "count"),
            N("59 ألفا", "count"),
            N("72%", "percent"),
            N("6.5%", "percent"),
            N("5.9%", "percent"),
            N("22454000", "phone"),
        ],
    },
    # ------------------------------------------------------------------ a14 Algeria harvest, manifest date
    {
        "file": "a14_algeria_harvest.txt",
        "published": "2024-06-05",
        "mentions": [
            M("للعام الجاري", "relative", *Y(2024), "year", tags=[REL, CLI]),
            M("شهر أوت المقبل", "relative", *MO(2024, 8), "month", tags=[REL, MAG]),
            M(
                "بين جانفي وأفريل 2024",
                "range",
                "2024-01-01",
                "2024-04-30",
                "month",
                tags=["month_range", MAG],
            ),
            M("سنة 2023", "absolute", *Y(2023), "year", tags=[YR]),
            M("19 ماي الماضي", "relative", *D("2024-05-19"), "day", tags=[REL, MAG]),
            M("منذ جويلية 2022", "since", *MO(2022, 7), "month", tags=["since", MAG]),
            M("12 فيفري 2024", "absolute", *D("2024-02-12"), "day", tags=[MAG, DMY]),
            M("جوان الجاري", "relative", *MO(2024, 6), "month", tags=[REL, MAG]),
        ],
        "not_dates": [
            N("2.7 مليون", "count"),
            N("350 نقطة", "count"),
            N("72 ساعة", "count"),
            N("6000 دينار", "money"),
            N("الأيام المقبلة", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a15 Jordan / Petra, dateline w/o year
    {
        "file": "a15_jordan_tourism.txt",
        "published": "2025-02-03",
        "mentions": [
            M("الشهر الماضي", "relative", *MO(2025, 1), "month", tags=[REL]),
            M("3 شباط", "relative", *D("2025-02-03"), "day", tags=[DL, DM, LEV]),
            M("اليوم", "relative", *D("2025-02-03"), "day", tags=[REL]),
            M("كانون الثاني الماضي", "relative", *MO(2025, 1), "month", tags=[REL, LEV]),
            M("عام 2024", "absolute", *Y(2024), "year", tags=[YR]),
            M("منذ تشرين الأول 2023", "since", *MO(2023, 10), "month", tags=["since", LEV]),
            M("شباط 2024", "absolute", *MO(2024, 2), "month", tags=[LEV, MY]),
            M("العام 2023", "absolute", *Y(2023), "year", tags=[YR]),
            M("نيسان/أبريل 2024", "absolute", *MO(2024, 4), "month", tags=[LEV, COMB]),
            M("أيار المقبل", "relative", *MO(2025, 5), "month", tags=[REL, LEV]),
            M("أيلول 2025", "absolute", *MO(2025, 9), "month", tags=[LEV, MY]),
            M("تموز 2022", "absolute", *MO(2022, 7), "month", tags=[LEV, MY]),
            M("العام المنصرم", "relative", *Y(2024), "year", tags=[REL]),
        ],
        "not_dates": [
            N("7.2 بالمئة", "percent", occ=1),
            N("7.2 بالمئة", "percent", occ=2),
            N("562 مليون", "count"),
            N("بالشهر ذاته", "vague"),
            N("30 بالمئة", "percent"),
            N("7.4 مليار", "count"),
            N("100 ألف", "count"),
            N("للمرة الأولى", "ordinal"),
            N("منذ جائحة كورونا", "vague"),
            N("6.3 مليون", "count"),
        ],
    },
    # ------------------------------------------------------------------ a16 UAE tech, no date
    {
        "file": "a16_uae_cloud_tech.txt",
        "published": None,
        "lower_bound": "2023-08-01",
        "lower_bound_reason": "latest explicit date: اغسطس 2023",
        "mentions": [
            M(
                "بين أكتوبر 2021 ومارس 2022",
                "range",
                "2021-10-01",
                "2022-03-31",
                "month",
                tags=["month_range", G],
            ),
            M("ابريل 2023", "absolute", *MO(2023, 4), "month", tags=[VAR, MY]),
            M("العام الماضي", "relative", "2022-01-01", None, "year", resolved=False, tags=[REL]),
            M("اغسطس 2023", "absolute", *MO(2023, 8), "month", tags=[VAR, MY]),
            M("سبتمبر المقبل", "relative", "2023-09-01", None, "month", resolved=False, tags=[REL, G]),
            M("التسعينيات", "decade", "1990-01-01", "1999-12-31", "decade", tags=["decade"]),
        ],
        "alt": [
            {
                "published": "2024-02-20",
                "values": [
                    R("العام الماضي", "2023-01-01", "2023-12-31"),
                    R("سبتمبر المقبل", "2024-09-01", "2024-09-30"),
                ],
            }
        ],
        "not_dates": [
            N("الجيل 2", "ordinal", occ=1),
            N("الجيل 2", "ordinal", occ=2),
            N("إكسبو 2020", "name_number"),
            N("18%", "percent"),
            N("20 ميغاواط", "count"),
            N("حاليا", "vague"),
            N("800 موظف", "count"),
            N("40 جنسية", "count"),
            N("20%", "percent"),
            N("السنوات المقبلة", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a17 UNRWA, manifest date, anniversary
    {
        "file": "a17_unrwa_anniversary.txt",
        "published": "2024-12-09",
        "mentions": [
            M("الذكرى الـ75", "anniversary", *Y(2024), "year", occ=1, tags=["anniversary"]),
            M("الذكرى الـ75", "anniversary", *Y(2024), "year", occ=2, tags=["anniversary"]),
            M("8 كانون الأول 1949", "absolute", *D("1949-12-08"), "day", tags=[LEV, DMY]),
            M("أيار 1950", "absolute", *MO(1950, 5), "month", tags=[LEV, MY]),
            M("العام الحالي", "relative", *Y(2024), "year", tags=[REL]),
            M("كانون الثاني 2024", "absolute", *MO(2024, 1), "month", tags=[LEV, MY]),
            M("تشرين الأول الماضي", "relative", *MO(2024, 10), "month", tags=[REL, LEV]),
            M("آذار 2024", "absolute", *MO(2024, 3), "month", tags=[LEV, MY]),
            M("تموز 2024", "absolute", *MO(2024, 7), "month", tags=[LEV, MY]),
            M("يوم الجمعة الماضي", "weekday", *D("2024-12-06"), "day", tags=[WD]),
            M("عَام 1948", "absolute", *Y(1948), "year", tags=[YR, DIA]),
            M("حزيران 1967", "absolute", *MO(1967, 6), "month", tags=[LEV, MY]),
            M("2023-2026", "range", "2023-01-01", "2026-12-31", "year", tags=["year_range"]),
            M("أيلول الماضي", "relative", *MO(2024, 9), "month", tags=[REL, LEV]),
            M("من 2018 إلى 2021", "range", "2018-01-01", "2021-12-31", "year", tags=["year_range"]),
            M("آب 2025", "absolute", *MO(2025, 8), "month", tags=[LEV, MY]),
        ],
        "not_dates": [
            N("رقم 302", "count"),
            N("1.2 مليار", "count"),
            N("5.9 مليون", "count"),
            N("ولايتها الحالية", "vague"),
            N("الـ77", "ordinal"),
            N("الـ79", "ordinal"),
            N("اجتماعها المقبل", "vague"),
        ],
    },
    # ------------------------------------------------------------------ a18 Egypt GEM, Eastern digits
    {
        "file": "a18_egypt_grand_museum.txt",
        "published": "2025-01-20",
        "mentions": [
            M("٣ يوليـــه ٢٠٢٥", "absolute", *D("2025-07-03"), "day", tags=[VAR, DMY, EAST, DIA]),
            M("٣ يوليه ٢٠٢٥", "absolute", *D("2025-07-03"), "day", tags=[VAR, DMY, EAST]),
            M("فبراير ٢٠٠٢", "absolute", *MO(2002, 2), "month", tags=[G, MY, EAST]),
            M("بين عامي ٢٠١١ و٢٠١٤", "range", "2011-01-01", "2014-12-31", "year", tags=["year_range", EAST]),
            M("١٦ أكتوبر ٢٠٢٤", "absolute", *D("2024-10-16"), "day", tags=[G, DMY, EAST]),
            M("يناير ٢٠١٨", "absolute", *MO(2018, 1), "month", tags=[G, MY, EAST]),
            M("أغسطس ٢٠٢١", "absolute", *MO(2021, 8), "month", tags=[G, MY, EAST]),
            M("إبريل ٢٠٢١", "absolute", *MO(2021, 4), "month", tags=[VAR, MY, EAST]),
            M("لعام ٢٠٢٥", "absolute", *Y(2025), "year", tags=[YR, CLI, EAST]),
            M("العام الماضي", "relative", *Y(2024), "year", tags=[REL]),
            M("٢٠١١-٢٠١٣", "range", "2011-01-01", "2013-12-31", "year", tags=["year_range", EAST]),
            M("من ٢٠١٧ إلى ٢٠١٩", "range", "2017-01-01", "2019-12-31", "year", tags=["year_range", EAST]),
        ],
        "not_dates": [
            N("بعد سنوات", "vague"),
            N("بعد أشهر", "vague"),
            N("١٠٠ ألف", "count"),
            N("٥٣٩٨ قطعة", "count"),
            N("للمرة الأولى", "ordinal"),
            N("١٥٫٧ مليون", "count"),
        ],
    },
]
