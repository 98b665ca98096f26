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
    "unresolved (after %1)": "غير محسوم (بعد %1)",
    "unresolved: the publication date is unknown": "غير محسوم: تاريخ النشر مجهول",
    "a template placeholder instead of a date": "عبارة قالب مكان التاريخ",
    "sources disagree on the date": "المصادر مختلفة في التاريخ",
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
    # View ▸ Lanes
    "Lanes": "المسارات",
    "One set of lanes": "مسارات مشتركة",
    "A band per topic": "شريط لكل موضوع",
    "A band per actor": "شريط لكل جهة",
    # the header band of an exported image (title, dates, filters)
    "Timeline of %1": "الخط الزمني: %1",
    "Dates shown: none": "التواريخ المعروضة: لا شيء",
    "Dates shown: %1 – %2": "التواريخ المعروضة: من %1 إلى %2",
    "Filters: %1 (%2 of %3 events)": "عوامل التصفية: %1 (%2 من %3 من الأحداث)",
    "Filters: none (all %1 events)": "عوامل التصفية: لا شيء (كل الأحداث، وعددها %1)",
    "The PNG image could not be written to %1": "تعذرت كتابة صورة PNG في %1",
    "The SVG image could not be written to %1": "تعذرت كتابة صورة SVG في %1",
    # saved settings dropped on load (issue 14)
    "Some saved settings were invalid and ignored": "بعض الإعدادات المحفوظة غير صالحة، فتُجوهلت",
    "Saved %1": "حُفظ %1",
    "Cancel": "إلغاء",
    "Stop loading; the articles done so far stay": "إيقاف التحميل؛ تبقى المقالات التي اكتملت",
    "%1 of %2 articles": "%1 من %2 مقالًا",
    "Reading %1 of %2 files": "قراءة %1 من %2 ملفًا",
    # problems
    "Unreadable file": "ملف غير مقروء",
    "Encoding fallback": "ترميز بديل",
    "Empty file": "ملف فارغ",
    "Binary file": "ملف ثنائي",
    "Manifest problem": "مشكلة في ملف البيانات الوصفية",
    "Placeholder date": "تاريخ نائب (قالب)",
    "Unresolved date": "تاريخ غير محسوم",
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
    "No articles yet.\n\nOpen a folder of saved pages, text files or feeds (File → Open folder…, Ctrl+O) "
    "or drop files on the window.": (
        "لا توجد مقالات بعد.\n\nافتح مجلدًا من الصفحات المحفوظة أو الملفات النصية أو الخلاصات "
        "(ملف ← فتح مجلد…، Ctrl+O) أو أفلت الملفات على النافذة."
    ),
    "Select an event to read its sources here, side by side.\n\nClick a marker on the timeline or a row in "
    "the table. The supporting passage is highlighted, its date in a stronger colour.\n\nKeyboard: ← → move "
    "between events, Enter focuses the sources, Esc clears.": (
        "اختر حدثًا لتقرأ مصادره هنا جنبًا إلى جنب.\n\nانقر علامة على الخط الزمني أو صفًا في الجدول. "
        "يُظلَّل المقطع الذي يستند إليه الحدث، وتاريخه بلون أقوى.\n\nلوحة المفاتيح: ← → للتنقل بين الأحداث، "
        "Enter لقراءة المصادر، Esc لإلغاء الاختيار."
    ),
    # window: lists, status, empty states (plural forms: 0, 1, 2, 3–10, 11–99, 100+)
    "%n event(s)": ("لا أحداث", "حدث واحد", "حدثان", "%n أحداث", "%n حدثًا", "%n حدث"),
    "of %1": "من %1",
    "%n undated or unresolved": (
        "لا شيء غير مؤرخ", "واحد غير مؤرخ أو غير محسوم", "اثنان غير مؤرخين أو غير محسومين",
        "%n غير مؤرخة أو غير محسومة", "%n غير مؤرخ أو غير محسوم", "%n غير مؤرخ أو غير محسوم",
    ),
    "No events: no dated statement was found in these articles": "لا أحداث: لم يُعثر على خبر مؤرخ في هذه المقالات",
    "No articles in this folder: open another folder (Ctrl+O) or drop files here": (
        "لا مقالات في هذا المجلد: افتح مجلدًا آخر (Ctrl+O) أو أفلت الملفات هنا"
    ),
    "No event matches the filters: clear them in the bar above the lists": (
        "لا حدث يطابق عوامل التصفية: امسحها من الشريط فوق القوائم"
    ),
    "Topics: %1": "الموضوعات: %1",
    "Unresolved: depends on a publication date nobody knows; set it in the article pane": (
        "غير محسوم: يتوقف على تاريخ نشر مجهول؛ حدده في لوحة المقال"
    ),
    "The text has a template placeholder instead of a date": "في النص عبارة قالب مكان التاريخ",
    "Approximate date": "تاريخ تقريبي",
    "Sources disagree on the date": "المصادر مختلفة في التاريخ",
    # problems, in words (kind + parameters)
    "%1 could not be read; the other files were loaded": "تعذرت قراءة %1؛ حُمّلت الملفات الأخرى",
    "%1 is empty": "%1 فارغ",
    "%1 is not a text file; skipped": "%1 ليس ملفًا نصيًا؛ تُخطّي",
    "%1 was decoded with a fallback encoding; check its letters": "فُكّ ترميز %1 بترميز بديل؛ تحقق من حروفه",
    "%1 is too large; only its beginning was read": "%1 كبير جدًا؛ قُرئت بدايته فقط",
    "%1 contains direction control characters; they are shown isolated": "في %1 محارف تحكم في الاتجاه؛ تُعرض معزولة",
    "%1 has the id of another article; it was renamed": "لـ %1 معرّف مقال آخر؛ أُعيدت تسميته",
    "the manifest has an entry that cannot be used (%1)": "في ملف البيانات الوصفية مدخل لا يمكن استعماله (%1)",
    "“%2”: the text has a template placeholder instead of a date": "«%2»: في النص عبارة قالب مكان التاريخ",
    "“%2”: the date depends on the unknown publication date; set it": "«%2»: التاريخ يتوقف على تاريخ نشر مجهول؛ حدده",
    "“%2”: the sources give different dates": "«%2»: المصادر تذكر تواريخ مختلفة",
    "Loading was cancelled; the articles read so far are shown": "أُلغي التحميل؛ تُعرض المقالات التي قُرئت حتى الآن",
    "The cache could not be used; everything was extracted again": "تعذر استعمال ذاكرة التخزين المؤقت؛ أُعيد الاستخراج كله",
    "%1: extraction failed; the article is listed without events": "%1: تعذر الاستخراج؛ المقال مدرج بلا أحداث",
    "Bad record in a dump or feed": "سجل معيب في ملف بيانات أو خلاصة",
    "Link leaving the folder": "رابط يخرج من المجلد",
    "Size limit applied": "طُبّق حد للحجم",
    "Edit that no longer attaches": "تعديل لم يعد يرتبط بنص",
    "Your saved edits": "تعديلاتك المحفوظة",
    "%1: a record could not be used; the others were loaded": "%1: تعذر استعمال سجل؛ حُمّلت السجلات الأخرى",
    "%1 is a link that leaves the opened folder; skipped": "%1 رابط يخرج من المجلد المفتوح؛ تُخطّي",
    "%1: a size limit applied; part of the page was not used": "%1: طُبّق حد للحجم؛ لم يُستعمل جزء من الصفحة",
    # problems with their parameters (Problem.params: kind + reason + values)
    "%1 was not found (moved or deleted?)": "لم يُعثر على %1 (هل نُقل أو حُذف؟)",
    "%1 cannot be read: permission denied": "تتعذر قراءة %1: الإذن مرفوض",
    "%1 is a folder, not a file": "%1 مجلد وليس ملفًا",
    "%1 is not a regular file (a device, a pipe or a socket); skipped": "%1 ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)؛ تُخطّي",
    "%1 could not be read (%2); the other files were loaded": "تعذرت قراءة %1 (%2)؛ حُمّلت الملفات الأخرى",
    "%1 holds only white space": "لا يحوي %1 إلا مسافات بيضاء",
    "%1: the page has no visible text": "%1: لا نص ظاهرًا في الصفحة",
    "%1 is not a text file (it holds binary bytes); skipped": "%1 ليس ملفًا نصيًا (فيه بايتات ثنائية)؛ تُخطّي",
    "%1 is %2 MB; only its first %3 MB were read": "حجم %1 ‏%2 ميغابايت؛ قُرئ أول %3 ميغابايت منه فقط",
    "%1 contains %2 that can reorder what is shown; they are kept and shown isolated": (
        "في %1 %2 يمكن أن تغيّر ترتيب ما يُعرض؛ أُبقيت وتُعرض معزولة"
    ),
    "Loading was cancelled: %1 of %2 read; they are shown": "أُلغي التحميل: قُرئ %1 من %2؛ وهي معروضة",
    "%1 has the id “%2” of %3; it is listed as “%4”": "لـ %1 المعرّف «%2» نفسه الذي لـ %3؛ أُدرج باسم «%4»",
    "%1 is a link that leaves the opened folder (to %2); skipped — open the target itself": (
        "%1 رابط يخرج من المجلد المفتوح (إلى %2)؛ تُخطّي — افتح الهدف نفسه"
    ),
    "%1, line %2: the line is too long; skipped": "%1، السطر %2: السطر طويل جدًا؛ تُخطّي",
    "%1, line %2: not UTF-8; skipped": "%1، السطر %2: ليس بترميز UTF-8؛ تُخطّي",
    "%1, line %2: not valid JSON; skipped": "%1، السطر %2: ليس JSON صالحًا؛ تُخطّي",
    "%1, line %2: not a JSON object; skipped": "%1، السطر %2: ليس كائن JSON؛ تُخطّي",
    "%1, line %2: no text field (found: %3); skipped": "%1، السطر %2: لا حقل للنص (الموجود: %3)؛ تُخطّي",
    "%1: the CSV file is empty": "%1: ملف CSV فارغ",
    "%1: the feed is too large (%3 MB); not read": "%1: الخلاصة كبيرة جدًا (%3 ميغابايت)؛ لم تُقرأ",
    "%1: the feed declares entities or external references; refused, not read": (
        "%1: تعلن الخلاصة كيانات أو مراجع خارجية؛ رُفضت ولم تُقرأ"
    ),
    "%1: not well-formed XML (line %2); not read": "%1: ليس XML سليم البنية (السطر %2)؛ لم يُقرأ",
    "%1 is not an RSS or Atom feed (its root element is <%3>); not read": (
        "%1 ليس خلاصة RSS أو Atom (عنصره الجذر <%3>)؛ لم يُقرأ"
    ),
    "%1: no text column (found: %3); nothing was read": "%1: لا عمود للنص (الموجود: %3)؛ لم يُقرأ شيء",
    "%1, line %2: %3 instead of %4; skipped": "%1، السطر %2: %3 بدل %4؛ تُخطّي",
    "%1: “%3” is a template placeholder, not a date": "%1: «%3» عبارة قالب وليست تاريخًا",
    "%1: “%3” depends on the unknown publication date; set it in the article pane": (
        "%1: «%3» يتوقف على تاريخ نشر مجهول؛ حدده في لوحة المقال"
    ),
    "“%3”: the text has a template placeholder instead of a date": "«%3»: في النص عبارة قالب مكان التاريخ",
    "“%3”: the date depends on the unknown publication date; set it": "«%3»: التاريخ يتوقف على تاريخ نشر مجهول؛ حدده",
    "“%3”: the sources give different dates": "«%3»: المصادر تذكر تواريخ مختلفة",
    "Loading was cancelled: %1 of %2 processed; they are shown": "أُلغي التحميل: عولج %1 من %2؛ وهي معروضة",
    "%1: its encoding was uncertain; it was read as %3 — check that its letters look right": (
        "%1: ترميزه غير مؤكد؛ قُرئ بترميز %3 — تحقق من أن حروفه سليمة"
    ),
    "%1: extraction failed (%3); the article is listed without events": "%1: تعذر الاستخراج (%3)؛ المقال مدرج بلا أحداث",
    "%1: too many dates; only the first %3 give events and the text after character %4 was not scanned": (
        "%1: تواريخ أكثر من اللازم؛ لا يعطي أحداثًا إلا أول %3، ولم يُبحث عن تواريخ في النص بعد المحرف %4"
    ),
    "%1: the publication date %3 is out of the accepted range; relative dates stay unresolved": (
        "%1: تاريخ النشر %3 خارج النطاق المقبول؛ تبقى التواريخ النسبية غير محسومة"
    ),
    "%1: the page's markup is beyond the size limits; the part after them was not read": (
        "%1: ترميز الصفحة يتجاوز حدود الحجم؛ لم يُقرأ ما بعدها"
    ),
    "it is nested too deeply": "بنيته متداخلة أكثر من اللازم",
    "it is not valid TOML": "ليس TOML صالحًا",
    "it could not be parsed": "تعذر تحليله",
    "it has no [articles] table of entries": "ليس فيه جدول [articles] للمدخلات",
    "it could not be read": "تعذرت قراءته",
    "it is not UTF-8": "ليس بترميز UTF-8",
    "it cannot be used": "لا يمكن استعماله",
    "The manifest %1 is ignored (%3): titles and dates come from the files themselves": (
        "أُهمل ملف البيانات الوصفية %1 (%3): العناوين والتواريخ تؤخذ من الملفات نفسها"
    ),
    "it points outside the corpus folder": "يشير إلى خارج مجلد المدونة",
    "it names the same file as another entry": "يسمي الملف نفسه الذي يسميه مدخل آخر",
    "it is not a table of title, source, published …": "ليس جدولًا فيه العنوان والمصدر وتاريخ النشر …",
    "one of its values cannot be used": "إحدى قيمه لا يمكن استعمالها",
    "no .txt or .html file of the folder has this name": "لا ملف ‎.txt‎ أو ‎.html‎ في المجلد بهذا الاسم",
    "%1: the key “%3” is unknown (expected [articles]); ignored": "%1: المفتاح «%3» غير معروف (المتوقع [articles])؛ أُهمل",
    "%1: the entry “%3” is ignored (%4)": "%1: أُهمل المدخل «%3» (%4)",
    "%n article(s)": ("لا مقالات", "مقال واحد", "مقالان", "%n مقالات", "%n مقالًا", "%n مقال"),
    "%n date mention(s)": (
        "لا إشارات تاريخ", "إشارة تاريخ واحدة", "إشارتا تاريخ", "%n إشارات تاريخ", "%n إشارة تاريخ", "%n إشارة تاريخ",
    ),
    "Your edits file could not be read; it was kept as %3 and a new one started": (
        "تعذرت قراءة ملف تعديلاتك؛ حُفظ باسم %3 وبُدئ ملف جديد"
    ),
    "Edit number %3 in your edits file cannot be read; it was skipped": "تتعذر قراءة التعديل رقم %3 في ملف تعديلاتك؛ تُخطّي",
    "A publication date saved in your edits file is not a date; it was skipped": (
        "تاريخ نشر محفوظ في ملف تعديلاتك ليس تاريخًا؛ تُخطّي"
    ),
    "Your edits file had a problem; the detail is in the tooltip": "في ملف تعديلاتك مشكلة؛ التفاصيل في التلميح",
    "An edit of yours no longer attaches to the text; it is kept, not lost": (
        "تعذر ربط أحد تعديلاتك بالنص من جديد؛ والتعديل محفوظ لم يضع"
    ),
    "%1 was not used as the cache (it is not a cache of this application, or it is part of what was opened); "
    "working without a cache": (
        "لم يُستعمل %1 ذاكرةً مؤقتة (ليس ذاكرة مؤقتة لهذا التطبيق، أو هو جزء مما فُتح)؛ يستمر العمل بلا ذاكرة مؤقتة"
    ),
    "The cache %1 could not be used; working without a cache this time": (
        "تعذر استعمال الذاكرة المؤقتة %1؛ يستمر العمل هذه المرة بلا ذاكرة مؤقتة"
    ),
    "The cache %1 was damaged; it was kept as %3 and a new one built": (
        "كانت الذاكرة المؤقتة %1 تالفة؛ حُفظت باسم %3 وبُنيت واحدة جديدة"
    ),
    "a date you set": "تاريخ حددته", "a title you set": "عنوان حددته", "topics you set": "موضوعات حددتها",
    "actors you set": "جهات حددتها", "an event you hid or showed": "حدث أخفيته أو أظهرته",
    "an event you deleted": "حدث حذفته", "a merge you made": "دمج أجريته", "a split you made": "فصل أجريته",
    "a note of yours": "ملاحظة كتبتها", "a star you set": "نجمة وضعتها", "an event you added": "حدث أضفته",
    "an edit of yours": "تعديل أجريته",
    "%1: %3 no longer attaches to the text (the article changed); it is kept, not lost": (
        "%1: تعذر ربط %3 بالنص من جديد (تغيّر المقال)؛ والتعديل محفوظ لم يضع"
    ),
    # plural forms: 0, 1, 2, 3–10, 11–99, 100+
    "%n file(s)": ("لا ملفات", "ملف واحد", "ملفان", "%n ملفات", "%n ملفًا", "%n ملف"),
    "%n field(s)": ("لا حقول", "حقل واحد", "حقلان", "%n حقول", "%n حقلًا", "%n حقل"),
    "%n direction control character(s)": (
        "لا محارف تحكم في الاتجاه", "محرف تحكم واحد في الاتجاه", "محرفا تحكم في الاتجاه",
        "%n محارف تحكم في الاتجاه", "%n محرفًا للتحكم في الاتجاه", "%n محرف تحكم في الاتجاه",
    ),
    # filters bar, search scope
    "Active filters:": "عوامل التصفية النشطة:",
    "Clear all filters": "مسح كل عوامل التصفية",
    "Remove this filter": "إزالة هذا العامل",
    "search: %1": "البحث: %1",
    "topics": "الموضوعات",
    "actors": "الجهات",
    "%1: %2 of %3": "%1: %2 من %3",
    "%1: none": "%1: لا شيء",
    "dates %1 – %2": "التواريخ %1 – %2",
    "undated events hidden": "الأحداث غير المؤرخة مخفية",
    "Search…": "ابحث…",
    "titles": "العناوين",
    "passages": "المقاطع",
    "whole articles": "المقالات كاملة",
    "Where the words must occur: event titles; titles and the passages the events rest on; or anywhere in "
    "the events' articles. Results are ranked: title matches first.": (
        "أين يجب أن ترد الكلمات: في عناوين الأحداث؛ أو في العناوين والمقاطع التي تستند إليها الأحداث؛ "
        "أو في أي موضع من مقالاتها. النتائج مرتبة: مطابقات العنوان أولًا."
    ),
    # the analyst's layer (viewer/ui/edits)
    "&Edit": "&تحرير",
    "Undo": "تراجع",
    "Redo": "إعادة",
    "Undo %1": "تراجع عن: %1",
    "Publication date of “%1”": "تاريخ نشر «%1»",
    "Redo %1": "إعادة: %1",
    "Correct the date…": "تصحيح التاريخ…",
    "Correct the date": "تصحيح التاريخ",
    "Edit the title…": "تعديل العنوان…",
    "Edit the title": "تعديل العنوان",
    "Topics…": "المواضيع…",
    "Actors…": "الجهات الفاعلة…",
    "Note…": "ملاحظة…",
    "Note": "ملاحظة",
    "Star": "تمييز بنجمة",
    "Remove star": "إزالة النجمة",
    "Hide": "إخفاء",
    "Show again": "إظهار من جديد",
    "Delete the event": "حذف الحدث",
    "Merge with another event…": "دمج مع حدث آخر…",
    "Merge with…": "دمج مع…",
    "Merge “%1” with:": "دمج «%1» مع:",
    "Split the sources…": "فصل المصادر…",
    "Split the event": "فصل الحدث",
    "The ticked sources become a new event:": "تصبح المصادر المحددة حدثًا جديدًا:",
    "Add an event from the selected passage…": "إضافة حدث من المقطع المحدد…",
    "Add an event": "إضافة حدث",
    "Select the passage that supports the event in an article first.": "حدّد أولًا في أحد المقالات المقطعَ الذي يسند الحدث.",
    "Change the date of “%1”": "تغيير تاريخ «%1»",
    "Retitle “%1”": "تغيير عنوان «%1»",
    "Change the topics of “%1”": "تغيير مواضيع «%1»",
    "Change the actors of “%1”": "تغيير الجهات الفاعلة في «%1»",
    "Note on “%1”": "ملاحظة على «%1»",
    "Remove the note on “%1”": "حذف الملاحظة على «%1»",
    "Star “%1”": "تمييز «%1» بنجمة",
    "Unstar “%1”": "إزالة نجمة «%1»",
    "Hide “%1”": "إخفاء «%1»",
    "Show “%1” again": "إظهار «%1» من جديد",
    "Delete “%1”": "حذف «%1»",
    "Merge into “%1”": "دمج في «%1»",
    "Split “%1”": "فصل «%1»",
    "Add the event “%1”": "إضافة الحدث «%1»",
    "Precision": "الدقة",
    "Day": "يوم",
    "Month": "شهر",
    "Year": "سنة",
    "Decade": "عقد",
    "From … to …": "من … إلى …",
    "Until": "حتى",
    "Approximately (shown as “about”)": "تقريبًا (يظهر «حوالي»)",
    "Topics of the event": "مواضيع الحدث",
    "Actors of the event": "الجهات الفاعلة في الحدث",
    "One actor per line (or separated by commas)": "جهة في كل سطر (أو بينها فواصل)",
    "Your note on this event (empty removes it)": "ملاحظتك على هذا الحدث (تركها فارغة يحذفها)",
    "Show:": "عرض:",
    "All events": "كل الأحداث",
    "Only edited": "المعدّلة فقط",
    "Only starred": "المميزة بنجمة فقط",
    "Only hidden": "المخفية فقط",
    "Save project…": "حفظ المشروع…",
    "Open project…": "فتح مشروع…",
    "Save project": "حفظ المشروع",
    "Open project": "فتح مشروع",
    "Timeline project (*.antproj)": "مشروع خط زمني (*.antproj)",
    "None of the project's folders was found: %1": "لم يُعثر على أي من مجلدات المشروع: %1",
    "Publish as TimelineJS…": "نشر بصيغة TimelineJS…",
    "Publish as an offline page…": "نشر صفحة تعمل دون اتصال…",
    "Publish which events": "الأحداث المنشورة",
    "The events shown (filters applied)": "الأحداث المعروضة (بعد التصفية)",
    "Starred events": "الأحداث المميزة بنجمة",
    "The selected event": "الحدث المحدد",
    "Publish": "نشر",
    "TimelineJS JSON (*.json)": "TimelineJS JSON (*.json)",
    "Web page (*.html)": "صفحة ويب (*.html)",
    "Cannot write %1: %2": "تعذّرت كتابة %1: %2",
    "%1 events published to %2": "نُشر %1 حدثًا في %2",
    "Timeline: %1": "الخط الزمني: %1",
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
            value = AR[src]
            if msg.get("numerus") == "yes":
                # Arabic has six plural forms (Qt's order: 0, 1, 2, 3–10, 11–99, 100+)
                forms = value if isinstance(value, tuple) else (value,) * 6
                assert len(forms) == 6, src
                tr.text = None
                for child in list(tr):
                    tr.remove(child)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
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
