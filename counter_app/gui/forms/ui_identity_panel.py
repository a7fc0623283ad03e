# Generated from ui/identity_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'identity_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_IdentityPanel(object):
    def setupUi(self, IdentityPanel):
        if not IdentityPanel.objectName():
            IdentityPanel.setObjectName(u"IdentityPanel")
        IdentityPanel.resize(950, 480)
        IdentityPanel.setStyleSheet(u"QWidget { font-size: 18px; }\n"
"QLabel#identityTitleLabel { font-size: 26px; font-weight: bold; }\n"
"QLineEdit#idNumberInput { font-size: 24px; }\n"
"QLineEdit#passportCountryInput { font-size: 24px; }\n"
"QLabel#registeredIdLabel { color: #36454f; }\n"
"QCheckBox::indicator { width: 26px; height: 26px; }\n"
"QLabel#identityResultLabel { padding: 6px 10px; border-radius: 6px; font-weight: bold; }\n"
"QLabel#identityResultLabel[state=\"matched\"] { color: #0b6e4f; background: #e6f4ea; border: 2px solid #0b6e4f; }\n"
"QLabel#identityResultLabel[state=\"failed\"] { color: #b3261e; background: #fdecea; border: 2px solid #b3261e; }\n"
"QLabel#identityResultLabel[state=\"busy\"] { color: #36454f; font-weight: normal; }")
        self.identityLayout = QVBoxLayout(IdentityPanel)
        self.identityLayout.setSpacing(10)
        self.identityLayout.setObjectName(u"identityLayout")
        self.identityTitleLabel = QLabel(IdentityPanel)
        self.identityTitleLabel.setObjectName(u"identityTitleLabel")

        self.identityLayout.addWidget(self.identityTitleLabel)

        self.identityFormLayout = QGridLayout()
        self.identityFormLayout.setObjectName(u"identityFormLayout")
        self.identityFormLayout.setHorizontalSpacing(12)
        self.identityFormLayout.setVerticalSpacing(10)
        self.idTypeLabel = QLabel(IdentityPanel)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.identityFormLayout.addWidget(self.idTypeLabel, 0, 0, 1, 1)

        self.idTypeCombo = QComboBox(IdentityPanel)
        self.idTypeCombo.setObjectName(u"idTypeCombo")
        self.idTypeCombo.setMinimumSize(QSize(0, 48))
        self.idTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.identityFormLayout.addWidget(self.idTypeCombo, 0, 1, 1, 1)

        self.idNumberLabel = QLabel(IdentityPanel)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.identityFormLayout.addWidget(self.idNumberLabel, 1, 0, 1, 1)

        self.idNumberInput = QLineEdit(IdentityPanel)
        self.idNumberInput.setObjectName(u"idNumberInput")
        self.idNumberInput.setMinimumSize(QSize(320, 48))
        self.idNumberInput.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)
        self.idNumberInput.setMaxLength(40)
        self.idNumberInput.setDragEnabled(False)

        self.identityFormLayout.addWidget(self.idNumberInput, 1, 1, 1, 1)

        self.registeredIdLabel = QLabel(IdentityPanel)
        self.registeredIdLabel.setObjectName(u"registeredIdLabel")
        self.registeredIdLabel.setText(u"")
        self.registeredIdLabel.setWordWrap(True)

        self.identityFormLayout.addWidget(self.registeredIdLabel, 1, 2, 1, 1)

        self.passportCountryLabel = QLabel(IdentityPanel)
        self.passportCountryLabel.setObjectName(u"passportCountryLabel")

        self.identityFormLayout.addWidget(self.passportCountryLabel, 2, 0, 1, 1)

        self.passportCountryInput = QLineEdit(IdentityPanel)
        self.passportCountryInput.setObjectName(u"passportCountryInput")
        self.passportCountryInput.setMinimumSize(QSize(0, 48))
        self.passportCountryInput.setMaxLength(3)
        self.passportCountryInput.setPlaceholderText(u"CHN")

        self.identityFormLayout.addWidget(self.passportCountryInput, 2, 1, 1, 1)

        self.passportCountryHintLabel = QLabel(IdentityPanel)
        self.passportCountryHintLabel.setObjectName(u"passportCountryHintLabel")
        self.passportCountryHintLabel.setWordWrap(True)

        self.identityFormLayout.addWidget(self.passportCountryHintLabel, 2, 2, 1, 1)

        self.photoMatchCheck = QCheckBox(IdentityPanel)
        self.photoMatchCheck.setObjectName(u"photoMatchCheck")
        self.photoMatchCheck.setMinimumSize(QSize(0, 48))

        self.identityFormLayout.addWidget(self.photoMatchCheck, 3, 1, 1, 2)

        self.identityFormLayout.setColumnStretch(2, 1)

        self.identityLayout.addLayout(self.identityFormLayout)

        self.identityErrorLabel = QLabel(IdentityPanel)
        self.identityErrorLabel.setObjectName(u"identityErrorLabel")
        self.identityErrorLabel.setProperty(u"role", u"error")
        self.identityErrorLabel.setText(u"")
        self.identityErrorLabel.setWordWrap(True)

        self.identityLayout.addWidget(self.identityErrorLabel)

        self.identityResultLabel = QLabel(IdentityPanel)
        self.identityResultLabel.setObjectName(u"identityResultLabel")
        self.identityResultLabel.setText(u"")
        self.identityResultLabel.setWordWrap(True)

        self.identityLayout.addWidget(self.identityResultLabel)

        self.identityBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.identityLayout.addItem(self.identityBottomSpacer)

        self.identityButtonLayout = QHBoxLayout()
        self.identityButtonLayout.setSpacing(12)
        self.identityButtonLayout.setObjectName(u"identityButtonLayout")
        self.backButton = QPushButton(IdentityPanel)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 48))

        self.identityButtonLayout.addWidget(self.backButton)

        self.identityButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.identityButtonLayout.addItem(self.identityButtonSpacer)

        self.overrideButton = QPushButton(IdentityPanel)
        self.overrideButton.setObjectName(u"overrideButton")
        self.overrideButton.setMinimumSize(QSize(0, 48))

        self.identityButtonLayout.addWidget(self.overrideButton)

        self.verifyIdentityButton = QPushButton(IdentityPanel)
        self.verifyIdentityButton.setObjectName(u"verifyIdentityButton")
        self.verifyIdentityButton.setMinimumSize(QSize(0, 48))

        self.identityButtonLayout.addWidget(self.verifyIdentityButton)


        self.identityLayout.addLayout(self.identityButtonLayout)

#if QT_CONFIG(shortcut)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.idNumberLabel.setBuddy(self.idNumberInput)
        self.passportCountryLabel.setBuddy(self.passportCountryInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idTypeCombo, self.idNumberInput)
        QWidget.setTabOrder(self.idNumberInput, self.passportCountryInput)
        QWidget.setTabOrder(self.passportCountryInput, self.photoMatchCheck)
        QWidget.setTabOrder(self.photoMatchCheck, self.verifyIdentityButton)
        QWidget.setTabOrder(self.verifyIdentityButton, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.backButton)

        self.retranslateUi(IdentityPanel)

        QMetaObject.connectSlotsByName(IdentityPanel)
    # setupUi

    def retranslateUi(self, IdentityPanel):
        self.identityTitleLabel.setText(QCoreApplication.translate("IdentityPanel", u"Identity check", None))
        self.idTypeLabel.setText(QCoreApplication.translate("IdentityPanel", u"Document &type", None))
        self.idNumberLabel.setText(QCoreApplication.translate("IdentityPanel", u"Document &number", None))
        self.passportCountryLabel.setText(QCoreApplication.translate("IdentityPanel", u"Issuing &country", None))
        self.passportCountryHintLabel.setText(QCoreApplication.translate("IdentityPanel", u"3-letter code on the passport, e.g. CHN (also HKSAR), GBR, PHL", None))
        self.photoMatchCheck.setText(QCoreApplication.translate("IdentityPanel", u"Photo matches the customer (F8)", None))
        self.backButton.setText(QCoreApplication.translate("IdentityPanel", u"Back (Esc)", None))
        self.overrideButton.setText(QCoreApplication.translate("IdentityPanel", u"Supervisor override\u2026 (Enter)", None))
        self.verifyIdentityButton.setText(QCoreApplication.translate("IdentityPanel", u"Verify (Enter)", None))
        pass
    # retranslateUi

