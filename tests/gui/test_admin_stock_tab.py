"""The stock tab: levels with a low-stock warning, CSV imports checked in a preview first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.domain.staff import Role
from counter_app.gui.admin_stock_tab import AdminStockTab, TextTableModel
from counter_app.gui.i18n import language_switcher
from counter_app.gui.station import Station
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys, shop_settings, staff
from counter_app.services.keys import InstallationSecret
from counter_app.services.shop import counter_context
from counter_app.store.engine import Database
from counter_app.store.models import AuditEvent, Line, VoucherPin
from counter_app.store.schema import upgrade
from tests.services.test_imports import LINES_HEADER, VOUCHERS_HEADER, line_row, voucher_row

PASSWORD = "pw-123456"


@dataclass
class Shop:
    db: Database
    secret: InstallationSecret
    station: Station


@pytest.fixture
def shop(database_url: str, tmp_path: Path) -> Iterator[Shop]:
    db = Database(database_url)
    upgrade(db)
    secret = keys.load_or_create(tmp_path / "s.json")
    demo.build(db, secret, lines=5, password=PASSWORD)
    staff.create_user(
        db, None, username="owner", display_name="Owner", role=Role.ADMIN, password=PASSWORD
    )
    ctx = counter_context(db, "C1")
    assert ctx is not None
    yield Shop(db, secret, Station(db, secret, ctx, data_dir=tmp_path / "data"))
    assert wait_for_tasks(10_000)
    db.dispose()


def open_tab(qtbot: QtBot, shop: Shop, username: str) -> AdminStockTab:
    shop.station.clerk = staff.sign_in(
        shop.db, username, PASSWORD, counter_id=shop.station.counter_id
    )
    tab = AdminStockTab(shop.station)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.refresh()
    settle(qtbot, tab)
    return tab


def settle(qtbot: QtBot, tab: AdminStockTab) -> None:
    qtbot.waitUntil(lambda: not tab.busy, timeout=20_000)


def rows(model: TextTableModel) -> list[list[str]]:
    return [
        [model.text(row, column) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def stock_row(tab: AdminStockTab, carrier: str, face_value: str) -> list[str]:
    """The stock of *carrier* (its name, as the tab shows it) at *face_value*."""
    return next(r for r in rows(tab.stock_model) if r[:2] == [carrier, face_value])


def pins(shop: Shop) -> int:
    with shop.db.read() as session:
        return int(session.scalar(select(func.count(VoucherPin.id))) or 0)


def write(path: Path, header: str, *lines: str) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def test_the_models_pass_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TextTableModel(lambda: ["Line", "Column", "Problem"])
    model.set_rows([("2", "pin", "too short"), ("3", "", "too few fields")], {1})
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0), TextTableModel.WarningRole) is True
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_a_voucher_file_with_bad_rows_is_listed_and_cannot_be_imported(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    tab = open_tab(qtbot, shop, "supervisor")
    assert stock_row(tab, "Bauhinia Mobile", "HK$100.00")[2] == "30"
    before = pins(shop)
    path = write(
        tmp_path / "bad.csv",
        VOUCHERS_HEADER,
        voucher_row("GUI000001", "700000000001"),  # line 2: good
        voucher_row("GUI000002", "700000000001"),  # line 3: the PIN of line 2
        voucher_row("X1", "700000000003"),  # line 4: serial too short
        voucher_row("GUI000004", "700000000004", expires_on="2020-01-01"),  # line 5: expired
        "BAUHINIA,100",  # line 6: too few fields
    )

    tab.preview_file("vouchers", path)
    settle(qtbot, tab)

    assert tab.ui.previewGroup.isVisible()
    assert [r[:2] for r in rows(tab.errors_model)] == [
        ["3", "pin"],
        ["4", "serial"],
        ["5", "expires_on"],
        ["6", "(whole line)"],
    ]
    problems = [r[2] for r in rows(tab.errors_model)]
    assert "already on line 2" in problems[0]
    assert "expired" in problems[2]
    assert "700000000001" not in " ".join(problems)
    assert not tab.ui.confirmImportButton.isEnabled()
    assert "nothing can be imported" in tab.ui.previewMessageLabel.text()
    assert tab.ui.previewMessageLabel.property("role") == "error"
    tab.ui.confirmImportButton.click()
    assert not tab.busy
    assert pins(shop) == before

    tab.ui.cancelImportButton.click()
    assert not tab.ui.previewGroup.isVisible()

    # In Chinese too the duplicate names its line (it fell back to English before).
    language_switcher().set_language("zh_HK")
    try:
        tab.preview_file("vouchers", path)
        settle(qtbot, tab)
        chinese = [r[2] for r in rows(tab.errors_model)]
        assert chinese[0] == "此充值密碼已在檔案第 2 行出現。", chinese[0]
    finally:
        language_switcher().set_language("en")


def test_a_good_voucher_file_imports_and_the_stock_shows_it(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    tab = open_tab(qtbot, shop, "supervisor")
    before = pins(shop)
    path = write(
        tmp_path / "good.csv",
        VOUCHERS_HEADER,
        voucher_row("GUI100001", "710000000001"),
        voucher_row("GUI100002", "710000000002"),
        voucher_row("GUI100003", "710000000003", face_value="20", carrier="PEARL"),
    )

    tab.preview_file("vouchers", path)
    settle(qtbot, tab)

    assert rows(tab.groups_model) == [
        ["BAUHINIA", "HK$100.00", "2"],
        ["PEARL", "HK$20.00", "1"],
    ]
    assert "HK$220.00" in tab.ui.previewSummaryLabel.text()
    assert pins(shop) == before  # the preview wrote nothing
    assert tab.ui.confirmImportButton.isEnabled()

    tab.ui.confirmImportButton.click()
    settle(qtbot, tab)
    qtbot.waitUntil(
        lambda: stock_row(tab, "Bauhinia Mobile", "HK$100.00")[2] == "32", timeout=10_000
    )

    assert pins(shop) == before + 3
    assert stock_row(tab, "Pearl River Link", "HK$20.00")[2] == "1"
    assert not tab.ui.previewGroup.isVisible()
    assert "Imported 3 vouchers from good.csv." in tab.ui.stockMessageLabel.text()
    with shop.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "vouchers.imported")
        ).one()
    assert shop.station.clerk is not None
    assert event.staff_id == shop.station.clerk.id


def test_low_stock_is_shown_in_words_and_red(qtbot: QtBot, shop: Shop) -> None:
    owner = staff.sign_in(shop.db, "owner", PASSWORD, counter_id=shop.station.counter_id)
    shop_settings.save_shop_settings(shop.db, owner, {"low_stock_threshold": 40})
    tab = open_tab(qtbot, shop, "clerk")

    row = stock_row(tab, "Bauhinia Mobile", "HK$100.00")
    assert row[5] == "Low stock: only 30 left"
    index = tab.stock_model.index(0, 5)
    assert tab.stock_model.data(index, TextTableModel.WarningRole) is True
    assert "Low stock" in tab.ui.stockMessageLabel.text()
    # A clerk sees the stock but imports nothing.
    assert not tab.ui.importVouchersButton.isVisible()
    assert not tab.ui.importLinesButton.isVisible()

    shop_settings.save_shop_settings(shop.db, owner, {"low_stock_threshold": 20})
    tab.refresh()
    settle(qtbot, tab)
    assert stock_row(tab, "Bauhinia Mobile", "HK$100.00")[5] == "Enough"
    assert tab.ui.stockMessageLabel.text() == ""


def test_lines_are_imported_by_an_admin_after_the_preview(
    qtbot: QtBot, shop: Shop, tmp_path: Path
) -> None:
    tab = open_tab(qtbot, shop, "owner")
    assert tab.ui.importLinesButton.isVisible()
    with shop.db.read() as session:
        before = int(session.scalar(select(func.count(Line.id))) or 0)
    path = write(
        tmp_path / "lines.csv",
        LINES_HEADER,
        line_row("6400 0001", serial=401),
        line_row("6400 0002", serial=402, carrier="HARBOUR", card_type="data"),
    )

    tab.preview_file("lines", path)
    settle(qtbot, tab)
    assert rows(tab.groups_model) == [
        ["BAUHINIA", "Number-keeping card", "1"],
        ["HARBOUR", "Data card", "1"],
    ]
    assert tab.groups_model.headerData(1, Qt.Orientation.Horizontal) == "Card type"
    tab.ui.confirmImportButton.click()
    settle(qtbot, tab)

    with shop.db.read() as session:
        assert session.scalar(select(func.count(Line.id))) == before + 2
    assert "Imported 2 lines from lines.csv." in tab.ui.stockMessageLabel.text()


def test_the_import_button_opens_a_file_dialog(qtbot: QtBot, shop: Shop) -> None:
    from PySide6.QtWidgets import QFileDialog

    tab = open_tab(qtbot, shop, "supervisor")
    tab.ui.importVouchersButton.click()
    dialog = tab.findChild(QFileDialog, "importFileDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
