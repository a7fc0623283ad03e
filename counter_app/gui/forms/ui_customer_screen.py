# Generated from ui/customer_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_CustomerScreen(object):
    def setupUi(self, CustomerScreen):
        if not CustomerScreen.objectName():
            CustomerScreen.setObjectName(u"CustomerScreen")
        CustomerScreen.resize(1024, 600)
        self.customerLayout = QVBoxLayout(CustomerScreen)
        self.customerLayout.setObjectName(u"customerLayout")
        self.customerShopLabel = QLabel(CustomerScreen)
        self.customerShopLabel.setObjectName(u"customerShopLabel")
        self.customerShopLabel.setText(u"")
        self.customerShopLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.customerLayout.addWidget(self.customerShopLabel)

        self.customerStack = QStackedWidget(CustomerScreen)
        self.customerStack.setObjectName(u"customerStack")
        self.customerIdlePage = QWidget()
        self.customerIdlePage.setObjectName(u"customerIdlePage")
        self.customerIdleLayout = QVBoxLayout(self.customerIdlePage)
        self.customerIdleLayout.setObjectName(u"customerIdleLayout")
        self.customerIdleTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerIdleLayout.addItem(self.customerIdleTopSpacer)

        self.customerLogoLabel = QLabel(self.customerIdlePage)
        self.customerLogoLabel.setObjectName(u"customerLogoLabel")
        self.customerLogoLabel.setText(u"")
        self.customerLogoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerLogoLabel.setWordWrap(False)

        self.customerIdleLayout.addWidget(self.customerLogoLabel)

        self.customerWelcomeLabel = QLabel(self.customerIdlePage)
        self.customerWelcomeLabel.setObjectName(u"customerWelcomeLabel")
        self.customerWelcomeLabel.setText(u"")
        self.customerWelcomeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerWelcomeLabel.setWordWrap(True)

        self.customerIdleLayout.addWidget(self.customerWelcomeLabel)

        self.customerWelcomeEnLabel = QLabel(self.customerIdlePage)
        self.customerWelcomeEnLabel.setObjectName(u"customerWelcomeEnLabel")
        self.customerWelcomeEnLabel.setText(u"")
        self.customerWelcomeEnLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerWelcomeEnLabel.setWordWrap(True)

        self.customerIdleLayout.addWidget(self.customerWelcomeEnLabel)

        self.customerIdleBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerIdleLayout.addItem(self.customerIdleBottomSpacer)

        self.customerStack.addWidget(self.customerIdlePage)
        self.customerSalePage = QWidget()
        self.customerSalePage.setObjectName(u"customerSalePage")
        self.customerSaleLayout = QHBoxLayout(self.customerSalePage)
        self.customerSaleLayout.setObjectName(u"customerSaleLayout")
        self.customerFactsLayout = QVBoxLayout()
        self.customerFactsLayout.setObjectName(u"customerFactsLayout")
        self.customerNumberCaptionLabel = QLabel(self.customerSalePage)
        self.customerNumberCaptionLabel.setObjectName(u"customerNumberCaptionLabel")
        self.customerNumberCaptionLabel.setText(u"")
        self.customerNumberCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerNumberCaptionLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerNumberCaptionLabel)

        self.customerNumberLabel = QLabel(self.customerSalePage)
        self.customerNumberLabel.setObjectName(u"customerNumberLabel")
        self.customerNumberLabel.setText(u"")
        self.customerNumberLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerNumberLabel.setWordWrap(False)

        self.customerFactsLayout.addWidget(self.customerNumberLabel)

        self.customerCarrierLabel = QLabel(self.customerSalePage)
        self.customerCarrierLabel.setObjectName(u"customerCarrierLabel")
        self.customerCarrierLabel.setText(u"")
        self.customerCarrierLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerCarrierLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerCarrierLabel)

        self.customerPlanLabel = QLabel(self.customerSalePage)
        self.customerPlanLabel.setObjectName(u"customerPlanLabel")
        self.customerPlanLabel.setText(u"")
        self.customerPlanLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerPlanLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerPlanLabel)

        self.customerExpiryLabel = QLabel(self.customerSalePage)
        self.customerExpiryLabel.setObjectName(u"customerExpiryLabel")
        self.customerExpiryLabel.setText(u"")
        self.customerExpiryLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerExpiryLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerExpiryLabel)

        self.customerFactsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerFactsLayout.addItem(self.customerFactsSpacer)

        self.customerTotalCaptionLabel = QLabel(self.customerSalePage)
        self.customerTotalCaptionLabel.setObjectName(u"customerTotalCaptionLabel")
        self.customerTotalCaptionLabel.setText(u"")
        self.customerTotalCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerTotalCaptionLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerTotalCaptionLabel)

        self.customerTotalLabel = QLabel(self.customerSalePage)
        self.customerTotalLabel.setObjectName(u"customerTotalLabel")
        self.customerTotalLabel.setText(u"")
        self.customerTotalLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerTotalLabel.setWordWrap(False)

        self.customerFactsLayout.addWidget(self.customerTotalLabel)

        self.customerCashLabel = QLabel(self.customerSalePage)
        self.customerCashLabel.setObjectName(u"customerCashLabel")
        self.customerCashLabel.setText(u"")
        self.customerCashLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.customerCashLabel.setWordWrap(True)

        self.customerFactsLayout.addWidget(self.customerCashLabel)


        self.customerSaleLayout.addLayout(self.customerFactsLayout)

        self.customerFpsPanel = QWidget(self.customerSalePage)
        self.customerFpsPanel.setObjectName(u"customerFpsPanel")
        self.customerFpsLayout = QVBoxLayout(self.customerFpsPanel)
        self.customerFpsLayout.setObjectName(u"customerFpsLayout")
        self.customerFpsLayout.setContentsMargins(0, 0, 0, 0)
        self.customerFpsCaptionLabel = QLabel(self.customerFpsPanel)
        self.customerFpsCaptionLabel.setObjectName(u"customerFpsCaptionLabel")
        self.customerFpsCaptionLabel.setText(u"")
        self.customerFpsCaptionLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerFpsCaptionLabel.setWordWrap(True)

        self.customerFpsLayout.addWidget(self.customerFpsCaptionLabel)

        self.customerFpsCodeLayout = QVBoxLayout()
        self.customerFpsCodeLayout.setObjectName(u"customerFpsCodeLayout")

        self.customerFpsLayout.addLayout(self.customerFpsCodeLayout)

        self.customerFpsAmountLabel = QLabel(self.customerFpsPanel)
        self.customerFpsAmountLabel.setObjectName(u"customerFpsAmountLabel")
        self.customerFpsAmountLabel.setText(u"")
        self.customerFpsAmountLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerFpsAmountLabel.setWordWrap(True)

        self.customerFpsLayout.addWidget(self.customerFpsAmountLabel)


        self.customerSaleLayout.addWidget(self.customerFpsPanel)

        self.customerSaleLayout.setStretch(0, 3)
        self.customerSaleLayout.setStretch(1, 2)
        self.customerStack.addWidget(self.customerSalePage)
        self.customerThanksPage = QWidget()
        self.customerThanksPage.setObjectName(u"customerThanksPage")
        self.customerThanksLayout = QVBoxLayout(self.customerThanksPage)
        self.customerThanksLayout.setObjectName(u"customerThanksLayout")
        self.customerThanksTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerThanksLayout.addItem(self.customerThanksTopSpacer)

        self.customerThanksLabel = QLabel(self.customerThanksPage)
        self.customerThanksLabel.setObjectName(u"customerThanksLabel")
        self.customerThanksLabel.setText(u"")
        self.customerThanksLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerThanksLabel.setWordWrap(True)

        self.customerThanksLayout.addWidget(self.customerThanksLabel)

        self.customerReceiptLabel = QLabel(self.customerThanksPage)
        self.customerReceiptLabel.setObjectName(u"customerReceiptLabel")
        self.customerReceiptLabel.setText(u"")
        self.customerReceiptLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerReceiptLabel.setWordWrap(True)

        self.customerThanksLayout.addWidget(self.customerReceiptLabel)

        self.customerChangeLabel = QLabel(self.customerThanksPage)
        self.customerChangeLabel.setObjectName(u"customerChangeLabel")
        self.customerChangeLabel.setText(u"")
        self.customerChangeLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.customerChangeLabel.setWordWrap(True)

        self.customerThanksLayout.addWidget(self.customerChangeLabel)

        self.customerThanksBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.customerThanksLayout.addItem(self.customerThanksBottomSpacer)

        self.customerStack.addWidget(self.customerThanksPage)

        self.customerLayout.addWidget(self.customerStack)


        self.retranslateUi(CustomerScreen)

        QMetaObject.connectSlotsByName(CustomerScreen)
    # setupUi

    def retranslateUi(self, CustomerScreen):
        CustomerScreen.setWindowTitle(QCoreApplication.translate("CustomerScreen", u"Customer's screen", None))
    # retranslateUi

