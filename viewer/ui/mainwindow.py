"""The main window: timeline on top; filters, event table and sources below.

Data flow inside the window is one direction, as in the pipeline:
``CorpusLoader`` (its worker also builds the ``EventIndex`` and the view
arrays, see :func:`viewer.display.snapshot.make_snapshot`) →
:meth:`MainWindow.on_loaded` swaps them in → every filter change runs one
``EventIndex.query`` → the timeline (``set_visible``), the table
(``set_rows``) and the filter counts update together.  Selection is shared:
the timeline, the table and the problems list all end in
:meth:`MainWindow.select_event`.

The window is split by responsibility: :mod:`viewer.ui.window.layout` builds
and places the widgets, :mod:`~viewer.ui.window.actions` the menus and
toolbar, :mod:`~viewer.ui.window.loading` opening and progress,
:mod:`~viewer.ui.window.export` the exports, :mod:`~viewer.ui.window.settings`
what is remembered.  What every view shows alike (language, digits,
selection) lives in a plain :class:`~viewer.display.viewstate.ViewState` the
views subscribe to.  This module is the controller that ties them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from viewer.display.bidi import isolate
from viewer.display.search import query_tokens
from viewer.display.snapshot import make_snapshot
from viewer.display.viewstate import ViewState
from viewer.events.query import EventIndex
from viewer.model import Article, CorpusResult, Event
from viewer.ui.dates import digits, format_event_date
from viewer.ui.edits.window import install as install_edits
from viewer.ui.edits.window import view_filter
from viewer.ui.loader import CorpusLoader
from viewer.ui.models import EVENT_ID_ROLE, EventTableModel
from viewer.ui.resources import SEEDS, TopicInfo, Translations, load_topics
from viewer.ui.window.actions import ActionsMixin
from viewer.ui.window.export import ExportMixin
from viewer.ui.window.layout import (
    PREFERRED,
    apply_default_sizes,
    build_widgets,
    fit_on_screen,
    initial_geometry,
)
from viewer.ui.window.loading import LoadingMixin
from viewer.ui.window.settings import SettingsMixin


class MainWindow(ActionsMixin, LoadingMixin, ExportMixin, SettingsMixin, QMainWindow):
    loaded = Signal()

    def __init__(
        self,
        translations: Translations | None = None,
        corpus: list[str | Path] | None = None,
        cache: str | None = None,
        restore: bool = True,
        jobs: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.translations = translations or Translations.instance()
        #: language, digits and selection, shared by every view (see ``_subscribe_views``)
        self.state = ViewState(lang=self.translations.lang)
        self.topics: list[TopicInfo] = load_topics()
        self.result: CorpusResult | None = None
        self.index: EventIndex | None = None
        self.articles: dict[str, Article] = {}
        self.events_by_id: dict[str, Event] = {}
        self._syncing = False
        self._first_load = True
        self._partial_fitted = False
        self._restored_filters: dict | None = None
        self._sized = False
        self.corpus_paths: list[Path] = [Path(p) for p in (corpus or [SEEDS])]

        self.loader = CorpusLoader(self, cache=cache, jobs=jobs)
        self.setAcceptDrops(True)
        build_widgets(self)
        self._connect()
        self._build_actions()
        install_edits(self)  # the analyst's layer: Edit menu, undo, projects, publishing
        self._subscribe_views()
        self.retranslateUi()
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(initial_geometry(screen.availableGeometry()))
        else:
            self.resize(PREFERRED)
        if restore:
            self.restore_settings()
            fit_on_screen(self)
        self._apply_language_to_views()

    # --- view state --------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.state.lang

    @lang.setter
    def lang(self, value: str) -> None:
        self.state.update(lang=value)

    @property
    def eastern(self) -> bool:
        return self.state.eastern

    @eastern.setter
    def eastern(self, value: bool) -> None:
        self.state.update(eastern=bool(value))

    @property
    def selected(self) -> str | None:
        return self.state.selected

    @selected.setter
    def selected(self, value: str | None) -> None:
        self.state.update(selected=value)

    def _connect(self) -> None:
        """Signals of the widgets built by :func:`build_widgets` to the window's slots."""
        self.loader.finished.connect(self._handover_final)  # in steps: viewer.ui.window.loading
        self.loader.partial.connect(self._handover_partial)
        self.loader.failed.connect(self._on_failed)
        self.loader.progress.connect(self._on_progress)
        self.loader.reading.connect(self._on_reading)
        self.timeline.tooltip_provider = self.describe_event
        self.timeline.eventSelected.connect(lambda eid: self.select_event(eid, origin="timeline"))
        self.timeline.eventActivated.connect(self._activate_event)
        self.timeline.selectionCleared.connect(lambda: self.select_event(None, origin="timeline"))
        self.timeline.topicClicked.connect(self.filters.only_topic)
        self.filters.changed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current)
        self.table.activated.connect(lambda idx: self._activate_event(idx.data(EVENT_ID_ROLE)))
        self.sources.pubdateRequested.connect(self.request_pubdate)
        self.problems.eventRequested.connect(
            lambda eid: self.select_event(eid, origin="problems", reveal=True)
        )
        self.problems.articleRequested.connect(self.open_article)
        self.problems.pubdateRequested.connect(self.request_pubdate)
        self.articles_panel.articleRequested.connect(self.open_article)
        self.articles_panel.pubdateRequested.connect(self.request_pubdate)
        self.cancel_button.clicked.connect(self.cancel_loading)
        self.filter_bar.clearRequested.connect(self.filters.clear_filter)
        self.filter_bar.clearAllRequested.connect(self.filters.reset)

    def _subscribe_views(self) -> None:
        """Each view follows the state fields it shows; the window only writes the state."""
        st = self.state
        st.watch("eastern", self.timeline.set_eastern_digits)
        st.watch("eastern", lambda on: self.model.set_display(eastern=on))
        st.watch("eastern", self.filters.set_eastern)
        st.watch("eastern", lambda on: self.sources.set_display(eastern=on))
        st.watch("eastern", lambda on: self.articles_panel.set_display(eastern=on))
        st.watch("eastern", self.problems.set_eastern)
        st.watch("eastern", lambda on: self.act_digits.setChecked(on))
        st.watch("eastern", lambda _on: self._update_status())
        st.watch("lang", self.timeline.set_language)
        st.watch("lang", lambda _l: self.timeline.set_topic_labels(self.topic_labels()))
        st.watch("lang", lambda lang: self.model.set_display(lang=lang))
        st.watch("lang", self.filters.set_language)
        st.watch("lang", lambda lang: self.sources.set_display(lang=lang))
        st.watch("lang", lambda lang: self.articles_panel.set_display(lang=lang))
        st.notify_all()  # the widgets start from the state, not from their own defaults

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # default proportions, unless restored from settings
            self._sized = True
            apply_default_sizes(self)

    def _show_result(self, result: CorpusResult, final: bool, staged: bool = False, then=None) -> None:
        """Put ``result`` on screen.  ``staged`` (the loader's hand-overs): in steps, each
        in its own turn of the event loop (timeline; table, filters and selection; the
        problems list; the articles list), so the window keeps painting and answering
        between them; a newer result drops the steps of an older one.  ``then`` runs
        after the last step."""
        # Prepared by the loader's worker; built here only for a result handed in directly.
        snap = self.loader.snapshot_for(result) or make_snapshot(result, self.loader.search)
        steps = [lambda: self._show_timeline(result, snap), lambda: self._show_table(result, snap, final)]
        if final:
            steps.append(lambda: self._show_problems(snap))
        steps.append(lambda: self.articles_panel.set_articles(result.articles, snap.article_counts))
        self.run_steps(steps, then, staged)

    def _show_problems(self, snap) -> None:
        """Step 3: the problems list, and the tab titles' counts (step 2 counted the list
        still empty: the Problems tab read (0) after every staged load)."""
        self.problems.set_problems(snap.problems, snap.extra.get("problems"))
        self.retranslate_tabs()

    def _show_timeline(self, result: CorpusResult, snap) -> None:
        """Step 1: the timeline only (what the window keeps elsewhere is still the
        previous result's, consistent with the table, until step 2)."""
        colors = {t.id: t.color for t in self.topics}
        self.timeline.set_events(result.events, colors, snap.timeline, self.topic_labels())

    def _show_table(self, result: CorpusResult, snap, final: bool) -> None:
        """Step 2: the window's lookups, the table, the filters and the selection, together."""
        prev_sel = self.selected
        prev_ev = self.events_by_id.get(prev_sel) if prev_sel else None
        self.result = result
        self.articles = snap.articles
        self.events_by_id = snap.events_by_id
        self.index = snap.index
        self.model.set_events(result.events, self.topics, snap.date_ranks, snap.event_pos)
        state = self._restored_filters if self._first_load else None
        self.filters.set_corpus(
            self.topics,
            self.index.all_topics,
            self.index.all_actors,
            (self.index.min_date, self.index.max_date),
            state,
        )
        if final:
            self._restored_filters = None
        self.apply_filter()
        # keep the user's place across re-runs (e.g. after setting a publication date)
        target = prev_sel if prev_sel in self.events_by_id else self._successor(prev_ev)
        if target:
            self.select_event(target, origin="reload")
        elif self.sources.single is not None and self.sources.single.id in self.articles:
            self.open_article(self.sources.single.id)
        else:
            self.selected = None
            self.sources.show_event(None, self.articles)
        if final and self._first_load:
            self._first_load = False
            QTimer.singleShot(0, self.timeline.fit_all)
        elif not final and self._first_load and not self._partial_fitted:
            self._partial_fitted = True  # once: later partials must not undo the user's zoom
            QTimer.singleShot(0, self.timeline.fit_all)

    def describe_event(self, ev: Event) -> str:
        """The event's tooltip: date as the table writes it, title, article titles and
        topic labels (never ids), and what an uncertain or unresolved date means."""
        sep = "، " if self.lang == "ar" else ", "
        labels = self.topic_labels()
        lines = [format_event_date(ev, self.lang, self.eastern), isolate(ev.title)]
        titles = [isolate((self.articles[a].title if a in self.articles else "") or a) for a in ev.articles]
        if titles:
            lines.append(self.tr("Sources (%1): %2").replace("%1", digits(str(len(titles)), self.eastern))
                         .replace("%2", sep.join(titles[:4]) + ("…" if len(titles) > 4 else "")))
        if ev.topics:
            lines.append(self.tr("Topics: %1").replace("%1", sep.join(labels.get(t, t) for t in ev.topics)))
        if "date-unresolved" in ev.flags:
            lines.append(self.tr("Unresolved: depends on a publication date nobody knows; set it in the article pane"))
        elif "date-placeholder" in ev.flags:
            lines.append(self.tr("The text has a template placeholder instead of a date"))
        elif not ev.certain:
            lines.append(self.tr("Approximate date"))
        if "sources-disagree" in ev.flags:
            lines.append(self.tr("Sources disagree on the date"))
        return "\n".join(lines)

    def topic_labels(self) -> dict[str, str]:
        """Topic id -> label in the current language (ids never reach the user)."""
        return {t.id: t.label(self.lang) for t in self.topics}

    def _successor(self, old: Event | None) -> str | None:
        """After a re-run event ids may change: find the event citing the same passage."""
        if old is None:
            return None
        spans = {(e.article, e.passage_start, e.mention_start) for e in old.evidence}
        for ev in self.events_by_id.values():
            if any((e.article, e.passage_start, e.mention_start) in spans for e in ev.evidence):
                return ev.id
        return None

    def apply_filter(self) -> None:
        if self.index is None:
            return
        flt = self.filters.current_filter()
        res = self.index.query(flt)
        res.accepted = view_filter(self, res.accepted)  # all / edited / starred / hidden
        tokens = query_tokens(flt.text) if flt.text else []
        self.model.set_search(tokens)
        self.model.set_rows(res.ranked() if res.scores else res.accepted, ranked=bool(res.scores))
        if res.scores:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.sources.set_search(tokens)
        # every event accepted (the usual case at the end of a load): no list of 10^5 ids
        ids = None if len(res.accepted) == res.total else res.accepted_ids(self.index)
        self.timeline.set_visible(ids)
        self.filters.set_counts(res.topic_counts, res.actor_counts)
        self._shown, self._total = (res.total if ids is None else len(ids)), res.total
        self._undated_shown = self.index.count_undated(res.accepted)
        self._update_status()
        self._update_filter_bar()
        self.retranslate_tabs()
        if self.selected and self.model.row_of(self.selected) >= 0:
            self._select_row(self.selected)
        elif self.selected:  # the filter removed the selected event: nothing stale stays open
            self.select_event(None)

    def _update_status(self) -> None:
        if self.index is None:
            return
        shown, total = getattr(self, "_shown", 0), getattr(self, "_total", 0)
        undated = getattr(self, "_undated_shown", 0)
        if total == 0:
            text = self.tr("No events: no dated statement was found in these articles")
            if not self.articles:
                text = self.tr("No articles in this folder: open another folder (Ctrl+O) or drop files here")
        elif shown == 0:
            text = self.tr("No event matches the filters: clear them in the bar above the lists")
        else:
            # Arabic has six plural forms: translated with %n (numerus), never "%1 events"
            if self.lang == "en":  # English has two forms; the source strings are not shown
                text = f"{shown} event{'' if shown == 1 else 's'} of {total}"
                if undated:
                    text += f" · {undated} undated or unresolved"
            else:
                text = self.tr("%n event(s)", "", shown) + " " + self.tr("of %1").replace("%1", str(total))
                if undated:
                    text += " · " + self.tr("%n undated or unresolved", "", undated)
        self.status.setText(digits(text, self.eastern))
        self.timeline.set_message(text if shown == 0 else "")
        self.sources.set_empty_corpus(total == 0 and not self.articles)

    def _update_filter_bar(self) -> None:
        shown = self.tr("%1 of %2 events").replace("%1", digits(str(self._shown), self.eastern))
        shown = shown.replace("%2", digits(str(self._total), self.eastern))
        self.filter_bar.set_filters(self.filters.active_filters(), shown)

    def visible_events(self) -> list[Event]:
        """The filtered events in table order."""
        return self.model.visible_events()

    def _on_table_current(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        self.select_event(current.data(EVENT_ID_ROLE), origin="table")

    def _select_row(self, event_id: str) -> None:
        row = self.model.row_of(event_id)
        if row < 0:
            self.table.clearSelection()
            return
        self._syncing = True
        try:
            idx = self.model.index(row, EventTableModel.TITLE)
            self.table.selectionModel().setCurrentIndex(
                idx,
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows,
            )
            self.table.scrollTo(idx)
        finally:
            self._syncing = False

    def select_event(self, event_id: str | None, origin: str = "api", reveal: bool = False) -> None:
        """The single place a selection lands; updates timeline, table and sources."""
        if event_id is not None and event_id not in self.events_by_id:
            return
        if reveal and event_id is not None and self.model.row_of(event_id) < 0:
            self.filters.set_corpus(
                self.topics,
                self.index.all_topics,
                self.index.all_actors,
                (self.index.min_date, self.index.max_date),
                state={"text": ""},
            )
            self.apply_filter()
        self.selected = event_id
        if origin != "timeline":
            self.timeline.select_event(event_id)
        if origin != "table" and event_id is not None:
            self._select_row(event_id)
        elif event_id is None:
            self._syncing = True
            try:
                self.table.selectionModel().clearCurrentIndex()
                self.table.clearSelection()
            finally:
                self._syncing = False
        ev = self.events_by_id.get(event_id) if event_id else None
        self.sources.show_event(ev, self.articles)

    def _activate_event(self, event_id: str) -> None:
        self.select_event(event_id, origin="activate")
        if self.sources.panes:
            self.sources.panes[0].text.setFocus()

    def open_article(self, article_id: str) -> None:
        a = self.articles.get(article_id)
        if a is not None:
            self.sources.show_article(a)

    def set_eastern_digits(self, on: bool) -> None:
        self.state.update(eastern=bool(on))

    def set_language(self, lang: str) -> None:
        lang = "ar" if lang == "ar" else "en"
        self.translations.set_language(lang)
        self.lang = lang
        QApplication.setLayoutDirection(Qt.RightToLeft if lang == "ar" else Qt.LeftToRight)
        self._apply_language_to_views()
        QApplication.sendPostedEvents(None, QEvent.LanguageChange)

    def _apply_language_to_views(self) -> None:
        self.state.update(lang=self.translations.lang)
        (self.act_ar if self.lang == "ar" else self.act_en).setChecked(True)
        self.retranslateUi()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.loader.close()
        super().closeEvent(event)


def central_widgets(win: MainWindow) -> list[QWidget]:  # for tests/screenshots
    return [win.timeline, win.filters, win.table, win.sources]
