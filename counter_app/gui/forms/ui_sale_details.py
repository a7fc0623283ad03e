# Generated from ui/sale_details.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sale_details.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_SaleDetailsView(object):
    def setupUi(self, SaleDetailsView):
        if not SaleDetailsView.objectName():
            SaleDetailsView.setObjectName(u"SaleDetailsView")
        SaleDetailsView.resize(520, 560)
        SaleDetailsView.setStyleSheet(u"QWidget#saleDetailsContents QLabel, QWidget#saleDetailsContents QTableWidget, QWidget#saleDetailsContents QHeaderView { font-size: 15px; }\n"
"QLabel#saleTitleLabel { font-size: 18px; font-weight: bold; }\n"
"QLabel#saleTotalLabel, QLabel#saleTotalValueLabel, QLabel#saleLineHeadingLabel, QLabel#saleOutboxHeadingLabel, QLabel#saleReversalHeadingLabel { font-weight: bold; }\n"
"QLabel#saleReversalHeadingLabel { color: #b3261e; }")
        self.saleDetailsLayout = QVBoxLayout(SaleDetailsView)
        self.saleDetailsLayout.setObjectName(u"saleDetailsLayout")
        self.saleDetailsLayout.setContentsMargins(0, 0, 0, 0)
        self.saleDetailsScroll = QScrollArea(SaleDetailsView)
        self.saleDetailsScroll.setObjectName(u"saleDetailsScroll")
        self.saleDetailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.saleDetailsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleDetailsScroll.setWidgetResizable(True)
        self.saleDetailsContents = QWidget()
        self.saleDetailsContents.setObjectName(u"saleDetailsContents")
        self.saleDetailsContentsLayout = QVBoxLayout(self.saleDetailsContents)
        self.saleDetailsContentsLayout.setSpacing(6)
        self.saleDetailsContentsLayout.setObjectName(u"saleDetailsContentsLayout")
        self.saleEmptyLabel = QLabel(self.saleDetailsContents)
        self.saleEmptyLabel.setObjectName(u"saleEmptyLabel")
        self.saleEmptyLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleEmptyLabel)

        self.saleTitleLabel = QLabel(self.saleDetailsContents)
        self.saleTitleLabel.setObjectName(u"saleTitleLabel")
        self.saleTitleLabel.setText(u"")
        self.saleTitleLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleTitleLabel)

        self.saleWhenLabel = QLabel(self.saleDetailsContents)
        self.saleWhenLabel.setObjectName(u"saleWhenLabel")
        self.saleWhenLabel.setText(u"")
        self.saleWhenLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleWhenLabel)

        self.saleWhatLabel = QLabel(self.saleDetailsContents)
        self.saleWhatLabel.setObjectName(u"saleWhatLabel")
        self.saleWhatLabel.setText(u"")
        self.saleWhatLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleWhatLabel)

        self.saleItemsTable = QTableWidget(self.saleDetailsContents)
        if (self.saleItemsTable.columnCount() < 4):
            self.saleItemsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.saleItemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.saleItemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.saleItemsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.saleItemsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.saleItemsTable.setObjectName(u"saleItemsTable")
        self.saleItemsTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saleItemsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleItemsTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleItemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saleItemsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.saleItemsTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.saleItemsTable.setWordWrap(True)
        self.saleItemsTable.verticalHeader().setVisible(False)

        self.saleDetailsContentsLayout.addWidget(self.saleItemsTable)

        self.saleTotalLayout = QHBoxLayout()
        self.saleTotalLayout.setObjectName(u"saleTotalLayout")
        self.saleTotalLabel = QLabel(self.saleDetailsContents)
        self.saleTotalLabel.setObjectName(u"saleTotalLabel")

        self.saleTotalLayout.addWidget(self.saleTotalLabel)

        self.saleTotalValueLabel = QLabel(self.saleDetailsContents)
        self.saleTotalValueLabel.setObjectName(u"saleTotalValueLabel")
        self.saleTotalValueLabel.setText(u"")
        self.saleTotalValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.saleTotalLayout.addWidget(self.saleTotalValueLabel)


        self.saleDetailsContentsLayout.addLayout(self.saleTotalLayout)

        self.saleTendersTable = QTableWidget(self.saleDetailsContents)
        if (self.saleTendersTable.columnCount() < 4):
            self.saleTendersTable.setColumnCount(4)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.saleTendersTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.saleTendersTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.saleTendersTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.saleTendersTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        self.saleTendersTable.setObjectName(u"saleTendersTable")
        self.saleTendersTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saleTendersTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleTendersTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleTendersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saleTendersTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.saleTendersTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.saleTendersTable.setWordWrap(True)
        self.saleTendersTable.verticalHeader().setVisible(False)

        self.saleDetailsContentsLayout.addWidget(self.saleTendersTable)

        self.saleTenderNotesLabel = QLabel(self.saleDetailsContents)
        self.saleTenderNotesLabel.setObjectName(u"saleTenderNotesLabel")
        self.saleTenderNotesLabel.setText(u"")
        self.saleTenderNotesLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleTenderNotesLabel)

        self.saleLineHeadingLabel = QLabel(self.saleDetailsContents)
        self.saleLineHeadingLabel.setObjectName(u"saleLineHeadingLabel")

        self.saleDetailsContentsLayout.addWidget(self.saleLineHeadingLabel)

        self.saleLineTable = QTableWidget(self.saleDetailsContents)
        if (self.saleLineTable.columnCount() < 2):
            self.saleLineTable.setColumnCount(2)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.saleLineTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.saleLineTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        if (self.saleLineTable.rowCount() < 4):
            self.saleLineTable.setRowCount(4)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.saleLineTable.setVerticalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.saleLineTable.setVerticalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.saleLineTable.setVerticalHeaderItem(2, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.saleLineTable.setVerticalHeaderItem(3, __qtablewidgetitem13)
        self.saleLineTable.setObjectName(u"saleLineTable")
        self.saleLineTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.saleLineTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleLineTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.saleLineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.saleLineTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.saleLineTable.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.saleLineTable.setWordWrap(True)
        self.saleLineTable.verticalHeader().setVisible(True)

        self.saleDetailsContentsLayout.addWidget(self.saleLineTable)

        self.saleOutboxHeadingLabel = QLabel(self.saleDetailsContents)
        self.saleOutboxHeadingLabel.setObjectName(u"saleOutboxHeadingLabel")

        self.saleDetailsContentsLayout.addWidget(self.saleOutboxHeadingLabel)

        self.saleOutboxLabel = QLabel(self.saleDetailsContents)
        self.saleOutboxLabel.setObjectName(u"saleOutboxLabel")
        self.saleOutboxLabel.setText(u"")
        self.saleOutboxLabel.setWordWrap(True)
        self.saleOutboxLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.saleDetailsContentsLayout.addWidget(self.saleOutboxLabel)

        self.saleVoucherLabel = QLabel(self.saleDetailsContents)
        self.saleVoucherLabel.setObjectName(u"saleVoucherLabel")
        self.saleVoucherLabel.setText(u"")
        self.saleVoucherLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleVoucherLabel)

        self.saleIdentityLabel = QLabel(self.saleDetailsContents)
        self.saleIdentityLabel.setObjectName(u"saleIdentityLabel")
        self.saleIdentityLabel.setText(u"")
        self.saleIdentityLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleIdentityLabel)

        self.saleReversalHeadingLabel = QLabel(self.saleDetailsContents)
        self.saleReversalHeadingLabel.setObjectName(u"saleReversalHeadingLabel")
        self.saleReversalHeadingLabel.setText(u"")

        self.saleDetailsContentsLayout.addWidget(self.saleReversalHeadingLabel)

        self.saleReversalLabel = QLabel(self.saleDetailsContents)
        self.saleReversalLabel.setObjectName(u"saleReversalLabel")
        self.saleReversalLabel.setText(u"")
        self.saleReversalLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleReversalLabel)

        self.saleReprintsLabel = QLabel(self.saleDetailsContents)
        self.saleReprintsLabel.setObjectName(u"saleReprintsLabel")
        self.saleReprintsLabel.setText(u"")
        self.saleReprintsLabel.setWordWrap(True)

        self.saleDetailsContentsLayout.addWidget(self.saleReprintsLabel)

        self.saleDetailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.saleDetailsContentsLayout.addItem(self.saleDetailsSpacer)

        self.saleDetailsScroll.setWidget(self.saleDetailsContents)

        self.saleDetailsLayout.addWidget(self.saleDetailsScroll)


        self.retranslateUi(SaleDetailsView)

        QMetaObject.connectSlotsByName(SaleDetailsView)
    # setupUi

    def retranslateUi(self, SaleDetailsView):
        self.saleEmptyLabel.setText(QCoreApplication.translate("SaleDetailsView", u"Choose a sale to see its details.", None))
        ___qtablewidgetitem = self.saleItemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SaleDetailsView", u"Item", None))
        ___qtablewidgetitem1 = self.saleItemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SaleDetailsView", u"List price", None))
        ___qtablewidgetitem2 = self.saleItemsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SaleDetailsView", u"Discount", None))
        ___qtablewidgetitem3 = self.saleItemsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SaleDetailsView", u"Amount", None))
        self.saleTotalLabel.setText(QCoreApplication.translate("SaleDetailsView", u"Total", None))
        ___qtablewidgetitem4 = self.saleTendersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SaleDetailsView", u"Paid by", None))
        ___qtablewidgetitem5 = self.saleTendersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SaleDetailsView", u"Amount", None))
        ___qtablewidgetitem6 = self.saleTendersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SaleDetailsView", u"Handed over", None))
        ___qtablewidgetitem7 = self.saleTendersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SaleDetailsView", u"Change", None))
        self.saleLineHeadingLabel.setText(QCoreApplication.translate("SaleDetailsView", u"The line, before \u2192 after", None))
        ___qtablewidgetitem8 = self.saleLineTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SaleDetailsView", u"Before", None))
        ___qtablewidgetitem9 = self.saleLineTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SaleDetailsView", u"After", None))
        ___qtablewidgetitem10 = self.saleLineTable.verticalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SaleDetailsView", u"Expires on", None))
        ___qtablewidgetitem11 = self.saleLineTable.verticalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SaleDetailsView", u"Balance", None))
        ___qtablewidgetitem12 = self.saleLineTable.verticalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SaleDetailsView", u"Data left", None))
        ___qtablewidgetitem13 = self.saleLineTable.verticalHeaderItem(3)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SaleDetailsView", u"Plan", None))
        self.saleOutboxHeadingLabel.setText(QCoreApplication.translate("SaleDetailsView", u"Carrier and SMS", None))
        pass
    # retranslateUi

