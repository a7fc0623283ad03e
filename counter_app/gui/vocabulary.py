"""The shop's words for the core's kinds (card types, line statuses, documents, tenders),
in the window's language.

The core keeps each name in Traditional Chinese and English (the receipts print both);
the window shows one, in zh_HK, en or zh_CN, through the translators, so a language
switch re-reads it. The zh_HK translations are the core's Traditional names (a test holds
them to it), so the screen and the receipt say the same word.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counter_app.domain.identity import IdType
from counter_app.domain.plans import CardType, LineStatus
from counter_app.domain.tenders import TenderKind
from counter_app.gui.i18n import language_switcher


def carrier_name(code: str, name_zh: str, name_en: str) -> str:
    """A carrier as the clerk knows it: its name (Chinese, or English in English), never
    its code; the code only when the carrier has no name in that language."""
    if language_switcher().language == "en":
        return name_en or name_zh or code
    return name_zh or name_en or code


def card_type_name(kind: CardType) -> str:
    names = {
        CardType.NUMBER_KEEPING: QCoreApplication.translate("Vocabulary", "Number-keeping card"),
        CardType.HK_REGISTERED: QCoreApplication.translate("Vocabulary", "HK registered card"),
        CardType.DUAL: QCoreApplication.translate("Vocabulary", "China–HK dual card"),
        CardType.DATA: QCoreApplication.translate("Vocabulary", "Data card"),
    }
    return names[kind]


def line_status_name(status: LineStatus) -> str:
    names = {
        LineStatus.ACTIVE: QCoreApplication.translate("Vocabulary", "Active"),
        LineStatus.EXPIRING_SOON: QCoreApplication.translate("Vocabulary", "Expiring soon"),
        LineStatus.EXPIRED: QCoreApplication.translate("Vocabulary", "Expired"),
        LineStatus.RECYCLED: QCoreApplication.translate("Vocabulary", "Recycled"),
    }
    return names[status]


def id_type_name(kind: IdType) -> str:
    names = {
        IdType.HKID: QCoreApplication.translate("Vocabulary", "HKID card"),
        IdType.CN_RESIDENT_ID: QCoreApplication.translate(
            "Vocabulary", "Mainland Resident ID / Residence Permit"
        ),
        IdType.MO_RESIDENT_ID: QCoreApplication.translate("Vocabulary", "Macao Resident ID card"),
        IdType.EXIT_ENTRY_PERMIT: QCoreApplication.translate(
            "Vocabulary", "Exit-Entry Permit to HK and Macao"
        ),
        IdType.HOME_RETURN_PERMIT: QCoreApplication.translate("Vocabulary", "Home Return Permit"),
        IdType.PASSPORT: QCoreApplication.translate("Vocabulary", "Passport"),
    }
    return names[kind]


def tender_name(kind: TenderKind) -> str:
    names = {
        TenderKind.CASH: QCoreApplication.translate("Vocabulary", "Cash"),
        TenderKind.CARD: QCoreApplication.translate("Vocabulary", "Card"),
        TenderKind.OCTOPUS: QCoreApplication.translate("Vocabulary", "Octopus"),
        TenderKind.ALIPAY_HK: "AlipayHK",
        TenderKind.WECHAT_PAY_HK: "WeChat Pay HK",
        TenderKind.FPS: QCoreApplication.translate("Vocabulary", "FPS"),
    }
    return names[kind]
