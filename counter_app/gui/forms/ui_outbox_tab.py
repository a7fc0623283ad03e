# Generated from ui/outbox_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outbox_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_OutboxTab(object):
    def setupUi(self, OutboxTab):
        if not OutboxTab.objectName():
            OutboxTab.setObjectName(u"OutboxTab")
        OutboxTab.resize(1340, 640)
        OutboxTab.setStyleSheet(u"QTableView#outboxTable { font-size: 16px; }\n"
"QLabel#outboxCountLabel { font-weight: bold; }")
        self.outboxLayout = QVBoxLayout(OutboxTab)
        self.outboxLayout.setObjectName(u"outboxLayout")
        self.outboxTopLayout = QHBoxLayout()
        self.outboxTopLayout.setSpacing(10)
        self.outboxTopLayout.setObjectName(u"outboxTopLayout")
        self.outboxIntroLabel = QLabel(OutboxTab)
        self.outboxIntroLabel.setObjectName(u"outboxIntroLabel")
        self.outboxIntroLabel.setWordWrap(True)

        self.outboxTopLayout.addWidget(self.outboxIntroLabel)

        self.outboxRefreshButton = QPushButton(OutboxTab)
        self.outboxRefreshButton.setObjectName(u"outboxRefreshButton")
        self.outboxRefreshButton.setMinimumSize(QSize(0, 48))

        self.outboxTopLayout.addWidget(self.outboxRefreshButton)

        self.outboxTopLayout.setStretch(0, 1)

        self.outboxLayout.addLayout(self.outboxTopLayout)

        self.outboxTable = QTableView(OutboxTab)
        self.outboxTable.setObjectName(u"outboxTable")
        self.outboxTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outboxTable.setTabKeyNavigation(False)
        self.outboxTable.setAlternatingRowColors(True)
        self.outboxTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outboxTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outboxTable.setWordWrap(False)

        self.outboxLayout.addWidget(self.outboxTable)

        self.outboxJobLabel = QLabel(OutboxTab)
        self.outboxJobLabel.setObjectName(u"outboxJobLabel")
        self.outboxJobLabel.setText(u"")
        self.outboxJobLabel.setWordWrap(True)
        self.outboxJobLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outboxLayout.addWidget(self.outboxJobLabel)

        self.outboxCountLabel = QLabel(OutboxTab)
        self.outboxCountLabel.setObjectName(u"outboxCountLabel")
        self.outboxCountLabel.setText(u"")

        self.outboxLayout.addWidget(self.outboxCountLabel)

        self.outboxActionsLayout = QHBoxLayout()
        self.outboxActionsLayout.setSpacing(10)
        self.outboxActionsLayout.setObjectName(u"outboxActionsLayout")
        self.outboxRetryButton = QPushButton(OutboxTab)
        self.outboxRetryButton.setObjectName(u"outboxRetryButton")
        self.outboxRetryButton.setMinimumSize(QSize(0, 48))
        self.outboxRetryButton.setEnabled(False)

        self.outboxActionsLayout.addWidget(self.outboxRetryButton)

        self.outboxReverseButton = QPushButton(OutboxTab)
        self.outboxReverseButton.setObjectName(u"outboxReverseButton")
        self.outboxReverseButton.setMinimumSize(QSize(0, 48))
        self.outboxReverseButton.setEnabled(False)

        self.outboxActionsLayout.addWidget(self.outboxReverseButton)

        self.outboxActionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outboxActionsLayout.addItem(self.outboxActionsSpacer)


        self.outboxLayout.addLayout(self.outboxActionsLayout)

        self.outboxRefLayout = QFormLayout()
        self.outboxRefLayout.setObjectName(u"outboxRefLayout")
        self.outboxRefLabel = QLabel(OutboxTab)
        self.outboxRefLabel.setObjectName(u"outboxRefLabel")

        self.outboxRefLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outboxRefLabel)

        self.outboxRefRowLayout = QHBoxLayout()
        self.outboxRefRowLayout.setSpacing(10)
        self.outboxRefRowLayout.setObjectName(u"outboxRefRowLayout")
        self.outboxRefInput = QLineEdit(OutboxTab)
        self.outboxRefInput.setObjectName(u"outboxRefInput")
        self.outboxRefInput.setMaxLength(64)

        self.outboxRefRowLayout.addWidget(self.outboxRefInput)

        self.outboxAppliedButton = QPushButton(OutboxTab)
        self.outboxAppliedButton.setObjectName(u"outboxAppliedButton")
        self.outboxAppliedButton.setMinimumSize(QSize(0, 48))
        self.outboxAppliedButton.setEnabled(False)

        self.outboxRefRowLayout.addWidget(self.outboxAppliedButton)


        self.outboxRefLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.outboxRefRowLayout)

        self.outboxRefErrorLabel = QLabel(OutboxTab)
        self.outboxRefErrorLabel.setObjectName(u"outboxRefErrorLabel")
        self.outboxRefErrorLabel.setText(u"")
        self.outboxRefErrorLabel.setWordWrap(True)

        self.outboxRefLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.outboxRefErrorLabel)


        self.outboxLayout.addLayout(self.outboxRefLayout)

        self.outboxMessageLabel = QLabel(OutboxTab)
        self.outboxMessageLabel.setObjectName(u"outboxMessageLabel")
        self.outboxMessageLabel.setText(u"")
        self.outboxMessageLabel.setWordWrap(True)

        self.outboxLayout.addWidget(self.outboxMessageLabel)

#if QT_CONFIG(shortcut)
        self.outboxRefLabel.setBuddy(self.outboxRefInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outboxRefreshButton, self.outboxTable)
        QWidget.setTabOrder(self.outboxTable, self.outboxRetryButton)
        QWidget.setTabOrder(self.outboxRetryButton, self.outboxReverseButton)
        QWidget.setTabOrder(self.outboxReverseButton, self.outboxRefInput)
        QWidget.setTabOrder(self.outboxRefInput, self.outboxAppliedButton)

        self.retranslateUi(OutboxTab)

        QMetaObject.connectSlotsByName(OutboxTab)
    # setupUi

    def retranslateUi(self, OutboxTab):
        self.outboxIntroLabel.setText(QCoreApplication.translate("OutboxTab", u"What did not reach the carrier or the customer by itself: jobs that failed, whose fate is not known, or that are to be applied on the carrier's portal.", None))
        self.outboxRefreshButton.setText(QCoreApplication.translate("OutboxTab", u"Refresh (F5)", None))
        self.outboxRetryButton.setText(QCoreApplication.translate("OutboxTab", u"Re&try", None))
        self.outboxReverseButton.setText(QCoreApplication.translate("OutboxTab", u"&Void or refund\u2026", None))
        self.outboxRefLabel.setText(QCoreApplication.translate("OutboxTab", u"Carrier's &reference", None))
        self.outboxRefInput.setPlaceholderText(QCoreApplication.translate("OutboxTab", u"as the carrier's portal gave it", None))
        self.outboxAppliedButton.setText(QCoreApplication.translate("OutboxTab", u"&Applied by hand", None))
        pass
    # retranslateUi

