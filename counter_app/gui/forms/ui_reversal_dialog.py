# Generated from ui/reversal_dialog.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reversal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QFrame, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReversalDialog(object):
    def setupUi(self, ReversalDialog):
        if not ReversalDialog.objectName():
            ReversalDialog.setObjectName(u"ReversalDialog")
        ReversalDialog.resize(640, 520)
        ReversalDialog.setStyleSheet(u"QWidget { font-size: 17px; }\n"
"QLabel#reversalTitleLabel { font-size: 22px; font-weight: bold; }\n"
"QFrame#reversalEffectsFrame { border: 1px solid #b8c2c7; border-radius: 6px; background: #f5f7f8; }\n"
"QPushButton { min-height: 40px; padding: 4px 18px; }")
        self.reversalLayout = QVBoxLayout(ReversalDialog)
        self.reversalLayout.setSpacing(10)
        self.reversalLayout.setObjectName(u"reversalLayout")
        self.reversalTitleLabel = QLabel(ReversalDialog)
        self.reversalTitleLabel.setObjectName(u"reversalTitleLabel")
        self.reversalTitleLabel.setText(u"")
        self.reversalTitleLabel.setWordWrap(True)

        self.reversalLayout.addWidget(self.reversalTitleLabel)

        self.reversalEffectsFrame = QFrame(ReversalDialog)
        self.reversalEffectsFrame.setObjectName(u"reversalEffectsFrame")
        self.reversalEffectsLayout = QVBoxLayout(self.reversalEffectsFrame)
        self.reversalEffectsLayout.setObjectName(u"reversalEffectsLayout")
        self.reversalEffectsLabel = QLabel(self.reversalEffectsFrame)
        self.reversalEffectsLabel.setObjectName(u"reversalEffectsLabel")
        self.reversalEffectsLabel.setText(u"")
        self.reversalEffectsLabel.setWordWrap(True)
        self.reversalEffectsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reversalEffectsLayout.addWidget(self.reversalEffectsLabel)


        self.reversalLayout.addWidget(self.reversalEffectsFrame)

        self.reversalFormLayout = QFormLayout()
        self.reversalFormLayout.setObjectName(u"reversalFormLayout")
        self.reversalFormLayout.setHorizontalSpacing(12)
        self.reversalFormLayout.setVerticalSpacing(10)
        self.reversalReasonLabel = QLabel(ReversalDialog)
        self.reversalReasonLabel.setObjectName(u"reversalReasonLabel")

        self.reversalFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reversalReasonLabel)

        self.reversalReasonInput = QLineEdit(ReversalDialog)
        self.reversalReasonInput.setObjectName(u"reversalReasonInput")
        self.reversalReasonInput.setMinimumSize(QSize(0, 44))
        self.reversalReasonInput.setMaxLength(300)

        self.reversalFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reversalReasonInput)

        self.reversalSupervisorLabel = QLabel(ReversalDialog)
        self.reversalSupervisorLabel.setObjectName(u"reversalSupervisorLabel")

        self.reversalFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reversalSupervisorLabel)

        self.reversalSupervisorInput = QLineEdit(ReversalDialog)
        self.reversalSupervisorInput.setObjectName(u"reversalSupervisorInput")
        self.reversalSupervisorInput.setMinimumSize(QSize(0, 44))
        self.reversalSupervisorInput.setMaxLength(40)

        self.reversalFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reversalSupervisorInput)

        self.reversalPasswordLabel = QLabel(ReversalDialog)
        self.reversalPasswordLabel.setObjectName(u"reversalPasswordLabel")

        self.reversalFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reversalPasswordLabel)

        self.reversalPasswordInput = QLineEdit(ReversalDialog)
        self.reversalPasswordInput.setObjectName(u"reversalPasswordInput")
        self.reversalPasswordInput.setMinimumSize(QSize(0, 44))
        self.reversalPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.reversalFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reversalPasswordInput)


        self.reversalLayout.addLayout(self.reversalFormLayout)

        self.reversalErrorLabel = QLabel(ReversalDialog)
        self.reversalErrorLabel.setObjectName(u"reversalErrorLabel")
        self.reversalErrorLabel.setProperty(u"role", u"error")
        self.reversalErrorLabel.setText(u"")
        self.reversalErrorLabel.setWordWrap(True)

        self.reversalLayout.addWidget(self.reversalErrorLabel)

        self.reversalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reversalLayout.addItem(self.reversalSpacer)

        self.reversalButtonBox = QDialogButtonBox(ReversalDialog)
        self.reversalButtonBox.setObjectName(u"reversalButtonBox")
        self.reversalButtonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reversalLayout.addWidget(self.reversalButtonBox)

#if QT_CONFIG(shortcut)
        self.reversalReasonLabel.setBuddy(self.reversalReasonInput)
        self.reversalSupervisorLabel.setBuddy(self.reversalSupervisorInput)
        self.reversalPasswordLabel.setBuddy(self.reversalPasswordInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reversalReasonInput, self.reversalSupervisorInput)
        QWidget.setTabOrder(self.reversalSupervisorInput, self.reversalPasswordInput)

        self.retranslateUi(ReversalDialog)
        self.reversalButtonBox.rejected.connect(ReversalDialog.reject)

        QMetaObject.connectSlotsByName(ReversalDialog)
    # setupUi

    def retranslateUi(self, ReversalDialog):
        ReversalDialog.setWindowTitle(QCoreApplication.translate("ReversalDialog", u"Void or refund", None))
        self.reversalReasonLabel.setText(QCoreApplication.translate("ReversalDialog", u"&Reason", None))
        self.reversalSupervisorLabel.setText(QCoreApplication.translate("ReversalDialog", u"Supervisor &username", None))
        self.reversalPasswordLabel.setText(QCoreApplication.translate("ReversalDialog", u"&Password", None))
    # retranslateUi

