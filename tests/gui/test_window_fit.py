"""Every screen and dialog shows all its controls at the counter PCs' screen sizes.

One walk per screen size, as a manager (who sees every back-office tab): sign-in, the float,
the counter from the number to the done page (every tender), a new SIM, a PIN voucher, every
back-office tab and sub-tab, the void dialog, the override dialog, the password and lock
screens and the about box, each measured in Chinese and in English. A control (button,
input, label with text) fails when it lies outside its window or its scroll area's viewport
(a viewport may scroll down to it, never sideways), or is clipped: a button or input smaller
than its minimum size hint, a label whose text neither fits nor wraps into its height.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QThreadPool
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counter_app.config import load_settings
from counter_app.gui import create_main_window
from counter_app.gui.about_dialog import AboutDialog
from counter_app.gui.admin_catalog_tab import AdminCatalogTab
from counter_app.gui.history_tab import HistoryTab
from counter_app.gui.i18n import language_switcher
from counter_app.gui.main_window import MainWindow
from counter_app.gui.override_dialog import OverrideDialog
from counter_app.gui.tasks import wait_for_tasks
from counter_app.services import demo, keys
from counter_app.store.engine import Database
from counter_app.store.schema import upgrade

PASSWORD = "window-fit-pw"
LANGUAGES = ("zh_HK", "en")
# The window's own area on each screen: the screen less a title bar and a task bar.
SIZES = {
    "1024x768": (1024, 768 - 70),
    "1280x800": (1280, 800 - 70),
    "1366x768": (1366, 768 - 70),
    "1920x1080": (1920, 1080 - 70),
}
_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QLabel)
# Inside these a control is the widget's own business (a table's cells, a tab bar's
# scroll arrows, a calendar's popup, a text box's scroll bars, a spin box's text).
_OWN_INSIDES = (
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QScrollBar,
    QCalendarWidget,
    QTextEdit,
    QPlainTextEdit,
)


def _name(widget: QWidget) -> str:
    name = widget.objectName() or type(widget).__name__
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{name} {text[:24]!r}" if text and not widget.objectName() else name


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _inside_own(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, _OWN_INSIDES):
            return True
        parent = parent.parentWidget()
    return False


def _outside(widget: QWidget, top: QWidget) -> str:
    """Where *widget* leaves what can be seen of its window, or ""."""
    seen = _rect_in(widget, top)
    parent = widget.parentWidget()
    while parent is not None:
        area = _rect_in(parent, top)
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            # A viewport may scroll down to the control, never sideways.
            if seen.left() < area.left() or seen.right() > area.right():
                return f"past the sides of {_name(holder)} by {seen.right() - area.right()} px"
            seen = seen.intersected(area) if seen.intersects(area) else area
        elif not area.contains(seen):
            dx = max(area.left() - seen.left(), seen.right() - area.right(), 0)
            dy = max(area.top() - seen.top(), seen.bottom() - area.bottom(), 0)
            return f"outside {_name(parent)} by {dx}x{dy} px"
        if parent is top:
            break
        parent = parent.parentWidget()
    return ""


def _has_picture(label: QLabel) -> bool:
    return label.pixmap() is not None and not label.pixmap().isNull()


def _label_clipped(label: QLabel) -> str:
    if _has_picture(label):
        return ""
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        fits = needed <= label.height()
        return "" if fits else f"wrapped text needs {needed} px high, has {label.height()}"
    hint = label.sizeHint()
    if hint.width() > label.width() or hint.height() > label.height():
        return f"text needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
    drawn = _drawn_width(label)
    if drawn > label.contentsRect().width():
        return f"its underlined key splits the text to {drawn} px wide, it has {label.width()}"
    return ""


def _drawn_width(label: QLabel) -> int:
    """How wide a label with a key (\"&To\") is drawn: the underlined letter is laid out on
    its own, so letters kerned together when measured ("To") stand apart when painted."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or label.buddy() is None:
        return 0
    at = text.replace("&&", "\0\0").find("&")
    if at < 0 or at + 1 >= len(text):
        return 0
    metrics = QFontMetricsF(label.font())
    parts = (text[:at], text[at + 1], text[at + 2 :])
    return math.ceil(sum(metrics.horizontalAdvance(part.replace("&&", "&")) for part in parts))


def _clipped(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return _label_clipped(widget)
    hint = widget.minimumSizeHint()
    if not hint.isValid():
        hint = widget.sizeHint()
    if widget.width() < hint.width() or widget.height() < hint.height():
        return f"{widget.width()}x{widget.height()} < its minimum {hint.width()}x{hint.height()}"
    return ""


def offenders(top: QWidget) -> list[str]:
    """Every visible control of window *top* that cannot be seen whole, and why."""
    found: list[str] = []
    for area in top.findChildren(QAbstractScrollArea):
        if (
            area.isVisible()
            and area.window() is top
            and not isinstance(area, (QAbstractItemView, QTextEdit, QPlainTextEdit))
            and not _inside_own(area, top)
            and area.horizontalScrollBar().maximum() > 0
        ):
            found.append(
                f"{_name(area)}: scrolls sideways by {area.horizontalScrollBar().maximum()} px"
            )
    for bar in top.findChildren(QTabBar):
        # Tabs that do not fit get scroll arrows: the last ones are off to the side.
        if bar.isVisible() and bar.window() is top and bar.count():
            needed = bar.tabRect(bar.count() - 1).right() - bar.tabRect(0).left() + 1
            if needed > bar.width():
                found.append(f"{_name(bar)}: its tabs need {needed} px, it has {bar.width()}")
    for widget in top.findChildren(QWidget):
        if (
            not isinstance(widget, _CONTROLS)
            or not widget.isVisible()
            or widget.window() is not top
        ):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip() and not _has_picture(widget):
            continue
        if _inside_own(widget, top):
            continue
        problem = _outside(widget, top) or _clipped(widget)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
    return found


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def quiet() -> None:
    """Every background answer delivered, a call queued behind another's included."""
    for _ in range(10):
        assert wait_for_tasks(10_000)
        settle()
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            return


@dataclass
class Walk:
    qtbot: QtBot
    window: MainWindow
    db: Database
    msisdn: str
    id_number: str
    found: dict[str, list[str]] = field(default_factory=dict)

    def check(self, screen: str, top: QWidget | None = None) -> None:
        """Measure what is on screen now, in each language (left in English)."""
        shown = top if top is not None else self.window
        for language in LANGUAGES:
            language_switcher().set_language(language)
            # A language change may read lists again: measure once their answers are in.
            quiet()
            bad = offenders(shown)
            room = self.window.size()
            if shown.width() > room.width() or shown.height() > room.height():
                bad.append(f"{shown.width()}x{shown.height()} is larger than the screen's room")
            if bad:
                self.found[f"{screen} [{language}]"] = bad

    def report(self) -> str:
        return "\n".join(
            f"{screen}:\n    " + "\n    ".join(bad) for screen, bad in self.found.items()
        )


@pytest.fixture
def walk(qtbot: QtBot, sqlite_url: str, request: pytest.FixtureRequest) -> Iterator[Walk]:
    settings = load_settings({"database_url": sqlite_url})
    db = Database(sqlite_url)
    upgrade(db)
    secret = keys.load_or_create(keys.secret_path(settings.paths.config_dir))
    built = demo.build(db, secret, lines=10, password=PASSWORD, manager=True)
    window = create_main_window(sqlite_url, language="zh_HK")
    qtbot.addWidget(window)
    width, height = SIZES[request.param]
    window.resize(width, height)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: window.sign_in_screen is not None, timeout=20_000)
    assert (window.width(), window.height()) == (width, height), "the window's minimum is larger"
    sample = built.samples[0]
    yield Walk(qtbot, window, db, sample.msisdn, sample.id_number)
    window.close()
    wait_for_tasks(10_000)
    language_switcher().set_language("en")
    db.dispose()


def _activate(qtbot: QtBot, window: QWidget) -> None:
    # Shortcuts (F8, Esc) go to the active window: a closed dialog leaves none.
    with qtbot.waitActive(window):
        window.activateWindow()


def _type(qtbot: QtBot, text: str) -> None:
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit), target
    qtbot.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def _counter_pages(walk: Walk) -> None:
    qtbot, window = walk.qtbot, walk.window
    screen = window.line_sale_screen
    assert screen is not None
    ui = screen.ui
    walk.check("counter, waiting for a number")
    ui.lineSearchInput.setFocus()
    _type(qtbot, walk.msisdn[4:])
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.identityPage, timeout=10_000)
    walk.check("counter, identity check")

    override = OverrideDialog(window)
    override.show()
    qtbot.waitExposed(override)
    walk.check("override dialog", override)
    override.close()
    _activate(qtbot, window)

    panel = screen.identity_panel
    panel.ui.idNumberInput.setFocus()
    qtbot.keyClicks(panel.ui.idNumberInput, walk.id_number)
    QTest.keyClick(panel.ui.idNumberInput, panel.PHOTO_KEY)
    QTest.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is ui.planPage, timeout=10_000)
    walk.check("counter, plans")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    payment = screen.flow.payment_page
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is payment, timeout=5_000)
    tenders = payment.findChildren(QPushButton)
    for button in [b for b in tenders if b.objectName().endswith("TenderButton")]:
        button.click()
        walk.check(f"payment, {button.objectName()}")
    cash = payment.findChild(QPushButton, "cashTenderButton")
    assert cash is not None
    cash.click()
    cash_input = payment.findChild(QLineEdit, "cashTenderedInput")
    assert cash_input is not None
    qtbot.waitUntil(cash_input.hasFocus, timeout=5_000)
    _type(qtbot, "500")
    done = screen.flow.done_page
    qtbot.waitUntil(lambda: ui.stepStack.currentWidget() is done, timeout=10_000)
    wait_for_tasks(10_000)
    walk.check("counter, done with the receipt")


def _open_back_office(walk: Walk) -> None:
    window = walk.window

    def shown() -> bool:
        # The counter screen gives way only once it is idle (just after the float, it
        # may still be getting ready).
        if window.screens.currentWidget() is not window.back_office_screen:
            window.back_office()
        return window.screens.currentWidget() is window.back_office_screen

    walk.qtbot.waitUntil(shown, timeout=10_000)


def _back_office(walk: Walk) -> None:
    qtbot, window = walk.qtbot, walk.window
    _open_back_office(walk)
    office = window.back_office_screen
    assert office is not None
    for number, key in enumerate(office.tab_keys()):
        office.tabs.setCurrentIndex(number)
        built = office.tab(key)
        assert built is not None
        qtbot.waitUntil(built.isVisible)
        wait_for_tasks(10_000)
        inner = [t for t in built.findChildren(QTabWidget) if t.isVisible()]
        if not inner:
            walk.check(f"back office, {key}")
        for tabs in inner:
            for page in range(tabs.count()):
                tabs.setCurrentIndex(page)
                wait_for_tasks(10_000)
                walk.check(f"back office, {key}, {tabs.objectName()} {page}")
        if isinstance(built, HistoryTab):
            qtbot.waitUntil(
                lambda built=built: built.ui.historyReverseButton.isEnabled(), timeout=10_000
            )
            built.open_reversal()
            dialog = built.dialog
            assert dialog is not None
            qtbot.waitExposed(dialog)
            walk.check("void dialog", dialog)
            dialog.reject()
            _activate(qtbot, window)
    QTest.keyClick(office.tabs, Qt.Key.Key_Escape)


def test_the_measure_finds_what_cannot_be_seen(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    top.resize(300, 200)
    squeezed = QPushButton("A button with a long text", top)
    squeezed.setObjectName("squeezed")
    squeezed.setGeometry(10, 10, 40, 40)
    past = QPushButton("Far", top)
    past.setObjectName("past")
    past.setGeometry(280, 10, 60, 40)
    label = QLabel("A label far too long for its thirty pixels", top)
    label.setObjectName("cut")
    label.setGeometry(10, 60, 30, 20)
    area = QScrollArea(top)
    area.setObjectName("wide")
    area.setGeometry(10, 90, 200, 100)
    inner = QWidget()
    inner.setMinimumSize(400, 400)
    below = QPushButton("Below the fold", inner)
    below.setObjectName("below")
    below.setGeometry(10, 300, 150, 40)
    aside = QPushButton("Aside", inner)
    aside.setObjectName("aside")
    aside.setGeometry(300, 10, 80, 40)
    area.setWidget(inner)
    top.show()
    qtbot.waitExposed(top)
    found = "\n".join(offenders(top))
    for name in ("squeezed", "past", "cut", "wide", "aside"):
        assert f"{name}:" in found, found
    assert "below:" not in found, found


def _sign_in_and_open_shift(walk: Walk) -> None:
    qtbot, window = walk.qtbot, walk.window
    sign_in = window.sign_in_screen
    assert sign_in is not None
    language_switcher().set_language("zh_HK")
    sign_in.ui.usernameInput.setFocus()
    _type(qtbot, "manager")
    _type(qtbot, PASSWORD)
    qtbot.waitUntil(
        lambda: (
            window.open_shift_screen is not None
            and window.screens.currentWidget() is window.open_shift_screen
        ),
        timeout=10_000,
    )
    walk.check("open shift")
    window.open_shift_screen.ui.floatInput.setFocus()
    _type(qtbot, "500")
    qtbot.waitUntil(
        lambda: (
            window.line_sale_screen is not None
            and window.screens.currentWidget() is window.line_sale_screen
        ),
        timeout=10_000,
    )
    screen = window.line_sale_screen
    assert screen is not None
    qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
    quiet()


@pytest.mark.parametrize("walk", list(SIZES), indirect=True)
def test_every_screen_shows_all_its_controls(walk: Walk) -> None:
    qtbot, window = walk.qtbot, walk.window
    walk.check("sign in")
    _sign_in_and_open_shift(walk)
    _counter_pages(walk)

    window.new_sim()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.new_sim_screen, timeout=10_000)
    wait_for_tasks(10_000)
    walk.check("new SIM")
    window.show_line_sale_screen()
    window.sell_voucher()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.voucher_screen, timeout=10_000)
    wait_for_tasks(10_000)
    walk.check("PIN voucher")

    window.show_line_sale_screen()
    _back_office(walk)

    window.change_password()
    qtbot.waitUntil(
        lambda: window.screens.currentWidget() is window.change_password_screen, timeout=10_000
    )
    walk.check("change password")
    QTest.keyClick(window.change_password_screen, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is not window.change_password_screen)

    window.ui.actionAbout.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    qtbot.waitExposed(about)
    qtbot.waitUntil(lambda: about.ui.libraryList.count() > 10, timeout=15_000)
    walk.check("about", about)
    about.close()
    _activate(qtbot, window)

    window.lock_now()
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.lock_screen)
    walk.check("lock")

    assert not walk.found, f"controls that cannot be seen whole:\n{walk.report()}"


def _seen_whole(widget: QWidget, top: QWidget) -> bool:
    """Whether all of *widget* is on screen now: in its window and every viewport's view."""
    rect = _rect_in(widget, top)
    seen = QRect(rect)
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(_rect_in(parent, top))
        if parent is top:
            break
        parent = parent.parentWidget()
    return widget.isVisible() and seen == rect


def _just_under(error: QWidget, field: QWidget, top: QWidget) -> bool:
    """*error* starts within a row's height below *field* and overlaps it sideways."""
    below, above = _rect_in(error, top), _rect_in(field, top)
    gap = below.top() - above.bottom()
    overlaps = below.left() < above.right() and above.left() < below.right()
    return 0 <= gap <= above.height() and overlaps


@pytest.mark.parametrize("walk", ["1024x768"], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_bad_price_is_shown_under_the_price_and_scrolled_into_view(
    walk: Walk, language: str
) -> None:
    qtbot, window = walk.qtbot, walk.window
    _sign_in_and_open_shift(walk)
    language_switcher().set_language(language)
    _open_back_office(walk)
    office = window.back_office_screen
    assert office is not None
    office.tabs.setCurrentIndex(office.tab_keys().index("catalog"))
    tab = office.tab("catalog")
    assert isinstance(tab, AdminCatalogTab)
    qtbot.waitUntil(lambda: tab.plans.rowCount() > 0, timeout=10_000)
    # The catalogue is read when the tab opens: its answer refills the form.
    quiet()
    tab.ui.plansTable.selectRow(0)
    price = tab.ui.planPriceEdit
    qtbot.waitUntil(lambda: price.text() != "")
    price.setFocus()
    price.selectAll()
    qtbot.keyClicks(price, "12.345")
    QTest.keyClick(price, Qt.Key.Key_Return)
    error = tab.ui.planFieldErrorLabel
    qtbot.waitUntil(lambda: error.isVisible() and error.text() != "", timeout=5_000)
    qtbot.waitUntil(lambda: _seen_whole(error, window), timeout=5_000)
    assert _seen_whole(price, window)
    assert _just_under(error, price, window)
    assert price.hasFocus()


@pytest.mark.parametrize("walk", ["1024x768"], indirect=True)
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_payment_error_is_shown_under_its_input(walk: Walk, language: str) -> None:
    qtbot, window = walk.qtbot, walk.window
    _sign_in_and_open_shift(walk)
    language_switcher().set_language(language)
    screen = window.line_sale_screen
    assert screen is not None
    screen.ui.lineSearchInput.setFocus()
    _type(qtbot, walk.msisdn[4:])
    panel = screen.identity_panel
    qtbot.waitUntil(panel.ui.idNumberInput.hasFocus, timeout=10_000)
    qtbot.keyClicks(panel.ui.idNumberInput, walk.id_number)
    QTest.keyClick(panel.ui.idNumberInput, panel.PHOTO_KEY)
    QTest.keyClick(panel.ui.idNumberInput, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.ui.stepStack.currentWidget() is screen.ui.planPage)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    payment = screen.flow.payment_panel
    ui = payment.ui
    qtbot.waitUntil(ui.cashTenderedInput.hasFocus, timeout=5_000)
    _type(qtbot, "1")  # less than the total: refused by the cash received
    error = ui.paymentErrorLabel
    qtbot.waitUntil(lambda: error.text() != "")
    qtbot.waitUntil(lambda: _just_under(error, ui.cashTenderedInput, window))
    assert _seen_whole(error, window)

    short = error.text()
    ui.fpsTenderButton.click()
    qtbot.waitUntil(ui.referenceInput.isVisible)
    ui.referenceInput.setFocus()
    _type(qtbot, "")  # no reference
    qtbot.waitUntil(lambda: error.text() not in ("", short))
    qtbot.waitUntil(lambda: _just_under(error, ui.referenceInput, window))
    assert _seen_whole(error, window)
