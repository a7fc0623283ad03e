"""X (mid-shift) and Z (closing) shift reports as a PDF, on the shop's receipt paper.

The numbers are :class:`~counter_app.domain.shifts.ShiftFigures` as the shift service
computes them; this module only lays them out. Cash is shown as takings: what the
customers handed over, less the change given back (change is never takings). A report
lists no customer, no number and no ID document: only counts and money.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from reportlab.lib.units import mm  # type: ignore[import-untyped]

from counter_app.domain.cash import denomination_label
from counter_app.domain.clock import HONG_KONG
from counter_app.domain.drawer import DrawerKind
from counter_app.domain.money import format_money
from counter_app.domain.shifts import SALE_KINDS, ShiftFigures
from counter_app.domain.tenders import TenderKind
from counter_app.printing.fonts import cjk_font
from counter_app.printing.labels import ChineseScript, Labels
from counter_app.printing.layout import Align, Column, Flow, TextStyle
from counter_app.printing.receipt import (
    PAPERS,
    Paper,
    PaperSpec,
    ShopHeader,
    Styles,
    add_shop_header,
    both_names,
    render_pdf,
)

# Wide enough for the largest count a shift can have, however it is measured.
_COUNT_SAMPLE: Final = "00000"
_MAX_WIDTH: Final = 120 * mm
# The Z report's count by denomination: (Traditional, Simplified, English).
_CASH_COUNT_HEADING: Final = ("現金點算明細", "现金点算明细", "Cash count")


class ReportKind(StrEnum):
    X = "x"
    Z = "z"


@dataclass(frozen=True)
class ShiftReport:
    """One shift's report: its figures and the names the figures only hold as ids."""

    kind: ReportKind
    figures: ShiftFigures
    counter_code: str
    counter_name: str
    opened_by: str
    closed_by: str = ""
    # The counter's audit chain right after this shift's closing entry: its count and hash,
    # so the trail can be checked later against a paper copy (audit verify --expect).
    audit_entries: int = 0
    audit_hash: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ReportKind(self.kind))
        closed = self.figures.closed_at is not None
        if self.kind is ReportKind.X and closed:
            raise ValueError(f"shift {self.figures.shift_id} is closed: its report is a Z report")
        if self.kind is ReportKind.Z and (not closed or self.figures.counted is None):
            raise ValueError(f"shift {self.figures.shift_id} is open: only an X report exists")


@dataclass(frozen=True)
class ShiftReportDocument:
    """One or more shifts' reports of one kind, each on its own page."""

    reports: tuple[ShiftReport, ...]
    shop: ShopHeader
    printed_at: datetime
    paper: Paper = Paper.MM80
    chinese: ChineseScript = ChineseScript.TRADITIONAL
    cjk_font_path: Path | None = None

    def __post_init__(self) -> None:
        if not self.reports:
            raise ValueError("a report document needs at least one shift")
        if len({report.kind for report in self.reports}) > 1:
            raise ValueError("X and Z reports are printed separately")
        if self.printed_at.tzinfo is None:
            raise ValueError("printed_at must be an aware datetime")
        object.__setattr__(self, "paper", Paper(self.paper))
        object.__setattr__(self, "chinese", ChineseScript(self.chinese))

    @property
    def kind(self) -> ReportKind:
        return self.reports[0].kind


def _time(moment: datetime) -> str:
    return f"{moment.astimezone(HONG_KONG):%Y-%m-%d %H:%M}"


class _Composer:
    """Lays one shift's report out into a :class:`Flow`, section by section."""

    def __init__(
        self, document: ShiftReportDocument, report: ShiftReport, font: str, spec: PaperSpec
    ) -> None:
        self.document = document
        self.report = report
        self.figures = report.figures
        self.labels = Labels(document.chinese)
        self.styles = Styles(font, spec)
        # On A4 a report is a column of figures, not a page-wide gap between words and sums.
        self.flow = Flow(min(spec.width - 2 * spec.margin, _MAX_WIDTH))
        # Bold totals are the widest amounts: the column fits them, or a digit would wrap.
        strong = self.styles.strong
        self.money = Column(strong.width(self._widest_amount()) + 1, Align.RIGHT)
        self.count = Column(strong.width(_COUNT_SAMPLE), Align.RIGHT)

    def _widest_amount(self) -> str:
        """The longest amount the report prints, negative (every amount shown is one)."""
        figures = self.figures
        amounts = [
            *(kind.amount for kind in figures.by_kind.values()),
            figures.sales_total,
            figures.void_amount,
            figures.refund_amount,
            figures.net_sales,
            *figures.by_tender.values(),
            sum(figures.by_tender.values()),
            *figures.given_back_by_tender.values(),
            figures.given_back,
            *(tender.net for tender in figures.tenders.values()),
            figures.cash_tendered,
            figures.change_given,
            figures.cash_takings,
            figures.float_amount,
            figures.cash_returned,
            figures.cash_in,
            figures.cash_out,
            figures.expected_cash,
            figures.counted or 0,
            figures.variance or 0,
            *(amount for _, amount, _ in figures.movements),
        ]
        return format_money(-max(abs(amount) for amount in amounts))

    def compose(self) -> Flow:
        add_shop_header(self.flow, self.document.shop, self.labels, self.styles)
        self._rule()
        sections = (
            self._title,
            self._facts,
            self._sales,
            self._reversals,
            self._carrier,
            self._tenders,
            self._drawer,
            self._cash_count,
            self._movements,
            self._drawer_openings,
            self._audit_head,
            self._signature,
        )
        for section in sections:
            start = len(self.flow.blocks)
            section()
            # On A4 a section moves to the next page whole: no heading without its figures.
            self.flow.keep_together(start)
        return self.flow

    def _rule(self) -> None:
        self.flow.rule(self.styles.gap * 2)

    def _heading(self, key: str) -> None:
        self.flow.text(self.labels.both(key), self.styles.heading)

    def _amount(self, key: str, amount: int, *, style: TextStyle | None = None) -> None:
        self._money_row(self.labels.both(key), amount, style=style)

    def _money_row(
        self, label: str, amount: int, *, count: int | None = None, style: TextStyle | None = None
    ) -> None:
        chosen = style or self.styles.text
        if count is None:
            self.flow.row([label, format_money(amount)], [Column(), self.money], chosen)
        else:
            self.flow.row(
                [label, str(count), format_money(amount)],
                [Column(), self.count, self.money],
                chosen,
            )

    def _indented(self, key: str, amount: int, *, style: TextStyle | None = None) -> None:
        """A money row under a heading row: an empty sliver of a column, then its gap, indent."""
        self.flow.row(
            ["", self.labels.both(key), format_money(amount)],
            [Column(1), Column(), self.money],
            style or self.styles.text,
        )

    def _title(self) -> None:
        labels, styles, flow = self.labels, self.styles, self.flow
        key = f"title.{self.report.kind.value}_report"
        flow.text(labels.zh(key), styles.title, align=Align.CENTER)
        flow.text(labels.en(key), styles.heading, align=Align.CENTER)
        if self.report.kind is ReportKind.X:
            flow.space(styles.gap)
            flow.boxed([labels.zh("x_note"), labels.en("x_note")], styles.strong)
        else:
            flow.text(labels.both("z_note"), styles.text, align=Align.CENTER)
        self._rule()

    def _fact(self, key: str, value: str) -> None:
        self.flow.pair(self.labels.both(key), value, self.styles.text)

    def _facts(self) -> None:
        report, figures = self.report, self.figures
        counter = " ".join(part for part in (report.counter_code, report.counter_name) if part)
        self._fact("counter", counter)
        self._fact("shift_no", str(figures.shift_id))
        self._fact("opened_by", report.opened_by)
        self._fact("opened_at", _time(figures.opened_at))
        if figures.closed_at is not None:
            self._fact("closed_by", report.closed_by)
            self._fact("closed_at", _time(figures.closed_at))
        self._fact("printed_at", _time(self.document.printed_at))
        self.flow.text(self.labels.both("all_hk_time"), self.styles.small)
        self._rule()

    def _column_heads(self) -> None:
        labels = self.labels
        small = self.styles.small
        self.flow.row(
            ["", f"{labels.zh('count')}\n{labels.en('count')}", labels.both("amount")],
            [Column(), self.count, self.money],
            small,
        )

    def _sales(self) -> None:
        figures, labels, styles = self.figures, self.labels, self.styles
        self._heading("sales_by_kind")
        self._column_heads()
        for kind in dict.fromkeys(SALE_KINDS) | dict.fromkeys(figures.by_kind):
            taken = figures.by_kind.get(kind)
            self._money_row(
                labels.both(f"kind.{kind}") if kind in SALE_KINDS else kind,
                taken.amount if taken else 0,
                count=taken.count if taken else 0,
            )
        self.flow.rule(styles.gap, dashed=False)
        self._money_row(
            labels.both("sales_total"),
            figures.sales_total,
            count=figures.sales_count,
            style=styles.strong,
        )
        self._rule()

    def _reversals(self) -> None:
        figures, labels, styles = self.figures, self.labels, self.styles
        self._heading("reversals")
        self._money_row(labels.both("voids"), -figures.void_amount, count=figures.voids)
        self._money_row(labels.both("refunds"), -figures.refund_amount, count=figures.refunds)
        self.flow.rule(styles.gap, dashed=False)
        self._amount("net_sales", figures.net_sales, style=styles.strong)
        self._rule()

    def _carrier(self) -> None:
        """How many of the shift's sales the carrier has not confirmed applying yet."""
        labels, styles = self.labels, self.styles
        count = self.figures.unconfirmed_sales
        self._heading("carrier_confirmation")
        self.flow.row(
            [labels.both("unconfirmed_sales"), str(count)],
            [Column(), self.count],
            styles.strong if count else styles.text,
        )
        self.flow.text(labels.both("unconfirmed_note"), styles.small)
        self._rule()

    def _tenders(self) -> None:
        """Each tender's taken, given back and net: what its own statement should show."""
        figures, labels, styles = self.figures, self.labels, self.styles
        self._heading("by_tender")
        kinds = [kind.value for kind in TenderKind]
        tenders = figures.tenders
        for tender in kinds + [t for t in tenders if t not in kinds]:
            try:
                name = both_names(*labels.tender(TenderKind(tender)))
            except ValueError:
                name = tender
            got = tenders.get(tender)
            if got is None or not got.given_back:
                self._money_row(name, got.taken if got else 0)
                continue
            self.flow.text(name, styles.text)
            self._indented("tender_taken", got.taken)
            self._indented("tender_given_back", -got.given_back)
            self._indented("tender_net", got.net, style=styles.strong)
        self.flow.rule(styles.gap, dashed=False)
        self._amount("total", sum(figures.by_tender.values()), style=styles.strong)
        if figures.given_back:
            self._amount("tender_given_back", -figures.given_back)
            self._amount(
                "tender_net",
                sum(figures.by_tender.values()) - figures.given_back,
                style=styles.strong,
            )
        self.flow.space(styles.gap)
        cash_zh, cash_en = labels.tender(TenderKind.CASH)
        self.flow.text(both_names(cash_zh, cash_en), styles.strong)
        self._amount("cash_tendered", figures.cash_tendered)
        self._amount("change_given", -figures.change_given)
        self._amount("cash_takings", figures.cash_takings, style=styles.strong)
        self.flow.text(labels.both("change_note"), styles.small)
        self._rule()

    def _drawer(self) -> None:
        figures, labels, styles = self.figures, self.labels, self.styles
        self._heading("cash_drawer")
        self._amount("float", figures.float_amount)
        self._amount("cash_takings", figures.cash_takings)
        self._amount("cash_returned", -figures.cash_returned)
        self._amount("cash_in", figures.cash_in)
        self._amount("cash_out", -figures.cash_out)
        self.flow.rule(styles.gap, dashed=False)
        self._amount("expected_cash", figures.expected_cash, style=styles.strong)
        if self.report.kind is ReportKind.Z and figures.counted is not None:
            variance = figures.variance if figures.variance is not None else 0
            self._amount("counted_cash", figures.counted, style=styles.strong)
            label = labels.both("variance")
            if variance:
                side = "over" if variance > 0 else "short"
                label = f"{label} ({labels.zh(side)} {labels.en(side)})"
            self._money_row(label, variance, style=styles.strong)
            self.flow.text(
                f"{labels.zh('variance_note')} / {labels.en('variance_note')}", styles.small
            )
            if figures.variance_reason:
                self.flow.text(f"{labels.both('variance_reason')}:", styles.text)
                self.flow.text(figures.variance_reason, styles.text, indent=styles.indent)
        self._rule()

    def _cash_count(self) -> None:
        count = self.figures.cash_count
        if self.report.kind is not ReportKind.Z or count is None:
            return
        styles, labels = self.styles, self.labels
        traditional, simplified, english = _CASH_COUNT_HEADING
        chinese = simplified if labels.script is ChineseScript.SIMPLIFIED else traditional
        self.flow.text(f"{chinese} {english}", styles.heading)
        self._column_heads()
        for cents, pieces in count:
            self._money_row(denomination_label(cents), cents * pieces, count=pieces)
        self.flow.rule(styles.gap, dashed=False)
        self._amount("counted_cash", count.total, style=styles.strong)
        self._rule()

    def _movements(self) -> None:
        figures, labels, styles = self.figures, self.labels, self.styles
        self._heading("cash_movements")
        if not figures.movements:
            self.flow.text(labels.both("no_movements"), styles.small)
        for moment, amount, reason in figures.movements:
            key = "cash_in" if amount > 0 else "cash_out"
            local = moment.astimezone(HONG_KONG)
            self._money_row(f"{local:%H:%M} {labels.both(key)}", amount)
            self.flow.text(reason, styles.small, indent=styles.indent)
        self._rule()

    def _drawer_openings(self) -> None:
        """How often the drawer opened and why; each opening without a sale, by whom."""
        drawer, labels, styles = self.figures.drawer, self.labels, self.styles
        self._heading("drawer_openings")
        for kind in DrawerKind:
            count = drawer.by_kind.get(kind.value, 0)
            self.flow.row(
                [labels.both(f"drawer.{kind.value}"), str(count)],
                [Column(), self.count],
                styles.text,
            )
        self.flow.rule(styles.gap, dashed=False)
        self.flow.row(
            [labels.both("drawer_total"), str(drawer.total)], [Column(), self.count], styles.strong
        )
        if drawer.not_sent:
            self.flow.row(
                [labels.both("drawer_not_sent"), str(drawer.not_sent)],
                [Column(), self.count],
                styles.strong,
            )
        self.flow.space(styles.gap)
        self.flow.text(labels.both("no_sale_openings"), styles.strong)
        if not drawer.no_sale:
            self.flow.text(labels.both("no_no_sale"), styles.small)
        for opening in drawer.no_sale:
            local = opening.opened_at.astimezone(HONG_KONG)
            mark = "" if opening.sent else f" ({labels.both('not_sent')})"
            self.flow.text(f"{local:%H:%M} {opening.clerk}{mark}", styles.text)
            self.flow.text(opening.reason, styles.small, indent=styles.indent)
        self._rule()

    def _audit_head(self) -> None:
        report, labels, styles = self.report, self.labels, self.styles
        if report.kind is not ReportKind.Z or not report.audit_hash:
            return
        entry = f"{labels.zh('audit_entry')} / {labels.en('audit_entry')}"
        self._fact("audit_head", f"{report.counter_code} {entry.format(n=report.audit_entries)}")
        groups = [report.audit_hash[i : i + 8] for i in range(0, len(report.audit_hash), 8)]
        self.flow.text(" ".join(groups), styles.small)
        self._rule()

    def _signature(self) -> None:
        if self.report.kind is not ReportKind.Z:
            return
        styles = self.styles
        self.flow.space(styles.gap * 3)
        self.flow.text(f"{self.labels.both('signature')}:", styles.text)
        self.flow.space(styles.gap * 2)
        self.flow.rule(styles.gap, dashed=False)


def layout(document: ShiftReportDocument) -> tuple[list[Flow], str]:
    """Each shift's report laid out and measured, and the Chinese font's name."""
    spec = PAPERS[document.paper]
    font = cjk_font(document.cjk_font_path).name
    return [_Composer(document, report, font, spec).compose() for report in document.reports], font


def build_shift_report_pdf(document: ShiftReportDocument) -> bytes:
    """The X or Z report as PDF bytes: one page per shift on a roll, A4 pages otherwise.

    Raises :class:`~counter_app.printing.fonts.CjkFontMissing` when no Chinese font can
    be embedded.
    """
    flows, font = layout(document)
    labels = Labels(document.chinese)
    shifts = ", ".join(str(report.figures.shift_id) for report in document.reports)
    counters = ", ".join(dict.fromkeys(report.counter_code for report in document.reports))
    title = labels.en(f"title.{document.kind.value}_report")
    footers = [
        f"{labels.zh(f'title.{report.kind.value}_report')} {title} {report.counter_code} "
        f"{labels.both('shift_no')} {report.figures.shift_id}"
        for report in document.reports
    ]
    return render_pdf(
        flows,
        PAPERS[document.paper],
        font,
        title=f"{title} {counters} shift {shifts}",
        author=document.shop.name_en or document.shop.name_zh,
        footers=footers,
    )
