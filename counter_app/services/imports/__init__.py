"""Bulk imports from CSV: a carrier's or the old system's lines, and PIN voucher stock.

Every row is checked before anything is written; one bad row and nothing is imported.
Reports name rows by their line number in the file and never repeat an ID number or a PIN.

The package's interface is re-exported here (``imports.import_lines(...)``); the lines are
in :mod:`.lines`, the vouchers in :mod:`.voucher_pins`, what both share in :mod:`.common`.
"""

from counter_app.services.imports.common import ImportPreview, ImportReport, PreviewGroup, RowError
from counter_app.services.imports.lines import LINE_COLUMNS, import_lines, preview_lines
from counter_app.services.imports.voucher_pins import (
    VOUCHER_COLUMNS,
    import_vouchers,
    preview_vouchers,
)

__all__ = [
    "LINE_COLUMNS",
    "VOUCHER_COLUMNS",
    "ImportPreview",
    "ImportReport",
    "PreviewGroup",
    "RowError",
    "import_lines",
    "import_vouchers",
    "preview_lines",
    "preview_vouchers",
]
