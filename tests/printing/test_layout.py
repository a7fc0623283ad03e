"""Wrapping to the printable width: Chinese per character, English per word, never wider."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.printing.fonts import cjk_font
from counter_app.printing.layout import Align, Cells, Column, Flow, Group, Rows, TextStyle, wrap


@pytest.fixture(scope="module")
def style() -> TextStyle:
    return TextStyle(cjk_font().name, 8)


def test_english_wraps_between_words(style: TextStyle) -> None:
    text = "Please keep this receipt for enquiries, complaints and refunds."
    lines = wrap(text, style, 100)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(style.width(line) <= 100 for line in lines)


def test_chinese_wraps_between_any_two_characters(style: TextStyle) -> None:
    text = "九龍旺角彌敦道六百號一樓十二號舖示範通訊旗艦店"
    lines = wrap(text, style, 50)
    assert len(lines) > 2
    assert "".join(lines) == text
    assert all(style.width(line) <= 50 for line in lines)
    # Filled: each line but the last has no room for the next character.
    for line, following in itertools.pairwise(lines):
        assert style.width(line + following[0]) > 50


def test_closing_punctuation_never_starts_a_line(style: TextStyle) -> None:
    text = "請保留此收據，以便查詢、投訴及退款。" * 3
    for width in range(30, 140, 3):
        lines = wrap(text, style, width)
        assert "".join(lines) == text
        assert not any(line[0] in "，、。" for line in lines), (width, lines)


def test_a_word_longer_than_the_line_is_cut(style: TextStyle) -> None:
    word = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" * 2
    lines = wrap(f"plan {word} end", style, 60)
    assert "".join(lines).replace(" ", "") == f"plan{word}end"
    assert all(style.width(line) <= 60 for line in lines)


def test_mixed_chinese_and_english_keep_their_spaces(style: TextStyle) -> None:
    text = "紫荊流動 Bauhinia Mobile 12個月續期 12-month renewal"
    assert wrap(text, style, 1000) == [text]
    lines = wrap(text, style, 70)
    assert len(lines) > 2
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line == line.strip() and style.width(line) <= 70 for line in lines)
    assert "Bauhinia Mobile" in lines or {"Bauhinia", "Mobile"} <= {
        word for line in lines for word in line.split()
    }


def test_newlines_start_new_lines(style: TextStyle) -> None:
    assert wrap("第一行\nsecond line", style, 1000) == ["第一行", "second line"]


def test_a_pair_shares_a_line_only_when_both_fit(style: TextStyle) -> None:
    wide = Flow(200)
    wide.pair("收據編號 Receipt No.", "DEMO-C1-000123", style)
    narrow = Flow(110)
    narrow.pair("收據編號 Receipt No.", "DEMO-C1-000123", style)
    (one,) = wide.blocks
    (two,) = narrow.blocks
    assert isinstance(one, Rows) and isinstance(two, Rows)
    assert [(r.text, r.value) for r in one.rows] == [("收據編號 Receipt No.", "DEMO-C1-000123")]
    assert [r.text for r in two.rows] == ["收據編號 Receipt No.", "DEMO-C1-000123"]
    assert two.height == 2 * one.height
    assert two.widest(110) <= 110


_TEXT = st.text(
    alphabet=st.sampled_from(list("abc XYZ 0123 $.,-/ 紫荊流動續費收據，。（）「」・•→")),
    min_size=0,
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, width=st.floats(min_value=12, max_value=260))
def test_wrapped_lines_fit_and_lose_nothing(text: str, width: float) -> None:
    style = TextStyle(cjk_font().name, 8)
    lines = wrap(text, style, width)
    assert "".join(lines).replace(" ", "") == "".join(text.split())
    for line in lines:
        # Only a single character wider than the whole line may stick out.
        assert style.width(line) <= width or len(line) == 1, (line, width)


def test_table_rows_wrap_each_cell_in_its_column(style: TextStyle) -> None:
    flow = Flow(200)
    money = Column(50, Align.RIGHT)
    flow.row(["增值 Credit top-ups and other long words", "HK$100.00"], [Column(), money], style)
    (row,) = flow.blocks
    assert isinstance(row, Cells)
    (left, label_width), (money_left, money_width) = row.spans
    assert (left, money_width) == (0, 50)
    assert label_width == 200 - 50 - style.size and money_left == label_width + style.size
    label_lines, amount_lines = row.cells
    assert len(label_lines) > 1 and all(style.width(line) <= label_width for line in label_lines)
    assert amount_lines == ("HK$100.00",)
    assert row.height == len(label_lines) * style.leading
    flow.row(["", "", "HK$1.00"], [Column(), Column(20), money], style, gap=0)
    assert flow.blocks[-1].height == style.leading
    with pytest.raises(ValueError, match="cells for"):
        flow.row(["a"], [Column(), money], style)
    with pytest.raises(ValueError, match="wider than the paper"):
        flow.row(["a", "b"], [Column(), Column(300)], style)


def test_kept_together_blocks_move_to_the_next_page_whole(style: TextStyle) -> None:
    flow = Flow(200)
    for n in range(6):
        flow.text(f"line {n}", style)
    start = len(flow.blocks)
    for n in range(4):
        flow.text(f"section {n}", style)
    flow.keep_together(start)
    assert len(flow.blocks) == 7 and isinstance(flow.blocks[-1], Group)
    assert flow.height == 10 * style.leading
    first, second = flow.pages(8.5 * style.leading)
    assert len(first) == 6 and second == [flow.blocks[-1]]
    # A group taller than a page is laid out page by page after all.
    pages = flow.pages(3.5 * style.leading)
    assert [len(page) for page in pages] == [3, 3, 3, 1]
    flow.keep_together(len(flow.blocks) - 1)  # one block: nothing to group
    assert isinstance(flow.blocks[-1], Group) and len(flow.blocks) == 7
