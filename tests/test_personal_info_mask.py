"""The one personal-information masker (guard/personal_info.py) on obfuscated forms, and ordinary talk it leaves alone."""

import pytest

from jackpeer.guard.personal_info import mask_personal_info

MASKED = [
    ("write to mia (at) gmail (dot) com", "write to [email]"),
    ("mia at gmail dot com please", "[email] please"),
    ("mia.k [at] yahoo [dot] co [dot] uk", "[email]"),
    ("my number is oh seven seven oh oh nine oh oh one two three", "my number is [phone]"),
    ("call seven 7 oh oh 9 0 0 1 2 3", "call [phone]"),
    ("+44 (0)7700-900-123", "[phone]"),
    ("I live at 22 Baker Street, London NW1 6XE", "I live at [address], London [postcode]"),
    ("we live at 5b Elm Grove", "we live at [address]"),
    ("I live on Baker Street", "I live on [address]"),
    ("postcode: SW1A 1AA", "[postcode]"),
    ("my zip code is 90210", "my [postcode]"),
    ("my password is banana123", "my password is [personal]"),
    ("Mia's password is kitty!", "Mia's password is [personal]!"),
    ("add me on snap mia_k2012", "add me on snap [personal]"),
    ("follow @mia_k2012 ok", "follow [handle] ok"),
]
KEPT = ["3 + 4 = 7 and 1,234,567 apples", "the year 2024 and 12 cats", "I think the bridge should be 12 cm long",
        "my idea is paper straws", "we could use one two or three straws"]


@pytest.mark.parametrize(("text", "want"), MASKED)
def test_obfuscated_personal_info_is_masked(text, want):
    assert mask_personal_info(text) == want


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_talk_is_left_alone(text):
    assert mask_personal_info(text) == text


def test_the_weak_store_masker_is_gone():
    import jackpeer.peers.store as store

    assert not hasattr(store, "mask_pii")
