# Generated from ui/voucher_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voucher_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_VoucherScreen(object):
    def setupUi(self, VoucherScreen):
        if not VoucherScreen.objectName():
            VoucherScreen.setObjectName(u"VoucherScreen")
        VoucherScreen.resize(1300, 600)
        VoucherScreen.setStyleSheet(u"QLabel#voucherTitleLabel, QLabel#voucherDoneTitleLabel { font-size: 26px; font-weight: bold; }\n"
"QListView#voucherList { font-size: 22px; }\n"
"QListView#voucherList::item { padding: 8px 4px; border-bottom: 1px solid #e0e4e6; }\n"
"QListView#voucherList::item:selected { background: #0b6e4f; color: white; }\n"
"QListView#voucherList::item:disabled { color: #7a868c; }\n"
"QLabel#voucherKeysLabel { color: #36454f; font-size: 16px; }\n"
"QLabel#voucherReceiptNoLabel, QLabel#voucherPaidLabel { font-size: 22px; font-weight: bold; }\n"
"QLabel#voucherSerialLabel, QLabel#voucherExpiryLabel, QLabel#voucherCarrierLabel { font-size: 18px; }\n"
"QFrame#voucherPinFrame { border: 2px solid #0b6e4f; border-radius: 6px; background: #f5f7f8; }\n"
"QLabel#voucherPinCaptionLabel { font-size: 18px; color: #36454f; }\n"
"QLabel#voucherPinLabel { font-size: 48px; font-weight: bold; color: #000000; }\n"
"QLabel#voucherRedeemLabel { font-size: 18px; }")
        self.voucherLayout = QVBoxLayout(VoucherScreen)
        self.voucherLayout.setObjectName(u"voucherLayout")
        self.voucherLayout.setContentsMargins(0, 0, 0, 0)
        self.voucherStack = QStackedWidget(VoucherScreen)
        self.voucherStack.setObjectName(u"voucherStack")
        self.voucherListPage = QWidget()
        self.voucherListPage.setObjectName(u"voucherListPage")
        self.voucherListPageLayout = QVBoxLayout(self.voucherListPage)
        self.voucherListPageLayout.setSpacing(10)
        self.voucherListPageLayout.setObjectName(u"voucherListPageLayout")
        self.voucherTitleLabel = QLabel(self.voucherListPage)
        self.voucherTitleLabel.setObjectName(u"voucherTitleLabel")

        self.voucherListPageLayout.addWidget(self.voucherTitleLabel)

        self.voucherList = QListView(self.voucherListPage)
        self.voucherList.setObjectName(u"voucherList")
        self.voucherList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.voucherList.setTabKeyNavigation(False)
        self.voucherList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.voucherList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.voucherList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.voucherList.setResizeMode(QListView.ResizeMode.Adjust)
        self.voucherList.setWordWrap(True)

        self.voucherListPageLayout.addWidget(self.voucherList)

        self.voucherListMessageLabel = QLabel(self.voucherListPage)
        self.voucherListMessageLabel.setObjectName(u"voucherListMessageLabel")
        self.voucherListMessageLabel.setText(u"")
        self.voucherListMessageLabel.setWordWrap(True)

        self.voucherListPageLayout.addWidget(self.voucherListMessageLabel)

        self.voucherKeysLabel = QLabel(self.voucherListPage)
        self.voucherKeysLabel.setObjectName(u"voucherKeysLabel")
        self.voucherKeysLabel.setWordWrap(True)

        self.voucherListPageLayout.addWidget(self.voucherKeysLabel)

        self.voucherListButtonLayout = QHBoxLayout()
        self.voucherListButtonLayout.setSpacing(12)
        self.voucherListButtonLayout.setObjectName(u"voucherListButtonLayout")
        self.voucherBackButton = QPushButton(self.voucherListPage)
        self.voucherBackButton.setObjectName(u"voucherBackButton")
        self.voucherBackButton.setMinimumSize(QSize(0, 48))

        self.voucherListButtonLayout.addWidget(self.voucherBackButton)

        self.voucherListButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voucherListButtonLayout.addItem(self.voucherListButtonSpacer)

        self.chooseVoucherButton = QPushButton(self.voucherListPage)
        self.chooseVoucherButton.setObjectName(u"chooseVoucherButton")
        self.chooseVoucherButton.setMinimumSize(QSize(0, 48))

        self.voucherListButtonLayout.addWidget(self.chooseVoucherButton)


        self.voucherListPageLayout.addLayout(self.voucherListButtonLayout)

        self.voucherStack.addWidget(self.voucherListPage)
        self.voucherPaymentPage = QWidget()
        self.voucherPaymentPage.setObjectName(u"voucherPaymentPage")
        self.voucherPaymentPageLayout = QVBoxLayout(self.voucherPaymentPage)
        self.voucherPaymentPageLayout.setObjectName(u"voucherPaymentPageLayout")
        self.voucherPaymentPageLayout.setContentsMargins(0, 0, 0, 0)
        self.voucherStack.addWidget(self.voucherPaymentPage)
        self.voucherDonePage = QWidget()
        self.voucherDonePage.setObjectName(u"voucherDonePage")
        self.voucherDoneColumnsLayout = QHBoxLayout(self.voucherDonePage)
        self.voucherDoneColumnsLayout.setObjectName(u"voucherDoneColumnsLayout")
        self.voucherDonePageLayout = QVBoxLayout()
        self.voucherDonePageLayout.setSpacing(10)
        self.voucherDonePageLayout.setObjectName(u"voucherDonePageLayout")
        self.voucherDoneTitleLabel = QLabel(self.voucherDonePage)
        self.voucherDoneTitleLabel.setObjectName(u"voucherDoneTitleLabel")
        self.voucherDoneTitleLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherDoneTitleLabel)

        self.voucherReceiptNoLabel = QLabel(self.voucherDonePage)
        self.voucherReceiptNoLabel.setObjectName(u"voucherReceiptNoLabel")
        self.voucherReceiptNoLabel.setText(u"")
        self.voucherReceiptNoLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherReceiptNoLabel)

        self.voucherCarrierLabel = QLabel(self.voucherDonePage)
        self.voucherCarrierLabel.setObjectName(u"voucherCarrierLabel")
        self.voucherCarrierLabel.setText(u"")
        self.voucherCarrierLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherCarrierLabel)

        self.voucherPaidLabel = QLabel(self.voucherDonePage)
        self.voucherPaidLabel.setObjectName(u"voucherPaidLabel")
        self.voucherPaidLabel.setText(u"")
        self.voucherPaidLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherPaidLabel)

        self.voucherFactsLayout = QHBoxLayout()
        self.voucherFactsLayout.setSpacing(24)
        self.voucherFactsLayout.setObjectName(u"voucherFactsLayout")
        self.voucherSerialLabel = QLabel(self.voucherDonePage)
        self.voucherSerialLabel.setObjectName(u"voucherSerialLabel")
        self.voucherSerialLabel.setText(u"")
        self.voucherSerialLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.voucherFactsLayout.addWidget(self.voucherSerialLabel)

        self.voucherExpiryLabel = QLabel(self.voucherDonePage)
        self.voucherExpiryLabel.setObjectName(u"voucherExpiryLabel")
        self.voucherExpiryLabel.setText(u"")

        self.voucherFactsLayout.addWidget(self.voucherExpiryLabel)

        self.voucherFactsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voucherFactsLayout.addItem(self.voucherFactsSpacer)


        self.voucherDonePageLayout.addLayout(self.voucherFactsLayout)

        self.voucherPinFrame = QFrame(self.voucherDonePage)
        self.voucherPinFrame.setObjectName(u"voucherPinFrame")
        self.voucherPinLayout = QVBoxLayout(self.voucherPinFrame)
        self.voucherPinLayout.setObjectName(u"voucherPinLayout")
        self.voucherPinCaptionLabel = QLabel(self.voucherPinFrame)
        self.voucherPinCaptionLabel.setObjectName(u"voucherPinCaptionLabel")
        self.voucherPinCaptionLabel.setWordWrap(True)

        self.voucherPinLayout.addWidget(self.voucherPinCaptionLabel)

        self.voucherPinLabel = QLabel(self.voucherPinFrame)
        self.voucherPinLabel.setObjectName(u"voucherPinLabel")
        self.voucherPinLabel.setMinimumSize(QSize(0, 64))
        self.voucherPinLabel.setText(u"")
        self.voucherPinLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.voucherPinLayout.addWidget(self.voucherPinLabel)


        self.voucherDonePageLayout.addWidget(self.voucherPinFrame)

        self.voucherDoneMessageLabel = QLabel(self.voucherDonePage)
        self.voucherDoneMessageLabel.setObjectName(u"voucherDoneMessageLabel")
        self.voucherDoneMessageLabel.setText(u"")
        self.voucherDoneMessageLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherDoneMessageLabel)

        self.voucherRedeemLabel = QLabel(self.voucherDonePage)
        self.voucherRedeemLabel.setObjectName(u"voucherRedeemLabel")
        self.voucherRedeemLabel.setText(u"")
        self.voucherRedeemLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.voucherRedeemLabel.setWordWrap(True)

        self.voucherDonePageLayout.addWidget(self.voucherRedeemLabel)

        self.voucherDoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.voucherDonePageLayout.addItem(self.voucherDoneSpacer)

        self.voucherDoneButtonLayout = QHBoxLayout()
        self.voucherDoneButtonLayout.setObjectName(u"voucherDoneButtonLayout")
        self.voucherDoneButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voucherDoneButtonLayout.addItem(self.voucherDoneButtonSpacer)

        self.voucherDoneButton = QPushButton(self.voucherDonePage)
        self.voucherDoneButton.setObjectName(u"voucherDoneButton")
        self.voucherDoneButton.setMinimumSize(QSize(0, 48))

        self.voucherDoneButtonLayout.addWidget(self.voucherDoneButton)


        self.voucherDonePageLayout.addLayout(self.voucherDoneButtonLayout)


        self.voucherDoneColumnsLayout.addLayout(self.voucherDonePageLayout)

        self.voucherDoneReceiptLayout = QVBoxLayout()
        self.voucherDoneReceiptLayout.setObjectName(u"voucherDoneReceiptLayout")

        self.voucherDoneColumnsLayout.addLayout(self.voucherDoneReceiptLayout)

        self.voucherDoneColumnsLayout.setStretch(0, 3)
        self.voucherDoneColumnsLayout.setStretch(1, 2)
        self.voucherStack.addWidget(self.voucherDonePage)

        self.voucherLayout.addWidget(self.voucherStack)

        QWidget.setTabOrder(self.voucherList, self.chooseVoucherButton)
        QWidget.setTabOrder(self.chooseVoucherButton, self.voucherBackButton)
        QWidget.setTabOrder(self.voucherBackButton, self.voucherDoneButton)

        self.retranslateUi(VoucherScreen)

        QMetaObject.connectSlotsByName(VoucherScreen)
    # setupUi

    def retranslateUi(self, VoucherScreen):
        self.voucherTitleLabel.setText(QCoreApplication.translate("VoucherScreen", u"Sell a PIN voucher", None))
        self.voucherKeysLabel.setText(QCoreApplication.translate("VoucherScreen", u"\u2191 \u2193 choose the carrier and value \u00b7 Enter sells it \u00b7 Esc back to the counter", None))
        self.voucherBackButton.setText(QCoreApplication.translate("VoucherScreen", u"Back (Esc)", None))
        self.chooseVoucherButton.setText(QCoreApplication.translate("VoucherScreen", u"Sell this voucher (Enter)", None))
        self.voucherDoneTitleLabel.setText(QCoreApplication.translate("VoucherScreen", u"Voucher sold", None))
        self.voucherPinCaptionLabel.setText(QCoreApplication.translate("VoucherScreen", u"PIN \u2014 read it to the customer or give the printed voucher", None))
        self.voucherDoneButton.setText(QCoreApplication.translate("VoucherScreen", u"Next customer (Enter)", None))
        pass
    # retranslateUi

