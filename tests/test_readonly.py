"""The read-only mapping that results hand out."""

from __future__ import annotations

import copy
import pickle

import pytest

from bouncecodes._readonly import HeaderFields, ReadOnlyMapping


def test_it_reads_like_a_dict_and_cannot_be_changed() -> None:
    items = {"b": 1, "a": 2}
    mapping = ReadOnlyMapping(items)
    items["c"] = 3  # its own copy: the caller's dict is not its
    assert list(mapping) == ["b", "a"]
    assert (len(mapping), mapping["a"], mapping.get("c")) == (2, 2, None)
    assert mapping == {"b": 1, "a": 2}
    assert repr(mapping) == "ReadOnlyMapping({'b': 1, 'a': 2})"
    with pytest.raises(TypeError):
        mapping["a"] = 3  # type: ignore[index]
    with pytest.raises(AttributeError):
        mapping.update({})  # type: ignore[attr-defined]
    assert ReadOnlyMapping() == {}


def test_it_pickles_and_copies() -> None:
    mapping = ReadOnlyMapping({"a": (1, 2)})
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(mapping, protocol))
        assert (type(again), again) == (ReadOnlyMapping, mapping)
    assert copy.deepcopy(mapping) == mapping


def test_header_fields_by_name_in_any_case() -> None:
    fields = HeaderFields((("Subject", "Hi"), ("X-Id", "1"), ("x-id", "2")))
    assert fields["subject"] == fields["SUBJECT"] == "Hi"
    assert fields["X-ID"] == "1"  # the first of one name
    assert list(fields) == ["subject", "x-id"]
    assert len(fields) == 2
    assert fields.get("none") is None
    with pytest.raises(KeyError):
        fields[1]  # type: ignore[index]
    assert fields == HeaderFields((("Subject", "Hi"), ("X-Id", "1"), ("x-id", "2")))
    assert fields == {"subject": "Hi", "x-id": "1"}
    assert fields != {"subject": "Hi"}
    assert repr(HeaderFields((("A", "b"),))) == "HeaderFields((('A', 'b'),))"
    assert pickle.loads(pickle.dumps(fields)) == fields
    with pytest.raises(TypeError):
        hash(fields)
