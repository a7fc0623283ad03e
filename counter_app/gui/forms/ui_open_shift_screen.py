# Generated from ui/open_shift_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'open_shift_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_OpenShiftScreen(object):
    def setupUi(self, OpenShiftScreen):
        if not OpenShiftScreen.objectName():
            OpenShiftScreen.setObjectName(u"OpenShiftScreen")
        self.openShiftOuterLayout = QVBoxLayout(OpenShiftScreen)
        self.openShiftOuterLayout.setObjectName(u"openShiftOuterLayout")
        self.openShiftTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.openShiftOuterLayout.addItem(self.openShiftTopSpacer)

        self.openShiftCentreLayout = QHBoxLayout()
        self.openShiftCentreLayout.setObjectName(u"openShiftCentreLayout")
        self.openShiftLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openShiftCentreLayout.addItem(self.openShiftLeftSpacer)

        self.openShiftFrame = QFrame(OpenShiftScreen)
        self.openShiftFrame.setObjectName(u"openShiftFrame")
        self.openShiftFrame.setMinimumSize(QSize(460, 0))
        self.openShiftLayout = QFormLayout(self.openShiftFrame)
        self.openShiftLayout.setObjectName(u"openShiftLayout")
        self.openShiftTitleLabel = QLabel(self.openShiftFrame)
        self.openShiftTitleLabel.setObjectName(u"openShiftTitleLabel")
        self.openShiftTitleLabel.setWordWrap(True)

        self.openShiftLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.openShiftTitleLabel)

        self.floatLabel = QLabel(self.openShiftFrame)
        self.floatLabel.setObjectName(u"floatLabel")

        self.openShiftLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.floatLabel)

        self.floatInput = QLineEdit(self.openShiftFrame)
        self.floatInput.setObjectName(u"floatInput")
        self.floatInput.setMaxLength(32)

        self.openShiftLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.floatInput)

        self.openShiftErrorLabel = QLabel(self.openShiftFrame)
        self.openShiftErrorLabel.setObjectName(u"openShiftErrorLabel")
        self.openShiftErrorLabel.setText(u"")
        self.openShiftErrorLabel.setWordWrap(True)

        self.openShiftLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.openShiftErrorLabel)

        self.openShiftButton = QPushButton(self.openShiftFrame)
        self.openShiftButton.setObjectName(u"openShiftButton")

        self.openShiftLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.openShiftButton)

        self.openShiftBackOfficeButton = QPushButton(self.openShiftFrame)
        self.openShiftBackOfficeButton.setObjectName(u"openShiftBackOfficeButton")

        self.openShiftLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.openShiftBackOfficeButton)


        self.openShiftCentreLayout.addWidget(self.openShiftFrame)

        self.openShiftRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openShiftCentreLayout.addItem(self.openShiftRightSpacer)


        self.openShiftOuterLayout.addLayout(self.openShiftCentreLayout)

        self.openShiftBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.openShiftOuterLayout.addItem(self.openShiftBottomSpacer)

#if QT_CONFIG(shortcut)
        self.floatLabel.setBuddy(self.floatInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OpenShiftScreen)

        QMetaObject.connectSlotsByName(OpenShiftScreen)
    # setupUi

    def retranslateUi(self, OpenShiftScreen):
        self.openShiftTitleLabel.setText(QCoreApplication.translate("OpenShiftScreen", u"No shift is open at this counter. Count the cash in the till and open one.", None))
        self.floatLabel.setText(QCoreApplication.translate("OpenShiftScreen", u"Cash &float (HK$)", None))
        self.openShiftButton.setText(QCoreApplication.translate("OpenShiftScreen", u"Open shift (Enter)", None))
        self.openShiftBackOfficeButton.setText(QCoreApplication.translate("OpenShiftScreen", u"Back office without a shift (F12)", None))
        pass
    # retranslateUi

