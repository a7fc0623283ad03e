# Generated from ui/payment_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PaymentPanel(object):
    def setupUi(self, PaymentPanel):
        if not PaymentPanel.objectName():
            PaymentPanel.setObjectName(u"PaymentPanel")
        PaymentPanel.resize(950, 520)
        self.paymentLayout = QVBoxLayout(PaymentPanel)
        self.paymentLayout.setSpacing(8)
        self.paymentLayout.setObjectName(u"paymentLayout")
        self.paymentLayout.setContentsMargins(0, 0, 0, 0)
        self.confirmLayout = QHBoxLayout()
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmFrame = QFrame(PaymentPanel)
        self.confirmFrame.setObjectName(u"confirmFrame")
        self.confirmFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmFrameLayout = QVBoxLayout(self.confirmFrame)
        self.confirmFrameLayout.setSpacing(2)
        self.confirmFrameLayout.setObjectName(u"confirmFrameLayout")
        self.confirmFrameLayout.setContentsMargins(8, 4, 8, 4)
        self.confirmTitleLabel = QLabel(self.confirmFrame)
        self.confirmTitleLabel.setObjectName(u"confirmTitleLabel")
        self.confirmTitleLabel.setWordWrap(True)

        self.confirmFrameLayout.addWidget(self.confirmTitleLabel)

        self.confirmSummaryLabel = QLabel(self.confirmFrame)
        self.confirmSummaryLabel.setObjectName(u"confirmSummaryLabel")
        font = QFont()
        font.setBold(True)
        self.confirmSummaryLabel.setFont(font)
        self.confirmSummaryLabel.setText(u"")
        self.confirmSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.confirmSummaryLabel.setWordWrap(True)

        self.confirmFrameLayout.addWidget(self.confirmSummaryLabel)


        self.confirmLayout.addWidget(self.confirmFrame)

        self.totalLayout = QVBoxLayout()
        self.totalLayout.setSpacing(0)
        self.totalLayout.setObjectName(u"totalLayout")
        self.totalCaptionLabel = QLabel(PaymentPanel)
        self.totalCaptionLabel.setObjectName(u"totalCaptionLabel")
        self.totalCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalLayout.addWidget(self.totalCaptionLabel)

        self.totalLabel = QLabel(PaymentPanel)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setStyleSheet(u"font-size: 44px; font-weight: bold;")
        self.totalLabel.setText(u"")
        self.totalLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalLayout.addWidget(self.totalLabel)


        self.confirmLayout.addLayout(self.totalLayout)

        self.confirmLayout.setStretch(0, 3)
        self.confirmLayout.setStretch(1, 2)

        self.paymentLayout.addLayout(self.confirmLayout)

        self.tenderButtonsLayout = QHBoxLayout()
        self.tenderButtonsLayout.setObjectName(u"tenderButtonsLayout")
        self.cashTenderButton = QPushButton(PaymentPanel)
        self.cashTenderButton.setObjectName(u"cashTenderButton")
        self.cashTenderButton.setMinimumSize(QSize(0, 48))
        self.cashTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cashTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.cashTenderButton)

        self.cardTenderButton = QPushButton(PaymentPanel)
        self.cardTenderButton.setObjectName(u"cardTenderButton")
        self.cardTenderButton.setMinimumSize(QSize(0, 48))
        self.cardTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cardTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.cardTenderButton)

        self.octopusTenderButton = QPushButton(PaymentPanel)
        self.octopusTenderButton.setObjectName(u"octopusTenderButton")
        self.octopusTenderButton.setMinimumSize(QSize(0, 48))
        self.octopusTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.octopusTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.octopusTenderButton)

        self.alipayHkTenderButton = QPushButton(PaymentPanel)
        self.alipayHkTenderButton.setObjectName(u"alipayHkTenderButton")
        self.alipayHkTenderButton.setMinimumSize(QSize(0, 48))
        self.alipayHkTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.alipayHkTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.alipayHkTenderButton)

        self.wechatPayHkTenderButton = QPushButton(PaymentPanel)
        self.wechatPayHkTenderButton.setObjectName(u"wechatPayHkTenderButton")
        self.wechatPayHkTenderButton.setMinimumSize(QSize(0, 48))
        self.wechatPayHkTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.wechatPayHkTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.wechatPayHkTenderButton)

        self.fpsTenderButton = QPushButton(PaymentPanel)
        self.fpsTenderButton.setObjectName(u"fpsTenderButton")
        self.fpsTenderButton.setMinimumSize(QSize(0, 48))
        self.fpsTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.fpsTenderButton.setCheckable(True)

        self.tenderButtonsLayout.addWidget(self.fpsTenderButton)


        self.paymentLayout.addLayout(self.tenderButtonsLayout)

        self.entryLayout = QHBoxLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.tenderFormLayout = QFormLayout()
        self.tenderFormLayout.setObjectName(u"tenderFormLayout")
        self.tenderFormLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tenderFormLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.tenderFormLayout.setVerticalSpacing(6)
        self.amountLabel = QLabel(PaymentPanel)
        self.amountLabel.setObjectName(u"amountLabel")

        self.tenderFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountInput = QLineEdit(PaymentPanel)
        self.amountInput.setObjectName(u"amountInput")
        self.amountInput.setMinimumSize(QSize(0, 48))
        self.amountInput.setMaxLength(32)

        self.tenderFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.amountInput)

        self.cashTenderedLabel = QLabel(PaymentPanel)
        self.cashTenderedLabel.setObjectName(u"cashTenderedLabel")

        self.tenderFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cashTenderedLabel)

        self.cashTenderedInput = QLineEdit(PaymentPanel)
        self.cashTenderedInput.setObjectName(u"cashTenderedInput")
        self.cashTenderedInput.setMinimumSize(QSize(0, 48))
        self.cashTenderedInput.setMaxLength(32)

        self.tenderFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cashTenderedInput)

        self.quickCashButtons = QWidget(PaymentPanel)
        self.quickCashButtons.setObjectName(u"quickCashButtons")
        self.quickCashLayout = QHBoxLayout(self.quickCashButtons)
        self.quickCashLayout.setObjectName(u"quickCashLayout")
        self.quickCashLayout.setContentsMargins(0, 0, 0, 0)
        self.quickCashButton1 = QPushButton(self.quickCashButtons)
        self.quickCashButton1.setObjectName(u"quickCashButton1")
        self.quickCashButton1.setMinimumSize(QSize(0, 48))
        self.quickCashButton1.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quickCashButton1.setText(u"")

        self.quickCashLayout.addWidget(self.quickCashButton1)

        self.quickCashButton2 = QPushButton(self.quickCashButtons)
        self.quickCashButton2.setObjectName(u"quickCashButton2")
        self.quickCashButton2.setMinimumSize(QSize(0, 48))
        self.quickCashButton2.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quickCashButton2.setText(u"")

        self.quickCashLayout.addWidget(self.quickCashButton2)

        self.quickCashButton3 = QPushButton(self.quickCashButtons)
        self.quickCashButton3.setObjectName(u"quickCashButton3")
        self.quickCashButton3.setMinimumSize(QSize(0, 48))
        self.quickCashButton3.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quickCashButton3.setText(u"")

        self.quickCashLayout.addWidget(self.quickCashButton3)

        self.quickCashButton4 = QPushButton(self.quickCashButtons)
        self.quickCashButton4.setObjectName(u"quickCashButton4")
        self.quickCashButton4.setMinimumSize(QSize(0, 48))
        self.quickCashButton4.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.quickCashButton4.setText(u"")

        self.quickCashLayout.addWidget(self.quickCashButton4)


        self.tenderFormLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.quickCashButtons)

        self.changeLabel = QLabel(PaymentPanel)
        self.changeLabel.setObjectName(u"changeLabel")
        self.changeLabel.setFont(font)
        self.changeLabel.setText(u"")
        self.changeLabel.setWordWrap(True)

        self.tenderFormLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.changeLabel)

        self.cardLast4Label = QLabel(PaymentPanel)
        self.cardLast4Label.setObjectName(u"cardLast4Label")

        self.tenderFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cardLast4Label)

        self.cardLast4Input = QLineEdit(PaymentPanel)
        self.cardLast4Input.setObjectName(u"cardLast4Input")
        self.cardLast4Input.setMinimumSize(QSize(0, 48))
        self.cardLast4Input.setMaxLength(4)

        self.tenderFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cardLast4Input)

        self.approvalCodeLabel = QLabel(PaymentPanel)
        self.approvalCodeLabel.setObjectName(u"approvalCodeLabel")

        self.tenderFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.approvalCodeLabel)

        self.approvalCodeInput = QLineEdit(PaymentPanel)
        self.approvalCodeInput.setObjectName(u"approvalCodeInput")
        self.approvalCodeInput.setMinimumSize(QSize(0, 48))
        self.approvalCodeInput.setMaxLength(20)

        self.tenderFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approvalCodeInput)

        self.referenceLabel = QLabel(PaymentPanel)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.tenderFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceInput = QLineEdit(PaymentPanel)
        self.referenceInput.setObjectName(u"referenceInput")
        self.referenceInput.setMinimumSize(QSize(0, 48))
        self.referenceInput.setMaxLength(60)

        self.tenderFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.referenceInput)

        self.paymentErrorLabel = QLabel(PaymentPanel)
        self.paymentErrorLabel.setObjectName(u"paymentErrorLabel")
        self.paymentErrorLabel.setText(u"")
        self.paymentErrorLabel.setWordWrap(True)

        self.tenderFormLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.paymentErrorLabel)


        self.entryLayout.addLayout(self.tenderFormLayout)

        self.fpsPane = QWidget(PaymentPanel)
        self.fpsPane.setObjectName(u"fpsPane")
        self.fpsPaneLayout = QVBoxLayout(self.fpsPane)
        self.fpsPaneLayout.setSpacing(4)
        self.fpsPaneLayout.setObjectName(u"fpsPaneLayout")
        self.fpsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.fpsCaptionLabel = QLabel(self.fpsPane)
        self.fpsCaptionLabel.setObjectName(u"fpsCaptionLabel")
        self.fpsCaptionLabel.setFont(font)
        self.fpsCaptionLabel.setText(u"")
        self.fpsCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fpsCaptionLabel.setWordWrap(True)

        self.fpsPaneLayout.addWidget(self.fpsCaptionLabel)

        self.fpsMissingLabel = QLabel(self.fpsPane)
        self.fpsMissingLabel.setObjectName(u"fpsMissingLabel")
        self.fpsMissingLabel.setProperty(u"role", u"hint")
        self.fpsMissingLabel.setWordWrap(True)

        self.fpsPaneLayout.addWidget(self.fpsMissingLabel)

        self.fpsPaneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fpsPaneLayout.addItem(self.fpsPaneSpacer)


        self.entryLayout.addWidget(self.fpsPane)

        self.tenderListLayout = QVBoxLayout()
        self.tenderListLayout.setSpacing(4)
        self.tenderListLayout.setObjectName(u"tenderListLayout")
        self.tenderListLabel = QLabel(PaymentPanel)
        self.tenderListLabel.setObjectName(u"tenderListLabel")

        self.tenderListLayout.addWidget(self.tenderListLabel)

        self.tenderList = QListWidget(PaymentPanel)
        self.tenderList.setObjectName(u"tenderList")
        self.tenderList.setMinimumSize(QSize(0, 60))
        self.tenderList.setWordWrap(True)

        self.tenderListLayout.addWidget(self.tenderList)

        self.remainingLayout = QHBoxLayout()
        self.remainingLayout.setObjectName(u"remainingLayout")
        self.remainingLabel = QLabel(PaymentPanel)
        self.remainingLabel.setObjectName(u"remainingLabel")
        self.remainingLabel.setFont(font)
        self.remainingLabel.setText(u"")
        self.remainingLabel.setWordWrap(True)

        self.remainingLayout.addWidget(self.remainingLabel)

        self.removeTenderButton = QPushButton(PaymentPanel)
        self.removeTenderButton.setObjectName(u"removeTenderButton")
        self.removeTenderButton.setMinimumSize(QSize(0, 48))
        self.removeTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.remainingLayout.addWidget(self.removeTenderButton)


        self.tenderListLayout.addLayout(self.remainingLayout)


        self.entryLayout.addLayout(self.tenderListLayout)

        self.entryLayout.setStretch(0, 3)
        self.entryLayout.setStretch(1, 2)
        self.entryLayout.setStretch(2, 2)

        self.paymentLayout.addLayout(self.entryLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.backButton = QPushButton(PaymentPanel)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 48))
        self.backButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.actionsLayout.addWidget(self.backButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.addTenderButton = QPushButton(PaymentPanel)
        self.addTenderButton.setObjectName(u"addTenderButton")
        self.addTenderButton.setMinimumSize(QSize(0, 48))
        self.addTenderButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.actionsLayout.addWidget(self.addTenderButton)

        self.completeSaleButton = QPushButton(PaymentPanel)
        self.completeSaleButton.setObjectName(u"completeSaleButton")
        self.completeSaleButton.setMinimumSize(QSize(0, 48))
        self.completeSaleButton.setFont(font)
        self.completeSaleButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.completeSaleButton.setAutoDefault(True)

        self.actionsLayout.addWidget(self.completeSaleButton)


        self.paymentLayout.addLayout(self.actionsLayout)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amountInput)
        self.cashTenderedLabel.setBuddy(self.cashTenderedInput)
        self.cardLast4Label.setBuddy(self.cardLast4Input)
        self.approvalCodeLabel.setBuddy(self.approvalCodeInput)
        self.referenceLabel.setBuddy(self.referenceInput)
        self.tenderListLabel.setBuddy(self.tenderList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.amountInput, self.cashTenderedInput)
        QWidget.setTabOrder(self.cashTenderedInput, self.quickCashButton1)
        QWidget.setTabOrder(self.quickCashButton1, self.quickCashButton2)
        QWidget.setTabOrder(self.quickCashButton2, self.quickCashButton3)
        QWidget.setTabOrder(self.quickCashButton3, self.quickCashButton4)
        QWidget.setTabOrder(self.quickCashButton4, self.cardLast4Input)
        QWidget.setTabOrder(self.cardLast4Input, self.approvalCodeInput)
        QWidget.setTabOrder(self.approvalCodeInput, self.referenceInput)
        QWidget.setTabOrder(self.referenceInput, self.tenderList)
        QWidget.setTabOrder(self.tenderList, self.removeTenderButton)
        QWidget.setTabOrder(self.removeTenderButton, self.addTenderButton)
        QWidget.setTabOrder(self.addTenderButton, self.completeSaleButton)
        QWidget.setTabOrder(self.completeSaleButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.cashTenderButton)
        QWidget.setTabOrder(self.cashTenderButton, self.cardTenderButton)
        QWidget.setTabOrder(self.cardTenderButton, self.octopusTenderButton)
        QWidget.setTabOrder(self.octopusTenderButton, self.alipayHkTenderButton)
        QWidget.setTabOrder(self.alipayHkTenderButton, self.wechatPayHkTenderButton)
        QWidget.setTabOrder(self.wechatPayHkTenderButton, self.fpsTenderButton)

        self.retranslateUi(PaymentPanel)

        QMetaObject.connectSlotsByName(PaymentPanel)
    # setupUi

    def retranslateUi(self, PaymentPanel):
        self.confirmTitleLabel.setText(QCoreApplication.translate("PaymentPanel", u"Read back to the customer before taking the money:", None))
        self.totalCaptionLabel.setText(QCoreApplication.translate("PaymentPanel", u"Total to pay", None))
        self.cashTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"Cash (F1)", None))
        self.cardTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"Card (F2)", None))
        self.octopusTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"Octopus (F3)", None))
        self.alipayHkTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"AlipayHK (F4)", None))
        self.wechatPayHkTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"WeChat Pay HK (F5)", None))
        self.fpsTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"FPS (F6)", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentPanel", u"Amount of this payment", None))
        self.cashTenderedLabel.setText(QCoreApplication.translate("PaymentPanel", u"Cash received", None))
        self.cashTenderedInput.setPlaceholderText(QCoreApplication.translate("PaymentPanel", u"e.g. 100", None))
        self.cardLast4Label.setText(QCoreApplication.translate("PaymentPanel", u"Card: last 4 digits", None))
        self.cardLast4Input.setPlaceholderText(QCoreApplication.translate("PaymentPanel", u"From the terminal slip, e.g. 1234", None))
        self.approvalCodeLabel.setText(QCoreApplication.translate("PaymentPanel", u"Approval code", None))
        self.referenceLabel.setText(QCoreApplication.translate("PaymentPanel", u"Transaction reference", None))
        self.fpsMissingLabel.setText(QCoreApplication.translate("PaymentPanel", u"No FPS QR code: the shop's FPS ID is not set. An admin can set it in Back office > Settings.", None))
        self.tenderListLabel.setText(QCoreApplication.translate("PaymentPanel", u"Payments added", None))
        self.removeTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"Remove (Del)", None))
        self.backButton.setText(QCoreApplication.translate("PaymentPanel", u"Back (Esc)", None))
        self.addTenderButton.setText(QCoreApplication.translate("PaymentPanel", u"Add this payment (Ctrl+Enter)", None))
        self.completeSaleButton.setText(QCoreApplication.translate("PaymentPanel", u"Complete sale (Enter)", None))
        pass
    # retranslateUi

