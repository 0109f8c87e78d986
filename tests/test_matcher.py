from rasd.text.matcher import PhraseMatcher
from rasd.text.segment import tokenize


def _find(entries: dict[str, str], text: str) -> list[tuple[str, str]]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for phrase, payload in entries.items():
        m.add(phrase, payload)
    return [(text[x.start:x.end], x.payload) for x in m.find(text, tokenize(text))]


def test_clitics_attach_to_lexicon_entries() -> None:
    got = _find({"حلب": "aleppo"}, "قصف بحلب ووحلب وحلب لحلب وحَلَب")
    assert [g[0] for g in got] == ["حلب", "حلب", "حلب", "حَلَب"]


def test_longest_phrase_wins_and_article_variants() -> None:
    got = _find({"حلب": "a", "ريف حلب": "r", "الحكومة": "g"}, "في ريف حلب وللحكومة")
    assert got == [("ريف حلب", "r"), ("حكومة", "g")]


def test_normalized_variants_match() -> None:
    got = _find({"إيران": "iran"}, "طهران وايران وإيرانَ")
    assert [g[1] for g in got] == ["iran", "iran"]


def test_candidates_longest_first_then_in_added_order() -> None:
    m: PhraseMatcher[int] = PhraseMatcher()
    for payload, phrase in enumerate(["رئيس", "رئيس الوزراء", "رئيس الوزراء العراقي",
                                      "رئيس الحكومة", "رئيس الوزراء"]):
        m.add(phrase, payload)
    text = "قال رئيس الوزراء العراقي ورئيسه"
    toks = tokenize(text)
    assert [(text[c.start:c.end], c.payload) for c in m.candidates(text, toks, 1)] == [
        ("رئيس الوزراء العراقي", 2), ("رئيس الوزراء", 1), ("رئيس الوزراء", 4), ("رئيس", 0)]
    # a pronoun suffix ends the phrase: only the one-word entry, without its clitics
    assert [(text[c.start:c.end], c.payload) for c in m.candidates(text, toks, 4)] == [
        ("رئيس", 0)]
    assert len(m) == 5


def test_a_word_seen_again_is_cut_at_its_own_place() -> None:
    """The stem's place inside a word is worked out once per word (kept), and each
    occurrence's offsets are its own: the same clitic'd word twice, with and without marks."""
    text = "قصف بحلب ثم بحلب وبِحَلَب، ورئيسه ورئيسه"
    got = _find({"حلب": "a", "رئيس": "r"}, text)
    assert got == [("حلب", "a"), ("حلب", "a"), ("حَلَب", "a"), ("رئيس", "r"), ("رئيس", "r")]
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("حلب", "a")
    starts = [x.start for x in m.find(text, tokenize(text))]
    assert starts == [text.index("حلب"), text.index("حلب", 6), text.index("حَلَب")]


def test_starting_positions_are_where_candidates_start_asked_again_or_after_an_add() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    for phrase in ("حلب", "ريف حلب", "قصف", "،"):
        m.add(phrase, phrase)
    text = "قصفت الطائرات ريف حلب، وبحلب قصف عنيف. ثم هدأ القصف"
    toks = tokenize(text)
    want = [i for i in range(len(toks)) if m.candidates(text, toks, i)]
    assert want and any(not toks[i].is_word for i in want)  # (the comma: a mark entry)
    assert m.starting(toks, 0, len(toks)) == want
    assert m.starting(toks, 0, len(toks)) == want  # the flags kept from the first ask
    assert m.starting(toks, 3, 6) == [i for i in want if 3 <= i < 6]
    m.add("هدأ", "هدأ")  # a new entry: the kept flags start again
    assert m.starting(toks, 0, len(toks)) == sorted(want + [toks.index(
        next(t for t in toks if t.norm == "هدا"))])
