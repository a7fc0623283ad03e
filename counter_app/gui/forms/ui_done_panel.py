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
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DonePanel(object):
    def setupUi(self, DonePanel):
        if not DonePanel.objectName():
            DonePanel.setObjectName(u"DonePanel")
        DonePanel.setStyleSheet(u"QLabel#carrierStateLabel, QLabel#smsStateLabel { font-size: 16px; }\n"
"QLabel[outbox=\"done\"] { color: #0b6e4f; font-weight: bold; }\n"
"QLabel[outbox=\"act\"] { color: #7a4a00; font-weight: bold; }\n"
"QLabel[outbox=\"problem\"] { color: #b3261e; font-weight: bold; }\n"
"QLabel[outbox=\"waiting\"] { color: #36454f; }")
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

        self.outboxFrame = QFrame(DonePanel)
        self.outboxFrame.setObjectName(u"outboxFrame")
        self.outboxLayout = QVBoxLayout(self.outboxFrame)
        self.outboxLayout.setSpacing(6)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.outboxLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierStateLabel = QLabel(self.outboxFrame)
        self.carrierStateLabel.setObjectName(u"carrierStateLabel")
        self.carrierStateLabel.setText(u"")
        self.carrierStateLabel.setWordWrap(True)

        self.outboxLayout.addWidget(self.carrierStateLabel)

        self.carrierRefBox = QWidget(self.outboxFrame)
        self.carrierRefBox.setObjectName(u"carrierRefBox")
        self.carrierRefLayout = QFormLayout(self.carrierRefBox)
        self.carrierRefLayout.setObjectName(u"carrierRefLayout")
        self.carrierRefLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierRefLabel = QLabel(self.carrierRefBox)
        self.carrierRefLabel.setObjectName(u"carrierRefLabel")

        self.carrierRefLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.carrierRefLabel)

        self.carrierRefRowLayout = QHBoxLayout()
        self.carrierRefRowLayout.setObjectName(u"carrierRefRowLayout")
        self.carrierRefInput = QLineEdit(self.carrierRefBox)
        self.carrierRefInput.setObjectName(u"carrierRefInput")
        self.carrierRefInput.setMaxLength(64)

        self.carrierRefRowLayout.addWidget(self.carrierRefInput)

        self.appliedByHandButton = QPushButton(self.carrierRefBox)
        self.appliedByHandButton.setObjectName(u"appliedByHandButton")

        self.carrierRefRowLayout.addWidget(self.appliedByHandButton)


        self.carrierRefLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.carrierRefRowLayout)

        self.carrierRefErrorLabel = QLabel(self.carrierRefBox)
        self.carrierRefErrorLabel.setObjectName(u"carrierRefErrorLabel")
        self.carrierRefErrorLabel.setText(u"")
        self.carrierRefErrorLabel.setWordWrap(True)

        self.carrierRefLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.carrierRefErrorLabel)


        self.outboxLayout.addWidget(self.carrierRefBox)

        self.smsStateLabel = QLabel(self.outboxFrame)
        self.smsStateLabel.setObjectName(u"smsStateLabel")
        self.smsStateLabel.setText(u"")
        self.smsStateLabel.setWordWrap(True)

        self.outboxLayout.addWidget(self.smsStateLabel)


        self.doneTextLayout.addWidget(self.outboxFrame)

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

        self.drawerMessageLabel = QLabel(DonePanel)
        self.drawerMessageLabel.setObjectName(u"drawerMessageLabel")
        self.drawerMessageLabel.setProperty(u"role", u"error")
        self.drawerMessageLabel.setText(u"")
        self.drawerMessageLabel.setWordWrap(True)

        self.doneTextLayout.addWidget(self.drawerMessageLabel)

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
        self.carrierRefLabel.setBuddy(self.carrierRefInput)
        self.nextCustomerLabel.setBuddy(self.nextCustomerInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DonePanel)

        QMetaObject.connectSlotsByName(DonePanel)
    # setupUi

    def retranslateUi(self, DonePanel):
        self.carrierRefLabel.setText(QCoreApplication.translate("DonePanel", u"Carrier's &reference", None))
        self.appliedByHandButton.setText(QCoreApplication.translate("DonePanel", u"&Applied", None))
        self.voucherPinCaptionLabel.setText(QCoreApplication.translate("DonePanel", u"PIN \u2014 read it to the customer or give the printed voucher", None))
        self.nextCustomerLabel.setText(QCoreApplication.translate("DonePanel", u"Next customer: type or scan the number, or just press Enter", None))
        self.nextCustomerButton.setText(QCoreApplication.translate("DonePanel", u"Next customer (Enter)", None))
        pass
    # retranslateUi

