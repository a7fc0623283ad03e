# Generated from ui/back_office_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'back_office_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout

class Ui_BackOfficeScreen(object):
    def setupUi(self, BackOfficeScreen):
        if not BackOfficeScreen.objectName():
            BackOfficeScreen.setObjectName(u"BackOfficeScreen")
        BackOfficeScreen.resize(1300, 700)
        BackOfficeScreen.setStyleSheet(u"QLabel#backOfficeTitleLabel { font-size: 24px; font-weight: bold; }\n"
"QLabel#backOfficeClerkLabel { font-size: 16px; color: #36454f; }\n"
"QTabWidget#backOfficeTabs QTabBar::tab { font-size: 16px; padding: 8px 14px; }")
        self.backOfficeLayout = QVBoxLayout(BackOfficeScreen)
        self.backOfficeLayout.setSpacing(6)
        self.backOfficeLayout.setObjectName(u"backOfficeLayout")
        self.backOfficeHeaderLayout = QHBoxLayout()
        self.backOfficeHeaderLayout.setObjectName(u"backOfficeHeaderLayout")
        self.backOfficeTitleLabel = QLabel(BackOfficeScreen)
        self.backOfficeTitleLabel.setObjectName(u"backOfficeTitleLabel")

        self.backOfficeHeaderLayout.addWidget(self.backOfficeTitleLabel)

        self.backOfficeClerkLabel = QLabel(BackOfficeScreen)
        self.backOfficeClerkLabel.setObjectName(u"backOfficeClerkLabel")
        self.backOfficeClerkLabel.setText(u"")

        self.backOfficeHeaderLayout.addWidget(self.backOfficeClerkLabel)

        self.backOfficeHeaderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backOfficeHeaderLayout.addItem(self.backOfficeHeaderSpacer)

        self.backToCounterButton = QPushButton(BackOfficeScreen)
        self.backToCounterButton.setObjectName(u"backToCounterButton")
        self.backToCounterButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.backOfficeHeaderLayout.addWidget(self.backToCounterButton)


        self.backOfficeLayout.addLayout(self.backOfficeHeaderLayout)

        self.backOfficeTabs = QTabWidget(BackOfficeScreen)
        self.backOfficeTabs.setObjectName(u"backOfficeTabs")
        self.backOfficeTabs.setDocumentMode(True)

        self.backOfficeLayout.addWidget(self.backOfficeTabs)


        self.retranslateUi(BackOfficeScreen)

        QMetaObject.connectSlotsByName(BackOfficeScreen)
    # setupUi

    def retranslateUi(self, BackOfficeScreen):
        self.backOfficeTitleLabel.setText(QCoreApplication.translate("BackOfficeScreen", u"Back office", None))
        self.backToCounterButton.setText(QCoreApplication.translate("BackOfficeScreen", u"Back to the counter (Esc)", None))
        pass
    # retranslateUi

