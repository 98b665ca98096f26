"""The offline page in a real headless browser (Debian's Chromium), when one is installed.

Skipped cleanly without Chromium (CI installs nothing by hand; ``test_publish``
checks the same page without a browser).  What is checked:

* no request made by the page: Chromium writes a network log
  (``--log-net-log``); every URL request the *page* starts has its origin as
  initiator (``null`` for a file), while the browser's own background requests
  (component updates, accounts) have none ("not an origin") and are not the
  page's doing.  A control page with an image and a stylesheet on the network
  proves the check sees page requests.  All traffic goes to a dead proxy, so
  nothing could leave the machine anyway;
* every exported event is in the DOM the browser built (``--dump-dom``);
* the screenshot is laid out right to left (ink on the right of the header).
  Arabic shaping is checked by eye on that screenshot (see docs).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from viewer.loading import ingest
from viewer.publish.page import page_html
from viewer.publish.select import select
from viewer.userstore import Edit, apply_edits, event_ref

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")

DATA = Path(__file__).resolve().parent / "data" / "analyst"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
         "--proxy-server=127.0.0.1:9", "--hide-scrollbars"]


def run_chromium(page: Path, tmp: Path, *extra: str) -> tuple[str, list[dict]]:
    log = tmp / f"{page.stem}.netlog.json"
    proc = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp / 'profile'}", f"--log-net-log={log}",
                           *extra, page.as_uri()], capture_output=True, timeout=120, text=True)
    raw = log.read_text(encoding="utf-8")
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError:  # a log cut off at exit lacks its closing brackets
        doc = json.loads(raw.rstrip().rstrip(",") + "]}")
    names = {v: k for k, v in doc["constants"]["logEventTypes"].items()}
    starts = [ev["params"] for ev in doc["events"]
              if names.get(ev["type"]) == "URL_REQUEST_START_JOB" and "url" in ev.get("params", {})]
    return proc.stdout, starts


def page_requests(starts: list[dict]) -> list[str]:
    return [p["url"] for p in starts if p.get("initiator") != "not an origin"
            and not p["url"].startswith(("file:", "data:"))]


class _Events(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li" and a.get("class") == "event":
            self.ids.append(a.get("id") or "")


def test_offline_page_in_headless_chromium(tmp_path: Path) -> None:
    res = ingest([SEEDS, DATA])
    arts = {a.id: a for a in res.articles}
    first = next(e for e in res.events if e.earliest)
    out = apply_edits(res, [Edit("star", (event_ref(first, arts),), {"starred": True}),
                            Edit("note", (event_ref(first, arts),), {"text": "ملاحظة: راجع المصدر الثاني"})])
    pub = select(out, title="الخط الزمني: الكويت والناتو والطاقة")
    page = tmp_path / "timeline.html"
    page.write_text(page_html(pub), encoding="utf-8")

    dom, starts = run_chromium(page, tmp_path, "--dump-dom")
    assert page_requests(starts) == []
    parsed = _Events()
    parsed.feed(dom)
    assert parsed.ids == [e.id for e in pub.events] and len(parsed.ids) == len(pub.events) > 20

    shot = tmp_path / "timeline.png"
    _, starts = run_chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1000,1400")
    assert page_requests(starts) == []
    from PySide6.QtGui import QImage

    img = QImage(str(shot))
    assert not img.isNull() and img.width() == 1000

    def ink(x0: int, x1: int) -> int:
        return sum(1 for y in range(0, 120, 2) for x in range(x0, x1, 2) if img.pixelColor(x, y).value() < 110)

    # the header (title, count) sits at the right edge: right to left
    assert ink(700, 1000) > 20 and ink(0, 300) == 0


def test_the_request_check_sees_a_page_that_fetches(tmp_path: Path) -> None:
    """Control: a page with network resources is caught (so an empty list above means something)."""
    bad = tmp_path / "bad.html"
    bad.write_text('<html><body><img src="http://example.org/x.png">'
                   '<link rel="stylesheet" href="https://example.net/a.css"></body></html>', encoding="utf-8")
    _, starts = run_chromium(bad, tmp_path, "--dump-dom")
    assert sorted(page_requests(starts)) == ["http://example.org/x.png", "https://example.net/a.css"]
