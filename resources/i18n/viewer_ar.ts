<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>ArticlePane</name>
    <message>
      <location filename="../../viewer/ui/sources.py" line="193" />
      <source>published %1</source>
      <translation>نُشر في %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="196" />
      <source>published: unknown, not before %1</source>
      <translation>النشر: غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="198" />
      <source>publication date unknown</source>
      <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="212" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
  </context>
  <context>
    <name>ArticlesPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="159" />
      <source>unknown, not before %1</source>
      <translation>غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="162" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="187" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="188" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="198" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="198" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="198" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="198" />
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../../viewer/ui/dates.py" line="64" />
      <source>the %1s</source>
      <translation>عقد %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="73" />
      <source>undated</source>
      <translation>غير مؤرخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="75" />
      <source>unresolved (after %1)</source>
      <translation>غير محدد (بعد %1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="81" />
      <source>~ %1</source>
      <translation>حوالي %1</translation>
    </message>
  </context>
  <context>
    <name>EventTableModel</name>
    <message>
      <location filename="../../viewer/ui/models.py" line="130" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="131" />
      <source>Event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="132" />
      <source>Topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="133" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="134" />
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
      <location filename="../../viewer/ui/mainwindow.py" line="283" />
      <source>Arabic news timeline</source>
      <translation>الخط الزمني للأخبار العربية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="284" />
      <source>Open folder…</source>
      <translation>فتح مجلد…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="285" />
      <source>Fit all</source>
      <translation>ملاءمة الكل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="286" />
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="287" />
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="290" />
      <source>Eastern digits ٠١٢</source>
      <translation>أرقام مشرقية ٠١٢</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="291" />
      <source>Show Eastern Arabic digits (٠١٢٣) instead of Western (0123)</source>
      <translation>عرض الأرقام المشرقية (٠١٢٣) بدل الغربية (0123)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="292" />
      <source>Visible events as CSV…</source>
      <translation>الأحداث الظاهرة بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="293" />
      <source>Visible events as JSON…</source>
      <translation>الأحداث الظاهرة بصيغة JSON…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="294" />
      <source>Timeline as PNG…</source>
      <translation>الخط الزمني صورة PNG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="295" />
      <source>Timeline as SVG…</source>
      <translation>الخط الزمني صورة SVG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="296" />
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="297" />
      <location filename="../../viewer/ui/mainwindow.py" line="298" />
      <location filename="../../viewer/ui/mainwindow.py" line="571" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="299" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="300" />
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="301" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="302" />
      <source>Problems</source>
      <translation>المشكلات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="303" />
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="304" />
      <source>Toolbar</source>
      <translation>شريط الأدوات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="314" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="318" />
      <source>Open a folder of articles</source>
      <translation>افتح مجلدًا للمقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="331" />
      <location filename="../../viewer/ui/mainwindow.py" line="332" />
      <source>Loading failed</source>
      <translation>تعذر التحميل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="408" />
      <source>%1 of %2 events</source>
      <translation>%1 من %2 حدثًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="410" />
      <source>%1 undated or unresolved</source>
      <translation>%1 غير مؤرخ أو غير محدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="566" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="567" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="568" />
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="569" />
      <source>SVG image (*.svg)</source>
      <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="577" />
      <source>Export failed</source>
      <translation>تعذر التصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="579" />
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="62" />
      <source>Unreadable file</source>
      <translation>ملف غير مقروء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="63" />
      <source>Encoding fallback</source>
      <translation>ترميز بديل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="64" />
      <source>Empty file</source>
      <translation>ملف فارغ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="65" />
      <source>Binary file</source>
      <translation>ملف ثنائي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="66" />
      <source>Manifest</source>
      <translation>ملف البيانات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="67" />
      <source>Placeholder date</source>
      <translation>تاريخ نائب (قالب)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="68" />
      <source>Unresolved date</source>
      <translation>تاريخ غير محدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="69" />
      <source>Sources disagree</source>
      <translation>المصادر مختلفة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="70" />
      <source>Cache</source>
      <translation>ذاكرة التخزين</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="104" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="105" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="114" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="114" />
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="114" />
      <source>Article</source>
      <translation>المقال</translation>
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
      <location filename="../../viewer/ui/sources.py" line="301" />
      <source>Sources (%1): %2</source>
      <translation>المصادر (%1): %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="306" />
      <source>Article: %1</source>
      <translation>المقال: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="308" />
      <source>Select an event to read its sources side by side.</source>
      <translation>اختر حدثًا لقراءة مصادره جنبًا إلى جنب.</translation>
    </message>
  </context>
</TS>