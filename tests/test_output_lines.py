"""How a training's output bytes become lines (workers/process.LineSplitter): the watch reads
whatever has arrived, so a line may come in several chunks and a chunk hold several lines."""

from __future__ import annotations

from workers.process import MAX_LINE, LineSplitter


def test_lines_come_whole_whatever_the_chunks():
    splitter = LineSplitter()
    assert splitter.feed(b"[0]\tvalidation-auc:0.8") == []
    assert splitter.feed(b"1\n[1]\tvalidation-auc:0.82\r\n[2]") == [
        "[0]\tvalidation-auc:0.81",
        "[1]\tvalidation-auc:0.82",
    ]
    assert splitter.feed(b"\n\n") == ["[2]", ""]
    assert splitter.end() == []


def test_a_last_line_without_its_end_is_kept():
    splitter = LineSplitter()
    assert splitter.feed(b"done\nno newline") == ["done"]
    assert splitter.end() == ["no newline"]


def test_a_character_split_across_chunks_decodes_once_whole():
    splitter = LineSplitter()
    encoded = "métrique=1\n".encode()
    assert splitter.feed(encoded[:2]) == []
    assert splitter.feed(encoded[2:]) == ["métrique=1"]


def test_a_line_longer_than_the_limit_comes_in_pieces_never_held_whole():
    splitter = LineSplitter()
    pieces = splitter.feed(b"x" * (MAX_LINE + 10))
    assert pieces == ["x" * MAX_LINE]  # the rest waits for its end
    assert splitter.feed(b"\n") == ["x" * 10]
    long = splitter.feed(b"y" * (2 * MAX_LINE + 1) + b"\n")
    assert long == ["y" * MAX_LINE, "y" * MAX_LINE, "y"]
