# Generated from ui/reports_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        ReportsTab.resize(1340, 640)
        ReportsTab.setStyleSheet(u"QLabel#reportsTitleLabel { font-size: 24px; font-weight: bold; }\n"
"QLabel#reportsSummaryLabel { font-size: 16px; }\n"
"QDateEdit, QComboBox { min-height: 30px; }\n"
"QTableView#reportsTable { font-size: 15px; }")
        self.reportsTabLayout = QVBoxLayout(ReportsTab)
        self.reportsTabLayout.setSpacing(10)
        self.reportsTabLayout.setObjectName(u"reportsTabLayout")
        self.reportsTitleLabel = QLabel(ReportsTab)
        self.reportsTitleLabel.setObjectName(u"reportsTitleLabel")

        self.reportsTabLayout.addWidget(self.reportsTitleLabel)

        self.rangeLayout = QHBoxLayout()
        self.rangeLayout.setSpacing(8)
        self.rangeLayout.setObjectName(u"rangeLayout")
        self.dateFromLabel = QLabel(ReportsTab)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.rangeLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = QDateEdit(ReportsTab)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateFromEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(ReportsTab)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.rangeLayout.addWidget(self.dateToLabel)

        self.dateToEdit = QDateEdit(ReportsTab)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setDisplayFormat(u"yyyy-MM-dd")
        self.dateToEdit.setCalendarPopup(True)

        self.rangeLayout.addWidget(self.dateToEdit)

        self.todayButton = QPushButton(ReportsTab)
        self.todayButton.setObjectName(u"todayButton")

        self.rangeLayout.addWidget(self.todayButton)

        self.thisWeekButton = QPushButton(ReportsTab)
        self.thisWeekButton.setObjectName(u"thisWeekButton")

        self.rangeLayout.addWidget(self.thisWeekButton)

        self.thisMonthButton = QPushButton(ReportsTab)
        self.thisMonthButton.setObjectName(u"thisMonthButton")

        self.rangeLayout.addWidget(self.thisMonthButton)

        self.lastMonthButton = QPushButton(ReportsTab)
        self.lastMonthButton.setObjectName(u"lastMonthButton")

        self.rangeLayout.addWidget(self.lastMonthButton)

        self.rangeSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rangeLayout.addItem(self.rangeSpacer)


        self.reportsTabLayout.addLayout(self.rangeLayout)

        self.counterLayout = QHBoxLayout()
        self.counterLayout.setSpacing(8)
        self.counterLayout.setObjectName(u"counterLayout")
        self.counterLabel = QLabel(ReportsTab)
        self.counterLabel.setObjectName(u"counterLabel")

        self.counterLayout.addWidget(self.counterLabel)

        self.counterCombo = QComboBox(ReportsTab)
        self.counterCombo.setObjectName(u"counterCombo")
        self.counterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.counterLayout.addWidget(self.counterCombo)

        self.showButton = QPushButton(ReportsTab)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setMinimumSize(QSize(110, 0))

        self.counterLayout.addWidget(self.showButton)

        self.counterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.counterLayout.addItem(self.counterSpacer)


        self.reportsTabLayout.addLayout(self.counterLayout)

        self.viewLayout = QHBoxLayout()
        self.viewLayout.setSpacing(8)
        self.viewLayout.setObjectName(u"viewLayout")
        self.breakdownLabel = QLabel(ReportsTab)
        self.breakdownLabel.setObjectName(u"breakdownLabel")

        self.viewLayout.addWidget(self.breakdownLabel)

        self.breakdownCombo = QComboBox(ReportsTab)
        self.breakdownCombo.setObjectName(u"breakdownCombo")
        self.breakdownCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.viewLayout.addWidget(self.breakdownCombo)

        self.reportsSummaryLabel = QLabel(ReportsTab)
        self.reportsSummaryLabel.setObjectName(u"reportsSummaryLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reportsSummaryLabel.sizePolicy().hasHeightForWidth())
        self.reportsSummaryLabel.setSizePolicy(sizePolicy)
        self.reportsSummaryLabel.setText(u"")
        self.reportsSummaryLabel.setWordWrap(True)

        self.viewLayout.addWidget(self.reportsSummaryLabel)

        self.savePdfButton = QPushButton(ReportsTab)
        self.savePdfButton.setObjectName(u"savePdfButton")

        self.viewLayout.addWidget(self.savePdfButton)

        self.saveCsvButton = QPushButton(ReportsTab)
        self.saveCsvButton.setObjectName(u"saveCsvButton")

        self.viewLayout.addWidget(self.saveCsvButton)


        self.reportsTabLayout.addLayout(self.viewLayout)

        self.reportsSplitter = QSplitter(ReportsTab)
        self.reportsSplitter.setObjectName(u"reportsSplitter")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.reportsSplitter.sizePolicy().hasHeightForWidth())
        self.reportsSplitter.setSizePolicy(sizePolicy1)
        self.reportsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.reportsSplitter.setChildrenCollapsible(False)
        self.reportsTable = QTableView(self.reportsSplitter)
        self.reportsTable.setObjectName(u"reportsTable")
        self.reportsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportsTable.setAlternatingRowColors(True)
        self.reportsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportsTable.setWordWrap(False)
        self.reportsSplitter.addWidget(self.reportsTable)
        self.reportsTable.verticalHeader().setVisible(False)
        self.chartHolder = QWidget(self.reportsSplitter)
        self.chartHolder.setObjectName(u"chartHolder")
        self.chartLayout = QVBoxLayout(self.chartHolder)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.chartTitleLabel = QLabel(self.chartHolder)
        self.chartTitleLabel.setObjectName(u"chartTitleLabel")

        self.chartLayout.addWidget(self.chartTitleLabel)

        self.reportsSplitter.addWidget(self.chartHolder)

        self.reportsTabLayout.addWidget(self.reportsSplitter)

        self.reportsMessageLabel = QLabel(ReportsTab)
        self.reportsMessageLabel.setObjectName(u"reportsMessageLabel")
        self.reportsMessageLabel.setText(u"")
        self.reportsMessageLabel.setWordWrap(True)
        self.reportsMessageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportsTabLayout.addWidget(self.reportsMessageLabel)

#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.counterLabel.setBuddy(self.counterCombo)
        self.breakdownLabel.setBuddy(self.breakdownCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.thisWeekButton)
        QWidget.setTabOrder(self.thisWeekButton, self.thisMonthButton)
        QWidget.setTabOrder(self.thisMonthButton, self.lastMonthButton)
        QWidget.setTabOrder(self.lastMonthButton, self.counterCombo)
        QWidget.setTabOrder(self.counterCombo, self.showButton)
        QWidget.setTabOrder(self.showButton, self.breakdownCombo)
        QWidget.setTabOrder(self.breakdownCombo, self.savePdfButton)
        QWidget.setTabOrder(self.savePdfButton, self.saveCsvButton)
        QWidget.setTabOrder(self.saveCsvButton, self.reportsTable)

        self.retranslateUi(ReportsTab)

        self.showButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
        self.reportsTitleLabel.setText(QCoreApplication.translate("ReportsTab", u"Sales reports", None))
        self.dateFromLabel.setText(QCoreApplication.translate("ReportsTab", u"From", None))
        self.dateToLabel.setText(QCoreApplication.translate("ReportsTab", u"to", None))
        self.todayButton.setText(QCoreApplication.translate("ReportsTab", u"&Today", None))
        self.thisWeekButton.setText(QCoreApplication.translate("ReportsTab", u"This &week", None))
        self.thisMonthButton.setText(QCoreApplication.translate("ReportsTab", u"This &month", None))
        self.lastMonthButton.setText(QCoreApplication.translate("ReportsTab", u"L&ast month", None))
        self.counterLabel.setText(QCoreApplication.translate("ReportsTab", u"Counter", None))
        self.showButton.setText(QCoreApplication.translate("ReportsTab", u"&Show", None))
        self.breakdownLabel.setText(QCoreApplication.translate("ReportsTab", u"Sales by", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReportsTab", u"Save &PDF\u2026", None))
        self.saveCsvButton.setText(QCoreApplication.translate("ReportsTab", u"Save &CSV\u2026", None))
        self.chartTitleLabel.setText(QCoreApplication.translate("ReportsTab", u"Net sales", None))
        pass
    # retranslateUi

