"""Issue 12 item 6: exported images stand alone (title, dates, filters, legend) and SVG
text is outlines that sit where the PNG has them, whatever fonts the reader has."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from test_ui_fixtures import settings_tmp  # noqa: F401
from test_ui_seeds import _make

from viewer.ui.dates import format_day

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def win(qtbot, settings_tmp):  # noqa: F811
    w = _make(qtbot)
    yield w
    w.close()


def _ink(img: QImage, y0: int = 0, y1: int | None = None) -> set[tuple[int, int]]:
    """Dark pixels (text, marker outlines) of an image, as a set of points."""
    img = img.convertToFormat(QImage.Format_ARGB32)
    y1 = img.height() if y1 is None else y1
    return {
        (x, y) for y in range(y0, y1) for x in range(img.width()) if img.pixelColor(x, y).lightness() < 110
    }


def _near(a: set, b: set, d: int = 2) -> float:
    """Share of the points of ``a`` with a point of ``b`` within ``d`` px."""
    if not a:
        return 0.0
    hits = sum(1 for (x, y) in a if any((x + i, y + j) in b for i in range(-d, d + 1) for j in range(-d, d + 1)))
    return hits / len(a)


def _legend_expected(win) -> Counter:
    """Visible events per topic label (an event's colour is its first topic)."""
    labels = win.topic_labels()
    return Counter(labels.get(e.topics[0], e.topics[0]) for e in win.visible_events() if e.topics)


def test_svg_has_no_font_dependent_text_and_describes_itself(win, tmp_path):
    win.filters.set_topic_checked("dialogue", False)
    win.apply_filter()
    out = tmp_path / "t.svg"
    win.export_svg(out)
    root = ET.parse(out).getroot()
    # every glyph is an outline: nothing is left to the reader's fonts
    assert not list(root.iter(SVG + "text")) and not list(root.iter(SVG + "tspan"))
    assert len(list(root.iter(SVG + "path"))) > 20
    title = root.findtext(SVG + "title")
    desc = root.findtext(SVG + "desc")
    assert title == "الخط الزمني: seeds"
    lines = desc.split("\n")
    lo, hi = win.timeline.visible_extent()
    assert lines[0] == f"التواريخ المعروضة: من {format_day(lo, 'ar')} إلى {format_day(hi, 'ar')}"
    dated = [e for e in win.visible_events() if e.earliest and "date-unresolved" not in e.flags]
    assert lo == min(e.earliest for e in dated)
    assert hi == max(e.latest or e.earliest for e in dated)  # the last day itself, not the day after
    # the active filter, as the filters bar words it, and the counts
    topics_filter = dict(win.filters.active_filters())["topics"]
    assert lines[1].startswith("عوامل التصفية: " + topics_filter)
    assert f"({len(win.visible_events())} من {len(win.result.events)} من الأحداث)" in lines[1]
    # one legend line per topic shown, with its count of visible events
    legend = dict(line.rsplit(": ", 1) for line in lines[2:])
    assert {k: int(v) for k, v in legend.items()} == dict(_legend_expected(win))
    assert win.topic_labels()["dialogue"] not in legend


def test_svg_text_sits_where_the_png_has_it(win, tmp_path):
    """The SVG, rendered by Qt's SVG renderer (no font involved), puts its ink where the
    PNG has it: labels on their markers, header lines in the header (30–50 px drift before)."""
    png, svg = tmp_path / "t.png", tmp_path / "t.svg"
    win.export_png(png)
    win.export_svg(svg)
    a = QImage(str(png))
    r = QSvgRenderer(str(svg))
    assert r.isValid() and r.viewBox().size() == a.size()
    b = QImage(a.size(), QImage.Format_ARGB32)
    b.fill(QColor("white"))
    p = QPainter(b)
    r.render(p)
    p.end()
    ink_png, ink_svg = _ink(a), _ink(b)
    assert len(ink_png) > 2000
    assert _near(ink_png, ink_svg) > 0.97 and _near(ink_svg, ink_png) > 0.97
    # and the event labels are drawn at all (not only the header): ink below the header
    hh = win.timeline._header_height(a.width(), win.export_header())
    assert len({pt for pt in ink_svg if pt[1] > hh + 20}) > 500


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_png_has_a_title_band_on_the_leading_side(qtbot, settings_tmp, tmp_path, lang):  # noqa: F811
    w = _make(qtbot, lang=lang)
    try:
        out = tmp_path / "t.png"
        w.export_png(out)
        img = QImage(str(out))
        header = w.export_header()
        hh = w.timeline._header_height(img.width(), header)
        frame_h = img.height() - hh
        assert hh > 60 and frame_h >= 420
        bg = w.timeline.palette().base().color()
        band = img.pixelColor(img.width() // 2, 3)
        assert band != bg  # the band is set off from the frame
        # title ink in the first rows, on the leading side (right in Arabic, left in English)
        ink = _ink(img, 0, 40)
        assert len(ink) > 100
        xs = sorted(x for x, _y in ink)
        mid = xs[len(xs) // 2]
        assert (mid > img.width() * 0.7) if lang == "ar" else (mid < img.width() * 0.3)
        assert header.title == ("الخط الزمني: seeds" if lang == "ar" else "Timeline of seeds")
        assert header.lines[1].startswith("عوامل التصفية: لا شيء" if lang == "ar" else "Filters: none")
    finally:
        w.close()


def test_a_failed_image_export_keeps_the_previous_file(win, tmp_path, monkeypatch):
    out = tmp_path / "t.svg"
    win.export_svg(out)
    good = out.read_bytes()
    monkeypatch.setattr(win.timeline, "export_svg", lambda path, **kw: False)
    with pytest.raises(OSError):
        win.export_svg(out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.svg"]  # no temporary file left


RENDER_WITHOUT_FONTS = """
import sys
from PySide6.QtGui import QColor, QFontDatabase, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
app = QApplication([])
# this process registers none of the bundled fonts, and the machine has no Arabic font
assert not any("Arabic" in f for f in QFontDatabase.families()), QFontDatabase.families()
r = QSvgRenderer(sys.argv[1])
img = QImage(r.viewBox().size(), QImage.Format_ARGB32)
img.fill(QColor("white"))
p = QPainter(img)
r.render(p)
p.end()
img.save(sys.argv[2])
"""


def test_svg_renders_the_same_where_no_arabic_font_is_installed(win, tmp_path):
    import os
    import subprocess
    import sys

    png, svg, out = tmp_path / "t.png", tmp_path / "t.svg", tmp_path / "rendered.png"
    win.export_png(png)
    win.export_svg(svg)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-c", RENDER_WITHOUT_FONTS, str(svg), str(out)], env=env, check=True,
                   timeout=120)
    a, b = _ink(QImage(str(png))), _ink(QImage(str(out)))
    assert len(a) > 2000
    assert _near(a, b) > 0.97 and _near(b, a) > 0.97
