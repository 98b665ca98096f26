<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>ArticlePane</name>
    <message>
      <location filename="../../viewer/ui/sources.py" line="195" />
      <source>published %1</source>
      <translation>نُشر في %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="198" />
      <source>published: unknown, not before %1</source>
      <translation>النشر: غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="200" />
      <source>publication date unknown</source>
      <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="214" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
  </context>
  <context>
    <name>ArticlesPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="186" />
      <source>unknown, not before %1</source>
      <translation>غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="189" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="214" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="215" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="225" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="225" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="225" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="225" />
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../../viewer/ui/dates.py" line="46" />
      <source>the %1s</source>
      <translation>عقد %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="55" />
      <source>undated</source>
      <translation>غير مؤرخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="57" />
      <source>unresolved (after %1)</source>
      <translation>غير محدد (بعد %1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="63" />
      <source>~ %1</source>
      <translation>حوالي %1</translation>
    </message>
  </context>
  <context>
    <name>EventTableModel</name>
    <message>
      <location filename="../../viewer/ui/models.py" line="133" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="134" />
      <source>Event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="135" />
      <source>Topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="136" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="137" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../viewer/ui/filters.py" line="201" />
      <location filename="../../viewer/ui/filters.py" line="259" />
      <source>(no topic)</source>
      <translation>(بلا موضوع)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="207" />
      <location filename="../../viewer/ui/filters.py" line="261" />
      <source>(no actor)</source>
      <translation>(بلا جهة)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="309" />
      <source>Search titles and articles…</source>
      <translation>ابحث في العناوين والمقالات…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="310" />
      <source>Ignores diacritics, tatweel and alef/hamza forms</source>
      <translation>يتجاهل التشكيل والتطويل وصور الألف والهمزة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="311" />
      <source>Topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="313" />
      <source>Hide unchecked: an event disappears when one of its topics is unchecked.
Any checked: an event shows when at least one of its topics is checked.</source>
      <translation>إخفاء غير المحدد: يختفي الحدث إذا أُلغي تحديد أحد موضوعاته.
أيٌّ من المحدد: يظهر الحدث إذا كان أحد موضوعاته محددًا.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="316" />
      <location filename="../../viewer/ui/filters.py" line="317" />
      <source>hide unchecked</source>
      <translation>إخفاء غير المحدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="316" />
      <location filename="../../viewer/ui/filters.py" line="317" />
      <source>any checked</source>
      <translation>أيٌّ من المحدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="318" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="319" />
      <source>Find an actor…</source>
      <translation>ابحث عن جهة…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="321" />
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="323" />
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="324" />
      <source>Date range</source>
      <translation>نطاق التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="325" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="326" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="327" />
      <source>Include undated and unresolved events</source>
      <translation>إظهار الأحداث غير المؤرخة وغير المحددة</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="298" />
      <source>Arabic news timeline</source>
      <translation>الخط الزمني للأخبار العربية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="299" />
      <source>Open folder…</source>
      <translation>فتح مجلد…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="300" />
      <source>Fit all</source>
      <translation>ملاءمة الكل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="301" />
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="302" />
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="305" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="306" />
      <source>Stop loading; the articles done so far stay</source>
      <translation>إيقاف التحميل؛ تبقى المقالات التي اكتملت</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="307" />
      <source>Eastern digits ٠١٢</source>
      <translation>أرقام مشرقية ٠١٢</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="308" />
      <source>Show Eastern Arabic digits (٠١٢٣) instead of Western (0123)</source>
      <translation>عرض الأرقام المشرقية (٠١٢٣) بدل الغربية (0123)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="309" />
      <source>Visible events as CSV…</source>
      <translation>الأحداث الظاهرة بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="310" />
      <source>Visible events as JSON…</source>
      <translation>الأحداث الظاهرة بصيغة JSON…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="311" />
      <source>Timeline as PNG…</source>
      <translation>الخط الزمني صورة PNG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="312" />
      <source>Timeline as SVG…</source>
      <translation>الخط الزمني صورة SVG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="313" />
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="314" />
      <location filename="../../viewer/ui/mainwindow.py" line="315" />
      <location filename="../../viewer/ui/mainwindow.py" line="640" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="316" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="317" />
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="318" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="319" />
      <source>Problems</source>
      <translation>المشكلات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="320" />
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="321" />
      <source>Toolbar</source>
      <translation>شريط الأدوات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="330" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="341" />
      <source>Open a folder of articles</source>
      <translation>افتح مجلدًا للمقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="364" />
      <source>%1 of %2 articles</source>
      <translation>%1 من %2 مقالًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="372" />
      <location filename="../../viewer/ui/mainwindow.py" line="373" />
      <source>Loading failed</source>
      <translation>تعذر التحميل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="478" />
      <source>%1 of %2 events</source>
      <translation>%1 من %2 حدثًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="480" />
      <source>%1 undated or unresolved</source>
      <translation>%1 غير مؤرخ أو غير محدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="635" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="636" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="637" />
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="638" />
      <source>SVG image (*.svg)</source>
      <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="646" />
      <source>Export failed</source>
      <translation>تعذر التصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="648" />
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="65" />
      <source>Unreadable file</source>
      <translation>ملف غير مقروء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="68" />
      <source>Encoding fallback</source>
      <translation>ترميز بديل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="66" />
      <source>Empty file</source>
      <translation>ملف فارغ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="67" />
      <source>Binary file</source>
      <translation>ملف ثنائي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="69" />
      <source>File too large (truncated)</source>
      <translation>ملف كبير جدًا (قُرئ جزء منه)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="70" />
      <source>Direction control characters</source>
      <translation>محارف تحكم في الاتجاه</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="71" />
      <source>Duplicate article id</source>
      <translation>معرّف مقال مكرر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="74" />
      <source>Extraction failed</source>
      <translation>تعذر الاستخراج</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="75" />
      <source>Placeholder date</source>
      <translation>تاريخ نائب (قالب)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="76" />
      <source>Unresolved date</source>
      <translation>تاريخ غير محدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="77" />
      <source>Sources disagree</source>
      <translation>المصادر مختلفة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="78" />
      <source>Loading cancelled</source>
      <translation>أُلغي التحميل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="72" />
      <source>Manifest problem</source>
      <translation>مشكلة في ملف البيانات الوصفية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="79" />
      <source>Cache damaged or unavailable</source>
      <translation>ذاكرة التخزين المؤقت تالفة أو غير متاحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="81" />
      <source>Other problem (%1)</source>
      <translation>مشكلة أخرى (%1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="131" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="132" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="141" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="141" />
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="141" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
  </context>
  <context>
    <name>PubDateDialog</name>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="23" />
      <source>Publication date</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="33" />
      <source>Current date: %1 (%2)</source>
      <translation>التاريخ الحالي: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="39" />
      <source>Unknown; not before %1 (%2). Relative dates stay unresolved until you set it.</source>
      <translation>غير معروف؛ ليس قبل %1 (%2). تبقى التواريخ النسبية غير محددة حتى تحدده.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="44" />
      <source>Unknown. Relative dates stay unresolved until you set it.</source>
      <translation>غير معروف. تبقى التواريخ النسبية غير محددة حتى تحدده.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="51" />
      <source>Forget my date</source>
      <translation>إلغاء تاريخي</translation>
    </message>
  </context>
  <context>
    <name>SourcesPanel</name>
    <message>
      <location filename="../../viewer/ui/sources.py" line="303" />
      <source>Sources (%1): %2</source>
      <translation>المصادر (%1): %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="309" />
      <source>Article: %1</source>
      <translation>المقال: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="312" />
      <source>Select an event to read its sources side by side.</source>
      <translation>اختر حدثًا لقراءة مصادره جنبًا إلى جنب.</translation>
    </message>
  </context>
</TS>