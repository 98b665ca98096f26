"""ViewState: the plain observable state the window's views subscribe to."""

from __future__ import annotations

import pytest

from viewer.display.viewstate import ViewState


def test_listeners_hear_only_real_changes_of_their_fields():
    st = ViewState()
    seen: list[tuple[str, object]] = []
    st.watch("eastern", lambda v: seen.append(("eastern", v)))
    st.watch("selected", lambda v: seen.append(("selected", v)))
    assert st.update(eastern=False) == frozenset()  # unchanged: nobody hears
    assert st.update(eastern=True, lang="ar") == {"eastern"}
    st.update(selected="e1")
    st.update(selected="e1")
    assert seen == [("eastern", True), ("selected", "e1")]


def test_unsubscribe_and_notify_all():
    st = ViewState(lang="en")
    calls: list[frozenset[str]] = []
    off = st.subscribe(lambda _s, ch: calls.append(ch))
    st.notify_all()
    assert calls == [frozenset({"lang", "eastern", "selected"})]
    off()
    st.update(lang="ar")
    assert len(calls) == 1 and st.lang == "ar"


def test_unknown_field_is_an_error():
    with pytest.raises(TypeError):
        ViewState().update(colour="red")
