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
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

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

        self.voucherLayout.addWidget(self.voucherStack)

        QWidget.setTabOrder(self.voucherList, self.chooseVoucherButton)
        QWidget.setTabOrder(self.chooseVoucherButton, self.voucherBackButton)

        self.retranslateUi(VoucherScreen)

        QMetaObject.connectSlotsByName(VoucherScreen)
    # setupUi

    def retranslateUi(self, VoucherScreen):
        self.voucherTitleLabel.setText(QCoreApplication.translate("VoucherScreen", u"Sell a PIN voucher", None))
        self.voucherKeysLabel.setText(QCoreApplication.translate("VoucherScreen", u"\u2191 \u2193 choose the carrier and value \u00b7 Enter sells it \u00b7 Esc back to the counter", None))
        self.voucherBackButton.setText(QCoreApplication.translate("VoucherScreen", u"Back (Esc)", None))
        self.chooseVoucherButton.setText(QCoreApplication.translate("VoucherScreen", u"Sell this voucher (Enter)", None))
        pass
    # retranslateUi

