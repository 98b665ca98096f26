"""The topic dialog (issue 11 §3): keywords typed give a live count; saving writes the corpus's topics.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from viewer.extract.vocab import load_vocabulary
from viewer.loading import run
from viewer.ui.topic_dialog import TopicDialog

SUBJECTS = Path(__file__).parent / "data" / "subjects"


def test_counts_follow_the_keywords_and_save_writes_the_corpus_file(qtbot, tmp_path):
    corpus = tmp_path / "disaster"
    shutil.copytree(SUBJECTS / "disaster", corpus)
    result = run([corpus])
    dlg = TopicDialog(result, corpus)
    qtbot.addWidget(dlg)
    assert dlg.suggestions.count() > 0
    dlg.keywords.setPlainText("زلزال")
    dlg.update_count()
    quake = dlg.matching
    assert quake >= 2
    dlg.keywords.setPlainText("زلزال\nالإنقاذ")
    dlg.update_count()
    assert dlg.matching > quake
    dlg.ar.setText("الزلازل")
    saved = []
    dlg.topicSaved.connect(saved.append)
    dlg.save()
    assert saved and (corpus / "topics.toml").is_file()
    topic = load_vocabulary(overlay=corpus).topic(saved[0].id)
    assert topic is not None and topic.ar == "الزلازل" and "الإنقاذ" in topic.keywords
    # the next load tags with it, over the cache or not
    again = run([corpus])
    assert sum(topic.id in e.topics for e in again.events) >= quake


def test_window_menu_opens_the_dialog_and_saving_retags_at_once(qtbot, tmp_path):
    from viewer.ui.mainwindow import MainWindow
    from viewer.ui.topic_dialog import open_topic_dialog

    corpus = tmp_path / "disaster"
    shutil.copytree(SUBJECTS / "disaster", corpus)
    win = MainWindow(corpus=[corpus])
    qtbot.addWidget(win)
    win._show_result(run([corpus]), True)
    dlg = open_topic_dialog(win)
    assert dlg is not None
    dlg.keywords.setPlainText("زلزال")
    dlg.ar.setText("الزلازل")
    dlg.save()
    tid = dlg.current_topic().id
    assert any(t.id == tid for t in win.topics)
    assert sum(tid in e.topics for e in win.result.events) >= 2
