"""Actors, places and topics for any subject (issue 11): the world gazetteer,
names by pattern and cue, corpus overrides that take effect over the cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.extract.normalize import normalize
from viewer.extract.vocab import Matcher, load_vocabulary, matcher_for, nationality_forms

SUBJECTS = Path(__file__).parent / "data" / "subjects"


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher(load_vocabulary())


def _all(m: Matcher, text: str) -> tuple[list[str], list[str], list[str]]:
    n = normalize(text)
    return m.actors(n.text), m.names_in(n, 0, len(n.text)), m.places_in(n, 0, len(n.text))


def test_every_country_from_cldr_is_an_actor(m):
    countries = [a for a in m.vocab.actors if a.type == "country" and a.code]
    assert len(countries) >= 240  # CLDR territories with a two-letter code
    # Names typed nowhere by hand still match, with clitics and as adjectives.
    for text, want in [("وصل وفد من تشاد", "تشاد"), ("قالت الحكومة الكينية", "كينيا"),
                       ("والأرجنتين", "الأرجنتين"), ("أعلنت السلطات الفنلندية", "فنلندا")]:
        assert want in m.actors(normalize(text).text), text


def test_nationality_forms_follow_the_word_shape():
    assert "الإسباني" in nationality_forms("إسبانيا")
    assert "السعودي" in nationality_forms("السعودية")
    assert "الفرنسي" in nationality_forms("فرنسا")
    assert "اللبناني" in nationality_forms("لبنان")
    assert nationality_forms("الولايات المتحدة") == []


def test_feminine_adjectives_are_not_countries_ending_in_ya(m):
    # المالية (financial) is not مالي (Mali), الصحية not a country at all.
    assert m.actors(normalize("بدء الأزمة المالية").text) == []
    assert "مالي" in m.actors(normalize("أعلنت مالي وقف التعاون").text)


def test_capitals_and_cities_are_places_not_actors(m):
    actors, _, places = _all(m, "اجتمع الأمين العام للناتو في بروكسل")
    assert "بلجيكا" not in actors and "بروكسل" in places
    assert "الخرطوم" in _all(m, "تدور المعارك في الخرطوم")[2]
    # Named by a place noun, even when no list has them.
    _, _, places = _all(m, "سيطرت القوات على مدينة أم روابة، وعلى إقليم النيل الأزرق")
    assert "أم روابة" in places and "النيل الأزرق" in places
    # A city spelled like its country is the country.
    assert "الكويت" in _all(m, "عقد الاجتماع في الكويت")[0]


@pytest.mark.parametrize(
    "text, want, junk",
    [
        ("قال الرئيس الأمريكي دونالد ترامب لشؤون الأمن", "دونالد ترامب", "لشؤون"),
        ("في مؤتمر صحافي مشترك عقده المتحدث باسم الحكومة", None, "صحافي"),
        ("بقيادة رئيس مجلس السيادة الفريق أول ركن عبد الفتاح البرهان وقوات", "عبد الفتاح البرهان", "أول ركن"),
        ("وكان رئيس الوزراء حيدر العبادي قد أعلن", "حيدر العبادي", "قد"),
        ("أعلن الملك عبد الله الثاني الحداد", "عبد الله الثاني", "الحداد"),
        ("بزعامة عمار الحكيم مقاعد إضافية", "عمار الحكيم", "مقاعد"),
        # an office in the construct state before the name (no article on رئيس / محافظ)
        ("بحضور رئيس مجلس السيادة عبد الفتاح البرهان.", "عبد الفتاح البرهان", "السيادة عبد"),
        ("وقال محافظ البنك المركزي طارق عامر إن", "طارق عامر", "البنك المركزي طارق"),
        ("وأكد رئيس هيئة الأركان الفريق محمد الحداد أن", "محمد الحداد", "الأركان الفريق"),
    ],
)
def test_people_by_title_cue_stop_cleanly(m, text, want, junk):
    names = _all(m, text)[1]
    assert not any(junk in n for n in names), names
    if want:
        assert want in names


@pytest.mark.parametrize(
    "text, want",
    [
        ("اشتبك الجيش الليبي مع مسلحين", "الجيش الليبي"),
        ("أعلنت قوات التدخل السريع في المدينة", "قوات التدخل السريع"),
        ("وفاز حزب العدالة والتنمية بأغلبية", "حزب العدالة"),
        ("رفضت حركة النهضة بزعامة راشد الغنوشي", "حركة النهضة"),
        ("قالت الهيئة العليا المستقلة للانتخابات في تونس", "الهيئة العليا المستقلة للانتخابات"),
        ("وقرر مجلس الشيوخ الجديد", "مجلس الشيوخ"),
        ("أعلنت لجنة الإنقاذ الدولية", "لجنة الإنقاذ الدولية"),
    ],
)
def test_forces_movements_parties_by_pattern(m, text, want):
    assert want in _all(m, text)[1]


def test_a_head_with_the_article_in_its_clitic_is_definite(m):
    """للجيش = ل + الجيش: the name is shown with its article, and needs an article adjective."""
    assert "الجيش السوداني" in _all(m, "مقر الفرقة السادسة التابعة للجيش السوداني في المدينة")[1]
    names = _all(m, "أكد رئيس الأركان العامة للجيش أهمية التعاون")[1]
    assert not any("أهمية" in n for n in names), names


def test_a_short_form_of_a_listed_name_is_that_name(m):
    assert "الاتحاد الأفريقي" in _all(m, "قال مسؤول في مفوضية الاتحاد.")[1]
    # the listed actor is found by the gazetteer, not repeated by the pattern
    actors, names, _ = _all(m, "أعلن مجلس السلم والأمن التابع للاتحاد الأفريقي")
    assert "الاتحاد الأفريقي" in actors and not any("السلم" in n for n in names)


def test_general_topics_fit_any_subject(m):
    for text, want in [("وقع الطرفان اتفاقا لوقف إطلاق النار", {"conflict", "diplomacy"}),
                       ("انطلقت المفاوضات بين الطرفين", {"diplomacy"}),
                       ("ارتفع معدل التضخم وتراجعت العملة", {"economy"}),
                       ("ضرب زلزال عنيف المنطقة", {"disaster"}),
                       ("أدلى الناخبون بأصواتهم في الانتخابات", {"politics"}),
                       ("أعرب عن قلقه إزاء الانتهاكات بحق المدنيين", {"conflict"})]:
        assert want <= set(m.topics(normalize(text).text)), text
    # an amount of money is no economic subject: an aid appeal is not economy news
    assert "economy" not in m.topics(normalize("أطلقت الأمم المتحدة نداء لجمع 71 مليون دولار").text)
    groups = {t.group for t in m.vocab.topics}
    assert {"general", "security"} <= groups


def test_a_broken_corpus_file_is_reported_not_raised(tmp_path):
    (tmp_path / "topics.toml").write_text("[[topic]\nid=", encoding="utf-8")
    vocab = load_vocabulary(overlay=tmp_path)
    assert vocab.problems and any(t.id == "conflict" for t in vocab.topics)


def test_corpus_topics_take_effect_over_the_cache(tmp_path):
    """A corpus folder's topics.toml is merged over the bundled topics, and an
    edit takes effect on the next load although every article comes from the cache."""
    from viewer.loading import ingest
    from viewer.store import Store

    corpus = tmp_path / "c"
    corpus.mkdir()
    for p in (SUBJECTS / "disaster").glob("*.txt"):
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "cache.db") as st:
        first = ingest([corpus], store=st)
        assert not any("quake" in e.topics for e in first.events)
        (corpus / "topics.toml").write_text(
            '[[topic]]\nid = "quake"\nar = "الزلازل"\nen = "Earthquakes"\ncolor = "#ff0000"\n'
            'keywords = ["زلزال", "الزلزال", "هزة"]\n', encoding="utf-8")
        second = ingest([corpus], store=st)
        tagged = [e for e in second.events if "quake" in e.topics]
        assert tagged and len(second.events) == len(first.events)
        assert matcher_for([corpus]).vocab.topic("quake") is not None


def test_a_currency_adjective_is_not_the_country(m):
    assert "الولايات المتحدة" not in m.actors(normalize("رفع سعر صرف الدولار الأمريكي إلى 1450 دينارا").text)
    assert "مصر" not in m.actors(normalize("تراجع الجنيه المصري أمام العملات").text)
    # named as a country as well: kept
    assert "الولايات المتحدة" in m.actors(normalize("ودفعت الولايات المتحدة المبلغ بالدولار الأمريكي").text)


def test_armed_movements_are_known_by_any_of_their_names(m):
    for text in ("سيطر الحوثيون على صنعاء", "قالت جماعة أنصار الله", "أعلن تنظيم داعش"):
        assert m.actors(normalize(text).text), text
