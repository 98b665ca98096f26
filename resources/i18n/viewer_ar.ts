<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>ActionsMixin</name>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="127" />
      <source>Arabic news timeline</source>
      <translation>الخط الزمني للأخبار العربية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="128" />
      <source>Open folder…</source>
      <translation>فتح مجلد…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="129" />
      <source>Add or edit a topic…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="130" />
      <source>Fit all</source>
      <translation>ملاءمة الكل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="131" />
      <source>Zoom in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="132" />
      <source>Zoom out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="135" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="136" />
      <source>Stop loading; the articles done so far stay</source>
      <translation>إيقاف التحميل؛ تبقى المقالات التي اكتملت</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="137" />
      <source>Eastern digits ٠١٢</source>
      <translation>أرقام مشرقية ٠١٢</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="138" />
      <source>Show Eastern Arabic digits (٠١٢٣) instead of Western (0123)</source>
      <translation>عرض الأرقام المشرقية (٠١٢٣) بدل الغربية (0123)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="139" />
      <source>Visible events as CSV…</source>
      <translation>الأحداث الظاهرة بصيغة CSV…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="140" />
      <source>Visible events as JSON…</source>
      <translation>الأحداث الظاهرة بصيغة JSON…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="141" />
      <source>Timeline as PNG…</source>
      <translation>الخط الزمني صورة PNG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="142" />
      <source>Timeline as SVG…</source>
      <translation>الخط الزمني صورة SVG…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="143" />
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="144" />
      <location filename="../../viewer/ui/window/actions.py" line="145" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="146" />
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="147" />
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="148" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="149" />
      <source>Lanes</source>
      <translation>المسارات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="150" />
      <source>One set of lanes</source>
      <translation>مسارات مشتركة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="151" />
      <source>A band per topic</source>
      <translation>شريط لكل موضوع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="152" />
      <source>A band per actor</source>
      <translation>شريط لكل جهة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="154" />
      <source>Toolbar</source>
      <translation>شريط الأدوات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="164" />
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="164" />
      <source>Articles</source>
      <translation>المقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/actions.py" line="164" />
      <source>Problems</source>
      <translation>المشكلات</translation>
    </message>
  </context>
  <context>
    <name>ActiveFiltersBar</name>
    <message>
      <location filename="../../viewer/ui/filterbar.py" line="69" />
      <source>Active filters:</source>
      <translation>عوامل التصفية النشطة:</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filterbar.py" line="70" />
      <source>Clear all filters</source>
      <translation>مسح كل عوامل التصفية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filterbar.py" line="72" />
      <source>Remove this filter</source>
      <translation>إزالة هذا العامل</translation>
    </message>
  </context>
  <context>
    <name>ActorsDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="192" />
      <source>Actors of the event</source>
      <translation>الجهات الفاعلة في الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="192" />
      <source>One actor per line (or separated by commas)</source>
      <translation>جهة في كل سطر (أو بينها فواصل)</translation>
    </message>
  </context>
  <context>
    <name>ArticlePane</name>
    <message>
      <location filename="../../viewer/ui/sources.py" line="332" />
      <source>published %1</source>
      <extracomment>narrowest readable source pane (px): beyond what fits, sources go to tabs</extracomment>
      <translation>نُشر في %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="338" />
      <source>published: unknown, not before %1</source>
      <translation>النشر: غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="340" />
      <source>publication date unknown</source>
      <translation>تاريخ النشر غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="354" />
      <source>set by you</source>
      <translation>حدّدتَه أنت</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="355" />
      <source>from the command line</source>
      <translation>من سطر الأوامر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="356" />
      <source>from the manifest</source>
      <translation>من ملف البيان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="357" />
      <source>from the feed</source>
      <translation>من حقل الخلاصة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="358" />
      <source>from the page metadata</source>
      <translation>من بيانات الصفحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="359" />
      <source>from the dateline</source>
      <translation>من سطر المكان والتاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="360" />
      <source>from the byline</source>
      <translation>من سطر الكاتب</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="361" />
      <source>from the page address</source>
      <translation>من عنوان الصفحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="370" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
  </context>
  <context>
    <name>ArticlesPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="773" />
      <source>unknown, not before %1</source>
      <translation>غير معروف، ليس قبل %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="776" />
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="793" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="794" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="803" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="803" />
      <source>Source</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="803" />
      <source>Published</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="803" />
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
  </context>
  <context>
    <name>DateDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="61" />
      <source>Correct the date</source>
      <translation>تصحيح التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="63" />
      <source>Day</source>
      <translation>يوم</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="63" />
      <source>Month</source>
      <translation>شهر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="63" />
      <source>Year</source>
      <translation>سنة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="64" />
      <source>Decade</source>
      <translation>عقد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="64" />
      <source>From … to …</source>
      <translation>من … إلى …</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="76" />
      <source>Approximately (shown as “about”)</source>
      <translation>تقريبًا (يظهر «حوالي»)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="88" />
      <source>Precision</source>
      <translation>الدقة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="89" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="90" />
      <source>Until</source>
      <translation>حتى</translation>
    </message>
  </context>
  <context>
    <name>Dates</name>
    <message>
      <location filename="../../viewer/ui/dates.py" line="35" />
      <source>the %1s</source>
      <translation>عقد %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="42" />
      <source>undated</source>
      <translation>غير مؤرخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="44" />
      <source>unresolved (after %1)</source>
      <translation>غير محسوم (بعد %1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/dates.py" line="50" />
      <source>~ %1</source>
      <translation>حوالي %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="64" />
      <source>unresolved: the publication date is unknown</source>
      <translation>غير محسوم: تاريخ النشر مجهول</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="65" />
      <source>a template placeholder instead of a date</source>
      <translation>عبارة قالب مكان التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="66" />
      <source>sources disagree on the date</source>
      <translation>المصادر مختلفة في التاريخ</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="134" />
      <source>Remove star</source>
      <translation>إزالة النجمة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="135" />
      <source>Star</source>
      <translation>تمييز بنجمة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="136" />
      <source>Show again</source>
      <translation>إظهار من جديد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="137" />
      <source>Hide</source>
      <translation>إخفاء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="141" />
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="143" />
      <source>Correct the date…</source>
      <translation>تصحيح التاريخ…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="144" />
      <source>Edit the title…</source>
      <translation>تعديل العنوان…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="145" />
      <source>Topics…</source>
      <translation>المواضيع…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="146" />
      <source>Actors…</source>
      <translation>الجهات الفاعلة…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="147" />
      <source>Note…</source>
      <translation>ملاحظة…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="148" />
      <source>Delete the event</source>
      <translation>حذف الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="149" />
      <source>Merge with another event…</source>
      <translation>دمج مع حدث آخر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="150" />
      <source>Split the sources…</source>
      <translation>فصل المصادر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="151" />
      <source>Add an event from the selected passage…</source>
      <translation>إضافة حدث من المقطع المحدد…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="164" />
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="164" />
      <source>Undo %1</source>
      <translation>تراجع عن: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="165" />
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="165" />
      <source>Redo %1</source>
      <translation>إعادة: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="185" />
      <source>Change the date of “%1”</source>
      <translation>تغيير تاريخ «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="193" />
      <source>Edit the title</source>
      <translation>تعديل العنوان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="193" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="200" />
      <source>Retitle “%1”</source>
      <translation>تغيير عنوان «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="216" />
      <source>Change the topics of “%1”</source>
      <translation>تغيير مواضيع «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="231" />
      <source>Change the actors of “%1”</source>
      <translation>تغيير الجهات الفاعلة في «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="240" />
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="240" />
      <source>Your note on this event (empty removes it)</source>
      <translation>ملاحظتك على هذا الحدث (تركها فارغة يحذفها)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="248" />
      <source>Note on “%1”</source>
      <translation>ملاحظة على «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="248" />
      <source>Remove the note on “%1”</source>
      <translation>حذف الملاحظة على «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="257" />
      <source>Star “%1”</source>
      <translation>تمييز «%1» بنجمة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="257" />
      <source>Unstar “%1”</source>
      <translation>إزالة نجمة «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="266" />
      <source>Hide “%1”</source>
      <translation>إخفاء «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="266" />
      <source>Show “%1” again</source>
      <translation>إظهار «%1» من جديد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="273" />
      <source>Delete “%1”</source>
      <translation>حذف «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="293" />
      <source>Merge into “%1”</source>
      <translation>دمج في «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="309" />
      <source>Split “%1”</source>
      <translation>فصل «%1»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="330" />
      <source>Add an event</source>
      <translation>إضافة حدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="331" />
      <source>Select the passage that supports the event in an article first.</source>
      <translation>حدّد أولًا في أحد المقالات المقطعَ الذي يسند الحدث.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/actions.py" line="341" />
      <source>Add the event “%1”</source>
      <translation>إضافة الحدث «%1»</translation>
    </message>
  </context>
  <context>
    <name>EventPickDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="204" />
      <source>Merge with…</source>
      <translation>دمج مع…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="216" />
      <source>Merge “%1” with:</source>
      <translation>دمج «%1» مع:</translation>
    </message>
  </context>
  <context>
    <name>EventTableModel</name>
    <message>
      <location filename="../../viewer/ui/models.py" line="209" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="210" />
      <source>Event</source>
      <translation>الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="211" />
      <source>Topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="212" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/models.py" line="213" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
  </context>
  <context>
    <name>ExportMixin</name>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="48" />
      <source>Timeline of %1</source>
      <translation>الخط الزمني: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="52" />
      <source>Dates shown: none</source>
      <translation>التواريخ المعروضة: لا شيء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="55" />
      <source>Dates shown: %1 – %2</source>
      <translation>التواريخ المعروضة: من %1 إلى %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="61" />
      <source>Filters: %1 (%2 of %3 events)</source>
      <translation>عوامل التصفية: %1 (%2 من %3 من الأحداث)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="64" />
      <source>Filters: none (all %1 events)</source>
      <translation>عوامل التصفية: لا شيء (كل الأحداث، وعددها %1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="72" />
      <source>The PNG image could not be written to %1</source>
      <translation>تعذرت كتابة صورة PNG في %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="77" />
      <source>The SVG image could not be written to %1</source>
      <translation>تعذرت كتابة صورة SVG في %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="81" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="82" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="83" />
      <source>PNG image (*.png)</source>
      <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="84" />
      <source>SVG image (*.svg)</source>
      <translation>صورة SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="86" />
      <source>Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="92" />
      <source>Export failed</source>
      <translation>تعذر التصدير</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/export.py" line="96" />
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <location filename="../../viewer/ui/filters.py" line="213" />
      <location filename="../../viewer/ui/filters.py" line="275" />
      <source>(no topic)</source>
      <translation>(بلا موضوع)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="219" />
      <location filename="../../viewer/ui/filters.py" line="277" />
      <source>(no actor)</source>
      <translation>(بلا جهة)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="316" />
      <source>search: %1</source>
      <translation>البحث: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="318" />
      <source>topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="319" />
      <source>actors</source>
      <translation>الجهات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="329" />
      <source>%1: %2 of %3</source>
      <translation>%1: %2 من %3</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="330" />
      <source>%1: none</source>
      <translation>%1: لا شيء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="334" />
      <source>dates %1 – %2</source>
      <translation>التواريخ %1 – %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="338" />
      <source>undated events hidden</source>
      <translation>الأحداث غير المؤرخة مخفية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="395" />
      <source>Search…</source>
      <translation>ابحث…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="396" />
      <source>titles</source>
      <translation>العناوين</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="396" />
      <source>passages</source>
      <translation>المقاطع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="396" />
      <source>whole articles</source>
      <translation>المقالات كاملة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="400" />
      <source>Where the words must occur: event titles; titles and the passages the events rest on; or anywhere in the events' articles. Results are ranked: title matches first.</source>
      <translation>أين يجب أن ترد الكلمات: في عناوين الأحداث؛ أو في العناوين والمقاطع التي تستند إليها الأحداث؛ أو في أي موضع من مقالاتها. النتائج مرتبة: مطابقات العنوان أولًا.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="404" />
      <source>Ignores diacritics, tatweel and alef/hamza forms</source>
      <translation>يتجاهل التشكيل والتطويل وصور الألف والهمزة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="405" />
      <source>Topics</source>
      <translation>الموضوعات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="407" />
      <source>Hide unchecked: an event disappears when one of its topics is unchecked.
Any checked: an event shows when at least one of its topics is checked.</source>
      <translation>إخفاء غير المحدد: يختفي الحدث إذا أُلغي تحديد أحد موضوعاته.
أيٌّ من المحدد: يظهر الحدث إذا كان أحد موضوعاته محددًا.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="410" />
      <location filename="../../viewer/ui/filters.py" line="411" />
      <source>hide unchecked</source>
      <translation>إخفاء غير المحدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="410" />
      <location filename="../../viewer/ui/filters.py" line="411" />
      <source>any checked</source>
      <translation>أيٌّ من المحدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="412" />
      <source>Actors</source>
      <translation>الجهات الفاعلة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="413" />
      <source>Find an actor…</source>
      <translation>ابحث عن جهة…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="415" />
      <source>All</source>
      <translation>الكل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="417" />
      <source>None</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="418" />
      <source>Date range</source>
      <translation>نطاق التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="419" />
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="420" />
      <source>To</source>
      <translation>إلى</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/filters.py" line="421" />
      <source>Include undated and unresolved events</source>
      <translation>إظهار الأحداث غير المؤرخة وغير المحددة</translation>
    </message>
  </context>
  <context>
    <name>LoadingMixin</name>
    <message>
      <location filename="../../viewer/ui/window/loading.py" line="38" />
      <source>Loading…</source>
      <translation>جارٍ التحميل…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/loading.py" line="59" />
      <source>Open a folder of articles</source>
      <translation>افتح مجلدًا للمقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/loading.py" line="83" />
      <source>%1 of %2 articles</source>
      <translation>%1 من %2 مقالًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/loading.py" line="87" />
      <source>Reading %1 of %2 files</source>
      <translation>قراءة %1 من %2 ملفًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/loading.py" line="127" />
      <location filename="../../viewer/ui/window/loading.py" line="129" />
      <source>Loading failed</source>
      <translation>تعذر التحميل</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="245" />
      <source>Sources (%1): %2</source>
      <extracomment>language, digits and selection, shared by every view (see ``_subscribe_views``)</extracomment>
      <translation>المصادر (%1): %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="248" />
      <source>Topics: %1</source>
      <translation>الموضوعات: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="250" />
      <source>Unresolved: depends on a publication date nobody knows; set it in the article pane</source>
      <translation>غير محسوم: يتوقف على تاريخ نشر مجهول؛ حدده في لوحة المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="252" />
      <source>The text has a template placeholder instead of a date</source>
      <translation>في النص عبارة قالب مكان التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="254" />
      <source>Approximate date</source>
      <translation>تاريخ تقريبي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="256" />
      <source>Sources disagree on the date</source>
      <translation>المصادر مختلفة في التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="306" />
      <source>No events: no dated statement was found in these articles</source>
      <translation>لا أحداث: لم يُعثر على خبر مؤرخ في هذه المقالات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="308" />
      <source>No articles in this folder: open another folder (Ctrl+O) or drop files here</source>
      <translation>لا مقالات في هذا المجلد: افتح مجلدًا آخر (Ctrl+O) أو أفلت الملفات هنا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="310" />
      <source>No event matches the filters: clear them in the bar above the lists</source>
      <translation>لا حدث يطابق عوامل التصفية: امسحها من الشريط فوق القوائم</translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/mainwindow.py" line="318" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>لا أحداث</numerusform>
        <numerusform>حدث واحد</numerusform>
        <numerusform>حدثان</numerusform>
        <numerusform>%n أحداث</numerusform>
        <numerusform>%n حدثًا</numerusform>
        <numerusform>%n حدث</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="318" />
      <source>of %1</source>
      <translation>من %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/mainwindow.py" line="320" />
      <source>%n undated or unresolved</source>
      <translation>
        <numerusform>لا شيء غير مؤرخ</numerusform>
        <numerusform>واحد غير مؤرخ أو غير محسوم</numerusform>
        <numerusform>اثنان غير مؤرخين أو غير محسومين</numerusform>
        <numerusform>%n غير مؤرخة أو غير محسومة</numerusform>
        <numerusform>%n غير مؤرخ أو غير محسوم</numerusform>
        <numerusform>%n غير مؤرخ أو غير محسوم</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../viewer/ui/mainwindow.py" line="326" />
      <source>%1 of %2 events</source>
      <translation>%1 من %2 حدثًا</translation>
    </message>
  </context>
  <context>
    <name>ManualEventDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="118" />
      <source>Add an event</source>
      <translation>إضافة حدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="126" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
  </context>
  <context>
    <name>ProblemsPanel</name>
    <message>
      <location filename="../../viewer/ui/problems.py" line="403" />
      <source>Unreadable file</source>
      <translation>ملف غير مقروء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="406" />
      <source>Encoding fallback</source>
      <translation>ترميز بديل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="404" />
      <source>Empty file</source>
      <translation>ملف فارغ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="405" />
      <source>Binary file</source>
      <translation>ملف ثنائي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="407" />
      <source>File too large (truncated)</source>
      <translation>ملف كبير جدًا (قُرئ جزء منه)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="408" />
      <source>Direction control characters</source>
      <translation>محارف تحكم في الاتجاه</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="409" />
      <source>Duplicate article id</source>
      <translation>معرّف مقال مكرر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="417" />
      <source>Extraction failed</source>
      <translation>تعذر الاستخراج</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="418" />
      <source>Placeholder date</source>
      <translation>تاريخ نائب (قالب)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="419" />
      <source>Unresolved date</source>
      <translation>تاريخ غير محسوم</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="420" />
      <source>Sources disagree</source>
      <translation>المصادر مختلفة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="421" />
      <source>Loading cancelled</source>
      <translation>أُلغي التحميل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="410" />
      <source>Manifest problem</source>
      <translation>مشكلة في ملف البيانات الوصفية</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="411" />
      <source>Bad record in a dump or feed</source>
      <translation>سجل معيب في ملف بيانات أو خلاصة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="412" />
      <source>Link leaving the folder</source>
      <translation>رابط يخرج من المجلد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="413" />
      <source>Size limit applied</source>
      <translation>طُبّق حد للحجم</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="414" />
      <source>Edit that no longer attaches</source>
      <translation>تعديل لم يعد يرتبط بنص</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="415" />
      <source>Your saved edits</source>
      <translation>تعديلاتك المحفوظة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="422" />
      <source>Cache damaged or unavailable</source>
      <translation>ذاكرة التخزين المؤقت تالفة أو غير متاحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="424" />
      <source>Other problem (%1)</source>
      <translation>مشكلة أخرى (%1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="448" />
      <source>%1 could not be read; the other files were loaded</source>
      <translation>تعذرت قراءة %1؛ حُمّلت الملفات الأخرى</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="449" />
      <location filename="../../viewer/ui/problems.py" line="491" />
      <source>%1 is empty</source>
      <translation>%1 فارغ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="450" />
      <source>%1 is not a text file; skipped</source>
      <translation>%1 ليس ملفًا نصيًا؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="451" />
      <source>%1 was decoded with a fallback encoding; check its letters</source>
      <translation>فُكّ ترميز %1 بترميز بديل؛ تحقق من حروفه</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="452" />
      <source>%1 is too large; only its beginning was read</source>
      <translation>%1 كبير جدًا؛ قُرئت بدايته فقط</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="453" />
      <source>%1 contains direction control characters; they are shown isolated</source>
      <translation>في %1 محارف تحكم في الاتجاه؛ تُعرض معزولة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="454" />
      <source>%1 has the id of another article; it was renamed</source>
      <translation>لـ %1 معرّف مقال آخر؛ أُعيدت تسميته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="455" />
      <source>the manifest has an entry that cannot be used (%1)</source>
      <translation>في ملف البيانات الوصفية مدخل لا يمكن استعماله (%1)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="456" />
      <source>“%2”: the text has a template placeholder instead of a date</source>
      <translation>«%2»: في النص عبارة قالب مكان التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="457" />
      <source>“%2”: the date depends on the unknown publication date; set it</source>
      <translation>«%2»: التاريخ يتوقف على تاريخ نشر مجهول؛ حدده</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="458" />
      <source>“%2”: the sources give different dates</source>
      <translation>«%2»: المصادر تذكر تواريخ مختلفة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="459" />
      <source>Loading was cancelled; the articles read so far are shown</source>
      <translation>أُلغي التحميل؛ تُعرض المقالات التي قُرئت حتى الآن</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="460" />
      <source>The cache could not be used; everything was extracted again</source>
      <translation>تعذر استعمال ذاكرة التخزين المؤقت؛ أُعيد الاستخراج كله</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="461" />
      <source>%1: extraction failed; the article is listed without events</source>
      <translation>%1: تعذر الاستخراج؛ المقال مدرج بلا أحداث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="462" />
      <source>%1: a record could not be used; the others were loaded</source>
      <translation>%1: تعذر استعمال سجل؛ حُمّلت السجلات الأخرى</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="463" />
      <source>%1 is a link that leaves the opened folder; skipped</source>
      <translation>%1 رابط يخرج من المجلد المفتوح؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="464" />
      <source>%1: a size limit applied; part of the page was not used</source>
      <translation>%1: طُبّق حد للحجم؛ لم يُستعمل جزء من الصفحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="465" />
      <source>Your edits file had a problem; the detail is in the tooltip</source>
      <translation>في ملف تعديلاتك مشكلة؛ التفاصيل في التلميح</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="466" />
      <source>An edit of yours no longer attaches to the text; it is kept, not lost</source>
      <translation>تعذر ربط أحد تعديلاتك بالنص من جديد؛ والتعديل محفوظ لم يضع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="483" />
      <source>%1 was not found (moved or deleted?)</source>
      <translation>لم يُعثر على %1 (هل نُقل أو حُذف؟)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="484" />
      <source>%1 cannot be read: permission denied</source>
      <translation>تتعذر قراءة %1: الإذن مرفوض</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="485" />
      <source>%1 is a folder, not a file</source>
      <translation>%1 مجلد وليس ملفًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="486" />
      <source>%1 is not a regular file (a device, a pipe or a socket); skipped</source>
      <translation>%1 ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="487" />
      <source>%1 could not be read (%2); the other files were loaded</source>
      <translation>تعذرت قراءة %1 (%2)؛ حُمّلت الملفات الأخرى</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="492" />
      <source>%1 holds only white space</source>
      <translation>لا يحوي %1 إلا مسافات بيضاء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="493" />
      <source>%1: the page has no visible text</source>
      <translation>%1: لا نص ظاهرًا في الصفحة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="496" />
      <source>%1 is not a text file (it holds binary bytes); skipped</source>
      <translation>%1 ليس ملفًا نصيًا (فيه بايتات ثنائية)؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="499" />
      <source>%1 is %2 MB; only its first %3 MB were read</source>
      <translation>حجم %1 ‏%2 ميغابايت؛ قُرئ أول %3 ميغابايت منه فقط</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="502" />
      <source>%1 contains %2 that can reorder what is shown; they are kept and shown isolated</source>
      <translation>في %1 %2 يمكن أن تغيّر ترتيب ما يُعرض؛ أُبقيت وتُعرض معزولة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="505" />
      <source>Loading was cancelled: %1 of %2 read; they are shown</source>
      <translation>أُلغي التحميل: قُرئ %1 من %2؛ وهي معروضة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="509" />
      <source>%1 has the id “%2” of %3; it is listed as “%4”</source>
      <translation>لـ %1 المعرّف «%2» نفسه الذي لـ %3؛ أُدرج باسم «%4»</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="515" />
      <source>%1 is a link that leaves the opened folder (to %2); skipped — open the target itself</source>
      <translation>%1 رابط يخرج من المجلد المفتوح (إلى %2)؛ تُخطّي — افتح الهدف نفسه</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="518" />
      <source>%1: “%3” is a template placeholder, not a date</source>
      <translation>%1: «%3» عبارة قالب وليست تاريخًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="521" />
      <source>%1: “%3” depends on the unknown publication date; set it in the article pane</source>
      <translation>%1: «%3» يتوقف على تاريخ نشر مجهول؛ حدده في لوحة المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="525" />
      <source>“%3”: the text has a template placeholder instead of a date</source>
      <translation>«%3»: في النص عبارة قالب مكان التاريخ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="526" />
      <source>“%3”: the date depends on the unknown publication date; set it</source>
      <translation>«%3»: التاريخ يتوقف على تاريخ نشر مجهول؛ حدده</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="527" />
      <source>“%3”: the sources give different dates</source>
      <translation>«%3»: المصادر تذكر تواريخ مختلفة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="530" />
      <source>Loading was cancelled: %1 of %2 processed; they are shown</source>
      <translation>أُلغي التحميل: عولج %1 من %2؛ وهي معروضة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="534" />
      <source>%1: its encoding was uncertain; it was read as %3 — check that its letters look right</source>
      <translation>%1: ترميزه غير مؤكد؛ قُرئ بترميز %3 — تحقق من أن حروفه سليمة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="537" />
      <source>%1: extraction failed (%3); the article is listed without events</source>
      <translation>%1: تعذر الاستخراج (%3)؛ المقال مدرج بلا أحداث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="540" />
      <source>%1: too many dates; only the first %3 give events and the text after character %4 was not scanned</source>
      <translation>%1: تواريخ أكثر من اللازم؛ لا يعطي أحداثًا إلا أول %3، ولم يُبحث عن تواريخ في النص بعد المحرف %4</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="545" />
      <source>%1: the page's markup is beyond the size limits; the part after them was not read</source>
      <translation>%1: ترميز الصفحة يتجاوز حدود الحجم؛ لم يُقرأ ما بعدها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="547" />
      <source>%1: the publication date %3 is out of the accepted range; relative dates stay unresolved</source>
      <translation>%1: تاريخ النشر %3 خارج النطاق المقبول؛ تبقى التواريخ النسبية غير محسومة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="551" />
      <source>it is nested too deeply</source>
      <translation>بنيته متداخلة أكثر من اللازم</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="552" />
      <source>it is not valid TOML</source>
      <translation>ليس TOML صالحًا</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="553" />
      <source>it could not be parsed</source>
      <translation>تعذر تحليله</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="554" />
      <source>it has no [articles] table of entries</source>
      <translation>ليس فيه جدول [articles] للمدخلات</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="555" />
      <source>it could not be read</source>
      <translation>تعذرت قراءته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="556" />
      <source>it is not UTF-8</source>
      <translation>ليس بترميز UTF-8</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="558" />
      <source>The manifest %1 is ignored (%3): titles and dates come from the files themselves</source>
      <translation>أُهمل ملف البيانات الوصفية %1 (%3): العناوين والتواريخ تؤخذ من الملفات نفسها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="559" />
      <location filename="../../viewer/ui/problems.py" line="572" />
      <source>it cannot be used</source>
      <translation>لا يمكن استعماله</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="562" />
      <source>it points outside the corpus folder</source>
      <translation>يشير إلى خارج مجلد المدونة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="563" />
      <source>it names the same file as another entry</source>
      <translation>يسمي الملف نفسه الذي يسميه مدخل آخر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="564" />
      <source>it is not a table of title, source, published …</source>
      <translation>ليس جدولًا فيه العنوان والمصدر وتاريخ النشر …</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="565" />
      <source>one of its values cannot be used</source>
      <translation>إحدى قيمه لا يمكن استعمالها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="566" />
      <source>no .txt or .html file of the folder has this name</source>
      <translation>لا ملف ‎.txt‎ أو ‎.html‎ في المجلد بهذا الاسم</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="569" />
      <source>%1: the key “%3” is unknown (expected [articles]); ignored</source>
      <translation>%1: المفتاح «%3» غير معروف (المتوقع [articles])؛ أُهمل</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="571" />
      <source>%1: the entry “%3” is ignored (%4)</source>
      <translation>%1: أُهمل المدخل «%3» (%4)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="576" />
      <source>%1 was not used as the cache (it is not a cache of this application, or it is part of what was opened); working without a cache</source>
      <translation>لم يُستعمل %1 ذاكرةً مؤقتة (ليس ذاكرة مؤقتة لهذا التطبيق، أو هو جزء مما فُتح)؛ يستمر العمل بلا ذاكرة مؤقتة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="578" />
      <source>The cache %1 could not be used; working without a cache this time</source>
      <translation>تعذر استعمال الذاكرة المؤقتة %1؛ يستمر العمل هذه المرة بلا ذاكرة مؤقتة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="579" />
      <source>The cache %1 was damaged; it was kept as %3 and a new one built</source>
      <translation>كانت الذاكرة المؤقتة %1 تالفة؛ حُفظت باسم %3 وبُنيت واحدة جديدة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="584" />
      <source>Your edits file could not be read; it was kept as %3 and a new one started</source>
      <translation>تعذرت قراءة ملف تعديلاتك؛ حُفظ باسم %3 وبُدئ ملف جديد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="585" />
      <source>Edit number %3 in your edits file cannot be read; it was skipped</source>
      <translation>تتعذر قراءة التعديل رقم %3 في ملف تعديلاتك؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="586" />
      <source>A publication date saved in your edits file is not a date; it was skipped</source>
      <translation>تاريخ نشر محفوظ في ملف تعديلاتك ليس تاريخًا؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="592" />
      <source>a date you set</source>
      <translation>تاريخ حددته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="592" />
      <source>a title you set</source>
      <translation>عنوان حددته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="593" />
      <source>topics you set</source>
      <translation>موضوعات حددتها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="593" />
      <source>actors you set</source>
      <translation>جهات حددتها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="594" />
      <source>an event you hid or showed</source>
      <translation>حدث أخفيته أو أظهرته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="594" />
      <source>an event you deleted</source>
      <translation>حدث حذفته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="595" />
      <source>a merge you made</source>
      <translation>دمج أجريته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="595" />
      <source>a split you made</source>
      <translation>فصل أجريته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="596" />
      <source>a note of yours</source>
      <translation>ملاحظة كتبتها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="596" />
      <source>a star you set</source>
      <translation>نجمة وضعتها</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="597" />
      <source>an event you added</source>
      <translation>حدث أضفته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="599" />
      <source>%1: %3 no longer attaches to the text (the article changed); it is kept, not lost</source>
      <translation>%1: تعذر ربط %3 بالنص من جديد (تغيّر المقال)؛ والتعديل محفوظ لم يضع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="600" />
      <source>an edit of yours</source>
      <translation>تعديل أجريته</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="607" />
      <source>%1, line %2: the line is too long; skipped</source>
      <translation>%1، السطر %2: السطر طويل جدًا؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="608" />
      <source>%1, line %2: not UTF-8; skipped</source>
      <translation>%1، السطر %2: ليس بترميز UTF-8؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="609" />
      <source>%1, line %2: not valid JSON; skipped</source>
      <translation>%1، السطر %2: ليس JSON صالحًا؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="610" />
      <source>%1, line %2: not a JSON object; skipped</source>
      <translation>%1، السطر %2: ليس كائن JSON؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="611" />
      <source>%1, line %2: no text field (found: %3); skipped</source>
      <translation>%1، السطر %2: لا حقل للنص (الموجود: %3)؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="612" />
      <source>%1: the CSV file is empty</source>
      <translation>%1: ملف CSV فارغ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="613" />
      <source>%1: no text column (found: %3); nothing was read</source>
      <translation>%1: لا عمود للنص (الموجود: %3)؛ لم يُقرأ شيء</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="614" />
      <source>%1, line %2: %3 instead of %4; skipped</source>
      <translation>%1، السطر %2: %3 بدل %4؛ تُخطّي</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="615" />
      <source>%1: the feed is too large (%3 MB); not read</source>
      <translation>%1: الخلاصة كبيرة جدًا (%3 ميغابايت)؛ لم تُقرأ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="616" />
      <source>%1: the feed declares entities or external references; refused, not read</source>
      <translation>%1: تعلن الخلاصة كيانات أو مراجع خارجية؛ رُفضت ولم تُقرأ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="617" />
      <source>%1: not well-formed XML (line %2); not read</source>
      <translation>%1: ليس XML سليم البنية (السطر %2)؛ لم يُقرأ</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="618" />
      <source>%1 is not an RSS or Atom feed (its root element is &lt;%3&gt;); not read</source>
      <translation>%1 ليس خلاصة RSS أو Atom (عنصره الجذر &lt;%3&gt;)؛ لم يُقرأ</translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/problems.py" line="639" />
      <source>%n file(s)</source>
      <translation>
        <numerusform>لا ملفات</numerusform>
        <numerusform>ملف واحد</numerusform>
        <numerusform>ملفان</numerusform>
        <numerusform>%n ملفات</numerusform>
        <numerusform>%n ملفًا</numerusform>
        <numerusform>%n ملف</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/problems.py" line="640" />
      <source>%n field(s)</source>
      <translation>
        <numerusform>لا حقول</numerusform>
        <numerusform>حقل واحد</numerusform>
        <numerusform>حقلان</numerusform>
        <numerusform>%n حقول</numerusform>
        <numerusform>%n حقلًا</numerusform>
        <numerusform>%n حقل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/problems.py" line="641" />
      <source>%n article(s)</source>
      <translation>
        <numerusform>لا مقالات</numerusform>
        <numerusform>مقال واحد</numerusform>
        <numerusform>مقالان</numerusform>
        <numerusform>%n مقالات</numerusform>
        <numerusform>%n مقالًا</numerusform>
        <numerusform>%n مقال</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/problems.py" line="642" />
      <source>%n date mention(s)</source>
      <translation>
        <numerusform>لا إشارات تاريخ</numerusform>
        <numerusform>إشارة تاريخ واحدة</numerusform>
        <numerusform>إشارتا تاريخ</numerusform>
        <numerusform>%n إشارات تاريخ</numerusform>
        <numerusform>%n إشارة تاريخ</numerusform>
        <numerusform>%n إشارة تاريخ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/problems.py" line="643" />
      <source>%n direction control character(s)</source>
      <translation>
        <numerusform>لا محارف تحكم في الاتجاه</numerusform>
        <numerusform>محرف تحكم واحد في الاتجاه</numerusform>
        <numerusform>محرفا تحكم في الاتجاه</numerusform>
        <numerusform>%n محارف تحكم في الاتجاه</numerusform>
        <numerusform>%n محرفًا للتحكم في الاتجاه</numerusform>
        <numerusform>%n محرف تحكم في الاتجاه</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="707" />
      <source>Open article</source>
      <translation>فتح المقال</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="708" />
      <source>Set publication date…</source>
      <translation>تحديد تاريخ النشر…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="717" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="717" />
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/problems.py" line="717" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
  </context>
  <context>
    <name>PubDateDialog</name>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="25" />
      <source>Publication date</source>
      <translation>تاريخ النشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="35" />
      <source>Current date: %1 (%2)</source>
      <translation>التاريخ الحالي: %1 (%2)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="41" />
      <source>Unknown; not before %1 (%2). Relative dates stay unresolved until you set it.</source>
      <translation>غير معروف؛ ليس قبل %1 (%2). تبقى التواريخ النسبية غير محددة حتى تحدده.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="46" />
      <source>Unknown. Relative dates stay unresolved until you set it.</source>
      <translation>غير معروف. تبقى التواريخ النسبية غير محددة حتى تحدده.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/pubdate.py" line="61" />
      <source>Forget my date</source>
      <translation>إلغاء تاريخي</translation>
    </message>
  </context>
  <context>
    <name>SettingsMixin</name>
    <message>
      <location filename="../../viewer/ui/window/settings.py" line="50" />
      <source>Some saved settings were invalid and ignored</source>
      <translation>بعض الإعدادات المحفوظة غير صالحة، فتُجوهلت</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/window/settings.py" line="73" />
      <source>Publication date of “%1”</source>
      <translation>تاريخ نشر «%1»</translation>
    </message>
  </context>
  <context>
    <name>SourcesPanel</name>
    <message>
      <location filename="../../viewer/ui/sources.py" line="546" />
      <source>Sources (%1): %2</source>
      <translation>المصادر (%1): %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="552" />
      <source>Article: %1</source>
      <translation>المقال: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="555" />
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="559" />
      <source>No articles yet.

Open a folder of saved pages, text files or feeds (File → Open folder…, Ctrl+O) or drop files on the window.</source>
      <translation>لا توجد مقالات بعد.

افتح مجلدًا من الصفحات المحفوظة أو الملفات النصية أو الخلاصات (ملف ← فتح مجلد…، Ctrl+O) أو أفلت الملفات على النافذة.</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/sources.py" line="566" />
      <source>Select an event to read its sources here, side by side.

Click a marker on the timeline or a row in the table. The supporting passage is highlighted, its date in a stronger colour.

Keyboard: ← → move between events, Enter focuses the sources, Esc clears.</source>
      <translation>اختر حدثًا لتقرأ مصادره هنا جنبًا إلى جنب.

انقر علامة على الخط الزمني أو صفًا في الجدول. يُظلَّل المقطع الذي يستند إليه الحدث، وتاريخه بلون أقوى.

لوحة المفاتيح: ← → للتنقل بين الأحداث، Enter لقراءة المصادر، Esc لإلغاء الاختيار.</translation>
    </message>
  </context>
  <context>
    <name>SplitDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="230" />
      <source>Split the event</source>
      <translation>فصل الحدث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="241" />
      <source>The ticked sources become a new event:</source>
      <translation>تصبح المصادر المحددة حدثًا جديدًا:</translation>
    </message>
  </context>
  <context>
    <name>TopicDialog</name>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="40" />
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="44" />
      <source>New topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="57" />
      <source>Arabic label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="58" />
      <source>English label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="59" />
      <source>Colour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="60" />
      <source>Keywords (one a line)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="61" />
      <source>Events</source>
      <translation>الأحداث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/topic_dialog.py" line="62" />
      <source>Suggested</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../viewer/ui/topic_dialog.py" line="83" />
      <source>%n event(s)</source>
      <translation>
        <numerusform>لا أحداث</numerusform>
        <numerusform>حدث واحد</numerusform>
        <numerusform>حدثان</numerusform>
        <numerusform>%n أحداث</numerusform>
        <numerusform>%n حدثًا</numerusform>
        <numerusform>%n حدث</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TopicsDialog</name>
    <message>
      <location filename="../../viewer/ui/edits/dialogs.py" line="163" />
      <source>Topics of the event</source>
      <translation>مواضيع الحدث</translation>
    </message>
  </context>
  <context>
    <name>_WindowHooks</name>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="88" />
      <source>Save project…</source>
      <translation>حفظ المشروع…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="89" />
      <source>Open project…</source>
      <translation>فتح مشروع…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="90" />
      <source>Publish as TimelineJS…</source>
      <translation>نشر بصيغة TimelineJS…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="91" />
      <source>Publish as an offline page…</source>
      <translation>نشر صفحة تعمل دون اتصال…</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="92" />
      <source>Publish which events</source>
      <translation>الأحداث المنشورة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="93" />
      <source>The events shown (filters applied)</source>
      <translation>الأحداث المعروضة (بعد التصفية)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="94" />
      <source>Starred events</source>
      <translation>الأحداث المميزة بنجمة</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="95" />
      <source>The selected event</source>
      <translation>الحدث المحدد</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="96" />
      <source>Show:</source>
      <translation>عرض:</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="97" />
      <source>All events</source>
      <translation>كل الأحداث</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="97" />
      <source>Only edited</source>
      <translation>المعدّلة فقط</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="98" />
      <source>Only starred</source>
      <translation>المميزة بنجمة فقط</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="98" />
      <source>Only hidden</source>
      <translation>المخفية فقط</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="165" />
      <source>Timeline: %1</source>
      <translation>الخط الزمني: %1</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="174" />
      <source>TimelineJS JSON (*.json)</source>
      <translation>TimelineJS JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="174" />
      <source>Web page (*.html)</source>
      <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="175" />
      <location filename="../../viewer/ui/edits/window.py" line="182" />
      <source>Publish</source>
      <translation>نشر</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="182" />
      <source>Cannot write %1: %2</source>
      <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="185" />
      <source>%1 events published to %2</source>
      <translation>نُشر %1 حدثًا في %2</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="202" />
      <location filename="../../viewer/ui/edits/window.py" line="211" />
      <source>Save project</source>
      <translation>حفظ المشروع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="202" />
      <location filename="../../viewer/ui/edits/window.py" line="220" />
      <source>Timeline project (*.antproj)</source>
      <translation>مشروع خط زمني (*.antproj)</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="220" />
      <location filename="../../viewer/ui/edits/window.py" line="226" />
      <location filename="../../viewer/ui/edits/window.py" line="229" />
      <source>Open project</source>
      <translation>فتح مشروع</translation>
    </message>
    <message>
      <location filename="../../viewer/ui/edits/window.py" line="230" />
      <source>None of the project's folders was found: %1</source>
      <translation>لم يُعثر على أي من مجلدات المشروع: %1</translation>
    </message>
  </context>
</TS>