"""Pausing the cyclic garbage collector around object building leaves it as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from refsync import gcpause


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_the_collector_is_off_inside_and_on_again_after(collector_on: None) -> None:
    with gcpause.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_on_again_after_an_error_inside(collector_on: None) -> None:
    with pytest.raises(KeyError), gcpause.paused():
        raise KeyError("damaged cache")
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off(collector_on: None) -> None:
    gc.disable()
    with gcpause.paused():
        with gcpause.paused():
            pass
        assert not gc.isenabled()
    assert not gc.isenabled()
