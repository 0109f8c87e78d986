"""Word sets of the event markers joined once (lexicons.marker_words): the same words as the
union the passes built at every token, and a table other than the markers joined anew."""

import pytest

from rasd.lexicons import event_markers, marker_words


@pytest.mark.parametrize("keys", [
    ("named_place_heads", "place_nouns"),
    ("location_preps", "place_nouns", "named_place_heads", "front_nouns"),
    ("light_verbs", "adopt_verbs", "launch_verbs"),
    ("light_verbs", "purpose_starts"),
])
def test_the_joined_words_are_the_union(keys: tuple[str, ...]) -> None:
    M = event_markers()
    joined = marker_words(M, *keys)
    assert joined == set().union(*(M[k] for k in keys))
    assert marker_words(M, *keys) is joined  # built once
    assert "مدينة" not in joined and ("مدينه" in joined) == ("place_nouns" in keys
                                                             or "named_place_heads" in keys)


def test_another_table_is_joined_anew() -> None:
    other = {"place_nouns": {"حي"}, "named_place_heads": {"بلده"}}
    assert marker_words(other, "place_nouns", "named_place_heads") == {"حي", "بلده"}
