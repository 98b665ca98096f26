"""Regenerate the Arabic translation: lupdate → fill from ``AR`` → lrelease.

Run from the repository root with the venv active::

    python resources/i18n/build.py

Source strings are English (``self.tr`` / ``QCoreApplication.translate``);
``AR`` maps each English source string to its Arabic translation.  Strings that
are missing here stay "unfinished" in the .ts file and show in English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "viewer_ar.ts"
QM = HERE / "viewer_ar.qm"

AR = {
    # how a publication date is known (source pane header; issue 9)
    "set by you": "حدّدتَه أنت",
    "from the command line": "من سطر الأوامر",
    "from the manifest": "من ملف البيان",
    "from the feed": "من حقل الخلاصة",
    "from the page metadata": "من بيانات الصفحة",
    "from the dateline": "من سطر المكان والتاريخ",
    "from the byline": "من سطر الكاتب",
    "from the page address": "من عنوان الصفحة",
    # dates
    "the %1s": "عقد %1",
    "undated": "غير مؤرخ",
    "unresolved (after %1)": "غير محدد (بعد %1)",
    "~ %1": "حوالي %1",
    # article pane / lists
    "unknown source": "مصدر غير معروف",
    "published %1": "نُشر في %1",
    "published: unknown, not before %1": "النشر: غير معروف، ليس قبل %1",
    "publication date unknown": "تاريخ النشر غير معروف",
    "Set publication date…": "تحديد تاريخ النشر…",
    "Set date…": "تحديد التاريخ…",
    "unknown, not before %1": "غير معروف، ليس قبل %1",
    "unknown": "غير معروف",
    "Open article": "فتح المقال",
    "Title": "العنوان",
    "Source": "المصدر",
    "Published": "تاريخ النشر",
    "Events": "الأحداث",
    # table
    "Date": "التاريخ",
    "Event": "الحدث",
    "Topics": "الموضوعات",
    "Actors": "الجهات الفاعلة",
    "Sources": "المصادر",
    # filters
    "(no topic)": "(بلا موضوع)",
    "(no actor)": "(بلا جهة)",
    "Search titles and articles…": "ابحث في العناوين والمقالات…",
    "Ignores diacritics, tatweel and alef/hamza forms": "يتجاهل التشكيل والتطويل وصور الألف والهمزة",
    "Find an actor…": "ابحث عن جهة…",
    "All": "الكل",
    "hide unchecked": "إخفاء غير المحدد",
    "any checked": "أيٌّ من المحدد",
    "Hide unchecked: an event disappears when one of its topics is unchecked.\nAny checked: an event shows when at least one of its topics is checked.": (
        "إخفاء غير المحدد: يختفي الحدث إذا أُلغي تحديد أحد موضوعاته.\nأيٌّ من المحدد: يظهر الحدث إذا كان أحد موضوعاته محددًا."
    ),
    "None": "لا شيء",
    "Date range": "نطاق التاريخ",
    "From": "من",
    "To": "إلى",
    "Include undated and unresolved events": "إظهار الأحداث غير المؤرخة وغير المحددة",
    # main window
    "Arabic news timeline": "الخط الزمني للأخبار العربية",
    "Open folder…": "فتح مجلد…",
    "Fit all": "ملاءمة الكل",
    "Zoom in": "تكبير",
    "Zoom out": "تصغير",
    "Eastern digits ٠١٢": "أرقام مشرقية ٠١٢",
    "Show Eastern Arabic digits (٠١٢٣) instead of Western (0123)": "عرض الأرقام المشرقية (٠١٢٣) بدل الغربية (0123)",
    "Visible events as CSV…": "الأحداث الظاهرة بصيغة CSV…",
    "Visible events as JSON…": "الأحداث الظاهرة بصيغة JSON…",
    "Timeline as PNG…": "الخط الزمني صورة PNG…",
    "Timeline as SVG…": "الخط الزمني صورة SVG…",
    "Quit": "خروج",
    "Export": "تصدير",
    "&File": "&ملف",
    "&View": "&عرض",
    "Language": "اللغة",
    "Problems": "المشكلات",
    "Articles": "المقالات",
    "Toolbar": "شريط الأدوات",
    "Loading…": "جارٍ التحميل…",
    "Open a folder of articles": "افتح مجلدًا للمقالات",
    "Loading failed": "تعذر التحميل",
    "%1 of %2 events": "%1 من %2 حدثًا",
    "%1 undated or unresolved": "%1 غير مؤرخ أو غير محدد",
    "CSV (*.csv)": "CSV (*.csv)",
    "JSON (*.json)": "JSON (*.json)",
    "PNG image (*.png)": "صورة PNG (*.png)",
    "SVG image (*.svg)": "صورة SVG (*.svg)",
    "Export failed": "تعذر التصدير",
    "Saved %1": "حُفظ %1",
    "Cancel": "إلغاء",
    "Stop loading; the articles done so far stay": "إيقاف التحميل؛ تبقى المقالات التي اكتملت",
    "%1 of %2 articles": "%1 من %2 مقالًا",
    # problems
    "Unreadable file": "ملف غير مقروء",
    "Encoding fallback": "ترميز بديل",
    "Empty file": "ملف فارغ",
    "Binary file": "ملف ثنائي",
    "Manifest problem": "مشكلة في ملف البيانات الوصفية",
    "Placeholder date": "تاريخ نائب (قالب)",
    "Unresolved date": "تاريخ غير محدد",
    "Sources disagree": "المصادر مختلفة",
    "Cache damaged or unavailable": "ذاكرة التخزين المؤقت تالفة أو غير متاحة",
    "File too large (truncated)": "ملف كبير جدًا (قُرئ جزء منه)",
    "Direction control characters": "محارف تحكم في الاتجاه",
    "Duplicate article id": "معرّف مقال مكرر",
    "Extraction failed": "تعذر الاستخراج",
    "Loading cancelled": "أُلغي التحميل",
    "Other problem (%1)": "مشكلة أخرى (%1)",
    "Kind": "النوع",
    "Message": "الرسالة",
    "Article": "المقال",
    "File": "الملف",
    # publication date dialog
    "Publication date": "تاريخ النشر",
    "Current date: %1 (%2)": "التاريخ الحالي: %1 (%2)",
    "Unknown; not before %1 (%2). Relative dates stay unresolved until you set it.": (
        "غير معروف؛ ليس قبل %1 (%2). تبقى التواريخ النسبية غير محددة حتى تحدده."
    ),
    "Unknown. Relative dates stay unresolved until you set it.": "غير معروف. تبقى التواريخ النسبية غير محددة حتى تحدده.",
    "Forget my date": "إلغاء تاريخي",
    # sources
    "Sources (%1): %2": "المصادر (%1): %2",
    "Article: %1": "المقال: %1",
    "Select an event to read its sources side by side.": "اختر حدثًا لقراءة مصادره جنبًا إلى جنب.",
}


def tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "viewer" / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)], cwd=ROOT, check=True)
    tree = ET.parse(TS)
    root = tree.getroot()
    root.set("language", "ar")
    root.set("sourcelanguage", "en")
    missing = []
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if src in AR:
            tr.text = AR[src]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    ET.indent(tree)
    with open(TS, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
