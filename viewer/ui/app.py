"""``python -m viewer gui [--corpus DIR] [--lang ar|en] [--cache PATH] [--jobs N] [--bench-first-paint]``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()

ORG = "ArabicNewsTimeline"
APP = "viewer"


def process_age_ms() -> float:
    """Milliseconds since the process started (``/proc/self/stat``), else since this module loaded."""
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 overall: starttime in clock ticks after boot
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, (uptime - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _T0) * 1000.0


def parse_args(argv: list[str], prog: str = "python -m viewer gui") -> argparse.Namespace:
    p = argparse.ArgumentParser(prog=prog, description="Arabic news timeline: the desktop window")
    p.add_argument(
        "--corpus", action="append", help="folder (or file) of articles; default: the bundled seeds/"
    )
    p.add_argument(
        "--lang", choices=("ar", "en"), default=None, help="UI language (default: last used, else ar)"
    )
    p.add_argument("--cache", default=None, help="extraction cache (SQLite) path; ':memory:' keeps none")
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help="extraction processes for big folders (default: one per core, at most 4)",
    )
    p.add_argument(
        "--bench-first-paint",
        action="store_true",
        help="print FIRST_PAINT_MS=… after the first paint and exit",
    )
    p.add_argument("--no-restore", action="store_true", help="ignore saved window state and filters")
    # Qt's own options (-reverse, -style NAME, -platform NAME, -qwindowgeometry …) are not
    # ours: they are handed to QApplication untouched (see ``qt_args``).
    args, rest = p.parse_known_args(argv)
    unknown_long = [a for a in rest if a.startswith("--")]
    if unknown_long:
        p.error("unrecognized arguments: " + " ".join(unknown_long))
    args.qt_args = rest
    return args


def _avoid_special_settings_files() -> None:
    """A settings file that is a FIFO (or device) would block QSettings' constructor: this
    session's settings then live in a temporary folder, and the user is told."""
    import tempfile

    from PySide6.QtCore import QSettings, QStandardPaths

    from viewer.settingscheck import special_settings_files

    user = QStandardPaths.writableLocation(QStandardPaths.GenericConfigLocation)
    system = QStandardPaths.standardLocations(QStandardPaths.GenericConfigLocation)
    bad = special_settings_files(dict.fromkeys([user, *system, "/etc/xdg"]), ORG, APP)
    if bad:
        tmp = tempfile.mkdtemp(prefix="antl-settings-")
        for scope in (QSettings.UserScope, QSettings.SystemScope):
            QSettings.setPath(QSettings.NativeFormat, scope, tmp)
        print(f"settings: {', '.join(map(str, bad))} is not a regular file; settings are not read "
              "or saved this session", file=sys.stderr)


def _jobs(value: str) -> int:
    from viewer.cli.extract import _jobs as bounded

    return bounded(value)


def make_app(argv: list[str] | None = None, lang: str | None = None):
    """Create (or reuse) the QApplication with fonts, names and the translator installed."""
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from viewer.ui.resources import Translations, register_fonts, ui_font

    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    _avoid_special_settings_files()
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    register_fonts()
    app.setFont(ui_font())
    if lang is None:
        lang = str(QSettings().value("view/lang", "ar"))
    tr = Translations.instance()
    tr.set_language(lang)
    reverse = "-reverse" in (argv or []) or "-reverse" in sys.argv
    rtl = (tr.lang == "ar") != reverse  # Qt's -reverse mirrors whatever the language asks for
    app.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    return app, tr



def main(argv: list[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    from PySide6.QtCore import QEvent, QObject, QTimer

    from viewer.ui.mainwindow import MainWindow

    app, tr = make_app(args.qt_args, args.lang)
    corpus = [Path(c) for c in args.corpus] if args.corpus else None
    win = MainWindow(tr, corpus=corpus, cache=args.cache, restore=not args.no_restore, jobs=args.jobs)

    if args.bench_first_paint:

        class _FirstPaint(QObject):
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Paint:
                    print(f"FIRST_PAINT_MS={process_age_ms():.1f}", flush=True)
                    obj.removeEventFilter(self)
                    QTimer.singleShot(0, app.quit)
                return False

        watcher = _FirstPaint(win)
        win.installEventFilter(watcher)
        win.show()
        QTimer.singleShot(0, win.load)
        rc = app.exec()
        win.loader.close()
        return rc

    win.show()
    QTimer.singleShot(0, win.load)
    rc = app.exec()
    # Quitting (Ctrl+Q, the session ending) need not close the window first: a
    # load still running would have its QThread destroyed under it and abort.
    win.loader.close()
    return int(rc)
