# Generated from ui/drawer_dialog.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'drawer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DrawerDialog(object):
    def setupUi(self, DrawerDialog):
        if not DrawerDialog.objectName():
            DrawerDialog.setObjectName(u"DrawerDialog")
        DrawerDialog.resize(560, 260)
        DrawerDialog.setStyleSheet(u"QWidget { font-size: 18px; }\n"
"QPushButton { min-height: 40px; padding: 4px 18px; }")
        self.drawerLayout = QVBoxLayout(DrawerDialog)
        self.drawerLayout.setSpacing(10)
        self.drawerLayout.setObjectName(u"drawerLayout")
        self.drawerExplanationLabel = QLabel(DrawerDialog)
        self.drawerExplanationLabel.setObjectName(u"drawerExplanationLabel")
        self.drawerExplanationLabel.setWordWrap(True)

        self.drawerLayout.addWidget(self.drawerExplanationLabel)

        self.drawerFormLayout = QFormLayout()
        self.drawerFormLayout.setObjectName(u"drawerFormLayout")
        self.drawerFormLayout.setHorizontalSpacing(12)
        self.drawerReasonLabel = QLabel(DrawerDialog)
        self.drawerReasonLabel.setObjectName(u"drawerReasonLabel")

        self.drawerFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.drawerReasonLabel)

        self.drawerReasonInput = QLineEdit(DrawerDialog)
        self.drawerReasonInput.setObjectName(u"drawerReasonInput")
        self.drawerReasonInput.setMinimumSize(QSize(0, 44))
        self.drawerReasonInput.setMaxLength(200)

        self.drawerFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.drawerReasonInput)


        self.drawerLayout.addLayout(self.drawerFormLayout)

        self.drawerErrorLabel = QLabel(DrawerDialog)
        self.drawerErrorLabel.setObjectName(u"drawerErrorLabel")
        self.drawerErrorLabel.setProperty(u"role", u"error")
        self.drawerErrorLabel.setText(u"")
        self.drawerErrorLabel.setWordWrap(True)

        self.drawerLayout.addWidget(self.drawerErrorLabel)

        self.drawerBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.drawerLayout.addItem(self.drawerBottomSpacer)

        self.drawerButtonBox = QDialogButtonBox(DrawerDialog)
        self.drawerButtonBox.setObjectName(u"drawerButtonBox")
        self.drawerButtonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.drawerLayout.addWidget(self.drawerButtonBox)

#if QT_CONFIG(shortcut)
        self.drawerReasonLabel.setBuddy(self.drawerReasonInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DrawerDialog)
        self.drawerButtonBox.rejected.connect(DrawerDialog.reject)

        QMetaObject.connectSlotsByName(DrawerDialog)
    # setupUi

    def retranslateUi(self, DrawerDialog):
        DrawerDialog.setWindowTitle(QCoreApplication.translate("DrawerDialog", u"Open the cash drawer", None))
        self.drawerExplanationLabel.setText(QCoreApplication.translate("DrawerDialog", u"Open the drawer without a sale. The reason is kept with your name and the time, and shown on the X and Z reports.", None))
        self.drawerReasonLabel.setText(QCoreApplication.translate("DrawerDialog", u"&Reason", None))
        self.drawerReasonInput.setPlaceholderText(QCoreApplication.translate("DrawerDialog", u"e.g. change for a HK$500 note", None))
    # retranslateUi

