# Generated from ui/lock_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        self.lockOuterLayout = QVBoxLayout(LockScreen)
        self.lockOuterLayout.setObjectName(u"lockOuterLayout")
        self.lockTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockOuterLayout.addItem(self.lockTopSpacer)

        self.lockCentreLayout = QHBoxLayout()
        self.lockCentreLayout.setObjectName(u"lockCentreLayout")
        self.lockLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockCentreLayout.addItem(self.lockLeftSpacer)

        self.lockFrame = QFrame(LockScreen)
        self.lockFrame.setObjectName(u"lockFrame")
        self.lockFrame.setMinimumSize(QSize(520, 0))
        self.lockLayout = QFormLayout(self.lockFrame)
        self.lockLayout.setObjectName(u"lockLayout")
        self.lockTitleLabel = QLabel(self.lockFrame)
        self.lockTitleLabel.setObjectName(u"lockTitleLabel")
        self.lockTitleLabel.setText(u"")
        self.lockTitleLabel.setWordWrap(True)

        self.lockLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.lockTitleLabel)

        self.unlockPasswordLabel = QLabel(self.lockFrame)
        self.unlockPasswordLabel.setObjectName(u"unlockPasswordLabel")

        self.lockLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unlockPasswordLabel)

        self.unlockPasswordInput = QLineEdit(self.lockFrame)
        self.unlockPasswordInput.setObjectName(u"unlockPasswordInput")
        self.unlockPasswordInput.setMaxLength(128)
        self.unlockPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.lockLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unlockPasswordInput)

        self.lockErrorLabel = QLabel(self.lockFrame)
        self.lockErrorLabel.setObjectName(u"lockErrorLabel")
        self.lockErrorLabel.setText(u"")
        self.lockErrorLabel.setWordWrap(True)

        self.lockLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.lockErrorLabel)

        self.unlockButton = QPushButton(self.lockFrame)
        self.unlockButton.setObjectName(u"unlockButton")

        self.lockLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.unlockButton)


        self.lockCentreLayout.addWidget(self.lockFrame)

        self.lockRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lockCentreLayout.addItem(self.lockRightSpacer)


        self.lockOuterLayout.addLayout(self.lockCentreLayout)

        self.lockBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockOuterLayout.addItem(self.lockBottomSpacer)

#if QT_CONFIG(shortcut)
        self.unlockPasswordLabel.setBuddy(self.unlockPasswordInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockScreen)

        QMetaObject.connectSlotsByName(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        self.unlockPasswordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"Unlock (Enter)", None))
        pass
    # retranslateUi

