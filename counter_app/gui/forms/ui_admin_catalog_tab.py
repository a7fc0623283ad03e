# Generated from ui/admin_catalog_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_catalog_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_AdminCatalogTab(object):
    def setupUi(self, AdminCatalogTab):
        if not AdminCatalogTab.objectName():
            AdminCatalogTab.setObjectName(u"AdminCatalogTab")
        AdminCatalogTab.resize(1340, 680)
        AdminCatalogTab.setStyleSheet(u"QLabel#catalogTitleLabel { font-size: 22px; font-weight: bold; }\n"
"QTableView { font-size: 14px; }\n"
"QGroupBox { font-size: 15px; font-weight: bold; }\n"
"QPushButton { min-height: 32px; padding: 2px 14px; }\n"
"QLineEdit, QComboBox, QSpinBox, QDateEdit { min-height: 24px; }")
        self.catalogTabLayout = QVBoxLayout(AdminCatalogTab)
        self.catalogTabLayout.setObjectName(u"catalogTabLayout")
        self.catalogTitleLabel = QLabel(AdminCatalogTab)
        self.catalogTitleLabel.setObjectName(u"catalogTitleLabel")

        self.catalogTabLayout.addWidget(self.catalogTitleLabel)

        self.catalogHintLabel = QLabel(AdminCatalogTab)
        self.catalogHintLabel.setObjectName(u"catalogHintLabel")
        self.catalogHintLabel.setWordWrap(True)

        self.catalogTabLayout.addWidget(self.catalogHintLabel)

        self.catalogTabs = QTabWidget(AdminCatalogTab)
        self.catalogTabs.setObjectName(u"catalogTabs")
        self.plansPage = QWidget()
        self.plansPage.setObjectName(u"plansPage")
        self.plansPageLayout = QHBoxLayout(self.plansPage)
        self.plansPageLayout.setSpacing(14)
        self.plansPageLayout.setObjectName(u"plansPageLayout")
        self.plansTable = QTableView(self.plansPage)
        self.plansTable.setObjectName(u"plansTable")
        self.plansTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plansTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansTable.setAlternatingRowColors(True)
        self.plansTable.setTabKeyNavigation(False)

        self.plansPageLayout.addWidget(self.plansTable)

        self.planFormScrollSide = QWidget(self.plansPage)
        self.planFormScrollSide.setObjectName(u"planFormScrollSide")
        self.planFormScrollSide.setMinimumSize(QSize(600, 0))
        self.planFormScrollSide.setMaximumSize(QSize(660, 16777215))
        self.planFormScrollSideLayout = QVBoxLayout(self.planFormScrollSide)
        self.planFormScrollSideLayout.setObjectName(u"planFormScrollSideLayout")
        self.planFormScrollSideLayout.setContentsMargins(0, 0, 0, 0)
        self.planFormScroll = QScrollArea(self.planFormScrollSide)
        self.planFormScroll.setObjectName(u"planFormScroll")
        self.planFormScroll.setWidgetResizable(True)
        self.planFormScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.planFormScrollContents = QWidget()
        self.planFormScrollContents.setObjectName(u"planFormScrollContents")
        self.planFormScrollContentsLayout = QVBoxLayout(self.planFormScrollContents)
        self.planFormScrollContentsLayout.setObjectName(u"planFormScrollContentsLayout")
        self.planFormScrollContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.planFormGroup = QGroupBox(self.planFormScrollContents)
        self.planFormGroup.setObjectName(u"planFormGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.planFormGroup.sizePolicy().hasHeightForWidth())
        self.planFormGroup.setSizePolicy(sizePolicy)
        self.planFormLayout = QFormLayout(self.planFormGroup)
        self.planFormLayout.setObjectName(u"planFormLayout")
        self.planFormLayout.setVerticalSpacing(3)
        self.planCarrierLabel = QLabel(self.planFormGroup)
        self.planCarrierLabel.setObjectName(u"planCarrierLabel")

        self.planFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planCarrierLabel)

        self.planCarrierCombo = QComboBox(self.planFormGroup)
        self.planCarrierCombo.setObjectName(u"planCarrierCombo")

        self.planFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCarrierCombo)

        self.planCodeLabel = QLabel(self.planFormGroup)
        self.planCodeLabel.setObjectName(u"planCodeLabel")

        self.planFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.planCodeLabel)

        self.planCodeEdit = QLineEdit(self.planFormGroup)
        self.planCodeEdit.setObjectName(u"planCodeEdit")
        self.planCodeEdit.setMaxLength(32)

        self.planFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.planCodeEdit)

        self.planKindLabel = QLabel(self.planFormGroup)
        self.planKindLabel.setObjectName(u"planKindLabel")

        self.planFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.planKindLabel)

        self.planKindCombo = QComboBox(self.planFormGroup)
        self.planKindCombo.setObjectName(u"planKindCombo")

        self.planFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.planKindCombo)

        self.planNameZhLabel = QLabel(self.planFormGroup)
        self.planNameZhLabel.setObjectName(u"planNameZhLabel")

        self.planFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planNameZhLabel)

        self.planNameZhEdit = QLineEdit(self.planFormGroup)
        self.planNameZhEdit.setObjectName(u"planNameZhEdit")
        self.planNameZhEdit.setMaxLength(80)

        self.planFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planNameZhEdit)

        self.planNameEnLabel = QLabel(self.planFormGroup)
        self.planNameEnLabel.setObjectName(u"planNameEnLabel")

        self.planFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planNameEnLabel)

        self.planNameEnEdit = QLineEdit(self.planFormGroup)
        self.planNameEnEdit.setObjectName(u"planNameEnEdit")
        self.planNameEnEdit.setMaxLength(80)

        self.planFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planNameEnEdit)

        self.planPriceLabel = QLabel(self.planFormGroup)
        self.planPriceLabel.setObjectName(u"planPriceLabel")

        self.planFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.planPriceLabel)

        self.planPriceEdit = QLineEdit(self.planFormGroup)
        self.planPriceEdit.setObjectName(u"planPriceEdit")
        self.planPriceEdit.setMaxLength(32)

        self.planFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.planPriceEdit)

        self.planMonthsLabel = QLabel(self.planFormGroup)
        self.planMonthsLabel.setObjectName(u"planMonthsLabel")

        self.planFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.planMonthsLabel)

        self.planMonthsSpin = QSpinBox(self.planFormGroup)
        self.planMonthsSpin.setObjectName(u"planMonthsSpin")
        self.planMonthsSpin.setMaximum(36)

        self.planFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.planMonthsSpin)

        self.planCreditLabel = QLabel(self.planFormGroup)
        self.planCreditLabel.setObjectName(u"planCreditLabel")

        self.planFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.planCreditLabel)

        self.planCreditEdit = QLineEdit(self.planFormGroup)
        self.planCreditEdit.setObjectName(u"planCreditEdit")
        self.planCreditEdit.setMaxLength(32)

        self.planFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.planCreditEdit)

        self.planDataLabel = QLabel(self.planFormGroup)
        self.planDataLabel.setObjectName(u"planDataLabel")

        self.planFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.planDataLabel)

        self.planDataSpin = QSpinBox(self.planFormGroup)
        self.planDataSpin.setObjectName(u"planDataSpin")
        self.planDataSpin.setMaximum(10000000)

        self.planFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.planDataSpin)

        self.planMinutesLabel = QLabel(self.planFormGroup)
        self.planMinutesLabel.setObjectName(u"planMinutesLabel")

        self.planFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.planMinutesLabel)

        self.planMinutesSpin = QSpinBox(self.planFormGroup)
        self.planMinutesSpin.setObjectName(u"planMinutesSpin")
        self.planMinutesSpin.setMaximum(100000)

        self.planFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.planMinutesSpin)

        self.planCardTypesLabel = QLabel(self.planFormGroup)
        self.planCardTypesLabel.setObjectName(u"planCardTypesLabel")

        self.planFormLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.planCardTypesLabel)

        self.planCardTypesRow = QWidget(self.planFormGroup)
        self.planCardTypesRow.setObjectName(u"planCardTypesRow")
        self.planCardTypesRowLayout = QGridLayout(self.planCardTypesRow)
        self.planCardTypesRowLayout.setObjectName(u"planCardTypesRowLayout")
        self.planCardTypesRowLayout.setContentsMargins(0, 0, 0, 0)
        self.planCardNumberKeepingCheck = QCheckBox(self.planCardTypesRow)
        self.planCardNumberKeepingCheck.setObjectName(u"planCardNumberKeepingCheck")

        self.planCardTypesRowLayout.addWidget(self.planCardNumberKeepingCheck, 0, 0, 1, 1)

        self.planCardHkRegisteredCheck = QCheckBox(self.planCardTypesRow)
        self.planCardHkRegisteredCheck.setObjectName(u"planCardHkRegisteredCheck")

        self.planCardTypesRowLayout.addWidget(self.planCardHkRegisteredCheck, 0, 1, 1, 1)

        self.planCardDualCheck = QCheckBox(self.planCardTypesRow)
        self.planCardDualCheck.setObjectName(u"planCardDualCheck")

        self.planCardTypesRowLayout.addWidget(self.planCardDualCheck, 1, 0, 1, 1)

        self.planCardDataCheck = QCheckBox(self.planCardTypesRow)
        self.planCardDataCheck.setObjectName(u"planCardDataCheck")

        self.planCardTypesRowLayout.addWidget(self.planCardDataCheck, 1, 1, 1, 1)

        self.planCardTypesRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planCardTypesRowLayout.addItem(self.planCardTypesRowSpacer, 0, 2, 1, 1)


        self.planFormLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.planCardTypesRow)

        self.planFromLabel = QLabel(self.planFormGroup)
        self.planFromLabel.setObjectName(u"planFromLabel")

        self.planFormLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.planFromLabel)

        self.planFromRow = QWidget(self.planFormGroup)
        self.planFromRow.setObjectName(u"planFromRow")
        self.planFromRowLayout = QHBoxLayout(self.planFromRow)
        self.planFromRowLayout.setObjectName(u"planFromRowLayout")
        self.planFromRowLayout.setContentsMargins(0, 0, 0, 0)
        self.planFromCheck = QCheckBox(self.planFromRow)
        self.planFromCheck.setObjectName(u"planFromCheck")

        self.planFromRowLayout.addWidget(self.planFromCheck)

        self.planFromDate = QDateEdit(self.planFromRow)
        self.planFromDate.setObjectName(u"planFromDate")
        self.planFromDate.setCalendarPopup(True)
        self.planFromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.planFromRowLayout.addWidget(self.planFromDate)

        self.planFromRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planFromRowLayout.addItem(self.planFromRowSpacer)


        self.planFormLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.planFromRow)

        self.planToLabel = QLabel(self.planFormGroup)
        self.planToLabel.setObjectName(u"planToLabel")

        self.planFormLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.planToLabel)

        self.planToRow = QWidget(self.planFormGroup)
        self.planToRow.setObjectName(u"planToRow")
        self.planToRowLayout = QHBoxLayout(self.planToRow)
        self.planToRowLayout.setObjectName(u"planToRowLayout")
        self.planToRowLayout.setContentsMargins(0, 0, 0, 0)
        self.planToCheck = QCheckBox(self.planToRow)
        self.planToCheck.setObjectName(u"planToCheck")

        self.planToRowLayout.addWidget(self.planToCheck)

        self.planToDate = QDateEdit(self.planToRow)
        self.planToDate.setObjectName(u"planToDate")
        self.planToDate.setCalendarPopup(True)
        self.planToDate.setDisplayFormat(u"yyyy-MM-dd")

        self.planToRowLayout.addWidget(self.planToDate)

        self.planToRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planToRowLayout.addItem(self.planToRowSpacer)


        self.planFormLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.planToRow)

        self.planProviderProductLabel = QLabel(self.planFormGroup)
        self.planProviderProductLabel.setObjectName(u"planProviderProductLabel")

        self.planFormLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.planProviderProductLabel)

        self.planProviderProductEdit = QLineEdit(self.planFormGroup)
        self.planProviderProductEdit.setObjectName(u"planProviderProductEdit")
        self.planProviderProductEdit.setMaxLength(40)

        self.planFormLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.planProviderProductEdit)

        self.planNeedsIdentityCheck = QCheckBox(self.planFormGroup)
        self.planNeedsIdentityCheck.setObjectName(u"planNeedsIdentityCheck")

        self.planFormLayout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.planNeedsIdentityCheck)

        self.planActiveCheck = QCheckBox(self.planFormGroup)
        self.planActiveCheck.setObjectName(u"planActiveCheck")

        self.planFormLayout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.planActiveCheck)

        self.planFieldErrorLabel = QLabel(self.planFormGroup)
        self.planFieldErrorLabel.setObjectName(u"planFieldErrorLabel")
        self.planFieldErrorLabel.setText(u"")
        self.planFieldErrorLabel.setWordWrap(True)

        self.planFormLayout.setWidget(16, QFormLayout.ItemRole.SpanningRole, self.planFieldErrorLabel)


        self.planFormScrollContentsLayout.addWidget(self.planFormGroup)

        self.planFormScrollSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planFormScrollContentsLayout.addItem(self.planFormScrollSpacer)

        self.planFormScroll.setWidget(self.planFormScrollContents)

        self.planFormScrollSideLayout.addWidget(self.planFormScroll)

        self.planButtonsRow = QWidget(self.planFormScrollSide)
        self.planButtonsRow.setObjectName(u"planButtonsRow")
        self.planButtonsRowLayout = QHBoxLayout(self.planButtonsRow)
        self.planButtonsRowLayout.setObjectName(u"planButtonsRowLayout")
        self.planButtonsRowLayout.setContentsMargins(0, 0, 0, 0)
        self.planNewButton = QPushButton(self.planButtonsRow)
        self.planNewButton.setObjectName(u"planNewButton")

        self.planButtonsRowLayout.addWidget(self.planNewButton)

        self.planSaveButton = QPushButton(self.planButtonsRow)
        self.planSaveButton.setObjectName(u"planSaveButton")

        self.planButtonsRowLayout.addWidget(self.planSaveButton)

        self.planButtonsRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtonsRowLayout.addItem(self.planButtonsRowSpacer)


        self.planFormScrollSideLayout.addWidget(self.planButtonsRow)

        self.planMessageLabel = QLabel(self.planFormScrollSide)
        self.planMessageLabel.setObjectName(u"planMessageLabel")
        self.planMessageLabel.setWordWrap(True)

        self.planFormScrollSideLayout.addWidget(self.planMessageLabel)


        self.plansPageLayout.addWidget(self.planFormScrollSide)

        self.catalogTabs.addTab(self.plansPage, "")
        self.promotionsPage = QWidget()
        self.promotionsPage.setObjectName(u"promotionsPage")
        self.promotionsPageLayout = QHBoxLayout(self.promotionsPage)
        self.promotionsPageLayout.setSpacing(14)
        self.promotionsPageLayout.setObjectName(u"promotionsPageLayout")
        self.promotionsTable = QTableView(self.promotionsPage)
        self.promotionsTable.setObjectName(u"promotionsTable")
        self.promotionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.promotionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.promotionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.promotionsTable.setAlternatingRowColors(True)
        self.promotionsTable.setTabKeyNavigation(False)

        self.promotionsPageLayout.addWidget(self.promotionsTable)

        self.promoFormScrollSide = QWidget(self.promotionsPage)
        self.promoFormScrollSide.setObjectName(u"promoFormScrollSide")
        self.promoFormScrollSide.setMinimumSize(QSize(600, 0))
        self.promoFormScrollSide.setMaximumSize(QSize(660, 16777215))
        self.promoFormScrollSideLayout = QVBoxLayout(self.promoFormScrollSide)
        self.promoFormScrollSideLayout.setObjectName(u"promoFormScrollSideLayout")
        self.promoFormScrollSideLayout.setContentsMargins(0, 0, 0, 0)
        self.promoFormScroll = QScrollArea(self.promoFormScrollSide)
        self.promoFormScroll.setObjectName(u"promoFormScroll")
        self.promoFormScroll.setWidgetResizable(True)
        self.promoFormScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.promoFormScrollContents = QWidget()
        self.promoFormScrollContents.setObjectName(u"promoFormScrollContents")
        self.promoFormScrollContentsLayout = QVBoxLayout(self.promoFormScrollContents)
        self.promoFormScrollContentsLayout.setObjectName(u"promoFormScrollContentsLayout")
        self.promoFormScrollContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.promoFormGroup = QGroupBox(self.promoFormScrollContents)
        self.promoFormGroup.setObjectName(u"promoFormGroup")
        sizePolicy.setHeightForWidth(self.promoFormGroup.sizePolicy().hasHeightForWidth())
        self.promoFormGroup.setSizePolicy(sizePolicy)
        self.promoFormLayout = QFormLayout(self.promoFormGroup)
        self.promoFormLayout.setObjectName(u"promoFormLayout")
        self.promoFormLayout.setVerticalSpacing(3)
        self.promoCodeLabel = QLabel(self.promoFormGroup)
        self.promoCodeLabel.setObjectName(u"promoCodeLabel")

        self.promoFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.promoCodeLabel)

        self.promoCodeEdit = QLineEdit(self.promoFormGroup)
        self.promoCodeEdit.setObjectName(u"promoCodeEdit")
        self.promoCodeEdit.setMaxLength(32)

        self.promoFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.promoCodeEdit)

        self.promoNameZhLabel = QLabel(self.promoFormGroup)
        self.promoNameZhLabel.setObjectName(u"promoNameZhLabel")

        self.promoFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.promoNameZhLabel)

        self.promoNameZhEdit = QLineEdit(self.promoFormGroup)
        self.promoNameZhEdit.setObjectName(u"promoNameZhEdit")
        self.promoNameZhEdit.setMaxLength(80)

        self.promoFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.promoNameZhEdit)

        self.promoNameEnLabel = QLabel(self.promoFormGroup)
        self.promoNameEnLabel.setObjectName(u"promoNameEnLabel")

        self.promoFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.promoNameEnLabel)

        self.promoNameEnEdit = QLineEdit(self.promoFormGroup)
        self.promoNameEnEdit.setObjectName(u"promoNameEnEdit")
        self.promoNameEnEdit.setMaxLength(80)

        self.promoFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.promoNameEnEdit)

        self.promoDatesLabel = QLabel(self.promoFormGroup)
        self.promoDatesLabel.setObjectName(u"promoDatesLabel")

        self.promoFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.promoDatesLabel)

        self.promoDatesRow = QWidget(self.promoFormGroup)
        self.promoDatesRow.setObjectName(u"promoDatesRow")
        self.promoDatesRowLayout = QHBoxLayout(self.promoDatesRow)
        self.promoDatesRowLayout.setObjectName(u"promoDatesRowLayout")
        self.promoDatesRowLayout.setContentsMargins(0, 0, 0, 0)
        self.promoFromDate = QDateEdit(self.promoDatesRow)
        self.promoFromDate.setObjectName(u"promoFromDate")
        self.promoFromDate.setCalendarPopup(True)
        self.promoFromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.promoDatesRowLayout.addWidget(self.promoFromDate)

        self.promoToDate = QDateEdit(self.promoDatesRow)
        self.promoToDate.setObjectName(u"promoToDate")
        self.promoToDate.setCalendarPopup(True)
        self.promoToDate.setDisplayFormat(u"yyyy-MM-dd")

        self.promoDatesRowLayout.addWidget(self.promoToDate)

        self.promoDatesRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promoDatesRowLayout.addItem(self.promoDatesRowSpacer)


        self.promoFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.promoDatesRow)

        self.promoPlansLabel = QLabel(self.promoFormGroup)
        self.promoPlansLabel.setObjectName(u"promoPlansLabel")

        self.promoFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.promoPlansLabel)

        self.promoPlansEdit = QLineEdit(self.promoFormGroup)
        self.promoPlansEdit.setObjectName(u"promoPlansEdit")

        self.promoFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.promoPlansEdit)

        self.promoCarriersLabel = QLabel(self.promoFormGroup)
        self.promoCarriersLabel.setObjectName(u"promoCarriersLabel")

        self.promoFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.promoCarriersLabel)

        self.promoCarriersEdit = QLineEdit(self.promoFormGroup)
        self.promoCarriersEdit.setObjectName(u"promoCarriersEdit")

        self.promoFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.promoCarriersEdit)

        self.promoCardTypesLabel = QLabel(self.promoFormGroup)
        self.promoCardTypesLabel.setObjectName(u"promoCardTypesLabel")

        self.promoFormLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.promoCardTypesLabel)

        self.promoCardTypesRow = QWidget(self.promoFormGroup)
        self.promoCardTypesRow.setObjectName(u"promoCardTypesRow")
        self.promoCardTypesRowLayout = QGridLayout(self.promoCardTypesRow)
        self.promoCardTypesRowLayout.setObjectName(u"promoCardTypesRowLayout")
        self.promoCardTypesRowLayout.setContentsMargins(0, 0, 0, 0)
        self.promoCardNumberKeepingCheck = QCheckBox(self.promoCardTypesRow)
        self.promoCardNumberKeepingCheck.setObjectName(u"promoCardNumberKeepingCheck")

        self.promoCardTypesRowLayout.addWidget(self.promoCardNumberKeepingCheck, 0, 0, 1, 1)

        self.promoCardHkRegisteredCheck = QCheckBox(self.promoCardTypesRow)
        self.promoCardHkRegisteredCheck.setObjectName(u"promoCardHkRegisteredCheck")

        self.promoCardTypesRowLayout.addWidget(self.promoCardHkRegisteredCheck, 0, 1, 1, 1)

        self.promoCardDualCheck = QCheckBox(self.promoCardTypesRow)
        self.promoCardDualCheck.setObjectName(u"promoCardDualCheck")

        self.promoCardTypesRowLayout.addWidget(self.promoCardDualCheck, 1, 0, 1, 1)

        self.promoCardDataCheck = QCheckBox(self.promoCardTypesRow)
        self.promoCardDataCheck.setObjectName(u"promoCardDataCheck")

        self.promoCardTypesRowLayout.addWidget(self.promoCardDataCheck, 1, 1, 1, 1)

        self.promoCardTypesRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promoCardTypesRowLayout.addItem(self.promoCardTypesRowSpacer, 0, 2, 1, 1)


        self.promoFormLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.promoCardTypesRow)

        self.promoKindsLabel = QLabel(self.promoFormGroup)
        self.promoKindsLabel.setObjectName(u"promoKindsLabel")

        self.promoFormLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.promoKindsLabel)

        self.promoKindsRow = QWidget(self.promoFormGroup)
        self.promoKindsRow.setObjectName(u"promoKindsRow")
        self.promoKindsRowLayout = QHBoxLayout(self.promoKindsRow)
        self.promoKindsRowLayout.setObjectName(u"promoKindsRowLayout")
        self.promoKindsRowLayout.setContentsMargins(0, 0, 0, 0)
        self.promoKindRenewalCheck = QCheckBox(self.promoKindsRow)
        self.promoKindRenewalCheck.setObjectName(u"promoKindRenewalCheck")

        self.promoKindsRowLayout.addWidget(self.promoKindRenewalCheck)

        self.promoKindCreditCheck = QCheckBox(self.promoKindsRow)
        self.promoKindCreditCheck.setObjectName(u"promoKindCreditCheck")

        self.promoKindsRowLayout.addWidget(self.promoKindCreditCheck)

        self.promoKindDataCheck = QCheckBox(self.promoKindsRow)
        self.promoKindDataCheck.setObjectName(u"promoKindDataCheck")

        self.promoKindsRowLayout.addWidget(self.promoKindDataCheck)

        self.promoKindsRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promoKindsRowLayout.addItem(self.promoKindsRowSpacer)


        self.promoFormLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.promoKindsRow)

        self.promoDiscountLabel = QLabel(self.promoFormGroup)
        self.promoDiscountLabel.setObjectName(u"promoDiscountLabel")

        self.promoFormLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.promoDiscountLabel)

        self.promoDiscountEdit = QLineEdit(self.promoFormGroup)
        self.promoDiscountEdit.setObjectName(u"promoDiscountEdit")
        self.promoDiscountEdit.setMaxLength(32)

        self.promoFormLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.promoDiscountEdit)

        self.promoPercentLabel = QLabel(self.promoFormGroup)
        self.promoPercentLabel.setObjectName(u"promoPercentLabel")

        self.promoFormLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.promoPercentLabel)

        self.promoPercentSpin = QSpinBox(self.promoFormGroup)
        self.promoPercentSpin.setObjectName(u"promoPercentSpin")
        self.promoPercentSpin.setMaximum(100)

        self.promoFormLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.promoPercentSpin)

        self.promoBonusDataLabel = QLabel(self.promoFormGroup)
        self.promoBonusDataLabel.setObjectName(u"promoBonusDataLabel")

        self.promoFormLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.promoBonusDataLabel)

        self.promoBonusDataSpin = QSpinBox(self.promoFormGroup)
        self.promoBonusDataSpin.setObjectName(u"promoBonusDataSpin")
        self.promoBonusDataSpin.setMaximum(10000000)

        self.promoFormLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.promoBonusDataSpin)

        self.promoBonusMinutesLabel = QLabel(self.promoFormGroup)
        self.promoBonusMinutesLabel.setObjectName(u"promoBonusMinutesLabel")

        self.promoFormLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.promoBonusMinutesLabel)

        self.promoBonusMinutesSpin = QSpinBox(self.promoFormGroup)
        self.promoBonusMinutesSpin.setObjectName(u"promoBonusMinutesSpin")
        self.promoBonusMinutesSpin.setMaximum(100000)

        self.promoFormLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.promoBonusMinutesSpin)

        self.promoBonusDaysLabel = QLabel(self.promoFormGroup)
        self.promoBonusDaysLabel.setObjectName(u"promoBonusDaysLabel")

        self.promoFormLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.promoBonusDaysLabel)

        self.promoBonusDaysSpin = QSpinBox(self.promoFormGroup)
        self.promoBonusDaysSpin.setObjectName(u"promoBonusDaysSpin")
        self.promoBonusDaysSpin.setMaximum(366)

        self.promoFormLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.promoBonusDaysSpin)

        self.promoPriorityLabel = QLabel(self.promoFormGroup)
        self.promoPriorityLabel.setObjectName(u"promoPriorityLabel")

        self.promoFormLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.promoPriorityLabel)

        self.promoPrioritySpin = QSpinBox(self.promoFormGroup)
        self.promoPrioritySpin.setObjectName(u"promoPrioritySpin")
        self.promoPrioritySpin.setMaximum(1000)

        self.promoFormLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.promoPrioritySpin)

        self.promoActiveCheck = QCheckBox(self.promoFormGroup)
        self.promoActiveCheck.setObjectName(u"promoActiveCheck")

        self.promoFormLayout.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.promoActiveCheck)

        self.promoFieldErrorLabel = QLabel(self.promoFormGroup)
        self.promoFieldErrorLabel.setObjectName(u"promoFieldErrorLabel")
        self.promoFieldErrorLabel.setText(u"")
        self.promoFieldErrorLabel.setWordWrap(True)

        self.promoFormLayout.setWidget(15, QFormLayout.ItemRole.SpanningRole, self.promoFieldErrorLabel)


        self.promoFormScrollContentsLayout.addWidget(self.promoFormGroup)

        self.promoFormScrollSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.promoFormScrollContentsLayout.addItem(self.promoFormScrollSpacer)

        self.promoFormScroll.setWidget(self.promoFormScrollContents)

        self.promoFormScrollSideLayout.addWidget(self.promoFormScroll)

        self.promoButtonsRow = QWidget(self.promoFormScrollSide)
        self.promoButtonsRow.setObjectName(u"promoButtonsRow")
        self.promoButtonsRowLayout = QHBoxLayout(self.promoButtonsRow)
        self.promoButtonsRowLayout.setObjectName(u"promoButtonsRowLayout")
        self.promoButtonsRowLayout.setContentsMargins(0, 0, 0, 0)
        self.promoNewButton = QPushButton(self.promoButtonsRow)
        self.promoNewButton.setObjectName(u"promoNewButton")

        self.promoButtonsRowLayout.addWidget(self.promoNewButton)

        self.promoSaveButton = QPushButton(self.promoButtonsRow)
        self.promoSaveButton.setObjectName(u"promoSaveButton")

        self.promoButtonsRowLayout.addWidget(self.promoSaveButton)

        self.promoEndButton = QPushButton(self.promoButtonsRow)
        self.promoEndButton.setObjectName(u"promoEndButton")

        self.promoButtonsRowLayout.addWidget(self.promoEndButton)

        self.promoButtonsRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.promoButtonsRowLayout.addItem(self.promoButtonsRowSpacer)


        self.promoFormScrollSideLayout.addWidget(self.promoButtonsRow)

        self.promoMessageLabel = QLabel(self.promoFormScrollSide)
        self.promoMessageLabel.setObjectName(u"promoMessageLabel")
        self.promoMessageLabel.setWordWrap(True)

        self.promoFormScrollSideLayout.addWidget(self.promoMessageLabel)


        self.promotionsPageLayout.addWidget(self.promoFormScrollSide)

        self.catalogTabs.addTab(self.promotionsPage, "")
        self.carriersPage = QWidget()
        self.carriersPage.setObjectName(u"carriersPage")
        self.carriersPageLayout = QHBoxLayout(self.carriersPage)
        self.carriersPageLayout.setSpacing(14)
        self.carriersPageLayout.setObjectName(u"carriersPageLayout")
        self.carriersTable = QTableView(self.carriersPage)
        self.carriersTable.setObjectName(u"carriersTable")
        self.carriersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carriersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.carriersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.carriersTable.setAlternatingRowColors(True)
        self.carriersTable.setTabKeyNavigation(False)

        self.carriersPageLayout.addWidget(self.carriersTable)

        self.carrierFormScrollSide = QWidget(self.carriersPage)
        self.carrierFormScrollSide.setObjectName(u"carrierFormScrollSide")
        self.carrierFormScrollSide.setMinimumSize(QSize(600, 0))
        self.carrierFormScrollSide.setMaximumSize(QSize(660, 16777215))
        self.carrierFormScrollSideLayout = QVBoxLayout(self.carrierFormScrollSide)
        self.carrierFormScrollSideLayout.setObjectName(u"carrierFormScrollSideLayout")
        self.carrierFormScrollSideLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierFormScroll = QScrollArea(self.carrierFormScrollSide)
        self.carrierFormScroll.setObjectName(u"carrierFormScroll")
        self.carrierFormScroll.setWidgetResizable(True)
        self.carrierFormScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.carrierFormScrollContents = QWidget()
        self.carrierFormScrollContents.setObjectName(u"carrierFormScrollContents")
        self.carrierFormScrollContentsLayout = QVBoxLayout(self.carrierFormScrollContents)
        self.carrierFormScrollContentsLayout.setObjectName(u"carrierFormScrollContentsLayout")
        self.carrierFormScrollContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierFormGroup = QGroupBox(self.carrierFormScrollContents)
        self.carrierFormGroup.setObjectName(u"carrierFormGroup")
        self.carrierFormLayout = QFormLayout(self.carrierFormGroup)
        self.carrierFormLayout.setObjectName(u"carrierFormLayout")
        self.carrierFormLayout.setVerticalSpacing(3)
        self.carrierNameLabel = QLabel(self.carrierFormGroup)
        self.carrierNameLabel.setObjectName(u"carrierNameLabel")
        self.carrierNameLabel.setWordWrap(True)

        self.carrierFormLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.carrierNameLabel)

        self.carrierDocumentsLabel = QLabel(self.carrierFormGroup)
        self.carrierDocumentsLabel.setObjectName(u"carrierDocumentsLabel")

        self.carrierFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.carrierDocumentsLabel)

        self.carrierDocumentsBox = QWidget(self.carrierFormGroup)
        self.carrierDocumentsBox.setObjectName(u"carrierDocumentsBox")
        self.carrierDocumentsLayout = QVBoxLayout(self.carrierDocumentsBox)
        self.carrierDocumentsLayout.setObjectName(u"carrierDocumentsLayout")
        self.carrierDocumentsLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierDocHkidCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocHkidCheck.setObjectName(u"carrierDocHkidCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocHkidCheck)

        self.carrierDocCnRicCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocCnRicCheck.setObjectName(u"carrierDocCnRicCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocCnRicCheck)

        self.carrierDocMoIdCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocMoIdCheck.setObjectName(u"carrierDocMoIdCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocMoIdCheck)

        self.carrierDocEepCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocEepCheck.setObjectName(u"carrierDocEepCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocEepCheck)

        self.carrierDocHrpCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocHrpCheck.setObjectName(u"carrierDocHrpCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocHrpCheck)

        self.carrierDocPassportCheck = QCheckBox(self.carrierDocumentsBox)
        self.carrierDocPassportCheck.setObjectName(u"carrierDocPassportCheck")

        self.carrierDocumentsLayout.addWidget(self.carrierDocPassportCheck)


        self.carrierFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.carrierDocumentsBox)

        self.carrierHotlineLabel = QLabel(self.carrierFormGroup)
        self.carrierHotlineLabel.setObjectName(u"carrierHotlineLabel")

        self.carrierFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.carrierHotlineLabel)

        self.carrierHotlineEdit = QLineEdit(self.carrierFormGroup)
        self.carrierHotlineEdit.setObjectName(u"carrierHotlineEdit")
        self.carrierHotlineEdit.setMaxLength(32)

        self.carrierFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.carrierHotlineEdit)

        self.carrierGraceLabel = QLabel(self.carrierFormGroup)
        self.carrierGraceLabel.setObjectName(u"carrierGraceLabel")

        self.carrierFormLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.carrierGraceLabel)

        self.carrierGraceSpin = QSpinBox(self.carrierFormGroup)
        self.carrierGraceSpin.setObjectName(u"carrierGraceSpin")
        self.carrierGraceSpin.setMaximum(3650)

        self.carrierFormLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.carrierGraceSpin)

        self.carrierRecycleLabel = QLabel(self.carrierFormGroup)
        self.carrierRecycleLabel.setObjectName(u"carrierRecycleLabel")

        self.carrierFormLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.carrierRecycleLabel)

        self.carrierRecycleSpin = QSpinBox(self.carrierFormGroup)
        self.carrierRecycleSpin.setObjectName(u"carrierRecycleSpin")
        self.carrierRecycleSpin.setMaximum(3650)

        self.carrierFormLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.carrierRecycleSpin)

        self.carrierProviderLabel = QLabel(self.carrierFormGroup)
        self.carrierProviderLabel.setObjectName(u"carrierProviderLabel")

        self.carrierFormLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.carrierProviderLabel)

        self.carrierProviderCombo = QComboBox(self.carrierFormGroup)
        self.carrierProviderCombo.setObjectName(u"carrierProviderCombo")

        self.carrierFormLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.carrierProviderCombo)

        self.carrierProviderHintLabel = QLabel(self.carrierFormGroup)
        self.carrierProviderHintLabel.setObjectName(u"carrierProviderHintLabel")
        self.carrierProviderHintLabel.setWordWrap(True)

        self.carrierFormLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.carrierProviderHintLabel)


        self.carrierFormScrollContentsLayout.addWidget(self.carrierFormGroup)

        self.carrierFormScrollSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.carrierFormScrollContentsLayout.addItem(self.carrierFormScrollSpacer)

        self.carrierFormScroll.setWidget(self.carrierFormScrollContents)

        self.carrierFormScrollSideLayout.addWidget(self.carrierFormScroll)

        self.carrierButtonsRow = QWidget(self.carrierFormScrollSide)
        self.carrierButtonsRow.setObjectName(u"carrierButtonsRow")
        self.carrierButtonsRowLayout = QHBoxLayout(self.carrierButtonsRow)
        self.carrierButtonsRowLayout.setObjectName(u"carrierButtonsRowLayout")
        self.carrierButtonsRowLayout.setContentsMargins(0, 0, 0, 0)
        self.carrierSaveButton = QPushButton(self.carrierButtonsRow)
        self.carrierSaveButton.setObjectName(u"carrierSaveButton")

        self.carrierButtonsRowLayout.addWidget(self.carrierSaveButton)

        self.carrierButtonsRowSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.carrierButtonsRowLayout.addItem(self.carrierButtonsRowSpacer)


        self.carrierFormScrollSideLayout.addWidget(self.carrierButtonsRow)

        self.carrierMessageLabel = QLabel(self.carrierFormScrollSide)
        self.carrierMessageLabel.setObjectName(u"carrierMessageLabel")
        self.carrierMessageLabel.setWordWrap(True)

        self.carrierFormScrollSideLayout.addWidget(self.carrierMessageLabel)


        self.carriersPageLayout.addWidget(self.carrierFormScrollSide)

        self.catalogTabs.addTab(self.carriersPage, "")

        self.catalogTabLayout.addWidget(self.catalogTabs)

#if QT_CONFIG(shortcut)
        self.planCarrierLabel.setBuddy(self.planCarrierCombo)
        self.planCodeLabel.setBuddy(self.planCodeEdit)
        self.planKindLabel.setBuddy(self.planKindCombo)
        self.planNameZhLabel.setBuddy(self.planNameZhEdit)
        self.planNameEnLabel.setBuddy(self.planNameEnEdit)
        self.planPriceLabel.setBuddy(self.planPriceEdit)
        self.planMonthsLabel.setBuddy(self.planMonthsSpin)
        self.planCreditLabel.setBuddy(self.planCreditEdit)
        self.planDataLabel.setBuddy(self.planDataSpin)
        self.planMinutesLabel.setBuddy(self.planMinutesSpin)
        self.planProviderProductLabel.setBuddy(self.planProviderProductEdit)
        self.promoCodeLabel.setBuddy(self.promoCodeEdit)
        self.promoNameZhLabel.setBuddy(self.promoNameZhEdit)
        self.promoNameEnLabel.setBuddy(self.promoNameEnEdit)
        self.promoPlansLabel.setBuddy(self.promoPlansEdit)
        self.promoCarriersLabel.setBuddy(self.promoCarriersEdit)
        self.promoDiscountLabel.setBuddy(self.promoDiscountEdit)
        self.promoPercentLabel.setBuddy(self.promoPercentSpin)
        self.promoBonusDataLabel.setBuddy(self.promoBonusDataSpin)
        self.promoBonusMinutesLabel.setBuddy(self.promoBonusMinutesSpin)
        self.promoBonusDaysLabel.setBuddy(self.promoBonusDaysSpin)
        self.promoPriorityLabel.setBuddy(self.promoPrioritySpin)
        self.carrierHotlineLabel.setBuddy(self.carrierHotlineEdit)
        self.carrierGraceLabel.setBuddy(self.carrierGraceSpin)
        self.carrierRecycleLabel.setBuddy(self.carrierRecycleSpin)
        self.carrierProviderLabel.setBuddy(self.carrierProviderCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminCatalogTab)

        QMetaObject.connectSlotsByName(AdminCatalogTab)
    # setupUi

    def retranslateUi(self, AdminCatalogTab):
        self.catalogTitleLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Plans, promotions and carriers", None))
        self.catalogHintLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"A price change applies to the next sale; past sales and their receipts keep the price they were sold at.", None))
        self.planFormGroup.setTitle(QCoreApplication.translate("AdminCatalogTab", u"Plan", None))
        self.planCarrierLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Ca&rrier", None))
        self.planCodeLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Code", None))
        self.planKindLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Kind", None))
        self.planNameZhLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Chinese &name", None))
        self.planNameEnLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&English name", None))
        self.planPriceLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Price (HK$)", None))
        self.planPriceEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"e.g. 48.00", None))
        self.planMonthsLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Months", None))
        self.planCreditLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Cre&dit (HK$)", None))
        self.planCreditEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"0.00", None))
        self.planDataLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Da&ta (MB)", None))
        self.planMinutesLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"M&inutes", None))
        self.planCardTypesLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Card types", None))
        self.planCardNumberKeepingCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Number-keeping", None))
        self.planCardHkRegisteredCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"HK registered", None))
        self.planCardDualCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"China\u2013HK dual", None))
        self.planCardDataCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Data", None))
        self.planFromLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Valid from", None))
        self.planFromCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"From", None))
        self.planToLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Valid until", None))
        self.planToCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Until", None))
        self.planProviderProductLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Provider pr&oduct", None))
        self.planProviderProductEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"empty: the clerk applies it by hand", None))
        self.planNeedsIdentityCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Needs the identity check", None))
        self.planActiveCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"On sale (active)", None))
        self.planNewButton.setText(QCoreApplication.translate("AdminCatalogTab", u"Ne&w plan", None))
        self.planSaveButton.setText(QCoreApplication.translate("AdminCatalogTab", u"&Save plan", None))
        self.catalogTabs.setTabText(self.catalogTabs.indexOf(self.plansPage), QCoreApplication.translate("AdminCatalogTab", u"Plans and prices", None))
        self.promoFormGroup.setTitle(QCoreApplication.translate("AdminCatalogTab", u"Promotion", None))
        self.promoCodeLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Code", None))
        self.promoNameZhLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Chinese &name", None))
        self.promoNameEnLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&English name", None))
        self.promoDatesLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"From \u2013 until", None))
        self.promoPlansLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Plans (codes)", None))
        self.promoPlansEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"any plan, or e.g. BAU-R12, PEA-R12", None))
        self.promoCarriersLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Ca&rriers (codes)", None))
        self.promoCarriersEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"any carrier, or e.g. BAUHINIA", None))
        self.promoCardTypesLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Card types", None))
        self.promoCardNumberKeepingCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Number-keeping", None))
        self.promoCardHkRegisteredCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"HK registered", None))
        self.promoCardDualCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"China\u2013HK dual", None))
        self.promoCardDataCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Data", None))
        self.promoKindsLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Kinds", None))
        self.promoKindRenewalCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Renewal", None))
        self.promoKindCreditCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Credit top-up", None))
        self.promoKindDataCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Data add-on", None))
        self.promoDiscountLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Amount &off (HK$)", None))
        self.promoDiscountEdit.setPlaceholderText(QCoreApplication.translate("AdminCatalogTab", u"0.00", None))
        self.promoPercentLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Percent o&ff", None))
        self.promoPercentSpin.setSuffix(QCoreApplication.translate("AdminCatalogTab", u" %", None))
        self.promoBonusDataLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Bonus &data (MB)", None))
        self.promoBonusMinutesLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Bonus m&inutes", None))
        self.promoBonusDaysLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Bonus da&ys", None))
        self.promoPriorityLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Priori&ty", None))
        self.promoActiveCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Active", None))
        self.promoNewButton.setText(QCoreApplication.translate("AdminCatalogTab", u"New pro&motion", None))
        self.promoSaveButton.setText(QCoreApplication.translate("AdminCatalogTab", u"&Save promotion", None))
        self.promoEndButton.setText(QCoreApplication.translate("AdminCatalogTab", u"End no&w", None))
        self.catalogTabs.setTabText(self.catalogTabs.indexOf(self.promotionsPage), QCoreApplication.translate("AdminCatalogTab", u"Promotions", None))
        self.carrierFormGroup.setTitle(QCoreApplication.translate("AdminCatalogTab", u"Carrier", None))
        self.carrierDocumentsLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Accepted documents", None))
        self.carrierDocHkidCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"HKID card", None))
        self.carrierDocCnRicCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Mainland Resident ID / Residence Permit", None))
        self.carrierDocMoIdCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Macao Resident ID card", None))
        self.carrierDocEepCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Exit-Entry Permit to HK and Macao", None))
        self.carrierDocHrpCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Home Return Permit", None))
        self.carrierDocPassportCheck.setText(QCoreApplication.translate("AdminCatalogTab", u"Passport", None))
        self.carrierHotlineLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Hotline", None))
        self.carrierGraceLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Grace days", None))
        self.carrierRecycleLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"&Recycled after (days)", None))
        self.carrierProviderLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"Fulfil&ment", None))
        self.carrierProviderHintLabel.setText(QCoreApplication.translate("AdminCatalogTab", u"With DT One, the plans that have a provider product id go to DT One; the clerk applies the others on the carrier's portal.", None))
        self.carrierSaveButton.setText(QCoreApplication.translate("AdminCatalogTab", u"&Save carrier", None))
        self.catalogTabs.setTabText(self.catalogTabs.indexOf(self.carriersPage), QCoreApplication.translate("AdminCatalogTab", u"Carriers", None))
        pass
    # retranslateUi

