"""What the customer may see of the sale, published by the clerk's screens.

The screens (through :class:`counter_app.gui.sale_flow.SaleFlow`) publish a
:mod:`counter_app.domain.customer_screen` state at each step; whatever faces the customer
follows :func:`customer_facing` and draws the last one. The clerk's window does not know
whether a customer's screen exists: publishing is all it does, so closing that screen or
unplugging its monitor cannot touch a sale.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.domain.customer_screen import CustomerState, Idle


class CustomerFacing(QObject):
    """The last state published for the customer, and a signal when it changes.

    Signals:
        changed(object): the new :data:`CustomerState`.
    """

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._welcome: Idle = Idle("", "")
        self._state: CustomerState = self._welcome

    def state(self) -> CustomerState:
        return self._state

    def publish(self, state: CustomerState) -> None:
        if state != self._state:
            self._state = state
            self.changed.emit(state)

    def set_welcome(self, idle: Idle) -> None:
        """The shop's own idle state (its name and logo), shown between customers."""
        showing_welcome = self._state == self._welcome
        self._welcome = idle
        if showing_welcome:
            self.publish(idle)

    def welcome_state(self) -> Idle:
        """The shop's idle state (its name and logo)."""
        return self._welcome

    def welcome(self) -> None:
        """No customer: the shop's idle state."""
        self.publish(self._welcome)


_facing: CustomerFacing | None = None


def customer_facing() -> CustomerFacing:
    """The application's one customer-facing state (one counter per program)."""
    global _facing  # noqa: PLW0603 - one per QApplication, like the language switcher
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("customer_facing needs a QApplication")
    if _facing is None or _facing.parent() is not app:
        _facing = CustomerFacing(app)
    return _facing
