# Generated from ui/done_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'done_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DonePanel(object):
    def setupUi(self, DonePanel):
        if not DonePanel.objectName():
            DonePanel.setObjectName(u"DonePanel")
        self.donePanelLayout = QHBoxLayout(DonePanel)
        self.donePanelLayout.setObjectName(u"donePanelLayout")
        self.donePanelLayout.setContentsMargins(0, 0, 0, 0)
        self.doneTextLayout = QVBoxLayout()
        self.doneTextLayout.setSpacing(10)
        self.doneTextLayout.setObjectName(u"doneTextLayout")
        self.doneTitleLabel = QLabel(DonePanel)
        self.doneTitleLabel.setObjectName(u"doneTitleLabel")
        self.doneTitleLabel.setText(u"")
        self.doneTitleLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.doneTitleLabel)

        self.receiptNoLabel = QLabel(DonePanel)
        self.receiptNoLabel.setObjectName(u"receiptNoLabel")
        self.receiptNoLabel.setText(u"")
        self.receiptNoLabel.setWordWrap(True)
        self.receiptNoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneTextLayout.addWidget(self.receiptNoLabel)

        self.doneSummaryLabel = QLabel(DonePanel)
        self.doneSummaryLabel.setObjectName(u"doneSummaryLabel")
        self.doneSummaryLabel.setText(u"")
        self.doneSummaryLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.doneSummaryLabel)

        self.voucherPinFrame = QFrame(DonePanel)
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


        self.doneTextLayout.addWidget(self.voucherPinFrame)

        self.doneMessageLabel = QLabel(DonePanel)
        self.doneMessageLabel.setObjectName(u"doneMessageLabel")
        self.doneMessageLabel.setText(u"")
        self.doneMessageLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.doneMessageLabel)

        self.redeemLabel = QLabel(DonePanel)
        self.redeemLabel.setObjectName(u"redeemLabel")
        self.redeemLabel.setText(u"")
        self.redeemLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.redeemLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.redeemLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneTextLayout.addItem(self.doneSpacer)

        self.nextCustomerLabel = QLabel(DonePanel)
        self.nextCustomerLabel.setObjectName(u"nextCustomerLabel")
        self.nextCustomerLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.nextCustomerLabel)

        self.nextCustomerLayout = QHBoxLayout()
        self.nextCustomerLayout.setObjectName(u"nextCustomerLayout")
        self.nextCustomerInput = QLineEdit(DonePanel)
        self.nextCustomerInput.setObjectName(u"nextCustomerInput")
        self.nextCustomerInput.setMaxLength(64)

        self.nextCustomerLayout.addWidget(self.nextCustomerInput)

        self.nextCustomerButton = QPushButton(DonePanel)
        self.nextCustomerButton.setObjectName(u"nextCustomerButton")

        self.nextCustomerLayout.addWidget(self.nextCustomerButton)


        self.doneTextLayout.addLayout(self.nextCustomerLayout)


        self.donePanelLayout.addLayout(self.doneTextLayout)

        self.doneReceiptLayout = QVBoxLayout()
        self.doneReceiptLayout.setObjectName(u"doneReceiptLayout")

        self.donePanelLayout.addLayout(self.doneReceiptLayout)

        self.donePanelLayout.setStretch(0, 3)
        self.donePanelLayout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.nextCustomerLabel.setBuddy(self.nextCustomerInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DonePanel)

        QMetaObject.connectSlotsByName(DonePanel)
    # setupUi

    def retranslateUi(self, DonePanel):
        self.voucherPinCaptionLabel.setText(QCoreApplication.translate("DonePanel", u"PIN \u2014 read it to the customer or give the printed voucher", None))
        self.nextCustomerLabel.setText(QCoreApplication.translate("DonePanel", u"Next customer: type or scan the number, or just press Enter", None))
        self.nextCustomerButton.setText(QCoreApplication.translate("DonePanel", u"Next customer (Enter)", None))
        pass
    # retranslateUi

