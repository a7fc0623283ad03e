# Generated from ui/shift_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ShiftTab(object):
    def setupUi(self, ShiftTab):
        if not ShiftTab.objectName():
            ShiftTab.setObjectName(u"ShiftTab")
        ShiftTab.resize(1340, 640)
        ShiftTab.setStyleSheet(u"QLabel#shiftTitleLabel, QLabel#closedTitleLabel { font-size: 24px; font-weight: bold; }\n"
"QLabel#noShiftLabel { font-size: 20px; }\n"
"QLabel#expectedValueLabel, QLabel#expectedLabel { font-weight: bold; }\n"
"QLabel#closedSummaryLabel { font-size: 18px; }")
        self.shiftTabLayout = QHBoxLayout(ShiftTab)
        self.shiftTabLayout.setSpacing(12)
        self.shiftTabLayout.setObjectName(u"shiftTabLayout")
        self.shiftStack = QStackedWidget(ShiftTab)
        self.shiftStack.setObjectName(u"shiftStack")
        self.noShiftPage = QWidget()
        self.noShiftPage.setObjectName(u"noShiftPage")
        self.noShiftPageLayout = QVBoxLayout(self.noShiftPage)
        self.noShiftPageLayout.setObjectName(u"noShiftPageLayout")
        self.noShiftLabel = QLabel(self.noShiftPage)
        self.noShiftLabel.setObjectName(u"noShiftLabel")
        self.noShiftLabel.setWordWrap(True)

        self.noShiftPageLayout.addWidget(self.noShiftLabel)

        self.noShiftMessageLabel = QLabel(self.noShiftPage)
        self.noShiftMessageLabel.setObjectName(u"noShiftMessageLabel")
        self.noShiftMessageLabel.setText(u"")
        self.noShiftMessageLabel.setWordWrap(True)

        self.noShiftPageLayout.addWidget(self.noShiftMessageLabel)

        self.noShiftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noShiftPageLayout.addItem(self.noShiftSpacer)

        self.shiftStack.addWidget(self.noShiftPage)
        self.openShiftPage = QWidget()
        self.openShiftPage.setObjectName(u"openShiftPage")
        self.openShiftPageLayout = QHBoxLayout(self.openShiftPage)
        self.openShiftPageLayout.setSpacing(12)
        self.openShiftPageLayout.setObjectName(u"openShiftPageLayout")
        self.openShiftPageLayout.setContentsMargins(0, 0, 0, 0)
        self.figuresColumnLayout = QVBoxLayout()
        self.figuresColumnLayout.setObjectName(u"figuresColumnLayout")
        self.shiftTitleLabel = QLabel(self.openShiftPage)
        self.shiftTitleLabel.setObjectName(u"shiftTitleLabel")
        self.shiftTitleLabel.setWordWrap(True)
        self.shiftTitleLabel.setText(u"")

        self.figuresColumnLayout.addWidget(self.shiftTitleLabel)

        self.shiftOpenedLabel = QLabel(self.openShiftPage)
        self.shiftOpenedLabel.setObjectName(u"shiftOpenedLabel")
        self.shiftOpenedLabel.setText(u"")
        self.shiftOpenedLabel.setWordWrap(True)

        self.figuresColumnLayout.addWidget(self.shiftOpenedLabel)

        self.figuresGroup = QGroupBox(self.openShiftPage)
        self.figuresGroup.setObjectName(u"figuresGroup")
        self.figuresLayout = QFormLayout(self.figuresGroup)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.salesLabel = QLabel(self.figuresGroup)
        self.salesLabel.setObjectName(u"salesLabel")
        self.salesLabel.setWordWrap(True)

        self.figuresLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.salesLabel)

        self.salesValueLabel = QLabel(self.figuresGroup)
        self.salesValueLabel.setObjectName(u"salesValueLabel")
        self.salesValueLabel.setText(u"")
        self.salesValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.salesValueLabel)

        self.tendersLabel = QLabel(self.figuresGroup)
        self.tendersLabel.setObjectName(u"tendersLabel")
        self.tendersLabel.setWordWrap(True)

        self.figuresLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tendersLabel)

        self.tendersValueLabel = QLabel(self.figuresGroup)
        self.tendersValueLabel.setObjectName(u"tendersValueLabel")
        self.tendersValueLabel.setText(u"")
        self.tendersValueLabel.setWordWrap(True)
        self.tendersValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tendersValueLabel)

        self.cashTakingsLabel = QLabel(self.figuresGroup)
        self.cashTakingsLabel.setObjectName(u"cashTakingsLabel")
        self.cashTakingsLabel.setWordWrap(True)

        self.figuresLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cashTakingsLabel)

        self.cashTakingsValueLabel = QLabel(self.figuresGroup)
        self.cashTakingsValueLabel.setObjectName(u"cashTakingsValueLabel")
        self.cashTakingsValueLabel.setText(u"")
        self.cashTakingsValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cashTakingsValueLabel)

        self.voidsLabel = QLabel(self.figuresGroup)
        self.voidsLabel.setObjectName(u"voidsLabel")
        self.voidsLabel.setWordWrap(True)

        self.figuresLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.voidsLabel)

        self.voidsValueLabel = QLabel(self.figuresGroup)
        self.voidsValueLabel.setObjectName(u"voidsValueLabel")
        self.voidsValueLabel.setText(u"")
        self.voidsValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.voidsValueLabel)

        self.refundsLabel = QLabel(self.figuresGroup)
        self.refundsLabel.setObjectName(u"refundsLabel")
        self.refundsLabel.setWordWrap(True)

        self.figuresLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.refundsLabel)

        self.refundsValueLabel = QLabel(self.figuresGroup)
        self.refundsValueLabel.setObjectName(u"refundsValueLabel")
        self.refundsValueLabel.setText(u"")
        self.refundsValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.refundsValueLabel)

        self.unconfirmedLabel = QLabel(self.figuresGroup)
        self.unconfirmedLabel.setObjectName(u"unconfirmedLabel")
        self.unconfirmedLabel.setWordWrap(True)

        self.figuresLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unconfirmedLabel)

        self.unconfirmedValueLabel = QLabel(self.figuresGroup)
        self.unconfirmedValueLabel.setObjectName(u"unconfirmedValueLabel")
        self.unconfirmedValueLabel.setText(u"")
        self.unconfirmedValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unconfirmedValueLabel)

        self.floatLabel = QLabel(self.figuresGroup)
        self.floatLabel.setObjectName(u"floatLabel")
        self.floatLabel.setWordWrap(True)

        self.figuresLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.floatLabel)

        self.floatValueLabel = QLabel(self.figuresGroup)
        self.floatValueLabel.setObjectName(u"floatValueLabel")
        self.floatValueLabel.setText(u"")
        self.floatValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.floatValueLabel)

        self.cashReturnedLabel = QLabel(self.figuresGroup)
        self.cashReturnedLabel.setObjectName(u"cashReturnedLabel")
        self.cashReturnedLabel.setWordWrap(True)

        self.figuresLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cashReturnedLabel)

        self.cashReturnedValueLabel = QLabel(self.figuresGroup)
        self.cashReturnedValueLabel.setObjectName(u"cashReturnedValueLabel")
        self.cashReturnedValueLabel.setText(u"")
        self.cashReturnedValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cashReturnedValueLabel)

        self.cashInLabel = QLabel(self.figuresGroup)
        self.cashInLabel.setObjectName(u"cashInLabel")
        self.cashInLabel.setWordWrap(True)

        self.figuresLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cashInLabel)

        self.cashInValueLabel = QLabel(self.figuresGroup)
        self.cashInValueLabel.setObjectName(u"cashInValueLabel")
        self.cashInValueLabel.setText(u"")
        self.cashInValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cashInValueLabel)

        self.cashOutLabel = QLabel(self.figuresGroup)
        self.cashOutLabel.setObjectName(u"cashOutLabel")
        self.cashOutLabel.setWordWrap(True)

        self.figuresLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cashOutLabel)

        self.cashOutValueLabel = QLabel(self.figuresGroup)
        self.cashOutValueLabel.setObjectName(u"cashOutValueLabel")
        self.cashOutValueLabel.setText(u"")
        self.cashOutValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.cashOutValueLabel)

        self.expectedLabel = QLabel(self.figuresGroup)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setWordWrap(True)

        self.figuresLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedValueLabel = QLabel(self.figuresGroup)
        self.expectedValueLabel.setObjectName(u"expectedValueLabel")
        self.expectedValueLabel.setText(u"")
        self.expectedValueLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.figuresLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.expectedValueLabel)


        self.figuresColumnLayout.addWidget(self.figuresGroup)

        self.cashMoveGroup = QGroupBox(self.openShiftPage)
        self.cashMoveGroup.setObjectName(u"cashMoveGroup")
        self.cashMoveLayout = QGridLayout(self.cashMoveGroup)
        self.cashMoveLayout.setObjectName(u"cashMoveLayout")
        self.cashAmountLabel = QLabel(self.cashMoveGroup)
        self.cashAmountLabel.setObjectName(u"cashAmountLabel")

        self.cashMoveLayout.addWidget(self.cashAmountLabel, 0, 0, 1, 1)

        self.cashAmountInput = QLineEdit(self.cashMoveGroup)
        self.cashAmountInput.setObjectName(u"cashAmountInput")
        self.cashAmountInput.setMaxLength(32)

        self.cashMoveLayout.addWidget(self.cashAmountInput, 0, 1, 1, 2)

        self.cashInButton = QPushButton(self.cashMoveGroup)
        self.cashInButton.setObjectName(u"cashInButton")
        self.cashInButton.setMinimumSize(QSize(0, 48))

        self.cashMoveLayout.addWidget(self.cashInButton, 2, 0, 1, 1)

        self.cashReasonLabel = QLabel(self.cashMoveGroup)
        self.cashReasonLabel.setObjectName(u"cashReasonLabel")

        self.cashMoveLayout.addWidget(self.cashReasonLabel, 1, 0, 1, 1)

        self.cashReasonInput = QLineEdit(self.cashMoveGroup)
        self.cashReasonInput.setObjectName(u"cashReasonInput")
        self.cashReasonInput.setMaxLength(200)

        self.cashMoveLayout.addWidget(self.cashReasonInput, 1, 1, 1, 2)

        self.cashOutButton = QPushButton(self.cashMoveGroup)
        self.cashOutButton.setObjectName(u"cashOutButton")
        self.cashOutButton.setMinimumSize(QSize(0, 48))

        self.cashMoveLayout.addWidget(self.cashOutButton, 2, 1, 1, 2)

        self.cashMessageLabel = QLabel(self.cashMoveGroup)
        self.cashMessageLabel.setObjectName(u"cashMessageLabel")
        self.cashMessageLabel.setText(u"")
        self.cashMessageLabel.setWordWrap(True)

        self.cashMoveLayout.addWidget(self.cashMessageLabel, 3, 0, 1, 3)


        self.figuresColumnLayout.addWidget(self.cashMoveGroup)

        self.figuresColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.figuresColumnLayout.addItem(self.figuresColumnSpacer)


        self.openShiftPageLayout.addLayout(self.figuresColumnLayout)

        self.closeColumnLayout = QVBoxLayout()
        self.closeColumnLayout.setObjectName(u"closeColumnLayout")
        self.countGroup = QGroupBox(self.openShiftPage)
        self.countGroup.setObjectName(u"countGroup")
        self.countGroupLayout = QVBoxLayout(self.countGroup)
        self.countGroupLayout.setObjectName(u"countGroupLayout")
        self.countPanelLayout = QVBoxLayout()
        self.countPanelLayout.setObjectName(u"countPanelLayout")

        self.countGroupLayout.addLayout(self.countPanelLayout)

        self.closeMessageLabel = QLabel(self.countGroup)
        self.closeMessageLabel.setObjectName(u"closeMessageLabel")
        self.closeMessageLabel.setText(u"")
        self.closeMessageLabel.setWordWrap(True)

        self.countGroupLayout.addWidget(self.closeMessageLabel)

        self.closeShiftButton = QPushButton(self.countGroup)
        self.closeShiftButton.setObjectName(u"closeShiftButton")
        self.closeShiftButton.setMinimumSize(QSize(0, 48))

        self.countGroupLayout.addWidget(self.closeShiftButton)


        self.closeColumnLayout.addWidget(self.countGroup)

        self.closeColumnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closeColumnLayout.addItem(self.closeColumnSpacer)


        self.openShiftPageLayout.addLayout(self.closeColumnLayout)

        self.shiftStack.addWidget(self.openShiftPage)
        self.closedPage = QWidget()
        self.closedPage.setObjectName(u"closedPage")
        self.closedPageLayout = QVBoxLayout(self.closedPage)
        self.closedPageLayout.setObjectName(u"closedPageLayout")
        self.closedTitleLabel = QLabel(self.closedPage)
        self.closedTitleLabel.setObjectName(u"closedTitleLabel")
        self.closedTitleLabel.setText(u"")

        self.closedPageLayout.addWidget(self.closedTitleLabel)

        self.closedSummaryLabel = QLabel(self.closedPage)
        self.closedSummaryLabel.setObjectName(u"closedSummaryLabel")
        self.closedSummaryLabel.setText(u"")
        self.closedSummaryLabel.setWordWrap(True)

        self.closedPageLayout.addWidget(self.closedSummaryLabel)

        self.closedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closedPageLayout.addItem(self.closedSpacer)

        self.closedButtonsLayout = QHBoxLayout()
        self.closedButtonsLayout.setObjectName(u"closedButtonsLayout")
        self.closedButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closedButtonsLayout.addItem(self.closedButtonsSpacer)

        self.doneButton = QPushButton(self.closedPage)
        self.doneButton.setObjectName(u"doneButton")
        self.doneButton.setMinimumSize(QSize(0, 48))

        self.closedButtonsLayout.addWidget(self.doneButton)


        self.closedPageLayout.addLayout(self.closedButtonsLayout)

        self.shiftStack.addWidget(self.closedPage)

        self.shiftTabLayout.addWidget(self.shiftStack)

#if QT_CONFIG(shortcut)
        self.cashAmountLabel.setBuddy(self.cashAmountInput)
        self.cashReasonLabel.setBuddy(self.cashReasonInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.cashAmountInput, self.cashReasonInput)
        QWidget.setTabOrder(self.cashReasonInput, self.cashInButton)
        QWidget.setTabOrder(self.cashInButton, self.cashOutButton)
        QWidget.setTabOrder(self.cashOutButton, self.closeShiftButton)
        QWidget.setTabOrder(self.closeShiftButton, self.doneButton)

        self.retranslateUi(ShiftTab)

        QMetaObject.connectSlotsByName(ShiftTab)
    # setupUi

    def retranslateUi(self, ShiftTab):
        self.noShiftLabel.setText(QCoreApplication.translate("ShiftTab", u"No shift is open at this counter. Open one on the counter screen by counting the float into the till.", None))
        self.figuresGroup.setTitle(QCoreApplication.translate("ShiftTab", u"This shift so far", None))
        self.salesLabel.setText(QCoreApplication.translate("ShiftTab", u"Sales", None))
        self.tendersLabel.setText(QCoreApplication.translate("ShiftTab", u"By tender", None))
        self.cashTakingsLabel.setText(QCoreApplication.translate("ShiftTab", u"Cash takings", None))
        self.voidsLabel.setText(QCoreApplication.translate("ShiftTab", u"Voids", None))
        self.refundsLabel.setText(QCoreApplication.translate("ShiftTab", u"Refunds", None))
        self.unconfirmedLabel.setText(QCoreApplication.translate("ShiftTab", u"Awaiting carrier", None))
        self.floatLabel.setText(QCoreApplication.translate("ShiftTab", u"Float", None))
        self.cashReturnedLabel.setText(QCoreApplication.translate("ShiftTab", u"Cash refunded", None))
        self.cashInLabel.setText(QCoreApplication.translate("ShiftTab", u"Cash in", None))
        self.cashOutLabel.setText(QCoreApplication.translate("ShiftTab", u"Cash out", None))
        self.expectedLabel.setText(QCoreApplication.translate("ShiftTab", u"Expected cash in the till", None))
        self.cashMoveGroup.setTitle(QCoreApplication.translate("ShiftTab", u"Cash in or out of the till", None))
        self.cashAmountLabel.setText(QCoreApplication.translate("ShiftTab", u"&Amount (HK$)", None))
        self.cashInButton.setText(QCoreApplication.translate("ShiftTab", u"Cash &in", None))
        self.cashReasonLabel.setText(QCoreApplication.translate("ShiftTab", u"&Reason", None))
        self.cashReasonInput.setPlaceholderText(QCoreApplication.translate("ShiftTab", u"e.g. coins from the bank", None))
        self.cashOutButton.setText(QCoreApplication.translate("ShiftTab", u"Cash &out", None))
        self.countGroup.setTitle(QCoreApplication.translate("ShiftTab", u"Close the shift: count the cash (Enter moves down)", None))
        self.closeShiftButton.setText(QCoreApplication.translate("ShiftTab", u"&Close the shift\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("ShiftTab", u"Done (Enter)", None))
        pass
    # retranslateUi

