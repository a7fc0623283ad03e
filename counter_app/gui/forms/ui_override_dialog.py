# Generated from ui/override_dialog.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(600, 400)
        OverrideDialog.setStyleSheet(u"QWidget { font-size: 18px; }\n"
"QPushButton { min-height: 40px; padding: 4px 18px; }")
        self.overrideLayout = QVBoxLayout(OverrideDialog)
        self.overrideLayout.setSpacing(10)
        self.overrideLayout.setObjectName(u"overrideLayout")
        self.overrideExplanationLabel = QLabel(OverrideDialog)
        self.overrideExplanationLabel.setObjectName(u"overrideExplanationLabel")
        self.overrideExplanationLabel.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideExplanationLabel)

        self.overrideFormLayout = QFormLayout()
        self.overrideFormLayout.setObjectName(u"overrideFormLayout")
        self.overrideFormLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignVCenter)
        self.overrideFormLayout.setHorizontalSpacing(12)
        self.overrideFormLayout.setVerticalSpacing(10)
        self.supervisorUsernameLabel = QLabel(OverrideDialog)
        self.supervisorUsernameLabel.setObjectName(u"supervisorUsernameLabel")

        self.overrideFormLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supervisorUsernameLabel)

        self.supervisorUsernameInput = QLineEdit(OverrideDialog)
        self.supervisorUsernameInput.setObjectName(u"supervisorUsernameInput")
        self.supervisorUsernameInput.setMinimumSize(QSize(0, 44))
        self.supervisorUsernameInput.setMaxLength(40)

        self.overrideFormLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.supervisorUsernameInput)

        self.supervisorPasswordLabel = QLabel(OverrideDialog)
        self.supervisorPasswordLabel.setObjectName(u"supervisorPasswordLabel")

        self.overrideFormLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.supervisorPasswordLabel)

        self.supervisorPasswordInput = QLineEdit(OverrideDialog)
        self.supervisorPasswordInput.setObjectName(u"supervisorPasswordInput")
        self.supervisorPasswordInput.setMinimumSize(QSize(0, 44))
        self.supervisorPasswordInput.setMaxLength(128)
        self.supervisorPasswordInput.setEchoMode(QLineEdit.EchoMode.Password)

        self.overrideFormLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.supervisorPasswordInput)

        self.overrideReasonLabel = QLabel(OverrideDialog)
        self.overrideReasonLabel.setObjectName(u"overrideReasonLabel")

        self.overrideFormLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.overrideReasonLabel)

        self.overrideReasonInput = QLineEdit(OverrideDialog)
        self.overrideReasonInput.setObjectName(u"overrideReasonInput")
        self.overrideReasonInput.setMinimumSize(QSize(0, 44))
        self.overrideReasonInput.setMaxLength(300)

        self.overrideFormLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.overrideReasonInput)


        self.overrideLayout.addLayout(self.overrideFormLayout)

        self.overrideErrorLabel = QLabel(OverrideDialog)
        self.overrideErrorLabel.setObjectName(u"overrideErrorLabel")
        self.overrideErrorLabel.setProperty(u"role", u"error")
        self.overrideErrorLabel.setText(u"")
        self.overrideErrorLabel.setWordWrap(True)

        self.overrideLayout.addWidget(self.overrideErrorLabel)

        self.overrideBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overrideLayout.addItem(self.overrideBottomSpacer)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.overrideLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.supervisorUsernameLabel.setBuddy(self.supervisorUsernameInput)
        self.supervisorPasswordLabel.setBuddy(self.supervisorPasswordInput)
        self.overrideReasonLabel.setBuddy(self.overrideReasonInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.supervisorUsernameInput, self.supervisorPasswordInput)
        QWidget.setTabOrder(self.supervisorPasswordInput, self.overrideReasonInput)

        self.retranslateUi(OverrideDialog)
        self.buttonBox.rejected.connect(OverrideDialog.reject)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Supervisor override", None))
        self.overrideExplanationLabel.setText(QCoreApplication.translate("OverrideDialog", u"The document does not match the registration. A supervisor can let this sale go on with their own username and password and a written reason; the override is recorded in the audit trail.", None))
        self.supervisorUsernameLabel.setText(QCoreApplication.translate("OverrideDialog", u"Supervisor &username", None))
        self.supervisorPasswordLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Password", None))
        self.overrideReasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reason", None))
    # retranslateUi

