# Generated from ui/keys_dialog.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'keys_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_KeysDialog(object):
    def setupUi(self, KeysDialog):
        if not KeysDialog.objectName():
            KeysDialog.setObjectName(u"KeysDialog")
        KeysDialog.resize(900, 560)
        self.keysLayout = QVBoxLayout(KeysDialog)
        self.keysLayout.setObjectName(u"keysLayout")
        self.keysIntroLabel = QLabel(KeysDialog)
        self.keysIntroLabel.setObjectName(u"keysIntroLabel")
        self.keysIntroLabel.setWordWrap(True)

        self.keysLayout.addWidget(self.keysIntroLabel)

        self.keysTable = QTableWidget(KeysDialog)
        if (self.keysTable.columnCount() < 3):
            self.keysTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.keysTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.keysTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.keysTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.keysTable.setObjectName(u"keysTable")
        self.keysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.keysTable.setWordWrap(True)
        self.keysTable.setColumnCount(3)
        self.keysTable.horizontalHeader().setStretchLastSection(True)
        self.keysTable.verticalHeader().setVisible(False)

        self.keysLayout.addWidget(self.keysTable)

        self.keysButtonBox = QDialogButtonBox(KeysDialog)
        self.keysButtonBox.setObjectName(u"keysButtonBox")
        self.keysButtonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.keysLayout.addWidget(self.keysButtonBox)


        self.retranslateUi(KeysDialog)
        self.keysButtonBox.rejected.connect(KeysDialog.reject)

        QMetaObject.connectSlotsByName(KeysDialog)
    # setupUi

    def retranslateUi(self, KeysDialog):
        KeysDialog.setWindowTitle(QCoreApplication.translate("KeysDialog", u"Keys", None))
        self.keysIntroLabel.setText(QCoreApplication.translate("KeysDialog", u"Everything at the counter is done from the keyboard. Each button names its key.", None))
        ___qtablewidgetitem = self.keysTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("KeysDialog", u"Where", None))
        ___qtablewidgetitem1 = self.keysTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("KeysDialog", u"Key", None))
        ___qtablewidgetitem2 = self.keysTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("KeysDialog", u"What it does", None))
    # retranslateUi

