# Generated from ui/history_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_HistoryTab(object):
    def setupUi(self, HistoryTab):
        if not HistoryTab.objectName():
            HistoryTab.setObjectName(u"HistoryTab")
        HistoryTab.resize(1300, 640)
        HistoryTab.setStyleSheet(u"QLineEdit#historySearchInput { font-size: 18px; min-height: 36px; }\n"
"QTableView#historyResultsView { font-size: 15px; }\n"
"QPushButton { min-height: 36px; padding: 2px 14px; }")
        self.historyLayout = QVBoxLayout(HistoryTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historySearchLayout = QHBoxLayout()
        self.historySearchLayout.setSpacing(8)
        self.historySearchLayout.setObjectName(u"historySearchLayout")
        self.historySearchInput = QLineEdit(HistoryTab)
        self.historySearchInput.setObjectName(u"historySearchInput")
        self.historySearchInput.setMinimumSize(QSize(300, 0))
        self.historySearchInput.setMaxLength(60)
        self.historySearchInput.setClearButtonEnabled(True)

        self.historySearchLayout.addWidget(self.historySearchInput)

        self.historySearchButton = QPushButton(HistoryTab)
        self.historySearchButton.setObjectName(u"historySearchButton")

        self.historySearchLayout.addWidget(self.historySearchButton)


        self.historyLayout.addLayout(self.historySearchLayout)

        self.historyFilterLayout = QHBoxLayout()
        self.historyFilterLayout.setSpacing(8)
        self.historyFilterLayout.setObjectName(u"historyFilterLayout")
        self.historyFromLabel = QLabel(HistoryTab)
        self.historyFromLabel.setObjectName(u"historyFromLabel")

        self.historyFilterLayout.addWidget(self.historyFromLabel)

        self.historyFromDate = QDateEdit(HistoryTab)
        self.historyFromDate.setObjectName(u"historyFromDate")
        self.historyFromDate.setCalendarPopup(True)
        self.historyFromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.historyFilterLayout.addWidget(self.historyFromDate)

        self.historyToLabel = QLabel(HistoryTab)
        self.historyToLabel.setObjectName(u"historyToLabel")

        self.historyFilterLayout.addWidget(self.historyToLabel)

        self.historyToDate = QDateEdit(HistoryTab)
        self.historyToDate.setObjectName(u"historyToDate")
        self.historyToDate.setCalendarPopup(True)
        self.historyToDate.setDisplayFormat(u"yyyy-MM-dd")

        self.historyFilterLayout.addWidget(self.historyToDate)

        self.historyClerkLabel = QLabel(HistoryTab)
        self.historyClerkLabel.setObjectName(u"historyClerkLabel")

        self.historyFilterLayout.addWidget(self.historyClerkLabel)

        self.historyClerkCombo = QComboBox(HistoryTab)
        self.historyClerkCombo.setObjectName(u"historyClerkCombo")
        self.historyClerkCombo.setMinimumSize(QSize(140, 0))

        self.historyFilterLayout.addWidget(self.historyClerkCombo)

        self.historyStateLabel = QLabel(HistoryTab)
        self.historyStateLabel.setObjectName(u"historyStateLabel")

        self.historyFilterLayout.addWidget(self.historyStateLabel)

        self.historyStateCombo = QComboBox(HistoryTab)
        self.historyStateCombo.setObjectName(u"historyStateCombo")
        self.historyStateCombo.setMinimumSize(QSize(130, 0))

        self.historyFilterLayout.addWidget(self.historyStateCombo)

        self.historyFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyFilterLayout.addItem(self.historyFilterSpacer)


        self.historyLayout.addLayout(self.historyFilterLayout)

        self.historyStatusLabel = QLabel(HistoryTab)
        self.historyStatusLabel.setObjectName(u"historyStatusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.historyStatusLabel.sizePolicy().hasHeightForWidth())
        self.historyStatusLabel.setSizePolicy(sizePolicy)
        self.historyStatusLabel.setText(u"")
        self.historyStatusLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyStatusLabel)

        self.historySplitter = QSplitter(HistoryTab)
        self.historySplitter.setObjectName(u"historySplitter")
        self.historySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.historySplitter.setChildrenCollapsible(False)
        self.historyResultsPane = QWidget(self.historySplitter)
        self.historyResultsPane.setObjectName(u"historyResultsPane")
        self.historyResultsLayout = QVBoxLayout(self.historyResultsPane)
        self.historyResultsLayout.setObjectName(u"historyResultsLayout")
        self.historyResultsLayout.setContentsMargins(0, 0, 0, 0)
        self.historyResultsView = QTableView(self.historyResultsPane)
        self.historyResultsView.setObjectName(u"historyResultsView")
        self.historyResultsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyResultsView.setTabKeyNavigation(False)
        self.historyResultsView.setAlternatingRowColors(True)
        self.historyResultsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyResultsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyResultsView.setWordWrap(False)
        self.historyResultsView.verticalHeader().setVisible(False)

        self.historyResultsLayout.addWidget(self.historyResultsView)

        self.historyMoreLayout = QHBoxLayout()
        self.historyMoreLayout.setObjectName(u"historyMoreLayout")
        self.historyCountLabel = QLabel(self.historyResultsPane)
        self.historyCountLabel.setObjectName(u"historyCountLabel")
        self.historyCountLabel.setText(u"")

        self.historyMoreLayout.addWidget(self.historyCountLabel)

        self.historyMoreSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyMoreLayout.addItem(self.historyMoreSpacer)

        self.historyMoreButton = QPushButton(self.historyResultsPane)
        self.historyMoreButton.setObjectName(u"historyMoreButton")

        self.historyMoreLayout.addWidget(self.historyMoreButton)


        self.historyResultsLayout.addLayout(self.historyMoreLayout)

        self.historySplitter.addWidget(self.historyResultsPane)
        self.historyDetailsPane = QWidget(self.historySplitter)
        self.historyDetailsPane.setObjectName(u"historyDetailsPane")
        self.historyDetailsLayout = QVBoxLayout(self.historyDetailsPane)
        self.historyDetailsLayout.setObjectName(u"historyDetailsLayout")
        self.historyDetailsLayout.setContentsMargins(0, 0, 0, 0)
        self.historyDetailsTabs = QTabWidget(self.historyDetailsPane)
        self.historyDetailsTabs.setObjectName(u"historyDetailsTabs")
        self.historyDetailsPage = QWidget()
        self.historyDetailsPage.setObjectName(u"historyDetailsPage")
        self.historyDetailsPageLayout = QVBoxLayout(self.historyDetailsPage)
        self.historyDetailsPageLayout.setObjectName(u"historyDetailsPageLayout")
        self.historyDetailsTabs.addTab(self.historyDetailsPage, "")
        self.historyReceiptPage = QWidget()
        self.historyReceiptPage.setObjectName(u"historyReceiptPage")
        self.historyReceiptLayout = QVBoxLayout(self.historyReceiptPage)
        self.historyReceiptLayout.setObjectName(u"historyReceiptLayout")
        self.historyDetailsTabs.addTab(self.historyReceiptPage, "")

        self.historyDetailsLayout.addWidget(self.historyDetailsTabs)

        self.historyActionsLayout = QHBoxLayout()
        self.historyActionsLayout.setObjectName(u"historyActionsLayout")
        self.historyReprintButton = QPushButton(self.historyDetailsPane)
        self.historyReprintButton.setObjectName(u"historyReprintButton")

        self.historyActionsLayout.addWidget(self.historyReprintButton)

        self.historyActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyActionsLayout.addItem(self.historyActionsSpacer)

        self.historyReverseButton = QPushButton(self.historyDetailsPane)
        self.historyReverseButton.setObjectName(u"historyReverseButton")

        self.historyActionsLayout.addWidget(self.historyReverseButton)


        self.historyDetailsLayout.addLayout(self.historyActionsLayout)

        self.historySplitter.addWidget(self.historyDetailsPane)

        self.historyLayout.addWidget(self.historySplitter)

        self.historyLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.historyFromLabel.setBuddy(self.historyFromDate)
        self.historyToLabel.setBuddy(self.historyToDate)
        self.historyClerkLabel.setBuddy(self.historyClerkCombo)
        self.historyStateLabel.setBuddy(self.historyStateCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.historySearchInput, self.historyFromDate)
        QWidget.setTabOrder(self.historyFromDate, self.historyToDate)
        QWidget.setTabOrder(self.historyToDate, self.historyClerkCombo)
        QWidget.setTabOrder(self.historyClerkCombo, self.historyStateCombo)
        QWidget.setTabOrder(self.historyStateCombo, self.historySearchButton)
        QWidget.setTabOrder(self.historySearchButton, self.historyResultsView)
        QWidget.setTabOrder(self.historyResultsView, self.historyMoreButton)
        QWidget.setTabOrder(self.historyMoreButton, self.historyDetailsTabs)
        QWidget.setTabOrder(self.historyDetailsTabs, self.historyReprintButton)
        QWidget.setTabOrder(self.historyReprintButton, self.historyReverseButton)

        self.retranslateUi(HistoryTab)

        self.historySearchButton.setDefault(False)


        QMetaObject.connectSlotsByName(HistoryTab)
    # setupUi

    def retranslateUi(self, HistoryTab):
        self.historySearchInput.setPlaceholderText(QCoreApplication.translate("HistoryTab", u"Receipt or phone number (any date)", None))
        self.historySearchButton.setText(QCoreApplication.translate("HistoryTab", u"S&earch", None))
        self.historyFromLabel.setText(QCoreApplication.translate("HistoryTab", u"&From", None))
        self.historyToLabel.setText(QCoreApplication.translate("HistoryTab", u"&To", None))
        self.historyClerkLabel.setText(QCoreApplication.translate("HistoryTab", u"C&lerk", None))
        self.historyStateLabel.setText(QCoreApplication.translate("HistoryTab", u"&State", None))
        self.historyMoreButton.setText(QCoreApplication.translate("HistoryTab", u"&More", None))
        self.historyDetailsTabs.setTabText(self.historyDetailsTabs.indexOf(self.historyDetailsPage), QCoreApplication.translate("HistoryTab", u"Details", None))
        self.historyDetailsTabs.setTabText(self.historyDetailsTabs.indexOf(self.historyReceiptPage), QCoreApplication.translate("HistoryTab", u"Receipt", None))
        self.historyReprintButton.setText(QCoreApplication.translate("HistoryTab", u"Re&print (copy)", None))
        self.historyReverseButton.setText(QCoreApplication.translate("HistoryTab", u"Voi&d or refund\u2026", None))
        pass
    # retranslateUi

