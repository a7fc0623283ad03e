# Generated from ui/new_sim_screen.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_sim_screen.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_NewSimScreen(object):
    def setupUi(self, NewSimScreen):
        if not NewSimScreen.objectName():
            NewSimScreen.setObjectName(u"NewSimScreen")
        NewSimScreen.resize(1024, 640)
        NewSimScreen.setStyleSheet(u"QLabel#newSimStatementTitleLabel, QLabel#newSimFormTitleLabel, QLabel#newSimDoneTitleLabel { font-size: 26px; font-weight: bold; }\n"
"QFrame#newSimStatementFrame { border: 2px solid #0b6e4f; border-radius: 6px; background: #f5f7f8; }\n"
"QLabel#newSimStatementLabel { font-size: 19px; }\n"
"QLabel#newSimCardSectionLabel, QLabel#newSimHolderSectionLabel { font-size: 19px; font-weight: bold; color: #0b6e4f; border-bottom: 1px solid #c8d0d4; padding-bottom: 2px; }\n"
"QComboBox { font-size: 17px; }\n"
"QComboBox:focus { border: 2px solid #0b6e4f; border-radius: 3px; padding-left: 3px; }\n"
"QCheckBox:focus { color: #0b6e4f; text-decoration: underline; }\n"
"QLineEdit { font-size: 18px; }\n"
"QCheckBox { font-size: 17px; }\n"
"QCheckBox::indicator { width: 26px; height: 26px; }\n"
"QScrollArea#newSimFormScroll, QWidget#newSimFormContents { background: transparent; }\n"
"QLabel#newSimReceiptNoLabel { font-size: 30px; font-weight: bold; color: #0b6e4f; }\n"
"QLabel#newSimDoneNumberLabel { font-size: 26px; font-weigh"
                        "t: bold; }\n"
"QLabel#newSimDonePlanLabel, QLabel#newSimDoneValidLabel, QLabel#newSimDonePaidLabel { font-size: 20px; }")
        self.newSimLayout = QVBoxLayout(NewSimScreen)
        self.newSimLayout.setObjectName(u"newSimLayout")
        self.newSimLayout.setContentsMargins(0, 0, 0, 0)
        self.newSimStack = QStackedWidget(NewSimScreen)
        self.newSimStack.setObjectName(u"newSimStack")
        self.newSimStatementPage = QWidget()
        self.newSimStatementPage.setObjectName(u"newSimStatementPage")
        self.newSimStatementPageLayout = QVBoxLayout(self.newSimStatementPage)
        self.newSimStatementPageLayout.setSpacing(10)
        self.newSimStatementPageLayout.setObjectName(u"newSimStatementPageLayout")
        self.newSimStatementTitleLabel = QLabel(self.newSimStatementPage)
        self.newSimStatementTitleLabel.setObjectName(u"newSimStatementTitleLabel")
        self.newSimStatementTitleLabel.setWordWrap(True)

        self.newSimStatementPageLayout.addWidget(self.newSimStatementTitleLabel)

        self.newSimStatementScroll = QScrollArea(self.newSimStatementPage)
        self.newSimStatementScroll.setObjectName(u"newSimStatementScroll")
        self.newSimStatementScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.newSimStatementScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.newSimStatementScroll.setWidgetResizable(True)
        self.newSimStatementFrame = QFrame()
        self.newSimStatementFrame.setObjectName(u"newSimStatementFrame")
        self.newSimStatementFrameLayout = QVBoxLayout(self.newSimStatementFrame)
        self.newSimStatementFrameLayout.setObjectName(u"newSimStatementFrameLayout")
        self.newSimStatementFrameLayout.setContentsMargins(16, 16, 16, 16)
        self.newSimStatementLabel = QLabel(self.newSimStatementFrame)
        self.newSimStatementLabel.setObjectName(u"newSimStatementLabel")
        self.newSimStatementLabel.setText(u"")
        self.newSimStatementLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.newSimStatementLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.newSimStatementLabel.setWordWrap(True)

        self.newSimStatementFrameLayout.addWidget(self.newSimStatementLabel)

        self.newSimStatementFrameSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newSimStatementFrameLayout.addItem(self.newSimStatementFrameSpacer)

        self.newSimStatementScroll.setWidget(self.newSimStatementFrame)

        self.newSimStatementPageLayout.addWidget(self.newSimStatementScroll)

        self.newSimStatementMessageLabel = QLabel(self.newSimStatementPage)
        self.newSimStatementMessageLabel.setObjectName(u"newSimStatementMessageLabel")
        self.newSimStatementMessageLabel.setProperty(u"role", u"error")
        self.newSimStatementMessageLabel.setText(u"")
        self.newSimStatementMessageLabel.setWordWrap(True)

        self.newSimStatementPageLayout.addWidget(self.newSimStatementMessageLabel)

        self.newSimStatementButtonLayout = QHBoxLayout()
        self.newSimStatementButtonLayout.setSpacing(12)
        self.newSimStatementButtonLayout.setObjectName(u"newSimStatementButtonLayout")
        self.newSimStatementBackButton = QPushButton(self.newSimStatementPage)
        self.newSimStatementBackButton.setObjectName(u"newSimStatementBackButton")
        self.newSimStatementBackButton.setMinimumSize(QSize(0, 48))
        self.newSimStatementBackButton.setAutoDefault(False)

        self.newSimStatementButtonLayout.addWidget(self.newSimStatementBackButton)

        self.newSimStatementButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newSimStatementButtonLayout.addItem(self.newSimStatementButtonSpacer)

        self.newSimAgreeButton = QPushButton(self.newSimStatementPage)
        self.newSimAgreeButton.setObjectName(u"newSimAgreeButton")
        self.newSimAgreeButton.setMinimumSize(QSize(0, 48))
        self.newSimAgreeButton.setAutoDefault(False)

        self.newSimStatementButtonLayout.addWidget(self.newSimAgreeButton)


        self.newSimStatementPageLayout.addLayout(self.newSimStatementButtonLayout)

        self.newSimStack.addWidget(self.newSimStatementPage)
        self.newSimFormPage = QWidget()
        self.newSimFormPage.setObjectName(u"newSimFormPage")
        self.newSimFormPageLayout = QVBoxLayout(self.newSimFormPage)
        self.newSimFormPageLayout.setSpacing(8)
        self.newSimFormPageLayout.setObjectName(u"newSimFormPageLayout")
        self.newSimFormTitleLabel = QLabel(self.newSimFormPage)
        self.newSimFormTitleLabel.setObjectName(u"newSimFormTitleLabel")
        self.newSimFormTitleLabel.setWordWrap(True)

        self.newSimFormPageLayout.addWidget(self.newSimFormTitleLabel)

        self.newSimFormScroll = QScrollArea(self.newSimFormPage)
        self.newSimFormScroll.setObjectName(u"newSimFormScroll")
        self.newSimFormScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.newSimFormScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.newSimFormScroll.setWidgetResizable(True)
        self.newSimFormContents = QWidget()
        self.newSimFormContents.setObjectName(u"newSimFormContents")
        self.newSimFormColumns = QHBoxLayout(self.newSimFormContents)
        self.newSimFormColumns.setSpacing(24)
        self.newSimFormColumns.setObjectName(u"newSimFormColumns")
        self.newSimFormColumns.setContentsMargins(0, 0, 0, 0)
        self.newSimCardLayout = QVBoxLayout()
        self.newSimCardLayout.setSpacing(8)
        self.newSimCardLayout.setObjectName(u"newSimCardLayout")
        self.newSimCardSectionLabel = QLabel(self.newSimFormContents)
        self.newSimCardSectionLabel.setObjectName(u"newSimCardSectionLabel")

        self.newSimCardLayout.addWidget(self.newSimCardSectionLabel)

        self.newSimCardGrid = QGridLayout()
        self.newSimCardGrid.setObjectName(u"newSimCardGrid")
        self.newSimCardGrid.setHorizontalSpacing(10)
        self.newSimCardGrid.setVerticalSpacing(6)
        self.newSimCarrierLabel = QLabel(self.newSimFormContents)
        self.newSimCarrierLabel.setObjectName(u"newSimCarrierLabel")

        self.newSimCardGrid.addWidget(self.newSimCarrierLabel, 0, 0, 1, 1)

        self.newSimCarrierCombo = QComboBox(self.newSimFormContents)
        self.newSimCarrierCombo.setObjectName(u"newSimCarrierCombo")
        self.newSimCarrierCombo.setMinimumSize(QSize(0, 44))
        self.newSimCarrierCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newSimCarrierCombo.setMinimumContentsLength(12)

        self.newSimCardGrid.addWidget(self.newSimCarrierCombo, 0, 1, 1, 1)

        self.newSimCardTypeLabel = QLabel(self.newSimFormContents)
        self.newSimCardTypeLabel.setObjectName(u"newSimCardTypeLabel")

        self.newSimCardGrid.addWidget(self.newSimCardTypeLabel, 1, 0, 1, 1)

        self.newSimCardTypeCombo = QComboBox(self.newSimFormContents)
        self.newSimCardTypeCombo.setObjectName(u"newSimCardTypeCombo")
        self.newSimCardTypeCombo.setMinimumSize(QSize(0, 44))
        self.newSimCardTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newSimCardTypeCombo.setMinimumContentsLength(12)

        self.newSimCardGrid.addWidget(self.newSimCardTypeCombo, 1, 1, 1, 1)

        self.newSimPlanLabel = QLabel(self.newSimFormContents)
        self.newSimPlanLabel.setObjectName(u"newSimPlanLabel")

        self.newSimCardGrid.addWidget(self.newSimPlanLabel, 2, 0, 1, 1)

        self.newSimPlanCombo = QComboBox(self.newSimFormContents)
        self.newSimPlanCombo.setObjectName(u"newSimPlanCombo")
        self.newSimPlanCombo.setMinimumSize(QSize(0, 44))
        self.newSimPlanCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newSimPlanCombo.setMinimumContentsLength(12)

        self.newSimCardGrid.addWidget(self.newSimPlanCombo, 2, 1, 1, 1)

        self.newSimPlanErrorLabel = QLabel(self.newSimFormContents)
        self.newSimPlanErrorLabel.setObjectName(u"newSimPlanErrorLabel")
        self.newSimPlanErrorLabel.setProperty(u"role", u"error")
        self.newSimPlanErrorLabel.setText(u"")
        self.newSimPlanErrorLabel.setWordWrap(True)

        self.newSimCardGrid.addWidget(self.newSimPlanErrorLabel, 3, 1, 1, 1)

        self.newSimMsisdnLabel = QLabel(self.newSimFormContents)
        self.newSimMsisdnLabel.setObjectName(u"newSimMsisdnLabel")

        self.newSimCardGrid.addWidget(self.newSimMsisdnLabel, 4, 0, 1, 1)

        self.newSimMsisdnInput = QLineEdit(self.newSimFormContents)
        self.newSimMsisdnInput.setObjectName(u"newSimMsisdnInput")
        self.newSimMsisdnInput.setMinimumSize(QSize(0, 44))
        self.newSimMsisdnInput.setMaxLength(32)
        self.newSimMsisdnInput.setPlaceholderText(u"9123 4567")

        self.newSimCardGrid.addWidget(self.newSimMsisdnInput, 4, 1, 1, 1)

        self.newSimMsisdnErrorLabel = QLabel(self.newSimFormContents)
        self.newSimMsisdnErrorLabel.setObjectName(u"newSimMsisdnErrorLabel")
        self.newSimMsisdnErrorLabel.setProperty(u"role", u"error")
        self.newSimMsisdnErrorLabel.setText(u"")
        self.newSimMsisdnErrorLabel.setWordWrap(True)

        self.newSimCardGrid.addWidget(self.newSimMsisdnErrorLabel, 5, 1, 1, 1)

        self.newSimSecondaryLabel = QLabel(self.newSimFormContents)
        self.newSimSecondaryLabel.setObjectName(u"newSimSecondaryLabel")

        self.newSimCardGrid.addWidget(self.newSimSecondaryLabel, 6, 0, 1, 1)

        self.newSimSecondaryInput = QLineEdit(self.newSimFormContents)
        self.newSimSecondaryInput.setObjectName(u"newSimSecondaryInput")
        self.newSimSecondaryInput.setMinimumSize(QSize(0, 44))
        self.newSimSecondaryInput.setMaxLength(32)
        self.newSimSecondaryInput.setPlaceholderText(u"138 0013 8000")

        self.newSimCardGrid.addWidget(self.newSimSecondaryInput, 6, 1, 1, 1)

        self.newSimSecondaryErrorLabel = QLabel(self.newSimFormContents)
        self.newSimSecondaryErrorLabel.setObjectName(u"newSimSecondaryErrorLabel")
        self.newSimSecondaryErrorLabel.setProperty(u"role", u"error")
        self.newSimSecondaryErrorLabel.setText(u"")
        self.newSimSecondaryErrorLabel.setWordWrap(True)

        self.newSimCardGrid.addWidget(self.newSimSecondaryErrorLabel, 7, 1, 1, 1)

        self.newSimIccidLabel = QLabel(self.newSimFormContents)
        self.newSimIccidLabel.setObjectName(u"newSimIccidLabel")

        self.newSimCardGrid.addWidget(self.newSimIccidLabel, 8, 0, 1, 1)

        self.newSimIccidInput = QLineEdit(self.newSimFormContents)
        self.newSimIccidInput.setObjectName(u"newSimIccidInput")
        self.newSimIccidInput.setMinimumSize(QSize(0, 44))
        self.newSimIccidInput.setMaxLength(40)

        self.newSimCardGrid.addWidget(self.newSimIccidInput, 8, 1, 1, 1)

        self.newSimIccidErrorLabel = QLabel(self.newSimFormContents)
        self.newSimIccidErrorLabel.setObjectName(u"newSimIccidErrorLabel")
        self.newSimIccidErrorLabel.setProperty(u"role", u"error")
        self.newSimIccidErrorLabel.setText(u"")
        self.newSimIccidErrorLabel.setWordWrap(True)

        self.newSimCardGrid.addWidget(self.newSimIccidErrorLabel, 9, 1, 1, 1)

        self.newSimCardGrid.setColumnStretch(1, 1)

        self.newSimCardLayout.addLayout(self.newSimCardGrid)

        self.newSimCardSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newSimCardLayout.addItem(self.newSimCardSpacer)


        self.newSimFormColumns.addLayout(self.newSimCardLayout)

        self.newSimHolderLayout = QVBoxLayout()
        self.newSimHolderLayout.setSpacing(8)
        self.newSimHolderLayout.setObjectName(u"newSimHolderLayout")
        self.newSimHolderSectionLabel = QLabel(self.newSimFormContents)
        self.newSimHolderSectionLabel.setObjectName(u"newSimHolderSectionLabel")

        self.newSimHolderLayout.addWidget(self.newSimHolderSectionLabel)

        self.newSimHolderGrid = QGridLayout()
        self.newSimHolderGrid.setObjectName(u"newSimHolderGrid")
        self.newSimHolderGrid.setHorizontalSpacing(10)
        self.newSimHolderGrid.setVerticalSpacing(6)
        self.newSimNameEnLabel = QLabel(self.newSimFormContents)
        self.newSimNameEnLabel.setObjectName(u"newSimNameEnLabel")

        self.newSimHolderGrid.addWidget(self.newSimNameEnLabel, 0, 0, 1, 1)

        self.newSimNameEnInput = QLineEdit(self.newSimFormContents)
        self.newSimNameEnInput.setObjectName(u"newSimNameEnInput")
        self.newSimNameEnInput.setMinimumSize(QSize(0, 44))
        self.newSimNameEnInput.setMaxLength(120)

        self.newSimHolderGrid.addWidget(self.newSimNameEnInput, 0, 1, 1, 1)

        self.newSimNameEnErrorLabel = QLabel(self.newSimFormContents)
        self.newSimNameEnErrorLabel.setObjectName(u"newSimNameEnErrorLabel")
        self.newSimNameEnErrorLabel.setProperty(u"role", u"error")
        self.newSimNameEnErrorLabel.setText(u"")
        self.newSimNameEnErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimNameEnErrorLabel, 1, 1, 1, 1)

        self.newSimNameZhLabel = QLabel(self.newSimFormContents)
        self.newSimNameZhLabel.setObjectName(u"newSimNameZhLabel")

        self.newSimHolderGrid.addWidget(self.newSimNameZhLabel, 2, 0, 1, 1)

        self.newSimNameZhInput = QLineEdit(self.newSimFormContents)
        self.newSimNameZhInput.setObjectName(u"newSimNameZhInput")
        self.newSimNameZhInput.setMinimumSize(QSize(0, 44))
        self.newSimNameZhInput.setMaxLength(60)

        self.newSimHolderGrid.addWidget(self.newSimNameZhInput, 2, 1, 1, 1)

        self.newSimNameZhErrorLabel = QLabel(self.newSimFormContents)
        self.newSimNameZhErrorLabel.setObjectName(u"newSimNameZhErrorLabel")
        self.newSimNameZhErrorLabel.setProperty(u"role", u"error")
        self.newSimNameZhErrorLabel.setText(u"")
        self.newSimNameZhErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimNameZhErrorLabel, 3, 1, 1, 1)

        self.newSimDobLabel = QLabel(self.newSimFormContents)
        self.newSimDobLabel.setObjectName(u"newSimDobLabel")

        self.newSimHolderGrid.addWidget(self.newSimDobLabel, 4, 0, 1, 1)

        self.newSimDobInput = QLineEdit(self.newSimFormContents)
        self.newSimDobInput.setObjectName(u"newSimDobInput")
        self.newSimDobInput.setMinimumSize(QSize(0, 44))
        self.newSimDobInput.setMaxLength(12)

        self.newSimHolderGrid.addWidget(self.newSimDobInput, 4, 1, 1, 1)

        self.newSimDobErrorLabel = QLabel(self.newSimFormContents)
        self.newSimDobErrorLabel.setObjectName(u"newSimDobErrorLabel")
        self.newSimDobErrorLabel.setProperty(u"role", u"error")
        self.newSimDobErrorLabel.setText(u"")
        self.newSimDobErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimDobErrorLabel, 5, 1, 1, 1)

        self.newSimIdTypeLabel = QLabel(self.newSimFormContents)
        self.newSimIdTypeLabel.setObjectName(u"newSimIdTypeLabel")

        self.newSimHolderGrid.addWidget(self.newSimIdTypeLabel, 6, 0, 1, 1)

        self.newSimIdTypeCombo = QComboBox(self.newSimFormContents)
        self.newSimIdTypeCombo.setObjectName(u"newSimIdTypeCombo")
        self.newSimIdTypeCombo.setMinimumSize(QSize(0, 44))
        self.newSimIdTypeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.newSimIdTypeCombo.setMinimumContentsLength(12)

        self.newSimHolderGrid.addWidget(self.newSimIdTypeCombo, 6, 1, 1, 1)

        self.newSimIdNumberLabel = QLabel(self.newSimFormContents)
        self.newSimIdNumberLabel.setObjectName(u"newSimIdNumberLabel")

        self.newSimHolderGrid.addWidget(self.newSimIdNumberLabel, 7, 0, 1, 1)

        self.newSimIdNumberInput = QLineEdit(self.newSimFormContents)
        self.newSimIdNumberInput.setObjectName(u"newSimIdNumberInput")
        self.newSimIdNumberInput.setMinimumSize(QSize(0, 44))
        self.newSimIdNumberInput.setInputMethodHints(Qt.InputMethodHint.ImhNoPredictiveText|Qt.InputMethodHint.ImhSensitiveData)
        self.newSimIdNumberInput.setMaxLength(40)
        self.newSimIdNumberInput.setDragEnabled(False)

        self.newSimHolderGrid.addWidget(self.newSimIdNumberInput, 7, 1, 1, 1)

        self.newSimIdNumberErrorLabel = QLabel(self.newSimFormContents)
        self.newSimIdNumberErrorLabel.setObjectName(u"newSimIdNumberErrorLabel")
        self.newSimIdNumberErrorLabel.setProperty(u"role", u"error")
        self.newSimIdNumberErrorLabel.setText(u"")
        self.newSimIdNumberErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimIdNumberErrorLabel, 8, 1, 1, 1)

        self.newSimCountryLabel = QLabel(self.newSimFormContents)
        self.newSimCountryLabel.setObjectName(u"newSimCountryLabel")

        self.newSimHolderGrid.addWidget(self.newSimCountryLabel, 9, 0, 1, 1)

        self.newSimCountryInput = QLineEdit(self.newSimFormContents)
        self.newSimCountryInput.setObjectName(u"newSimCountryInput")
        self.newSimCountryInput.setMinimumSize(QSize(0, 44))
        self.newSimCountryInput.setMaxLength(3)
        self.newSimCountryInput.setPlaceholderText(u"CHN")

        self.newSimHolderGrid.addWidget(self.newSimCountryInput, 9, 1, 1, 1)

        self.newSimCountryErrorLabel = QLabel(self.newSimFormContents)
        self.newSimCountryErrorLabel.setObjectName(u"newSimCountryErrorLabel")
        self.newSimCountryErrorLabel.setProperty(u"role", u"error")
        self.newSimCountryErrorLabel.setText(u"")
        self.newSimCountryErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimCountryErrorLabel, 10, 1, 1, 1)

        self.newSimPhotoCheck = QCheckBox(self.newSimFormContents)
        self.newSimPhotoCheck.setObjectName(u"newSimPhotoCheck")
        self.newSimPhotoCheck.setMinimumSize(QSize(0, 44))

        self.newSimHolderGrid.addWidget(self.newSimPhotoCheck, 11, 0, 1, 2)

        self.newSimPhotoErrorLabel = QLabel(self.newSimFormContents)
        self.newSimPhotoErrorLabel.setObjectName(u"newSimPhotoErrorLabel")
        self.newSimPhotoErrorLabel.setProperty(u"role", u"error")
        self.newSimPhotoErrorLabel.setText(u"")
        self.newSimPhotoErrorLabel.setWordWrap(True)

        self.newSimHolderGrid.addWidget(self.newSimPhotoErrorLabel, 12, 1, 1, 1)

        self.newSimHolderGrid.setColumnStretch(1, 1)

        self.newSimHolderLayout.addLayout(self.newSimHolderGrid)

        self.newSimHolderSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newSimHolderLayout.addItem(self.newSimHolderSpacer)


        self.newSimFormColumns.addLayout(self.newSimHolderLayout)

        self.newSimFormColumns.setStretch(0, 1)
        self.newSimFormColumns.setStretch(1, 1)
        self.newSimFormScroll.setWidget(self.newSimFormContents)

        self.newSimFormPageLayout.addWidget(self.newSimFormScroll)

        self.newSimFormMessageLabel = QLabel(self.newSimFormPage)
        self.newSimFormMessageLabel.setObjectName(u"newSimFormMessageLabel")
        self.newSimFormMessageLabel.setProperty(u"role", u"error")
        self.newSimFormMessageLabel.setText(u"")
        self.newSimFormMessageLabel.setWordWrap(True)

        self.newSimFormPageLayout.addWidget(self.newSimFormMessageLabel)

        self.newSimFormButtonLayout = QHBoxLayout()
        self.newSimFormButtonLayout.setSpacing(12)
        self.newSimFormButtonLayout.setObjectName(u"newSimFormButtonLayout")
        self.newSimFormBackButton = QPushButton(self.newSimFormPage)
        self.newSimFormBackButton.setObjectName(u"newSimFormBackButton")
        self.newSimFormBackButton.setMinimumSize(QSize(0, 48))
        self.newSimFormBackButton.setAutoDefault(False)

        self.newSimFormButtonLayout.addWidget(self.newSimFormBackButton)

        self.newSimFormKeysLabel = QLabel(self.newSimFormPage)
        self.newSimFormKeysLabel.setObjectName(u"newSimFormKeysLabel")
        self.newSimFormKeysLabel.setProperty(u"role", u"hint")
        self.newSimFormKeysLabel.setWordWrap(True)

        self.newSimFormButtonLayout.addWidget(self.newSimFormKeysLabel)

        self.newSimContinueButton = QPushButton(self.newSimFormPage)
        self.newSimContinueButton.setObjectName(u"newSimContinueButton")
        self.newSimContinueButton.setMinimumSize(QSize(0, 48))
        self.newSimContinueButton.setAutoDefault(False)

        self.newSimFormButtonLayout.addWidget(self.newSimContinueButton)

        self.newSimFormButtonLayout.setStretch(1, 1)

        self.newSimFormPageLayout.addLayout(self.newSimFormButtonLayout)

        self.newSimStack.addWidget(self.newSimFormPage)

        self.newSimLayout.addWidget(self.newSimStack)

#if QT_CONFIG(shortcut)
        self.newSimCarrierLabel.setBuddy(self.newSimCarrierCombo)
        self.newSimCardTypeLabel.setBuddy(self.newSimCardTypeCombo)
        self.newSimPlanLabel.setBuddy(self.newSimPlanCombo)
        self.newSimMsisdnLabel.setBuddy(self.newSimMsisdnInput)
        self.newSimSecondaryLabel.setBuddy(self.newSimSecondaryInput)
        self.newSimIccidLabel.setBuddy(self.newSimIccidInput)
        self.newSimNameEnLabel.setBuddy(self.newSimNameEnInput)
        self.newSimNameZhLabel.setBuddy(self.newSimNameZhInput)
        self.newSimDobLabel.setBuddy(self.newSimDobInput)
        self.newSimIdTypeLabel.setBuddy(self.newSimIdTypeCombo)
        self.newSimIdNumberLabel.setBuddy(self.newSimIdNumberInput)
        self.newSimCountryLabel.setBuddy(self.newSimCountryInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newSimAgreeButton, self.newSimStatementBackButton)
        QWidget.setTabOrder(self.newSimStatementBackButton, self.newSimCarrierCombo)
        QWidget.setTabOrder(self.newSimCarrierCombo, self.newSimCardTypeCombo)
        QWidget.setTabOrder(self.newSimCardTypeCombo, self.newSimPlanCombo)
        QWidget.setTabOrder(self.newSimPlanCombo, self.newSimMsisdnInput)
        QWidget.setTabOrder(self.newSimMsisdnInput, self.newSimSecondaryInput)
        QWidget.setTabOrder(self.newSimSecondaryInput, self.newSimIccidInput)
        QWidget.setTabOrder(self.newSimIccidInput, self.newSimNameEnInput)
        QWidget.setTabOrder(self.newSimNameEnInput, self.newSimNameZhInput)
        QWidget.setTabOrder(self.newSimNameZhInput, self.newSimDobInput)
        QWidget.setTabOrder(self.newSimDobInput, self.newSimIdTypeCombo)
        QWidget.setTabOrder(self.newSimIdTypeCombo, self.newSimIdNumberInput)
        QWidget.setTabOrder(self.newSimIdNumberInput, self.newSimCountryInput)
        QWidget.setTabOrder(self.newSimCountryInput, self.newSimPhotoCheck)
        QWidget.setTabOrder(self.newSimPhotoCheck, self.newSimContinueButton)
        QWidget.setTabOrder(self.newSimContinueButton, self.newSimFormBackButton)

        self.retranslateUi(NewSimScreen)

        QMetaObject.connectSlotsByName(NewSimScreen)
    # setupUi

    def retranslateUi(self, NewSimScreen):
        self.newSimStatementTitleLabel.setText(QCoreApplication.translate("NewSimScreen", u"New SIM card: Personal Information Collection Statement", None))
        self.newSimStatementBackButton.setText(QCoreApplication.translate("NewSimScreen", u"Back (Esc)", None))
        self.newSimAgreeButton.setText(QCoreApplication.translate("NewSimScreen", u"Customer has read it (Enter)", None))
        self.newSimFormTitleLabel.setText(QCoreApplication.translate("NewSimScreen", u"New SIM card: registration", None))
        self.newSimCardSectionLabel.setText(QCoreApplication.translate("NewSimScreen", u"The card", None))
        self.newSimCarrierLabel.setText(QCoreApplication.translate("NewSimScreen", u"C&arrier", None))
        self.newSimCardTypeLabel.setText(QCoreApplication.translate("NewSimScreen", u"Card &type", None))
        self.newSimPlanLabel.setText(QCoreApplication.translate("NewSimScreen", u"First &plan", None))
        self.newSimMsisdnLabel.setText(QCoreApplication.translate("NewSimScreen", u"New &number", None))
        self.newSimSecondaryLabel.setText(QCoreApplication.translate("NewSimScreen", u"&Mainland number", None))
        self.newSimIccidLabel.setText(QCoreApplication.translate("NewSimScreen", u"&SIM card no. (ICCID)", None))
        self.newSimIccidInput.setPlaceholderText(QCoreApplication.translate("NewSimScreen", u"Scan the SIM card", None))
        self.newSimHolderSectionLabel.setText(QCoreApplication.translate("NewSimScreen", u"The holder, as on the document", None))
        self.newSimNameEnLabel.setText(QCoreApplication.translate("NewSimScreen", u"&English name", None))
        self.newSimNameEnInput.setPlaceholderText(QCoreApplication.translate("NewSimScreen", u"As on the document", None))
        self.newSimNameZhLabel.setText(QCoreApplication.translate("NewSimScreen", u"C&hinese name", None))
        self.newSimNameZhInput.setPlaceholderText(QCoreApplication.translate("NewSimScreen", u"As on the document", None))
        self.newSimDobLabel.setText(QCoreApplication.translate("NewSimScreen", u"&Date of birth", None))
        self.newSimDobInput.setPlaceholderText(QCoreApplication.translate("NewSimScreen", u"DD/MM/YYYY or YYYY-MM-DD", None))
        self.newSimIdTypeLabel.setText(QCoreApplication.translate("NewSimScreen", u"D&ocument type", None))
        self.newSimIdNumberLabel.setText(QCoreApplication.translate("NewSimScreen", u"Document n&umber", None))
        self.newSimCountryLabel.setText(QCoreApplication.translate("NewSimScreen", u"Issuing &country", None))
        self.newSimPhotoCheck.setText(QCoreApplication.translate("NewSimScreen", u"Photo on the document matches the customer (F8)", None))
        self.newSimFormBackButton.setText(QCoreApplication.translate("NewSimScreen", u"Back (Esc)", None))
        self.newSimFormKeysLabel.setText(QCoreApplication.translate("NewSimScreen", u"Enter: next field \u00b7 F8: photo matches", None))
        self.newSimContinueButton.setText(QCoreApplication.translate("NewSimScreen", u"Continue to payment (Enter)", None))
        pass
    # retranslateUi

