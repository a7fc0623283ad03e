"""Choosing the plan (選擇套餐): the line's quotes, the recommended first, and what each gives."""

from __future__ import annotations

from math import ceil
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counter_app.domain.money import format_money
from counter_app.domain.plans import PlanKind, Quote, format_data
from counter_app.gui.forms.ui_plan_panel import Ui_PlanPanel

# Digits 1-9 pick a plan directly, so only the first nine rows show a number.
_DIGIT_KEYS: Final = 9
# The plan list's item padding in ui/plan_panel.ui's style sheet, which sizes rows here.
_ITEM_PADDING_X: Final = 4
_ITEM_PADDING_Y: Final = 6


def _chinese(language: str) -> bool:
    return language.startswith("zh")


def plan_name(quote: Quote, language: str) -> str:
    """The plan's name in Chinese for the zh_* languages, in English otherwise."""
    return quote.plan.name_zh if _chinese(language) else quote.plan.name_en


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's current width.

    The default delegate measures a multi-line item once per line width it guesses, and a
    row whose first line wraps lost its last line to an ellipsis (seen in English at
    1366 px: "HK$158.00…", the promotion gone).
    """

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        role_font = index.data(Qt.ItemDataRole.FontRole)
        # The list's own font (its style sheet's size), made bold for the recommended row.
        font = role_font.resolve(view.font()) if isinstance(role_font, QFont) else view.font()
        # As QCommonStyle lays out an item's text: a margin each side, QTextLayout wrapping,
        # inside the style sheet's item padding (panel form: 6px 4px).
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        width = max(50, view.viewport().width() - 2 * (margin + _ITEM_PADDING_X) - 2)
        option_text = QTextOption()
        option_text.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        needed = 0.0
        for paragraph in text.split("\n"):
            layout = QTextLayout(paragraph, font)
            layout.setTextOption(option_text)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                needed += line.height()
            layout.endLayout()
        height = ceil(needed) + 2 * (margin + _ITEM_PADDING_Y) + 2
        return QSize(hint.width(), max(hint.height(), height))


class PlanListModel(QAbstractListModel):
    """The quotes for one line, in the order given (the recommended one first).

    DisplayRole is "1 · name — HK$total", and on a second line the "Recommended" tag and
    the promotion's name, in the model's language.
    """

    QuoteRole: Final = Qt.ItemDataRole.UserRole + 1
    """The row's :class:`Quote`."""
    RecommendedRole: Final = Qt.ItemDataRole.UserRole + 2
    """Whether the row is the recommended plan (bool)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quotes: list[Quote] = []
        self._language = "zh_HK"
        # Only the weight: the size still comes from the view.
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def language(self) -> str:
        return self._language

    def set_quotes(self, quotes: list[Quote], language: str) -> None:
        self.beginResetModel()
        self._quotes = list(quotes)
        self._language = language
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show the names in *language*; also re-reads the tr() texts after a switch."""
        self._language = language
        if self._quotes:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._quotes) - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def quote_at(self, row: int) -> Quote | None:
        return self._quotes[row] if 0 <= row < len(self._quotes) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._quotes)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        quote = self.quote_at(index.row()) if index.isValid() else None
        if quote is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(index.row(), quote)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if quote.recommended else None
        if role == self.QuoteRole:
            return quote
        if role == self.RecommendedRole:
            return quote.recommended
        return None

    def _display(self, row: int, quote: Quote) -> str:
        name = plan_name(quote, self._language)
        text = f"{name} — {format_money(quote.total)}"
        if row < _DIGIT_KEYS:
            text = f"{row + 1} · {text}"
        tags = []
        if quote.recommended:
            tags.append(self.tr("Recommended"))
        if quote.promotion is not None:
            promotion = quote.promotion
            tags.append(promotion.name_zh if _chinese(self._language) else promotion.name_en)
        if tags:
            text += "\n" + " · ".join(tags)
        return text


class PlanPanel(QWidget):
    """The plans the line can be sold, with the new expiry and what the customer gets.

    Keys: ↑/↓ move, 1-9 pick the n-th plan, Enter chooses (or presses the focused
    button), Esc goes back.

    Signals:
        planChosen(object): the chosen :class:`Quote`.
        backRequested(): the clerk leaves the plan choice (Esc).
    """

    planChosen = Signal(object)
    backRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, language: str = "zh_HK") -> None:
        super().__init__(parent)
        self.ui = Ui_PlanPanel()
        self.ui.setupUi(self)
        self.model = PlanListModel(self)
        self.model.set_quotes([], language)
        self.ui.planList.setModel(self.model)
        self.ui.planList.setItemDelegate(WrappingDelegate(self.ui.planList))
        self.setFocusProxy(self.ui.planList)

        enter = QShortcut(self)
        enter.setKeys([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # A held-down Enter must not choose twice.
        enter.setAutoRepeat(False)
        enter.activated.connect(self._on_enter)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.backRequested)
        for number in range(1, _DIGIT_KEYS + 1):
            digit = QShortcut(QKeySequence(str(number)), self)
            digit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            digit.activated.connect(lambda row=number - 1: self._on_digit(row))

        selection = self.ui.planList.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        self.ui.choosePlanButton.clicked.connect(self._on_choose)
        self.ui.backButton.clicked.connect(self.backRequested)
        self._show_quote()

    def set_quotes(self, quotes: list[Quote], language: str) -> None:
        """Show *quotes* (the recommended one first) with the first one selected."""
        self.model.set_quotes(quotes, language)
        if quotes:
            self.ui.planList.setCurrentIndex(self.model.index(0))
        self._show_quote()
        self.ui.planList.setFocus()

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self._show_quote()

    def current_quote(self) -> Quote | None:
        return self.model.quote_at(self.ui.planList.currentIndex().row())

    def _show_quote(self) -> None:
        quote = self.current_quote()
        self.ui.choosePlanButton.setEnabled(quote is not None)
        if quote is None:
            self.ui.newExpiryLabel.setText("")
            self.ui.planBenefitsLabel.setText(
                self.tr("No plan can be sold for this line today.")
                if self.model.rowCount() == 0
                else ""
            )
            return
        if quote.plan.kind is PlanKind.CREDIT_TOPUP:
            change = self.tr("New balance: {old} → {new}").format(
                old=format_money(quote.balance_before), new=format_money(quote.balance_after)
            )
        elif quote.expires_on_after != quote.expires_on_before:
            change = self.tr("New expiry: {old} → {new}").format(
                old=quote.expires_on_before.isoformat(), new=quote.expires_on_after.isoformat()
            )
        else:
            change = self.tr("Expiry unchanged: {date}").format(
                date=quote.expires_on_after.isoformat()
            )
        self.ui.newExpiryLabel.setText(change)
        lines = [f"• {line}" for line in self._benefits(quote)]
        lines.append("")
        lines.append(self.tr("To pay: {total}").format(total=format_money(quote.total)))
        self.ui.planBenefitsLabel.setText("\n".join(lines))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_quote()

    def _on_digit(self, row: int) -> None:
        if row < self.model.rowCount():
            self.ui.planList.setCurrentIndex(self.model.index(row))
            self.ui.planList.setFocus()

    @Slot()
    def _on_enter(self) -> None:
        focused = self.focusWidget()
        if isinstance(focused, QPushButton) and focused is not self.ui.choosePlanButton:
            focused.click()
            return
        self._on_choose()

    @Slot()
    def _on_choose(self) -> None:
        quote = self.current_quote()
        if quote is not None:
            self.planChosen.emit(quote)

    def _benefits(self, quote: Quote) -> list[str]:
        """What the customer gets, in the window's language (the receipt prints the core's
        bilingual lines of the same quote)."""
        plan, lines = quote.plan, []
        if plan.kind is PlanKind.RENEWAL:
            lines.append(
                self.tr("Valid until {date}").format(date=quote.expires_on_after.isoformat())
            )
        if plan.credit:
            lines.append(self.tr("Credit +{amount}").format(amount=format_money(plan.credit)))
            lines.append(
                self.tr("Balance {amount}").format(amount=format_money(quote.balance_after))
            )
        if plan.data_mb:
            lines.append(self.tr("Data +{data}").format(data=format_data(plan.data_mb)))
        if plan.minutes:
            lines.append(self.tr("Voice +{minutes} min").format(minutes=f"{plan.minutes:,}"))
        bonus_data = quote.data_added_mb - plan.data_mb
        if bonus_data:
            lines.append(self.tr("Bonus data +{data}").format(data=format_data(bonus_data)))
        bonus_minutes = quote.minutes_added - plan.minutes
        if bonus_minutes:
            lines.append(self.tr("Bonus voice +{minutes} min").format(minutes=f"{bonus_minutes:,}"))
        if quote.bonus_days:
            lines.append(
                (
                    self.tr("Bonus validity +{days} day")
                    if quote.bonus_days == 1
                    else self.tr("Bonus validity +{days} days")
                ).format(days=quote.bonus_days)
            )
        promotion = quote.promotion
        if promotion is not None and quote.discount:
            lines.append(
                self.tr("{promotion}: {amount} off").format(
                    promotion=promotion.name_en
                    if not _chinese(self.model.language)
                    else promotion.name_zh,
                    amount=format_money(quote.discount),
                )
            )
        return lines

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.set_language(self.model.language)
        super().changeEvent(event)
