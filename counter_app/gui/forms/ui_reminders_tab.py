# Generated from ui/reminders_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminders_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_RemindersTab(object):
    def setupUi(self, RemindersTab):
        if not RemindersTab.objectName():
            RemindersTab.setObjectName(u"RemindersTab")
        RemindersTab.resize(1340, 640)
        RemindersTab.setStyleSheet(u"QTableView#remindersTable { font-size: 16px; }\n"
"QLabel#remindersCountLabel { font-weight: bold; }")
        self.remindersLayout = QVBoxLayout(RemindersTab)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersFiltersLayout = QHBoxLayout()
        self.remindersFiltersLayout.setSpacing(10)
        self.remindersFiltersLayout.setObjectName(u"remindersFiltersLayout")
        self.windowLabel = QLabel(RemindersTab)
        self.windowLabel.setObjectName(u"windowLabel")

        self.remindersFiltersLayout.addWidget(self.windowLabel)

        self.windowCombo = QComboBox(RemindersTab)
        self.windowCombo.addItem("")
        self.windowCombo.addItem("")
        self.windowCombo.addItem("")
        self.windowCombo.setObjectName(u"windowCombo")
        self.windowCombo.setMinimumSize(QSize(150, 36))

        self.remindersFiltersLayout.addWidget(self.windowCombo)

        self.graceCheck = QCheckBox(RemindersTab)
        self.graceCheck.setObjectName(u"graceCheck")
        self.graceCheck.setChecked(True)

        self.remindersFiltersLayout.addWidget(self.graceCheck)

        self.contactedCheck = QCheckBox(RemindersTab)
        self.contactedCheck.setObjectName(u"contactedCheck")

        self.remindersFiltersLayout.addWidget(self.contactedCheck)

        self.remindersFiltersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersFiltersLayout.addItem(self.remindersFiltersSpacer)

        self.remindersRefreshButton = QPushButton(RemindersTab)
        self.remindersRefreshButton.setObjectName(u"remindersRefreshButton")
        self.remindersRefreshButton.setMinimumSize(QSize(0, 48))

        self.remindersFiltersLayout.addWidget(self.remindersRefreshButton)


        self.remindersLayout.addLayout(self.remindersFiltersLayout)

        self.remindersFilters2Layout = QHBoxLayout()
        self.remindersFilters2Layout.setSpacing(8)
        self.remindersFilters2Layout.setObjectName(u"remindersFilters2Layout")
        self.carrierLabel = QLabel(RemindersTab)
        self.carrierLabel.setObjectName(u"carrierLabel")

        self.remindersFilters2Layout.addWidget(self.carrierLabel)

        self.carrierCombo = QComboBox(RemindersTab)
        self.carrierCombo.setObjectName(u"carrierCombo")
        self.carrierCombo.setMinimumSize(QSize(150, 36))

        self.remindersFilters2Layout.addWidget(self.carrierCombo)

        self.cardTypeLabel = QLabel(RemindersTab)
        self.cardTypeLabel.setObjectName(u"cardTypeLabel")

        self.remindersFilters2Layout.addWidget(self.cardTypeLabel)

        self.cardTypeCombo = QComboBox(RemindersTab)
        self.cardTypeCombo.setObjectName(u"cardTypeCombo")
        self.cardTypeCombo.setMinimumSize(QSize(150, 36))

        self.remindersFilters2Layout.addWidget(self.cardTypeCombo)

        self.remindersFilters2Spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersFilters2Layout.addItem(self.remindersFilters2Spacer)


        self.remindersLayout.addLayout(self.remindersFilters2Layout)

        self.remindersTable = QTableView(RemindersTab)
        self.remindersTable.setObjectName(u"remindersTable")
        self.remindersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remindersTable.setTabKeyNavigation(False)
        self.remindersTable.setAlternatingRowColors(True)
        self.remindersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.remindersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.remindersTable.setWordWrap(False)

        self.remindersLayout.addWidget(self.remindersTable)

        self.remindersCountLabel = QLabel(RemindersTab)
        self.remindersCountLabel.setObjectName(u"remindersCountLabel")
        self.remindersCountLabel.setText(u"")

        self.remindersLayout.addWidget(self.remindersCountLabel)

        self.remindersActionsLayout = QHBoxLayout()
        self.remindersActionsLayout.setSpacing(10)
        self.remindersActionsLayout.setObjectName(u"remindersActionsLayout")
        self.outcomeLabel = QLabel(RemindersTab)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.remindersActionsLayout.addWidget(self.outcomeLabel)

        self.outcomeInput = QLineEdit(RemindersTab)
        self.outcomeInput.setObjectName(u"outcomeInput")
        self.outcomeInput.setMaxLength(120)

        self.remindersActionsLayout.addWidget(self.outcomeInput)

        self.markContactedButton = QPushButton(RemindersTab)
        self.markContactedButton.setObjectName(u"markContactedButton")
        self.markContactedButton.setMinimumSize(QSize(0, 48))
        self.markContactedButton.setEnabled(False)

        self.remindersActionsLayout.addWidget(self.markContactedButton)

        self.remindersActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersActionsLayout.addItem(self.remindersActionsSpacer)

        self.exportCsvButton = QPushButton(RemindersTab)
        self.exportCsvButton.setObjectName(u"exportCsvButton")
        self.exportCsvButton.setMinimumSize(QSize(0, 48))

        self.remindersActionsLayout.addWidget(self.exportCsvButton)


        self.remindersLayout.addLayout(self.remindersActionsLayout)

        self.remindersMessageLabel = QLabel(RemindersTab)
        self.remindersMessageLabel.setObjectName(u"remindersMessageLabel")
        self.remindersMessageLabel.setText(u"")
        self.remindersMessageLabel.setWordWrap(True)

        self.remindersLayout.addWidget(self.remindersMessageLabel)

#if QT_CONFIG(shortcut)
        self.windowLabel.setBuddy(self.windowCombo)
        self.carrierLabel.setBuddy(self.carrierCombo)
        self.cardTypeLabel.setBuddy(self.cardTypeCombo)
        self.outcomeLabel.setBuddy(self.outcomeInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.windowCombo, self.graceCheck)
        QWidget.setTabOrder(self.graceCheck, self.carrierCombo)
        QWidget.setTabOrder(self.carrierCombo, self.cardTypeCombo)
        QWidget.setTabOrder(self.cardTypeCombo, self.contactedCheck)
        QWidget.setTabOrder(self.contactedCheck, self.remindersRefreshButton)
        QWidget.setTabOrder(self.remindersRefreshButton, self.remindersTable)
        QWidget.setTabOrder(self.remindersTable, self.outcomeInput)
        QWidget.setTabOrder(self.outcomeInput, self.markContactedButton)
        QWidget.setTabOrder(self.markContactedButton, self.exportCsvButton)

        self.retranslateUi(RemindersTab)

        QMetaObject.connectSlotsByName(RemindersTab)
    # setupUi

    def retranslateUi(self, RemindersTab):
        self.windowLabel.setText(QCoreApplication.translate("RemindersTab", u"Expiring &within", None))
        self.windowCombo.setItemText(0, QCoreApplication.translate("RemindersTab", u"7 days", None))
        self.windowCombo.setItemText(1, QCoreApplication.translate("RemindersTab", u"14 days", None))
        self.windowCombo.setItemText(2, QCoreApplication.translate("RemindersTab", u"30 days", None))

        self.graceCheck.setText(QCoreApplication.translate("RemindersTab", u"and in &grace", None))
        self.contactedCheck.setText(QCoreApplication.translate("RemindersTab", u"&Show lines already phoned", None))
        self.remindersRefreshButton.setText(QCoreApplication.translate("RemindersTab", u"Refresh (F5)", None))
        self.carrierLabel.setText(QCoreApplication.translate("RemindersTab", u"&Carrier", None))
        self.cardTypeLabel.setText(QCoreApplication.translate("RemindersTab", u"Card &type", None))
        self.outcomeLabel.setText(QCoreApplication.translate("RemindersTab", u"&Outcome of the call", None))
        self.outcomeInput.setPlaceholderText(QCoreApplication.translate("RemindersTab", u"e.g. will renew on Friday, no answer", None))
        self.markContactedButton.setText(QCoreApplication.translate("RemindersTab", u"&Mark contacted", None))
        self.exportCsvButton.setText(QCoreApplication.translate("RemindersTab", u"&Export CSV\u2026", None))
        pass
    # retranslateUi

