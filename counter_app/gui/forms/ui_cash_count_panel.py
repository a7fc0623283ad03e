# Generated from ui/cash_count_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cash_count_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_CashCountPanel(object):
    def setupUi(self, CashCountPanel):
        if not CashCountPanel.objectName():
            CashCountPanel.setObjectName(u"CashCountPanel")
        CashCountPanel.resize(500, 460)
        CashCountPanel.setStyleSheet(u"QLabel#closeExpectedValueLabel, QLabel#countedValueLabel, QLabel#varianceValueLabel { font-size: 20px; font-weight: bold; }\n"
"QLabel#varianceValueLabel[variance=\"short\"] { color: #b3261e; }\n"
"QLabel#varianceValueLabel[variance=\"over\"] { color: #1a56a6; }\n"
"QLabel#varianceValueLabel[variance=\"even\"] { color: #0b6e4f; }\n"
"QLabel#notesHeadingLabel, QLabel#coinsHeadingLabel { font-weight: bold; }\n"
"QSpinBox { font-size: 18px; }\n"
"QSpinBox QLineEdit { min-height: 0px; font-size: 18px; }")
        self.cashCountLayout = QVBoxLayout(CashCountPanel)
        self.cashCountLayout.setObjectName(u"cashCountLayout")
        self.cashCountLayout.setContentsMargins(0, 0, 0, 0)
        self.countGridsLayout = QHBoxLayout()
        self.countGridsLayout.setSpacing(16)
        self.countGridsLayout.setObjectName(u"countGridsLayout")
        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(6)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesHeadingLabel = QLabel(CashCountPanel)
        self.notesHeadingLabel.setObjectName(u"notesHeadingLabel")

        self.notesLayout.addWidget(self.notesHeadingLabel)

        self.notesGrid = QGridLayout()
        self.notesGrid.setObjectName(u"notesGrid")
        self.notesGrid.setHorizontalSpacing(8)
        self.notesGrid.setVerticalSpacing(6)

        self.notesLayout.addLayout(self.notesGrid)

        self.notesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.notesLayout.addItem(self.notesSpacer)


        self.countGridsLayout.addLayout(self.notesLayout)

        self.coinsLayout = QVBoxLayout()
        self.coinsLayout.setSpacing(6)
        self.coinsLayout.setObjectName(u"coinsLayout")
        self.coinsHeadingLabel = QLabel(CashCountPanel)
        self.coinsHeadingLabel.setObjectName(u"coinsHeadingLabel")

        self.coinsLayout.addWidget(self.coinsHeadingLabel)

        self.coinsGrid = QGridLayout()
        self.coinsGrid.setObjectName(u"coinsGrid")
        self.coinsGrid.setHorizontalSpacing(8)
        self.coinsGrid.setVerticalSpacing(6)

        self.coinsLayout.addLayout(self.coinsGrid)

        self.coinsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.coinsLayout.addItem(self.coinsSpacer)


        self.countGridsLayout.addLayout(self.coinsLayout)


        self.cashCountLayout.addLayout(self.countGridsLayout)

        self.totalsLayout = QFormLayout()
        self.totalsLayout.setObjectName(u"totalsLayout")
        self.closeExpectedLabel = QLabel(CashCountPanel)
        self.closeExpectedLabel.setObjectName(u"closeExpectedLabel")

        self.totalsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closeExpectedLabel)

        self.closeExpectedValueLabel = QLabel(CashCountPanel)
        self.closeExpectedValueLabel.setObjectName(u"closeExpectedValueLabel")
        self.closeExpectedValueLabel.setText(u"")
        self.closeExpectedValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closeExpectedValueLabel)

        self.countedLabel = QLabel(CashCountPanel)
        self.countedLabel.setObjectName(u"countedLabel")

        self.totalsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countedLabel)

        self.countedValueLabel = QLabel(CashCountPanel)
        self.countedValueLabel.setObjectName(u"countedValueLabel")
        self.countedValueLabel.setText(u"")
        self.countedValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countedValueLabel)

        self.varianceLabel = QLabel(CashCountPanel)
        self.varianceLabel.setObjectName(u"varianceLabel")

        self.totalsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.varianceLabel)

        self.varianceValueLabel = QLabel(CashCountPanel)
        self.varianceValueLabel.setObjectName(u"varianceValueLabel")
        self.varianceValueLabel.setText(u"")
        self.varianceValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totalsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.varianceValueLabel)


        self.cashCountLayout.addLayout(self.totalsLayout)

        self.varianceReasonLabel = QLabel(CashCountPanel)
        self.varianceReasonLabel.setObjectName(u"varianceReasonLabel")

        self.cashCountLayout.addWidget(self.varianceReasonLabel)

        self.varianceReasonInput = QLineEdit(CashCountPanel)
        self.varianceReasonInput.setObjectName(u"varianceReasonInput")
        self.varianceReasonInput.setMaxLength(300)

        self.cashCountLayout.addWidget(self.varianceReasonInput)

        self.varianceReasonHintLabel = QLabel(CashCountPanel)
        self.varianceReasonHintLabel.setObjectName(u"varianceReasonHintLabel")
        self.varianceReasonHintLabel.setText(u"")
        self.varianceReasonHintLabel.setWordWrap(True)

        self.cashCountLayout.addWidget(self.varianceReasonHintLabel)

#if QT_CONFIG(shortcut)
        self.varianceReasonLabel.setBuddy(self.varianceReasonInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CashCountPanel)

        QMetaObject.connectSlotsByName(CashCountPanel)
    # setupUi

    def retranslateUi(self, CashCountPanel):
        self.notesHeadingLabel.setText(QCoreApplication.translate("CashCountPanel", u"Notes", None))
        self.coinsHeadingLabel.setText(QCoreApplication.translate("CashCountPanel", u"Coins", None))
        self.closeExpectedLabel.setText(QCoreApplication.translate("CashCountPanel", u"Expected", None))
        self.countedLabel.setText(QCoreApplication.translate("CashCountPanel", u"Counted", None))
        self.varianceLabel.setText(QCoreApplication.translate("CashCountPanel", u"Variance", None))
        self.varianceReasonLabel.setText(QCoreApplication.translate("CashCountPanel", u"Reason for the &variance", None))
        pass
    # retranslateUi

