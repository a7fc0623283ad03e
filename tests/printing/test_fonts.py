"""The Chinese font: found, embedded, and a clear message when there is none."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.domain.errors import OutsideError
from counter_app.printing import fonts
from counter_app.printing.fonts import CjkFontMissing, cjk_font, font_problem
from counter_app.printing.receipt import SaleDocument, build_sale_pdf
from tests.printing.helpers import SHOP, renewal, voucher
from tests.printing.helpers import fonts as pdf_fonts

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_the_system_font_is_found_and_registered_once() -> None:
    first = cjk_font()
    assert first.file.path == WQY and first.file.subfont == 0
    assert cjk_font() == first
    assert font_problem() is None


def test_a_configured_font_comes_first(tmp_path: Path) -> None:
    assert cjk_font(WQY).file.path == WQY
    assert font_problem(str(WQY)) is None


def test_a_bad_configured_font_falls_back_and_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-font.ttf"
    assert cjk_font(missing).file.path == WQY
    problem = font_problem(missing)
    assert problem is not None
    assert str(missing) in problem and str(WQY) in problem and "instead" in problem


def test_a_file_that_is_not_a_truetype_font_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"OTTO" + bytes(200))  # a CFF (.otf) header, as Noto CJK has
    problem = font_problem(fake)
    assert problem is not None and "cannot be embedded" in problem


def test_no_font_at_all_raises_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "KNOWN_FONTS", ())
    bad = tmp_path / "wrong.ttc"
    with pytest.raises(CjkFontMissing) as missing:
        cjk_font(bad)
    error = missing.value
    assert isinstance(error, OutsideError)
    assert error.code == "printing.no_cjk_font"
    message = str(error)
    assert "fonts-wqy-microhei" in message
    assert "Microsoft JhengHei" in message and "cjk_font_path" in message
    assert str(bad) in message
    problem = font_problem(bad)
    assert problem is not None and "fonts-wqy-microhei" in problem
    with pytest.raises(CjkFontMissing):
        build_sale_pdf(SaleDocument(renewal(), SHOP, cjk_font_path=bad))


def test_the_font_is_embedded_and_no_cid_font_is_left_to_the_reader() -> None:
    pdf = build_sale_pdf(SaleDocument(voucher(), SHOP, pin="1234567890123456"))
    used = pdf_fonts(pdf)
    embedded = [
        font
        for font in used
        if "/FontDescriptor" in font and "/FontFile2" in font["/FontDescriptor"].get_object()  # type: ignore[attr-defined]
    ]
    assert embedded, used
    assert all("WenQuanYi" in str(font["/BaseFont"]) for font in embedded)
    for font in used:
        # A CID font (Type0) would be ReportLab's built-in, unembedded kind.
        assert font["/Subtype"] in ("/TrueType", "/Type1"), font
        if font["/Subtype"] == "/Type1":
            # Only the PIN's digits, in a font every PDF reader has built in.
            assert font["/BaseFont"] == "/Courier-Bold", font
