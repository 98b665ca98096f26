"""Write ``gold.json`` for the hand-written pages of this folder (issue 9: year-less datelines,
Hijri datelines and bylines).  The gold is declared here page by page — what each page was
written to state — never read back by the code under test.  Body lines are the prose
paragraphs as written; every other non-empty line of a text page is furniture.
Run from the repository root: ``python tests/data/pages/hand/make_gold.py``."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent

# id: (outlet, split, published, modified, headline, dateline, html furniture)
PAGES = {
    "h01.text": ("sa-wire-update", "tune", "2024-03-14", "2024-03-15",
                 "الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية", "الرياض 14 مارس (واس) -", None),
    "h02.html": ("sa-wire-update", "tune", "2024-03-14", "2024-03-15",
                 "الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية", "الرياض 14 مارس (واس) -",
                 ["الرئيسية", "محليات", "دولي", "اقتصاد", "جميع الحقوق محفوظة لوكالة الأنباء 2025"]),
    "h03.text": ("kw-wire-yearless", "tune", "2024-12-30", "2025-01-02",
                 "مجلس الأمة يقر الميزانية التكميلية في جلسة استثنائية", "الكويت - 30 ديسمبر (كونا) --", None),
    # no other date on the page: the copyright year and the body's 2019 are not its year
    "h04.text": ("kw-wire-yearless", "tune", None, None,
                 "افتتاح مركز إقليمي لتدريب المسعفين في حالات الطوارئ", "الكويت - 11 نوفمبر (كونا) --", None),
    # Hijri and Gregorian agree (14 Ramadan 1445 = 24 March 2024 by Umm al-Qura)
    "h05.text": ("sa-hijri", "tune", "2024-03-24", None,
                 "البنك المركزي يعلن نتائج مزاد السندات الحكومية",
                 "الرياض ١٤ رمضان ١٤٤٥ هـ الموافق ٢٤ مارس ٢٠٢٤م (واس) -", None),
    # Hijri only: 26 Sha'ban 1446 = Tuesday 25 February 2025 (Umm al-Qura)
    "h06.text": ("sa-hijri", "tune", "2025-02-25", None,
                 "معرض الكتاب يستقبل زواره بمشاركة ألف دار نشر", None, None),
    # a local sighting a day off Umm al-Qura (15 Ramadan = 25 March by it): the Gregorian date is taken
    "h07.text": ("sa-hijri", "tune", "2024-03-24", None,
                 "بدء التسجيل في برنامج المنح الجامعية للعام المقبل",
                 "الدمام ١٥ رمضان ١٤٤٥هـ الموافق ٢٤ مارس ٢٠٢٤م (واس) -", None),
    # the only other date is months *before* 20 August: no year
    "h08.text": ("sa-wire-update", "tune", None, "2023-05-03",
                 "تشغيل خط جديد للحافلات يربط المطار بوسط المدينة", "جدة 20 أغسطس (واس) -", None),
    # held out: other agencies, dateline shapes and month families
    "h09.text": ("eg-agency", "heldout", "2024-04-03", "2024-04-04",
                 "الحكومة توافق على مشروع قانون لتنظيم التجارة الإلكترونية", "القاهرة في 3 أبريل /أ ش أ/ -", None),
    "h10.html": ("jo-agency", "heldout", "2023-08-21", "2023-08-22",
                 "افتتاح محطة لتحلية المياه في العقبة", "عمان 21 آب (بترا) -", ["جميع الحقوق محفوظة"]),
    "h11.text": ("bh-agency", "heldout", "2025-02-08", None,
                 "مجلس الشورى يناقش تقرير لجنة الخدمات حول الإسكان",
                 "المنامة السبت ٩ شعبان ١٤٤٦ هـ الموافق ٨ فبراير ٢٠٢٥م (بنا) -", None),
    # a today widget (2026) is not the year of «5 يونيو»
    "h12.text": ("kw-wire-yearless", "heldout", None, None,
                 "وزارة التجارة تضبط مستودعا لبيع سلع منتهية الصلاحية", "الكويت - 5 يونيو (كونا) --", None),
}




def main() -> None:
    out = []
    for pid, (outlet, split, pub, mod, headline, dateline, html_furn) in PAGES.items():
        stem, fmt = pid.split(".")
        rel = f"hand/{'html' if fmt == 'html' else 'text'}/{stem}.{'html' if fmt == 'html' else 'txt'}"
        raw = (HERE.parent / rel).read_text(encoding="utf-8")
        if fmt == "html":
            body = [p.split("<p>", 1)[1].split("</p>", 1)[0] for p in raw.split("\n") if p.startswith("<p>")]
            furniture = html_furn or []
        else:
            lines = [ln for ln in raw.split("\n") if ln.strip()]
            body = [ln for ln in lines if ln.rstrip().endswith(".")]
            furniture = [ln for ln in lines if ln not in body and ln != headline]
        out.append({
            "id": pid, "file": rel, "outlet": outlet, "split": split, "published": pub,
            "stated_in_text": ("dateline" if dateline else "byline") if pub else None, "modified": mod,
            "headline": headline, "body_first": body[0], "body_last": body[-1], "body_lines": body,
            "furniture": furniture, "dateline": dateline, "furniture_kinds": [],
        })
    (HERE / "gold.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
