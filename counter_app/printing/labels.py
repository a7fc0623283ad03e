"""The fixed words printed on receipts, in Traditional Chinese, Simplified Chinese and English.

Only the receipt's own labels change with the shop's script setting: names of shops, plans
and carriers, benefits and redemption texts are printed as the shop stored them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from counter_app.domain.plans import CARD_TYPE_NAMES, CardType
from counter_app.domain.tenders import TENDER_NAMES, TenderKind


class ChineseScript(StrEnum):
    TRADITIONAL = "traditional"
    SIMPLIFIED = "simplified"


# key: (Traditional, Simplified, English)
LABELS: Final[dict[str, tuple[str, str, str]]] = {
    "title.renewal": ("續費收據", "续费收据", "RENEWAL RECEIPT"),
    "title.top_up": ("增值收據", "增值收据", "TOP-UP RECEIPT"),
    "title.new_sim": ("新卡登記收據", "新卡登记收据", "NEW SIM RECEIPT"),
    "title.voucher": ("充值券", "充值券", "TOP-UP VOUCHER"),
    "phone": ("電話", "电话", "Tel."),
    "br_number": ("商業登記號碼", "商业登记号码", "BR No."),
    "receipt_no": ("收據編號", "收据编号", "Receipt No."),
    "date": ("日期時間", "日期时间", "Date/Time"),
    "hk_time": ("香港時間", "香港时间", "HK time"),
    "counter": ("櫃檯", "柜台", "Counter"),
    "clerk": ("職員", "职员", "Clerk"),
    "number": ("號碼", "号码", "Number"),
    "carrier": ("網絡商", "运营商", "Carrier"),
    "card_type": ("卡類", "卡类", "Card type"),
    "list_price": ("原價", "原价", "List price"),
    "discount": ("折扣", "折扣", "Discount"),
    "amount": ("金額", "金额", "Amount"),
    "expiry": ("有效期", "有效期", "Expiry"),
    "valid_until": ("有效期至", "有效期至", "Valid until"),
    "balance": ("餘額", "余额", "Balance"),
    "total": ("總額", "总额", "TOTAL"),
    "tendered": ("收款", "收款", "Tendered"),
    "change": ("找贖", "找零", "Change"),
    "reference": ("參考編號", "参考编号", "Ref."),
    "card_ending": ("卡號末四位", "卡号末四位", "Card ending"),
    "approval": ("批核編號", "批核编号", "Approval code"),
    "pin": ("充值密碼", "充值密码", "PIN"),
    "pin_withheld": (
        "充值密碼不在此文件顯示",
        "充值密码不在此文件显示",
        "PIN not shown on this document",
    ),
    "serial": ("序號", "序号", "Serial No."),
    "voucher_expiry": ("充值券有效期至", "充值券有效期至", "Use by"),
    "redeem": ("使用方法", "使用方法", "How to redeem"),
    "scan": ("掃描以查詢此交易", "扫描以查询此交易", "Scan to find this sale"),
    "keep": (
        "請保留此收據，以便查詢、投訴及退款。",
        "请保留此收据，以便查询、投诉及退款。",
        "Please keep this receipt for enquiries, complaints and refunds.",
    ),
    "hotline": ("客戶服務熱線", "客户服务热线", "Hotline"),
    "copy": ("副本", "副本", "COPY"),
    "void": ("作廢", "作废", "VOID"),
    "refunded": ("已退款", "已退款", "REFUNDED"),
    # shift reports
    "title.x_report": ("X 報表", "X 报表", "X REPORT"),
    "title.z_report": ("Z 報表", "Z 报表", "Z REPORT"),
    "x_note": ("更中報表，並非結算", "更中报表，并非结算", "Mid-shift report, not a closing"),
    "z_note": ("收銀結算", "收银结算", "Shift closing"),
    "shift_no": ("更次編號", "更次编号", "Shift No."),
    "opened_by": ("開更職員", "开更职员", "Opened by"),
    "opened_at": ("開更時間", "开更时间", "Opened at"),
    "closed_by": ("收更職員", "收更职员", "Closed by"),
    "closed_at": ("收更時間", "收更时间", "Closed at"),
    "printed_at": ("列印時間", "打印时间", "Printed at"),
    "sales_by_kind": ("銷售類別", "销售类别", "Sales by kind"),
    "kind.renewal": ("續期", "续期", "Renewals"),
    "kind.credit_topup": ("增值", "增值", "Credit top-ups"),
    "kind.data_addon": ("數據附加", "数据附加", "Data add-ons"),
    "kind.new_sim": ("新卡", "新卡", "New SIMs"),
    "kind.voucher": ("充值券", "充值券", "Vouchers"),
    "sales_total": ("銷售總額", "销售总额", "Sales total"),
    "no_sales": ("沒有銷售", "没有销售", "No sales"),
    "by_tender": ("收款方式", "收款方式", "Takings by tender"),
    "tender_taken": ("收款", "收款", "Taken"),
    "tender_given_back": ("作廢及退款退回", "作废及退款退回", "Voided/refunded"),
    "tender_net": ("淨額", "净额", "Net"),
    "cash_tendered": ("顧客付現", "顾客付现", "Cash tendered"),
    "change_given": ("找贖", "找零", "Change given"),
    "cash_takings": ("現金收入", "现金收入", "Cash takings"),
    "change_note": ("找贖不計入收入", "找零不计入收入", "Change given is not takings"),
    "reversals": ("作廢及退款", "作废及退款", "Voids and refunds"),
    "voids": ("作廢交易", "作废交易", "Voids"),
    "refunds": ("退款交易", "退款交易", "Refunds"),
    "net_sales": ("淨銷售額", "净销售额", "Net sales"),
    "carrier_confirmation": ("網絡商確認", "运营商确认", "Carrier confirmation"),
    "unconfirmed_sales": ("未確認銷售", "未确认销售", "Unconfirmed sales"),
    "unconfirmed_note": ("以列印時為準", "以打印时为准", "As at the time printed"),
    "cash_drawer": ("錢櫃現金", "钱柜现金", "Cash drawer"),
    "float": ("備用金", "备用金", "Float"),
    "cash_returned": ("退回現金", "退回现金", "Cash refunded"),
    "cash_in": ("存入現金", "存入现金", "Cash in"),
    "cash_out": ("提取現金", "提取现金", "Cash out"),
    "expected_cash": ("應有現金", "应有现金", "Expected cash"),
    "counted_cash": ("點算現金", "点算现金", "Counted cash"),
    "variance": ("差額", "差额", "Variance"),
    "over": ("長款", "长款", "over"),
    "short": ("短款", "短款", "short"),
    "variance_note": ("差額 = 點算 - 應有", "差额 = 点算 - 应有", "Variance = counted - expected"),
    "variance_reason": ("差額原因", "差额原因", "Reason"),
    "cash_movements": ("現金存取", "现金存取", "Cash in and out"),
    "no_movements": ("沒有現金存取", "没有现金存取", "No cash moved in or out"),
    "drawer_openings": ("開錢櫃次數", "开钱柜次数", "Drawer openings"),
    "drawer.sale": ("現金銷售", "现金销售", "Cash sales"),
    "drawer.void": ("作廢退回現金", "作废退回现金", "Voids, cash back"),
    "drawer.refund": ("退款退回現金", "退款退回现金", "Refunds, cash back"),
    "drawer.cash_in": ("存入現金", "存入现金", "Cash in"),
    "drawer.cash_out": ("提取現金", "提取现金", "Cash out"),
    "drawer.no_sale": ("無銷售開錢櫃", "无销售开钱柜", "No sale"),
    "drawer_total": ("合共", "合共", "Total"),
    "drawer_not_sent": ("打印機未收到開櫃訊號", "打印机未收到开柜信号", "Pulse not taken"),
    "no_sale_openings": ("無銷售開錢櫃記錄", "无销售开钱柜记录", "No-sale openings"),
    "no_no_sale": ("沒有無銷售開錢櫃", "没有无销售开钱柜", "None without a sale"),
    "not_sent": ("未送達", "未送达", "not sent"),
    "count": ("數目", "数目", "Count"),
    "all_hk_time": ("所有時間均為香港時間", "所有时间均为香港时间", "All times are Hong Kong time"),
    "signature": ("簽署", "签署", "Signature"),
    "audit_head": ("審計記錄", "审计记录", "Audit trail"),
    "audit_entry": ("第 {n} 項", "第 {n} 项", "entry {n}"),
    # invoices
    "title.invoice": ("發票", "发票", "INVOICE"),
    "invoice_no": ("發票編號", "发票编号", "Invoice No."),
    "customer": ("客戶", "客户", "Customer"),
    "description": ("說明", "说明", "Description"),
    "paid_by": ("付款方式", "付款方式", "Paid by"),
    "issued_for": (
        "此發票就銷售 {} 發出。",
        "此发票就销售 {} 发出。",
        "This invoice is issued for sale {}.",
    ),
}

_SIMPLIFIED_CARD_TYPES: Final = {
    CardType.NUMBER_KEEPING: "保号卡",
    CardType.HK_REGISTERED: "香港注册卡",
    CardType.DUAL: "中港通卡",
    CardType.DATA: "流量卡",
}

_SIMPLIFIED_TENDERS: Final = {
    TenderKind.CASH: "现金",
    TenderKind.CARD: "信用卡",
    TenderKind.OCTOPUS: "八达通",
    TenderKind.ALIPAY_HK: "AlipayHK",
    TenderKind.WECHAT_PAY_HK: "WeChat Pay HK",
    TenderKind.FPS: "转数快",
}


class Labels:
    """The labels in one Chinese script, each with its English."""

    def __init__(self, script: ChineseScript) -> None:
        self.script = ChineseScript(script)

    def zh(self, key: str) -> str:
        traditional, simplified, _ = LABELS[key]
        return simplified if self.script is ChineseScript.SIMPLIFIED else traditional

    def en(self, key: str) -> str:
        return LABELS[key][2]

    def both(self, key: str) -> str:
        """ "收據編號 Receipt No.": one label line for readers of either language."""
        return f"{self.zh(key)} {self.en(key)}"

    def card_type(self, value: str) -> tuple[str, str]:
        try:
            kind = CardType(value)
        except ValueError:
            return value, value
        traditional, english = CARD_TYPE_NAMES[kind]
        simplified = _SIMPLIFIED_CARD_TYPES[kind]
        return (simplified if self.script is ChineseScript.SIMPLIFIED else traditional), english

    def tender(self, kind: TenderKind) -> tuple[str, str]:
        traditional, english = TENDER_NAMES[kind]
        simplified = _SIMPLIFIED_TENDERS[kind]
        return (simplified if self.script is ChineseScript.SIMPLIFIED else traditional), english
