# Generated from ui/change_password_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ChangePasswordScreen(object):
    def setupUi(self, ChangePasswordScreen):
        if not ChangePasswordScreen.objectName():
            ChangePasswordScreen.setObjectName(u"ChangePasswordScreen")
        self.changePasswordOuterLayout = QVBoxLayout(ChangePasswordScreen)
        self.changePasswordOuterLayout.setObjectName(u"changePasswordOuterLayout")
        self.changePasswordTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.changePasswordOuterLayout.addItem(self.changePasswordTopSpacer)

        self.changePasswordCentreLayout = QHBoxLayout()
        self.changePasswordCentreLayout.setObjectName(u"changePasswordCentreLayout")
        self.changePasswordLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changePasswordCentreLayout.addItem(self.changePasswordLeftSpacer)

        self.changePasswordFrame = QFrame(ChangePasswordScreen)
        self.changePasswordFrame.setObjectName(u"changePasswordFrame")
        self.changePasswordFrame.setMinimumSize(QSize(520, 0))
        self.changePasswordLayout = QFormLayout(self.changePasswordFrame)
        self.changePasswordLayout.setObjectName(u"changePasswordLayout")
        self.changePasswordTitleLabel = QLabel(self.changePasswordFrame)
        self.changePasswordTitleLabel.setObjectName(u"changePasswordTitleLabel")
        self.changePasswordTitleLabel.setText(u"")
        self.changePasswordTitleLabel.setWordWrap(True)

        self.changePasswordLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.changePasswordTitleLabel)

        self.currentPasswordLabel = QLabel(self.changePasswordFrame)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.changePasswordLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPasswordInput = QLineEdit(self.changePasswordFrame)
        self.currentPasswordInput.setObjectName(u"currentPasswordInput")
        self.currentPasswordInput.setMaxLength(128)
        self.currentPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.changePasswordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentPasswordInput)

        self.newPasswordLabel = QLabel(self.changePasswordFrame)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.changePasswordLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordInput = QLineEdit(self.changePasswordFrame)
        self.newPasswordInput.setObjectName(u"newPasswordInput")
        self.newPasswordInput.setMaxLength(128)
        self.newPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.changePasswordLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPasswordInput)

        self.repeatPasswordLabel = QLabel(self.changePasswordFrame)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.changePasswordLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatPasswordLabel)

        self.repeatPasswordInput = QLineEdit(self.changePasswordFrame)
        self.repeatPasswordInput.setObjectName(u"repeatPasswordInput")
        self.repeatPasswordInput.setMaxLength(128)
        self.repeatPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.changePasswordLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatPasswordInput)

        self.changePasswordErrorLabel = QLabel(self.changePasswordFrame)
        self.changePasswordErrorLabel.setObjectName(u"changePasswordErrorLabel")
        self.changePasswordErrorLabel.setText(u"")
        self.changePasswordErrorLabel.setWordWrap(True)

        self.changePasswordLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.changePasswordErrorLabel)

        self.changePasswordButtons = QHBoxLayout()
        self.changePasswordButtons.setObjectName(u"changePasswordButtons")
        self.changePasswordCancelButton = QPushButton(self.changePasswordFrame)
        self.changePasswordCancelButton.setObjectName(u"changePasswordCancelButton")
        self.changePasswordCancelButton.setText(u"")

        self.changePasswordButtons.addWidget(self.changePasswordCancelButton)

        self.changePasswordButton = QPushButton(self.changePasswordFrame)
        self.changePasswordButton.setObjectName(u"changePasswordButton")

        self.changePasswordButtons.addWidget(self.changePasswordButton)


        self.changePasswordLayout.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.changePasswordButtons)


        self.changePasswordCentreLayout.addWidget(self.changePasswordFrame)

        self.changePasswordRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.changePasswordCentreLayout.addItem(self.changePasswordRightSpacer)


        self.changePasswordOuterLayout.addLayout(self.changePasswordCentreLayout)

        self.changePasswordBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.changePasswordOuterLayout.addItem(self.changePasswordBottomSpacer)

#if QT_CONFIG(shortcut)
        self.currentPasswordLabel.setBuddy(self.currentPasswordInput)
        self.newPasswordLabel.setBuddy(self.newPasswordInput)
        self.repeatPasswordLabel.setBuddy(self.repeatPasswordInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePasswordScreen)

        self.changePasswordButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChangePasswordScreen)
    # setupUi

    def retranslateUi(self, ChangePasswordScreen):
        self.currentPasswordLabel.setText(QCoreApplication.translate("ChangePasswordScreen", u"&Your password", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("ChangePasswordScreen", u"&New password", None))
        self.repeatPasswordLabel.setText(QCoreApplication.translate("ChangePasswordScreen", u"New password &again", None))
        self.changePasswordButton.setText(QCoreApplication.translate("ChangePasswordScreen", u"Change password (Enter)", None))
        pass
    # retranslateUi

