# Generated from ui/sign_in_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SignInScreen(object):
    def setupUi(self, SignInScreen):
        if not SignInScreen.objectName():
            SignInScreen.setObjectName(u"SignInScreen")
        self.signInOuterLayout = QVBoxLayout(SignInScreen)
        self.signInOuterLayout.setObjectName(u"signInOuterLayout")
        self.signInTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signInOuterLayout.addItem(self.signInTopSpacer)

        self.signInCentreLayout = QHBoxLayout()
        self.signInCentreLayout.setObjectName(u"signInCentreLayout")
        self.signInLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signInCentreLayout.addItem(self.signInLeftSpacer)

        self.signInFrame = QFrame(SignInScreen)
        self.signInFrame.setObjectName(u"signInFrame")
        self.signInFrame.setMinimumSize(QSize(460, 0))
        self.signInLayout = QFormLayout(self.signInFrame)
        self.signInLayout.setObjectName(u"signInLayout")
        self.signInTitleLabel = QLabel(self.signInFrame)
        self.signInTitleLabel.setObjectName(u"signInTitleLabel")

        self.signInLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.signInTitleLabel)

        self.usernameLabel = QLabel(self.signInFrame)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.signInLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameInput = QLineEdit(self.signInFrame)
        self.usernameInput.setObjectName(u"usernameInput")
        self.usernameInput.setMaxLength(40)

        self.signInLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameInput)

        self.passwordLabel = QLabel(self.signInFrame)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.signInLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordInput = QLineEdit(self.signInFrame)
        self.passwordInput.setObjectName(u"passwordInput")
        self.passwordInput.setMaxLength(128)
        self.passwordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.signInLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordInput)

        self.signInErrorLabel = QLabel(self.signInFrame)
        self.signInErrorLabel.setObjectName(u"signInErrorLabel")
        self.signInErrorLabel.setText(u"")
        self.signInErrorLabel.setWordWrap(True)

        self.signInLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.signInErrorLabel)

        self.signInButton = QPushButton(self.signInFrame)
        self.signInButton.setObjectName(u"signInButton")

        self.signInLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.signInButton)


        self.signInCentreLayout.addWidget(self.signInFrame)

        self.signInRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signInCentreLayout.addItem(self.signInRightSpacer)


        self.signInOuterLayout.addLayout(self.signInCentreLayout)

        self.signInBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signInOuterLayout.addItem(self.signInBottomSpacer)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameInput)
        self.passwordLabel.setBuddy(self.passwordInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInScreen)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInScreen)
    # setupUi

    def retranslateUi(self, SignInScreen):
        self.signInTitleLabel.setText(QCoreApplication.translate("SignInScreen", u"Sign in to serve at this counter", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInScreen", u"&Username", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInScreen", u"&Password", None))
        self.signInButton.setText(QCoreApplication.translate("SignInScreen", u"Sign in (Enter)", None))
        pass
    # retranslateUi

