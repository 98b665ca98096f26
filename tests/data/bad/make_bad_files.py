"""Regenerate the committed bad-input files (``python tests/data/bad/make_bad_files.py``).

The bytes are committed; this script only documents how they were made.  Large
inputs (20 MB article, 1 MB line), symlink loops, unreadable and vanishing
files are made at test time in ``tmp_path`` instead.
"""

from __future__ import annotations

import random
from pathlib import Path

HERE = Path(__file__).resolve().parent

AR = "الكويت انضمت إلى مبادرة إسطنبول للتعاون عام 2004.\nوافتتح المركز الإقليمي في كانون الثاني 2017.\n"


def w(rel: str, data: bytes | str) -> None:
    p = HERE / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def main() -> None:
    # -- encodings ------------------------------------------------------------
    w("encodings/utf8.txt", AR)
    w("encodings/utf8_bom.txt", b"\xef\xbb\xbf" + AR.encode("utf-8"))
    w("encodings/utf8_crlf.txt", AR.replace("\n", "\r\n"))
    w("encodings/utf16le_bom.txt", AR.encode("utf-16"))  # CPython writes the native (LE) BOM
    w("encodings/utf16be_bom.txt", b"\xfe\xff" + AR.encode("utf-16-be"))
    w("encodings/utf16le_nobom.txt", AR.encode("utf-16-le"))
    w("encodings/utf16be_nobom.txt", AR.encode("utf-16-be"))
    w("encodings/cp1256.txt", AR.encode("cp1256"))
    # Valid Arabic UTF-8 with a stray 0xFF and a cut-off two-byte sequence.
    w(
        "encodings/invalid_utf8.txt",
        AR[:10].encode("utf-8") + b"\xff" + AR[10:20].encode("utf-8") + b"\xd8" + AR[20:].encode("utf-8"),
    )
    # Latin-1 French: neither UTF-8 nor plausible Windows-1256.
    w(
        "encodings/latin1.txt",
        "Le café est très bon. Élève à l'école, ça va ? Où ? Déjà vu.\n".encode("latin-1"),
    )
    w("encodings/empty.txt", b"")
    w("encodings/blank.txt", " \n\t\r\n  \u200b\u200f \n")
    w("encodings/bom_only.txt", b"\xef\xbb\xbf")
    rnd = random.Random(1256)
    w("encodings/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rnd.randbytes(600))
    w("encodings/controls.txt", bytes(range(1, 9)) * 20 + b"abc\x0e\x0f\x10\x11\x12" * 20)

    # -- text with invisible and directional characters ----------------------
    w(
        "text/bidi_controls.txt",
        "تاريخ الاجتماع: \u202e2024-12-08\u202c ثم \u20662017\u2069 و\u2067نص\u2069 و\u2068x\u2069\n"
        "السطر الثاني \u200f2004\n",
    )
    w(
        "text/zero_width_tatweel.txt",
        "يومي 8 و9 ديـــسمبر 2024\n"
        "في عـام 2\u200b0\u200c1\u200d7 وفي كانون\u2060 الثاني ٢\u200b٠١٧\n"
        "\u200b\u200c\n",
    )
    # First line is blank/invisible; the title comes from the second line.
    w("text/leading_blank.txt", "\n  \u200b \n\n   عنوان في السطر الرابع   \nنص.\n")
    w("text/UPPER.TXT", "ملف بامتداد كبير\n")
    w("text/notes.md", "not an article\n")

    # -- HTML -------------------------------------------------------------------
    w(
        "html/script_style.html",
        """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>الكويت &amp; الناتو:
  شراكة منذ 2004</title>
<style>body { color: red; } .x::after { content: "STYLE-LEAK"; }</style>
<script>document.write("SCRIPT-LEAK"); var s = "</div><p>SCRIPT-LEAK2</p>";</script>
<link rel="stylesheet" href="http://example.invalid/x.css">
HEAD-TEXT-LEAK
</head>
<body onload="alert('ONLOAD-LEAK')">
<h1 onclick="steal('ONCLICK-LEAK')">انضمت الكويت إلى مبادرة إسطنبول للتعاون</h1>
<p>في   عام 2004 &mdash; وافتتح المركز<br>في كانون الثاني 2017.</p>
<img src="http://example.invalid/track.png" alt="ALT-LEAK" onerror="x()">
<noscript>NOSCRIPT-LEAK</noscript>
<template><p>TEMPLATE-LEAK</p></template>
<iframe src="http://example.invalid/">IFRAME-LEAK</iframe>
<ul><li>الأمن السيبراني</li><li>مكافحة الإرهاب</li></ul>
<!-- COMMENT-LEAK -->
<script type="text/javascript">
  // <p>SCRIPT3-LEAK</p>
</script>
<table><tr><td>خلية 1</td><td>خلية 2</td></tr></table>
<p>النص &lt;b&gt; ليس وسماً &#1575;&#x644;كويت</p>
<a href="javascript:alert(1)" onmouseover="y()">رابط</a>
</body></html>
""",
    )
    w(
        "html/bidi_zero_width.html",
        "<html><body><p>اجتماع \u202e2024-12-08\u202c في \u20662017\u2069</p>"
        "<p>يومي 8 و9 ديـــسمبر 2\u200b024</p></body></html>",
    )
    w(
        "html/unclosed.html",
        "<html><body><div><div><p>أول<p>ثاني<span>ثالث<b>رابع</b>\n<div>خامس <a href='x",
    )
    w("html/no_title.html", "<p>  </p><p>أول سطر ظاهر</p><p>ثاني</p>")
    w(
        "html/script_only.html",
        "<html><head><title>عنوان فقط</title><script>var a = 1;</script></head></html>",
    )
    w(
        "html/cp1256_meta.html",
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        "</head><body><p>الكويت عام 2004</p></body></html>".encode("cp1256"),
    )

    # -- manifests ----------------------------------------------------------------
    w("manifest_syntax/manifest.toml", '[articles."a.txt"\ntitle = "عنوان"\n')
    w("manifest_syntax/a.txt", "السطر الأول أ\nنص.\n")
    w("manifest_syntax/b.txt", "السطر الأول ب\nنص.\n")

    w(
        "manifest_types/manifest.toml",
        """[articles."a.txt"]
title = 42
source = "مصدر أ"
published = "yesterday"
url = ["http://example.invalid/"]
colour = "red"

[articles."b.txt"]
title = "عنوان ب"
published = 2024-04-05
url = "https://example.invalid/b"

[articles."c.txt"]
published = "2024-12-08"
source = ""

[articles."d.txt"]
published = 2024-03-01T10:30:00

[articles."e.txt"]
published = "2024-02-30"
title = "   "

[articles]
"f.txt" = "not a table"
""",
    )
    for name in "abcdef":
        w(f"manifest_types/{name}.txt", f"السطر الأول {name}\nنص.\n")

    w(
        "manifest_paths/manifest.toml",
        """[articles."../outside.txt"]
title = "خارج"

[articles."/etc/passwd"]
title = "مطلق"

[articles.'C:\\evil.txt']
title = "ويندوز"

[articles."missing.txt"]
title = "مفقود"

[articles."notes.md"]
title = "ليس مقالا"

[articles."./a.txt"]
title = "عنوان أ"

[articles."a.txt"]
title = "مكرر"

[articles."sub/c.txt"]
title = "عنوان ج"
source = "مصدر ج"
""",
    )
    w("manifest_paths/a.txt", "السطر الأول أ\n")
    w("manifest_paths/sub/c.txt", "السطر الأول ج\n")
    w("manifest_paths/notes.md", "ملاحظات\n")

    w("manifest_top/manifest.toml", 'version = 1\narticles = "oops"\n')
    w("manifest_top/a.txt", "السطر الأول\n")

    w("manifest_notutf8/manifest.toml", '[articles."a.txt"]\ntitle = "عنوان"\n'.encode("cp1256"))
    w("manifest_notutf8/a.txt", "السطر الأول\n")

    w(
        "manifest_nested/manifest.toml",
        '[articles."sub/x.txt"]\ntitle = "من الخارج"\nsource = "خارجي"\n\n'
        '[articles."sub/y.txt"]\ntitle = "ي من الخارج"\n',
    )
    w("manifest_nested/sub/manifest.toml", '[articles."x.txt"]\ntitle = "من الداخل"\n')

    # -- three files that would all get the id "report" ----------------------------------
    w("duplicate_ids/report.txt", "تقرير نصي: انضمت الكويت إلى مبادرة إسطنبول للتعاون عام 2004.\n")
    w(
        "duplicate_ids/report.html",
        "<html><head><title>تقرير HTML</title></head><body><p>افتتح المركز الإقليمي في كانون الثاني 2017.</p>"
        "</body></html>\n",
    )
    w("duplicate_ids/sub/report.txt", "تقرير في مجلد فرعي: الاجتماع يومي 8 و9 ديسمبر 2024.\n")
    w("manifest_nested/sub/x.txt", "سطر س\n")
    w("manifest_nested/sub/y.txt", "سطر ي\n")

    # -- listing ------------------------------------------------------------------
    w("listing/b.txt", "ب\n")
    w("listing/a.htm", "<p>أ</p>")
    w("listing/sub/c.html", "<p>ج</p>")
    w("listing/.hidden/h.txt", "مخفي\n")
    w("listing/.dot.txt", "مخفي\n")
    w("listing/sub/.git/x.txt", "مخفي\n")
    w("listing/skip.md", "ليس مقالا\n")


if __name__ == "__main__":
    main()
