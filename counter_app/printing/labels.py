"""The fixed words printed on receipts, in Traditional Chinese, Simplified Chinese and English.

Only the receipt's own labels change with the shop's script setting: names of shops, plans
and carriers, benefits and redemption texts are printed as the shop stored them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from counter_app.domain.plans import CARD_TYPE_NAMES, CardType
from counter_app.services.sales import TENDER_NAMES, TenderKind


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
