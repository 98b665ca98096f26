"""Arabic calendar vocabulary, written in *normalized* form (see normalize.py).

Keeping the words here, apart from the patterns, makes adding a spelling
variant a one-line change.  All forms are normalized: alef variants → ا,
ى → ي, ة → ه, ئ → ي, ؤ → و, no diacritics or tatweel.
"""

from __future__ import annotations

# Gregorian month names in every family the press uses.
GREGORIAN_MONTHS: dict[str, int] = {
    # Transliterated (Egypt, Gulf) with spelling variants.
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "ابرايل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "اغسطوس": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "دیسمبر": 12,
    # Levantine / Iraqi (Syriac).
    "كانون الثاني": 1,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "اب": 8,
    "ايلول": 9,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    # Maghrebi (Algeria, Tunisia) and Moroccan.
    "جانفي": 1,
    "فيفري": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويليه": 7,
    "جويلة": 7,
    "اوت": 8,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "نونبر": 11,
    "دجنبر": 12,
}

# Short or ambiguous month words (آب = father, ماي, أوت …) count as months only
# next to a day number or a year.
AMBIGUOUS_MONTHS = {"اب", "ماي", "اوت", "تموز", "نيسان", "مارس", "غشت"}

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "محرم الحرام": 1,
    "صفر": 2,
    "صفر الخير": 2,
    "ربيع الاول": 3,
    "ربيع الاخر": 4,
    "ربيع الثاني": 4,
    "ربيع الاخره": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الاخر": 6,
    "جمادي الثانيه": 6,
    "جمادي الثاني": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}
# Hijri month words that are also common names or words: only with a day or a year.
AMBIGUOUS_HIJRI = {"صفر", "رجب", "شعبان", "رمضان", "محرم", "شوال"}

WEEKDAYS: dict[str, int] = {  # Python weekday(): Monday = 0
    "اثنين": 0,
    "ثلاثاء": 1,
    "اربعاء": 2,
    "خميس": 3,
    "جمعه": 4,
    "سبت": 5,
    "احد": 6,
}
# Bare weekday words that have other common meanings (الأحد "the one",
# الاثنين "the two", الجمعة "Friday prayer", السبت) need a cue such as يوم.
AMBIGUOUS_WEEKDAYS = {"احد", "اثنين", "جمعه", "سبت"}

_UNITS = {
    "اول": 1,
    "اولي": 1,
    "حادي": 1,
    "حاديه": 1,
    "ثاني": 2,
    "ثانيه": 2,
    "ثالث": 3,
    "ثالثه": 3,
    "رابع": 4,
    "رابعه": 4,
    "خامس": 5,
    "خامسه": 5,
    "سادس": 6,
    "سادسه": 6,
    "سابع": 7,
    "سابعه": 7,
    "ثامن": 8,
    "ثامنه": 8,
    "تاسع": 9,
    "تاسعه": 9,
    "عاشر": 10,
    "عاشره": 10,
}
_TENS = {
    "عشرين": 20,
    "ثلاثين": 30,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
    "ميويه": 100,
    "مييه": 100,
}


def ordinal_value(words: str) -> int | None:
    """Value of an Arabic ordinal phrase: الخامسة والسبعين → 75, الحادي عشر → 11."""
    tokens = words.split()
    total = 0
    teen = False
    for tok in tokens:
        for pre in ("وال", "ال", "و"):
            if tok.startswith(pre) and len(tok) > len(pre) + 1:
                tok = tok[len(pre) :]
                break
        if tok in ("عشر", "عشره"):
            teen = True
        elif tok in _UNITS:
            total += _UNITS[tok]
        elif tok in _TENS:
            total += _TENS[tok]
        else:
            return None
    if teen:
        total += 10
    return total or None


def ordinal_pattern() -> str:
    """Regex (normalized text) for ordinal phrases up to 199."""
    unit = "|".join(sorted(_UNITS, key=len, reverse=True))
    tens = "|".join(sorted(_TENS, key=len, reverse=True))
    return rf"(?:ال(?:{unit})(?:\s+عشر(?:ه)?|\s+و\s?ال(?:{tens}))?|ال(?:{tens}))"


RELATIVE_QUALIFIERS: dict[str, int] = {
    "الجاري": 0,
    "الجاريه": 0,
    "الحالي": 0,
    "الحاليه": 0,
    "المقبل": 1,
    "المقبله": 1,
    "القادم": 1,
    "القادمه": 1,
    "التالي": 1,
    "الماضي": -1,
    "الماضيه": -1,
    "المنصرم": -1,
    "المنصرمه": -1,
    "السابق": -1,
    "الفايت": -1,
}

# Nouns after a number that make it a count, not a year ("قبل 2000 عام", "2025 دينار").
COUNT_NOUNS = {
    "عام",
    "عاما",
    "سنه",
    "سنوات",
    "سنين",
    "شخص",
    "اشخاص",
    "دينار",
    "دولار",
    "ريال",
    "درهم",
    "جنيه",
    "يورو",
    "ليره",
    "جندي",
    "عسكري",
    "طن",
    "كيلو",
    "كيلومتر",
    "كلم",
    "متر",
    "برميل",
    "ميغاواط",
    "مليون",
    "مليار",
    "الف",
    "الاف",
    "وحده",
    "منزل",
    "طالب",
    "مشارك",
    "زائر",
    "حاله",
    "اصابه",
    "لاجي",
    "نسمه",
    "موظف",
    "دوره",
    "فعاليه",
    "مشروع",
    "صوت",
    "مقعد",
    "نقطه",
    "ساعه",
    "دقيقه",
    "يوم",
    "يوما",
    "ايام",
    "اسبوع",
    "شهر",
    "اشهر",
    "قتيل",
    "جريح",
    "سياره",
    "سفينه",
    "طايره",
    "%",
    "بالمييه",
    "بالميه",
    "في المييه",
}

# Words after which a bare year (no عام/سنة) is still a date: "في 2024", "منذ 2011".
YEAR_PREPOSITIONS = (
    "في",
    "منذ",
    "حتي",
    "بحلول",
    "قبل",
    "بعد",
    "خلال",
    "لغايه",
    "مطلع",
    "اواخر",
    "نهايه",
    "بدايه",
    "منتصف",
    "اواسط",
    "اوايل",
)

# Parts of a year/month that narrow an interval: (start fraction, end fraction).
PERIOD_PARTS: dict[str, tuple[float, float]] = {
    "مطلع": (0, 1 / 3),
    "بدايه": (0, 1 / 3),
    "اوايل": (0, 1 / 3),
    "اول": (0, 1 / 3),
    "منتصف": (1 / 3, 2 / 3),
    "اواسط": (1 / 3, 2 / 3),
    "اواخر": (2 / 3, 1),
    "نهايه": (2 / 3, 1),
    "اخر": (2 / 3, 1),
    "ختام": (2 / 3, 1),
}
SEASONS: dict[str, tuple[int, int]] = {  # month ranges within the year
    "ربيع": (3, 5),
    "صيف": (6, 8),
    "خريف": (9, 11),
    "شتاء": (1, 2),
}
QUARTERS = {"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}
HALVES = {"الاول": 1, "الثاني": 2, "الاخير": 2}

# الثمانينات, عقد السبعينيات: the tens words of the ordinals (not "hundred").
DECADES = {word: value for word, value in _TENS.items() if value < 100}

# Words near a year that mark it as a founding date, for anniversaries.
FOUNDING_WORDS = (
    "تاسيس",
    "تاسس",
    "تاسست",
    "انشاء",
    "انشي",
    "انشيت",
    "قيام",
    "استقلال",
    "ولاده",
    "ميلاد",
    "افتتاح",
    "تدشين",
    "اطلاق",
    "انطلاق",
    "انطلاقه",
    "نشاه",
    "نشات",
    "تحرير",
)
