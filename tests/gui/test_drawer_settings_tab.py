"""The counter settings form's cash drawer: its printer, pin and timing, checked inline."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

import counter_app.resources_rc  # noqa: F401 - registers the :/translations catalogues
from counter_app.gui.i18n import language_switcher
from counter_app.services import shop_settings
from tests.gui.test_admin_settings_tab import Shop, open_tab, save, shop  # noqa: F401


def test_a_supervisor_sets_the_drawer_and_a_bad_pulse_is_named_inline(
    qtbot: QtBot,
    shop: Shop,  # noqa: F811 - the fixture imported above
) -> None:
    tab = open_tab(qtbot, shop, "supervisor")
    ui = tab.ui
    assert ui.drawerPrinterCombo.currentData() is None  # this PC's settings.toml decides
    assert ui.drawerPrinterCombo.findData("") > 0  # "no cash drawer at this counter"
    assert [ui.drawerPinCombo.itemData(i) for i in range(ui.drawerPinCombo.count())] == [
        None,
        2,
        5,
    ]
    ui.drawerPrinterCombo.setCurrentIndex(ui.drawerPrinterCombo.findData(""))
    ui.drawerPinCombo.setCurrentIndex(ui.drawerPinCombo.findData(5))
    ui.drawerOnSpin.setValue(1)  # below the 2 ms a pulse needs
    ui.drawerOffSpin.setValue(250)
    save(qtbot, tab)
    assert ui.drawerOnErrorLabel.isVisible()
    assert ui.drawerOnErrorLabel.text() == "The drawer's pulse is 2 to 510 ms."
    assert ui.drawerOnSpin.hasFocus()
    assert shop_settings.counter_settings(shop.db, "C1").drawer_pin is None  # nothing saved

    language_switcher().set_language("zh_HK")
    try:
        qtbot.waitUntil(
            lambda: ui.drawerOnErrorLabel.text() == "開箱脈衝須為 2 至 510 毫秒。", timeout=5_000
        )
        assert ui.drawerOnSpin.value() == 1  # what was typed survives the switch
    finally:
        language_switcher().set_language("en")
    qtbot.waitUntil(lambda: ui.drawerOnErrorLabel.text().startswith("The drawer"), timeout=5_000)

    ui.drawerOnSpin.setValue(100)
    save(qtbot, tab)
    assert not ui.drawerOnErrorLabel.isVisible()
    saved = shop_settings.counter_settings(shop.db, "C1")
    assert (saved.drawer_printer, saved.drawer_pin, saved.drawer_on_ms, saved.drawer_off_ms) == (
        "",
        5,
        100,
        250,
    )
