# Generated from ui/line_sale_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'line_sale_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_LineSaleScreen(object):
    def setupUi(self, LineSaleScreen):
        if not LineSaleScreen.objectName():
            LineSaleScreen.setObjectName(u"LineSaleScreen")
        self.saleLayout = QVBoxLayout(LineSaleScreen)
        self.saleLayout.setObjectName(u"saleLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.lineSearchLabel = QLabel(LineSaleScreen)
        self.lineSearchLabel.setObjectName(u"lineSearchLabel")

        self.searchLayout.addWidget(self.lineSearchLabel)

        self.lineSearchInput = QLineEdit(LineSaleScreen)
        self.lineSearchInput.setObjectName(u"lineSearchInput")
        self.lineSearchInput.setMaxLength(40)

        self.searchLayout.addWidget(self.lineSearchInput)

        self.findLineButton = QPushButton(LineSaleScreen)
        self.findLineButton.setObjectName(u"findLineButton")

        self.searchLayout.addWidget(self.findLineButton)


        self.saleLayout.addLayout(self.searchLayout)

        self.searchErrorLabel = QLabel(LineSaleScreen)
        self.searchErrorLabel.setObjectName(u"searchErrorLabel")
        self.searchErrorLabel.setText(u"")
        self.searchErrorLabel.setWordWrap(True)

        self.saleLayout.addWidget(self.searchErrorLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.accountPanel = QFrame(LineSaleScreen)
        self.accountPanel.setObjectName(u"accountPanel")
        self.accountLayout = QGridLayout(self.accountPanel)
        self.accountLayout.setObjectName(u"accountLayout")
        self.accountNumberLabel = QLabel(self.accountPanel)
        self.accountNumberLabel.setObjectName(u"accountNumberLabel")
        self.accountNumberLabel.setText(u"")
        self.accountNumberLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountNumberLabel, 0, 0, 1, 2)

        self.lineStatusLabel = QLabel(self.accountPanel)
        self.lineStatusLabel.setObjectName(u"lineStatusLabel")
        self.lineStatusLabel.setText(u"")
        self.lineStatusLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.lineStatusLabel, 1, 0, 1, 2)

        self.accountCarrierLabelCaption = QLabel(self.accountPanel)
        self.accountCarrierLabelCaption.setObjectName(u"accountCarrierLabelCaption")

        self.accountLayout.addWidget(self.accountCarrierLabelCaption, 2, 0, 1, 1)

        self.accountCarrierLabel = QLabel(self.accountPanel)
        self.accountCarrierLabel.setObjectName(u"accountCarrierLabel")
        self.accountCarrierLabel.setText(u"")
        self.accountCarrierLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountCarrierLabel, 2, 1, 1, 1)

        self.accountCardTypeLabelCaption = QLabel(self.accountPanel)
        self.accountCardTypeLabelCaption.setObjectName(u"accountCardTypeLabelCaption")

        self.accountLayout.addWidget(self.accountCardTypeLabelCaption, 3, 0, 1, 1)

        self.accountCardTypeLabel = QLabel(self.accountPanel)
        self.accountCardTypeLabel.setObjectName(u"accountCardTypeLabel")
        self.accountCardTypeLabel.setText(u"")
        self.accountCardTypeLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountCardTypeLabel, 3, 1, 1, 1)

        self.accountPlanLabelCaption = QLabel(self.accountPanel)
        self.accountPlanLabelCaption.setObjectName(u"accountPlanLabelCaption")

        self.accountLayout.addWidget(self.accountPlanLabelCaption, 4, 0, 1, 1)

        self.accountPlanLabel = QLabel(self.accountPanel)
        self.accountPlanLabel.setObjectName(u"accountPlanLabel")
        self.accountPlanLabel.setText(u"")
        self.accountPlanLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountPlanLabel, 4, 1, 1, 1)

        self.accountExpiryLabelCaption = QLabel(self.accountPanel)
        self.accountExpiryLabelCaption.setObjectName(u"accountExpiryLabelCaption")

        self.accountLayout.addWidget(self.accountExpiryLabelCaption, 5, 0, 1, 1)

        self.accountExpiryLabel = QLabel(self.accountPanel)
        self.accountExpiryLabel.setObjectName(u"accountExpiryLabel")
        self.accountExpiryLabel.setText(u"")
        self.accountExpiryLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountExpiryLabel, 5, 1, 1, 1)

        self.accountBalanceLabelCaption = QLabel(self.accountPanel)
        self.accountBalanceLabelCaption.setObjectName(u"accountBalanceLabelCaption")

        self.accountLayout.addWidget(self.accountBalanceLabelCaption, 6, 0, 1, 1)

        self.accountBalanceLabel = QLabel(self.accountPanel)
        self.accountBalanceLabel.setObjectName(u"accountBalanceLabel")
        self.accountBalanceLabel.setText(u"")
        self.accountBalanceLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountBalanceLabel, 6, 1, 1, 1)

        self.accountDataLabelCaption = QLabel(self.accountPanel)
        self.accountDataLabelCaption.setObjectName(u"accountDataLabelCaption")

        self.accountLayout.addWidget(self.accountDataLabelCaption, 7, 0, 1, 1)

        self.accountDataLabel = QLabel(self.accountPanel)
        self.accountDataLabel.setObjectName(u"accountDataLabel")
        self.accountDataLabel.setText(u"")
        self.accountDataLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountDataLabel, 7, 1, 1, 1)

        self.accountHolderLabelCaption = QLabel(self.accountPanel)
        self.accountHolderLabelCaption.setObjectName(u"accountHolderLabelCaption")

        self.accountLayout.addWidget(self.accountHolderLabelCaption, 8, 0, 1, 1)

        self.accountHolderLabel = QLabel(self.accountPanel)
        self.accountHolderLabel.setObjectName(u"accountHolderLabel")
        self.accountHolderLabel.setText(u"")
        self.accountHolderLabel.setWordWrap(True)

        self.accountLayout.addWidget(self.accountHolderLabel, 8, 1, 1, 1)

        self.accountSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accountLayout.addItem(self.accountSpacer, 9, 0, 1, 2)


        self.bodyLayout.addWidget(self.accountPanel)

        self.stepStack = QStackedWidget(LineSaleScreen)
        self.stepStack.setObjectName(u"stepStack")
        self.hintPage = QWidget()
        self.hintPage.setObjectName(u"hintPage")
        self.hintPageLayout = QVBoxLayout(self.hintPage)
        self.hintPageLayout.setObjectName(u"hintPageLayout")
        self.hintLabel = QLabel(self.hintPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.hintPageLayout.addWidget(self.hintLabel)

        self.otherSalesLayout = QHBoxLayout()
        self.otherSalesLayout.setObjectName(u"otherSalesLayout")
        self.newSimButton = QPushButton(self.hintPage)
        self.newSimButton.setObjectName(u"newSimButton")
        self.newSimButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.otherSalesLayout.addWidget(self.newSimButton)

        self.sellVoucherButton = QPushButton(self.hintPage)
        self.sellVoucherButton.setObjectName(u"sellVoucherButton")
        self.sellVoucherButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.otherSalesLayout.addWidget(self.sellVoucherButton)

        self.backOfficeButton = QPushButton(self.hintPage)
        self.backOfficeButton.setObjectName(u"backOfficeButton")
        self.backOfficeButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.otherSalesLayout.addWidget(self.backOfficeButton)

        self.openDrawerButton = QPushButton(self.hintPage)
        self.openDrawerButton.setObjectName(u"openDrawerButton")
        self.openDrawerButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.otherSalesLayout.addWidget(self.openDrawerButton)

        self.otherSalesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.otherSalesLayout.addItem(self.otherSalesSpacer)


        self.hintPageLayout.addLayout(self.otherSalesLayout)

        self.hintSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.hintPageLayout.addItem(self.hintSpacer)

        self.stepStack.addWidget(self.hintPage)
        self.identityPage = QWidget()
        self.identityPage.setObjectName(u"identityPage")
        self.identityPageLayout = QVBoxLayout(self.identityPage)
        self.identityPageLayout.setObjectName(u"identityPageLayout")
        self.stepStack.addWidget(self.identityPage)
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planPageLayout = QVBoxLayout(self.planPage)
        self.planPageLayout.setObjectName(u"planPageLayout")
        self.stepStack.addWidget(self.planPage)

        self.bodyLayout.addWidget(self.stepStack)

        self.bodyLayout.setStretch(0, 2)
        self.bodyLayout.setStretch(1, 5)

        self.saleLayout.addLayout(self.bodyLayout)

#if QT_CONFIG(shortcut)
        self.lineSearchLabel.setBuddy(self.lineSearchInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LineSaleScreen)

        QMetaObject.connectSlotsByName(LineSaleScreen)
    # setupUi

    def retranslateUi(self, LineSaleScreen):
        self.lineSearchLabel.setText(QCoreApplication.translate("LineSaleScreen", u"&Number or SIM card", None))
        self.lineSearchInput.setPlaceholderText(QCoreApplication.translate("LineSaleScreen", u"Type or scan: 9123 4567, +86 138 0013 8000, the SIM card number or a receipt", None))
        self.findLineButton.setText(QCoreApplication.translate("LineSaleScreen", u"Find (Enter)", None))
        self.accountCarrierLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Carrier", None))
        self.accountCardTypeLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Card type", None))
        self.accountPlanLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Plan", None))
        self.accountExpiryLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Expiry", None))
        self.accountBalanceLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Balance", None))
        self.accountDataLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Data left", None))
        self.accountHolderLabelCaption.setText(QCoreApplication.translate("LineSaleScreen", u"Holder", None))
        self.hintLabel.setText(QCoreApplication.translate("LineSaleScreen", u"Type or scan the customer's number and press Enter.", None))
        self.newSimButton.setText(QCoreApplication.translate("LineSaleScreen", u"New SIM card (F11)", None))
        self.sellVoucherButton.setText(QCoreApplication.translate("LineSaleScreen", u"Sell a PIN voucher (F10)", None))
        self.backOfficeButton.setText(QCoreApplication.translate("LineSaleScreen", u"Back office (F12)", None))
        self.openDrawerButton.setText(QCoreApplication.translate("LineSaleScreen", u"Open drawer (F7)", None))
        pass
    # retranslateUi

