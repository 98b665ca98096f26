"""Days of a relative month: ``من 15 إلى 19 من الشهر الجاري``, ``العاشر من الشهر الجاري``, ``5 من الشهر المقبل``.

The month is the publication's (الجاري/الحالي), the next (المقبل) or the
previous (الماضي); the day is digits or an ordinal word.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from dateutil.relativedelta import relativedelta

from viewer.extract import lexicon as lx
from viewer.extract.atoms import _B, _CJ, _CL, _DAY, _E, _ORD, _OSP, _QUAL, _SP, _Cand
from viewer.extract.rules import Rule

REL_MONTH_DAY = re.compile(
    rf"{_B}(?:(?P<pre>{_CJ}?(?:من|بين)){_SP}|{_CL}(?:ال)?يوم{_SP})?(?:(?P<d1>{_DAY})|(?P<o1>{_ORD}){_E})"
    rf"(?:{_OSP}(?:-|–|الي|حتي|و){_OSP}(?P<d2>{_DAY}))?"
    rf"{_SP}من{_SP}(?:هذا{_SP})?ال?شهر{_SP}(?P<qual>{_QUAL}){_E}"
)


def _handle(ex, m: re.Match) -> None:
    d1 = int(m.group("d1")) if m.group("d1") else lx.ordinal_value(m.group("o1"))
    d2 = int(m.group("d2")) if m.group("d2") else d1
    if not d1 or not d1 <= d2 <= 31 or (m.group("pre") and not m.group("d2")):
        return
    q = lx.RELATIVE_QUALIFIERS[m.group("qual")]

    def resolve(pub: date, d1=d1, d2=d2, q=q):
        first = date(pub.year, pub.month, 1) + relativedelta(months=q)
        last = calendar.monthrange(first.year, first.month)[1]
        return first.replace(day=min(d1, last)), first.replace(day=min(d2, last))

    ex.add(_Cand(m.start(), m.end(), "relative", "day", resolver=resolve))


RULES = [Rule("relative_month_day", REL_MONTH_DAY, _handle, needs=re.compile(r"من\s+(?:هذا\s+)?ال?شهر\s+ال"))]
