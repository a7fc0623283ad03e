"""The back office (後台, F12): history, the shift, reminders, reports, stock, admin, outbox.

One tab per job. A tab is shown only to a role that may do its job (``permissions``), is
built the first time it is opened (so the window stays light), and is refreshed each
time it is shown. When a different member of staff opens the back office, every tab is
built again for them: nothing the previous one saw stays on screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Protocol, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from counter_app import log
from counter_app.gui.forms.ui_back_office_screen import Ui_BackOfficeScreen
from counter_app.gui.station import Station
from counter_app.services.permissions import Action, allowed


class BackOfficeTab(Protocol):
    """What a tab offers the screen: a refresh each time it is shown."""

    def refresh(self) -> None: ...


@dataclass(frozen=True)
class TabSpec:
    """One tab: where its widget class lives and the action that lets a role see it."""

    key: str
    module: str
    class_name: str
    needs: tuple[Action, ...]  # any one of them shows the tab
    title: Callable[[], str]


TABS: Final = (
    TabSpec(
        "history",
        "counter_app.gui.history_tab",
        "HistoryTab",
        (Action.HISTORY_SEARCH,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "History"),
    ),
    TabSpec(
        "shift",
        "counter_app.gui.shift_tab",
        "ShiftTab",
        (Action.SHIFT_CLOSE,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Shift"),
    ),
    TabSpec(
        "reminders",
        "counter_app.gui.reminders_tab",
        "RemindersTab",
        (Action.REMINDERS_VIEW,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Reminders"),
    ),
    TabSpec(
        "reports",
        "counter_app.gui.reports_tab",
        "ReportsTab",
        (Action.REPORTS_VIEW,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Reports"),
    ),
    TabSpec(
        "stock",
        "counter_app.gui.admin_stock_tab",
        "AdminStockTab",
        (Action.STOCK_VIEW,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Stock and imports"),
    ),
    TabSpec(
        "catalog",
        "counter_app.gui.admin_catalog_tab",
        "AdminCatalogTab",
        (Action.PROMOTIONS_EDIT, Action.PLANS_EDIT),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Catalogue"),
    ),
    TabSpec(
        "staff",
        "counter_app.gui.admin_staff_tab",
        "AdminStaffTab",
        (Action.STAFF_UNLOCK, Action.STAFF_ADD),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Staff"),
    ),
    TabSpec(
        "settings",
        "counter_app.gui.admin_settings_tab",
        "AdminSettingsTab",
        (Action.COUNTER_SETTINGS_EDIT, Action.SHOP_SETTINGS_EDIT),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Settings"),
    ),
    TabSpec(
        "outbox",
        "counter_app.gui.outbox_tab",
        "OutboxTab",
        # A supervisor resolves what did not reach the carrier: a refund's role.
        (Action.SALE_REFUND,),
        lambda: QCoreApplication.translate("BackOfficeScreen", "Outbox"),
    ),
)


class BackOfficeScreen(QWidget):
    """The tabs behind the counter.

    Signals:
        finished(): back to the counter (Esc or the button).
        shiftClosed(): the shift tab closed the shift; the window asks for a new float.
        counterSettingsChanged(object): this counter's settings were saved (CounterSettings).
    """

    finished = Signal()
    shiftClosed = Signal()
    counterSettingsChanged = Signal(object)

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.ui = Ui_BackOfficeScreen()
        self.ui.setupUi(self)
        self.tabs = self.ui.backOfficeTabs
        self._specs: list[TabSpec] = []
        self._pages: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        self._clerk_id: int | None = None
        self.ui.backToCounterButton.clicked.connect(self.finished)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.finished.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for number in range(1, 10):
            QShortcut(
                QKeySequence(f"Ctrl+{number}"),
                self,
                lambda n=number: self._go_to(n - 1),
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.tabs.currentChanged.connect(self._on_tab_changed)

    # --- for the window ------------------------------------------------------------------

    def enter(self, key: str | None = None) -> None:
        """Show the tabs the signed-in member of staff may use (optionally one of them)."""
        clerk = self.station.clerk
        if clerk is None:
            return
        if clerk.id != self._clerk_id:
            self._rebuild()
            self._clerk_id = clerk.id
        self.ui.backOfficeClerkLabel.setText(clerk.display_name)
        if key is not None and key in self._pages:
            self.tabs.setCurrentWidget(self._pages[key])
        self._on_tab_changed(self.tabs.currentIndex())
        # The keyboard starts on the tabs (arrows, Ctrl+1…9, Esc), not on the hidden counter.
        self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)

    def tab(self, key: str) -> QWidget | None:
        """The tab *key*'s widget, built if the clerk may see it; None if not."""
        if key not in self._pages:
            return None
        return self._ensure_built(key)

    def tab_keys(self) -> list[str]:
        """The keys of the tabs shown, in order."""
        return [spec.key for spec in self._specs]

    # --- tabs ----------------------------------------------------------------------------

    def _rebuild(self) -> None:
        clerk = self.station.clerk
        self.tabs.blockSignals(True)
        try:
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                page.deleteLater()
        finally:
            self.tabs.blockSignals(False)
        self._specs, self._pages, self._built = [], {}, {}
        if clerk is None:
            return
        for spec in TABS:
            if not any(allowed(clerk, action) for action in spec.needs):
                continue
            page = QWidget(self.tabs)
            page.setObjectName(f"{spec.key}Page")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            self._specs.append(spec)
            self._pages[spec.key] = page
            self.tabs.addTab(page, spec.title())

    def _ensure_built(self, key: str) -> QWidget:
        built = self._built.get(key)
        if built is not None:
            return built
        spec = next(s for s in self._specs if s.key == key)
        module = importlib.import_module(spec.module)
        widget = cast(QWidget, getattr(module, spec.class_name)(self.station))
        widget.setObjectName(f"{spec.key}Tab")
        layout = self._pages[key].layout()
        if layout is None:
            raise RuntimeError(f"the back office page {key} has no layout")
        # A tab taller than a 768-pixel screen (a long form and its messages) scrolls
        # instead of squeezing its fields.
        scroll = QScrollArea(self._pages[key])
        scroll.setObjectName(f"{spec.key}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        layout.addWidget(scroll)
        # Shown now, not on the next turn of the event loop (a layout shows a widget added
        # to a visible page later), so the tab is on screen when this returns.
        widget.show()
        scroll.show()
        self._built[key] = widget
        for name in ("shiftClosed", "counterSettingsChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        log.gui.debug("back office tab %s built", key)
        return widget

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        if not 0 <= index < len(self._specs):
            return
        widget = self._ensure_built(self._specs[index].key)
        cast(BackOfficeTab, widget).refresh()

    def _go_to(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for n, spec in enumerate(self._specs):
                self.tabs.setTabText(n, spec.title())
        super().changeEvent(event)
