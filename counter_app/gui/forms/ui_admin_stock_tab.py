# Generated from ui/admin_stock_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_stock_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_AdminStockTab(object):
    def setupUi(self, AdminStockTab):
        if not AdminStockTab.objectName():
            AdminStockTab.setObjectName(u"AdminStockTab")
        AdminStockTab.resize(1300, 700)
        AdminStockTab.setStyleSheet(u"QLabel#stockTitleLabel, QLabel#previewTitleLabel { font-size: 22px; font-weight: bold; }\n"
"QTableView { font-size: 16px; }\n"
"QLabel#previewSummaryLabel { font-size: 16px; }")
        self.stockLayout = QVBoxLayout(AdminStockTab)
        self.stockLayout.setSpacing(10)
        self.stockLayout.setObjectName(u"stockLayout")
        self.stockTitleLabel = QLabel(AdminStockTab)
        self.stockTitleLabel.setObjectName(u"stockTitleLabel")

        self.stockLayout.addWidget(self.stockTitleLabel)

        self.stockTable = QTableView(AdminStockTab)
        self.stockTable.setObjectName(u"stockTable")
        self.stockTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stockTable.setAlternatingRowColors(True)
        self.stockTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stockTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stockTable.setWordWrap(True)
        self.stockTable.horizontalHeader().setStretchLastSection(True)
        self.stockTable.verticalHeader().setVisible(False)

        self.stockLayout.addWidget(self.stockTable)

        self.stockMessageLabel = QLabel(AdminStockTab)
        self.stockMessageLabel.setObjectName(u"stockMessageLabel")
        self.stockMessageLabel.setProperty(u"role", u"hint")
        self.stockMessageLabel.setText(u"")
        self.stockMessageLabel.setWordWrap(True)

        self.stockLayout.addWidget(self.stockMessageLabel)

        self.stockButtonLayout = QHBoxLayout()
        self.stockButtonLayout.setSpacing(12)
        self.stockButtonLayout.setObjectName(u"stockButtonLayout")
        self.importVouchersButton = QPushButton(AdminStockTab)
        self.importVouchersButton.setObjectName(u"importVouchersButton")
        self.importVouchersButton.setMinimumSize(QSize(0, 40))

        self.stockButtonLayout.addWidget(self.importVouchersButton)

        self.importLinesButton = QPushButton(AdminStockTab)
        self.importLinesButton.setObjectName(u"importLinesButton")
        self.importLinesButton.setMinimumSize(QSize(0, 40))

        self.stockButtonLayout.addWidget(self.importLinesButton)

        self.stockButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stockButtonLayout.addItem(self.stockButtonSpacer)

        self.refreshStockButton = QPushButton(AdminStockTab)
        self.refreshStockButton.setObjectName(u"refreshStockButton")
        self.refreshStockButton.setMinimumSize(QSize(0, 40))

        self.stockButtonLayout.addWidget(self.refreshStockButton)


        self.stockLayout.addLayout(self.stockButtonLayout)

        self.previewGroup = QGroupBox(AdminStockTab)
        self.previewGroup.setObjectName(u"previewGroup")
        self.previewLayout = QVBoxLayout(self.previewGroup)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTitleLabel = QLabel(self.previewGroup)
        self.previewTitleLabel.setObjectName(u"previewTitleLabel")
        self.previewTitleLabel.setText(u"")
        self.previewTitleLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewTitleLabel)

        self.previewSummaryLabel = QLabel(self.previewGroup)
        self.previewSummaryLabel.setObjectName(u"previewSummaryLabel")
        self.previewSummaryLabel.setText(u"")
        self.previewSummaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.previewSummaryLabel)

        self.previewTablesLayout = QHBoxLayout()
        self.previewTablesLayout.setSpacing(12)
        self.previewTablesLayout.setObjectName(u"previewTablesLayout")
        self.previewGroupsTable = QTableView(self.previewGroup)
        self.previewGroupsTable.setObjectName(u"previewGroupsTable")
        self.previewGroupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewGroupsTable.setAlternatingRowColors(True)
        self.previewGroupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewGroupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewGroupsTable.setWordWrap(True)
        self.previewGroupsTable.horizontalHeader().setStretchLastSection(True)
        self.previewGroupsTable.verticalHeader().setVisible(False)

        self.previewTablesLayout.addWidget(self.previewGroupsTable)

        self.previewErrorsTable = QTableView(self.previewGroup)
        self.previewErrorsTable.setObjectName(u"previewErrorsTable")
        self.previewErrorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewErrorsTable.setAlternatingRowColors(True)
        self.previewErrorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewErrorsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.previewErrorsTable.setWordWrap(True)
        self.previewErrorsTable.horizontalHeader().setStretchLastSection(True)
        self.previewErrorsTable.verticalHeader().setVisible(False)

        self.previewTablesLayout.addWidget(self.previewErrorsTable)


        self.previewLayout.addLayout(self.previewTablesLayout)

        self.previewButtonLayout = QHBoxLayout()
        self.previewButtonLayout.setSpacing(12)
        self.previewButtonLayout.setObjectName(u"previewButtonLayout")
        self.previewMessageLabel = QLabel(self.previewGroup)
        self.previewMessageLabel.setObjectName(u"previewMessageLabel")
        self.previewMessageLabel.setProperty(u"role", u"hint")
        self.previewMessageLabel.setText(u"")
        self.previewMessageLabel.setWordWrap(True)

        self.previewButtonLayout.addWidget(self.previewMessageLabel)

        self.previewButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewButtonLayout.addItem(self.previewButtonSpacer)

        self.cancelImportButton = QPushButton(self.previewGroup)
        self.cancelImportButton.setObjectName(u"cancelImportButton")
        self.cancelImportButton.setMinimumSize(QSize(0, 40))

        self.previewButtonLayout.addWidget(self.cancelImportButton)

        self.confirmImportButton = QPushButton(self.previewGroup)
        self.confirmImportButton.setObjectName(u"confirmImportButton")
        self.confirmImportButton.setMinimumSize(QSize(0, 40))

        self.previewButtonLayout.addWidget(self.confirmImportButton)


        self.previewLayout.addLayout(self.previewButtonLayout)


        self.stockLayout.addWidget(self.previewGroup)


        self.retranslateUi(AdminStockTab)

        QMetaObject.connectSlotsByName(AdminStockTab)
    # setupUi

    def retranslateUi(self, AdminStockTab):
        self.stockTitleLabel.setText(QCoreApplication.translate("AdminStockTab", u"Voucher stock", None))
        self.importVouchersButton.setText(QCoreApplication.translate("AdminStockTab", u"Import &vouchers\u2026", None))
        self.importLinesButton.setText(QCoreApplication.translate("AdminStockTab", u"Import li&nes\u2026", None))
        self.refreshStockButton.setText(QCoreApplication.translate("AdminStockTab", u"&Refresh", None))
        self.previewGroup.setTitle(QCoreApplication.translate("AdminStockTab", u"Check before importing", None))
        self.cancelImportButton.setText(QCoreApplication.translate("AdminStockTab", u"&Cancel", None))
        self.confirmImportButton.setText(QCoreApplication.translate("AdminStockTab", u"&Import", None))
        pass
    # retranslateUi

