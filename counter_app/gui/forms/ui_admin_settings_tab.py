# Generated from ui/admin_settings_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_settings_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout

class Ui_AdminSettingsTab(object):
    def setupUi(self, AdminSettingsTab):
        if not AdminSettingsTab.objectName():
            AdminSettingsTab.setObjectName(u"AdminSettingsTab")
        AdminSettingsTab.resize(1300, 740)
        AdminSettingsTab.setStyleSheet(u"QLabel#settingsTitleLabel { font-size: 22px; font-weight: bold; }\n"
"QLabel#fontProblemLabel { padding: 6px; border: 1px solid #b3261e; border-radius: 4px; }")
        self.settingsLayout = QVBoxLayout(AdminSettingsTab)
        self.settingsLayout.setSpacing(10)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsTitleLabel = QLabel(AdminSettingsTab)
        self.settingsTitleLabel.setObjectName(u"settingsTitleLabel")

        self.settingsLayout.addWidget(self.settingsTitleLabel)

        self.fontProblemLabel = QLabel(AdminSettingsTab)
        self.fontProblemLabel.setObjectName(u"fontProblemLabel")
        self.fontProblemLabel.setProperty(u"role", u"error")
        self.fontProblemLabel.setText(u"")
        self.fontProblemLabel.setWordWrap(True)

        self.settingsLayout.addWidget(self.fontProblemLabel)

        self.settingsColumnsLayout = QHBoxLayout()
        self.settingsColumnsLayout.setSpacing(16)
        self.settingsColumnsLayout.setObjectName(u"settingsColumnsLayout")
        self.shopGroup = QGroupBox(AdminSettingsTab)
        self.shopGroup.setObjectName(u"shopGroup")
        self.shopFormLayout = QGridLayout(self.shopGroup)
        self.shopFormLayout.setSpacing(6)
        self.shopFormLayout.setObjectName(u"shopFormLayout")
        self.nameZhInputLabel = QLabel(self.shopGroup)
        self.nameZhInputLabel.setObjectName(u"nameZhInputLabel")

        self.shopFormLayout.addWidget(self.nameZhInputLabel, 0, 0, 1, 1)

        self.nameZhInput = QLineEdit(self.shopGroup)
        self.nameZhInput.setObjectName(u"nameZhInput")
        self.nameZhInput.setMaxLength(120)

        self.shopFormLayout.addWidget(self.nameZhInput, 0, 1, 1, 1)

        self.nameZhErrorLabel = QLabel(self.shopGroup)
        self.nameZhErrorLabel.setObjectName(u"nameZhErrorLabel")
        self.nameZhErrorLabel.setProperty(u"role", u"error")
        self.nameZhErrorLabel.setText(u"")
        self.nameZhErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.nameZhErrorLabel, 1, 1, 1, 1)

        self.nameEnInputLabel = QLabel(self.shopGroup)
        self.nameEnInputLabel.setObjectName(u"nameEnInputLabel")

        self.shopFormLayout.addWidget(self.nameEnInputLabel, 2, 0, 1, 1)

        self.nameEnInput = QLineEdit(self.shopGroup)
        self.nameEnInput.setObjectName(u"nameEnInput")
        self.nameEnInput.setMaxLength(120)

        self.shopFormLayout.addWidget(self.nameEnInput, 2, 1, 1, 1)

        self.nameEnErrorLabel = QLabel(self.shopGroup)
        self.nameEnErrorLabel.setObjectName(u"nameEnErrorLabel")
        self.nameEnErrorLabel.setProperty(u"role", u"error")
        self.nameEnErrorLabel.setText(u"")
        self.nameEnErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.nameEnErrorLabel, 3, 1, 1, 1)

        self.addressZhInputLabel = QLabel(self.shopGroup)
        self.addressZhInputLabel.setObjectName(u"addressZhInputLabel")

        self.shopFormLayout.addWidget(self.addressZhInputLabel, 4, 0, 1, 1)

        self.addressZhInput = QLineEdit(self.shopGroup)
        self.addressZhInput.setObjectName(u"addressZhInput")
        self.addressZhInput.setMaxLength(300)

        self.shopFormLayout.addWidget(self.addressZhInput, 4, 1, 1, 1)

        self.addressZhErrorLabel = QLabel(self.shopGroup)
        self.addressZhErrorLabel.setObjectName(u"addressZhErrorLabel")
        self.addressZhErrorLabel.setProperty(u"role", u"error")
        self.addressZhErrorLabel.setText(u"")
        self.addressZhErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.addressZhErrorLabel, 5, 1, 1, 1)

        self.addressEnInputLabel = QLabel(self.shopGroup)
        self.addressEnInputLabel.setObjectName(u"addressEnInputLabel")

        self.shopFormLayout.addWidget(self.addressEnInputLabel, 6, 0, 1, 1)

        self.addressEnInput = QLineEdit(self.shopGroup)
        self.addressEnInput.setObjectName(u"addressEnInput")
        self.addressEnInput.setMaxLength(300)

        self.shopFormLayout.addWidget(self.addressEnInput, 6, 1, 1, 1)

        self.addressEnErrorLabel = QLabel(self.shopGroup)
        self.addressEnErrorLabel.setObjectName(u"addressEnErrorLabel")
        self.addressEnErrorLabel.setProperty(u"role", u"error")
        self.addressEnErrorLabel.setText(u"")
        self.addressEnErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.addressEnErrorLabel, 7, 1, 1, 1)

        self.phoneInputLabel = QLabel(self.shopGroup)
        self.phoneInputLabel.setObjectName(u"phoneInputLabel")

        self.shopFormLayout.addWidget(self.phoneInputLabel, 8, 0, 1, 1)

        self.phoneInput = QLineEdit(self.shopGroup)
        self.phoneInput.setObjectName(u"phoneInput")
        self.phoneInput.setMaxLength(32)

        self.shopFormLayout.addWidget(self.phoneInput, 8, 1, 1, 1)

        self.phoneErrorLabel = QLabel(self.shopGroup)
        self.phoneErrorLabel.setObjectName(u"phoneErrorLabel")
        self.phoneErrorLabel.setProperty(u"role", u"error")
        self.phoneErrorLabel.setText(u"")
        self.phoneErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.phoneErrorLabel, 9, 1, 1, 1)

        self.brNumberInputLabel = QLabel(self.shopGroup)
        self.brNumberInputLabel.setObjectName(u"brNumberInputLabel")

        self.shopFormLayout.addWidget(self.brNumberInputLabel, 10, 0, 1, 1)

        self.brNumberInput = QLineEdit(self.shopGroup)
        self.brNumberInput.setObjectName(u"brNumberInput")
        self.brNumberInput.setMaxLength(32)

        self.shopFormLayout.addWidget(self.brNumberInput, 10, 1, 1, 1)

        self.brNumberErrorLabel = QLabel(self.shopGroup)
        self.brNumberErrorLabel.setObjectName(u"brNumberErrorLabel")
        self.brNumberErrorLabel.setProperty(u"role", u"error")
        self.brNumberErrorLabel.setText(u"")
        self.brNumberErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.brNumberErrorLabel, 11, 1, 1, 1)

        self.hotlineInputLabel = QLabel(self.shopGroup)
        self.hotlineInputLabel.setObjectName(u"hotlineInputLabel")

        self.shopFormLayout.addWidget(self.hotlineInputLabel, 12, 0, 1, 1)

        self.hotlineInput = QLineEdit(self.shopGroup)
        self.hotlineInput.setObjectName(u"hotlineInput")
        self.hotlineInput.setMaxLength(32)

        self.shopFormLayout.addWidget(self.hotlineInput, 12, 1, 1, 1)

        self.hotlineErrorLabel = QLabel(self.shopGroup)
        self.hotlineErrorLabel.setObjectName(u"hotlineErrorLabel")
        self.hotlineErrorLabel.setProperty(u"role", u"error")
        self.hotlineErrorLabel.setText(u"")
        self.hotlineErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.hotlineErrorLabel, 13, 1, 1, 1)

        self.footerZhInputLabel = QLabel(self.shopGroup)
        self.footerZhInputLabel.setObjectName(u"footerZhInputLabel")

        self.shopFormLayout.addWidget(self.footerZhInputLabel, 14, 0, 1, 1)

        self.footerZhInput = QLineEdit(self.shopGroup)
        self.footerZhInput.setObjectName(u"footerZhInput")
        self.footerZhInput.setMaxLength(300)

        self.shopFormLayout.addWidget(self.footerZhInput, 14, 1, 1, 1)

        self.footerZhErrorLabel = QLabel(self.shopGroup)
        self.footerZhErrorLabel.setObjectName(u"footerZhErrorLabel")
        self.footerZhErrorLabel.setProperty(u"role", u"error")
        self.footerZhErrorLabel.setText(u"")
        self.footerZhErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.footerZhErrorLabel, 15, 1, 1, 1)

        self.footerEnInputLabel = QLabel(self.shopGroup)
        self.footerEnInputLabel.setObjectName(u"footerEnInputLabel")

        self.shopFormLayout.addWidget(self.footerEnInputLabel, 16, 0, 1, 1)

        self.footerEnInput = QLineEdit(self.shopGroup)
        self.footerEnInput.setObjectName(u"footerEnInput")
        self.footerEnInput.setMaxLength(300)

        self.shopFormLayout.addWidget(self.footerEnInput, 16, 1, 1, 1)

        self.footerEnErrorLabel = QLabel(self.shopGroup)
        self.footerEnErrorLabel.setObjectName(u"footerEnErrorLabel")
        self.footerEnErrorLabel.setProperty(u"role", u"error")
        self.footerEnErrorLabel.setText(u"")
        self.footerEnErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.footerEnErrorLabel, 17, 1, 1, 1)

        self.paperComboLabel = QLabel(self.shopGroup)
        self.paperComboLabel.setObjectName(u"paperComboLabel")

        self.shopFormLayout.addWidget(self.paperComboLabel, 18, 0, 1, 1)

        self.paperCombo = QComboBox(self.shopGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.shopFormLayout.addWidget(self.paperCombo, 18, 1, 1, 1)

        self.paperErrorLabel = QLabel(self.shopGroup)
        self.paperErrorLabel.setObjectName(u"paperErrorLabel")
        self.paperErrorLabel.setProperty(u"role", u"error")
        self.paperErrorLabel.setText(u"")
        self.paperErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.paperErrorLabel, 19, 1, 1, 1)

        self.chineseComboLabel = QLabel(self.shopGroup)
        self.chineseComboLabel.setObjectName(u"chineseComboLabel")

        self.shopFormLayout.addWidget(self.chineseComboLabel, 20, 0, 1, 1)

        self.chineseCombo = QComboBox(self.shopGroup)
        self.chineseCombo.setObjectName(u"chineseCombo")

        self.shopFormLayout.addWidget(self.chineseCombo, 20, 1, 1, 1)

        self.chineseErrorLabel = QLabel(self.shopGroup)
        self.chineseErrorLabel.setObjectName(u"chineseErrorLabel")
        self.chineseErrorLabel.setProperty(u"role", u"error")
        self.chineseErrorLabel.setText(u"")
        self.chineseErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.chineseErrorLabel, 21, 1, 1, 1)

        self.lowStockSpinLabel = QLabel(self.shopGroup)
        self.lowStockSpinLabel.setObjectName(u"lowStockSpinLabel")

        self.shopFormLayout.addWidget(self.lowStockSpinLabel, 22, 0, 1, 1)

        self.lowStockSpin = QSpinBox(self.shopGroup)
        self.lowStockSpin.setObjectName(u"lowStockSpin")
        self.lowStockSpin.setMinimum(0)
        self.lowStockSpin.setMaximum(100000)

        self.shopFormLayout.addWidget(self.lowStockSpin, 22, 1, 1, 1)

        self.lowStockErrorLabel = QLabel(self.shopGroup)
        self.lowStockErrorLabel.setObjectName(u"lowStockErrorLabel")
        self.lowStockErrorLabel.setProperty(u"role", u"error")
        self.lowStockErrorLabel.setText(u"")
        self.lowStockErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.lowStockErrorLabel, 23, 1, 1, 1)

        self.varianceInputLabel = QLabel(self.shopGroup)
        self.varianceInputLabel.setObjectName(u"varianceInputLabel")

        self.shopFormLayout.addWidget(self.varianceInputLabel, 24, 0, 1, 1)

        self.varianceInput = QLineEdit(self.shopGroup)
        self.varianceInput.setObjectName(u"varianceInput")
        self.varianceInput.setMaxLength(20)

        self.shopFormLayout.addWidget(self.varianceInput, 24, 1, 1, 1)

        self.varianceErrorLabel = QLabel(self.shopGroup)
        self.varianceErrorLabel.setObjectName(u"varianceErrorLabel")
        self.varianceErrorLabel.setProperty(u"role", u"error")
        self.varianceErrorLabel.setText(u"")
        self.varianceErrorLabel.setWordWrap(True)

        self.shopFormLayout.addWidget(self.varianceErrorLabel, 25, 1, 1, 1)


        self.settingsColumnsLayout.addWidget(self.shopGroup)

        self.settingsRightLayout = QVBoxLayout()
        self.settingsRightLayout.setSpacing(10)
        self.settingsRightLayout.setObjectName(u"settingsRightLayout")
        self.counterGroup = QGroupBox(AdminSettingsTab)
        self.counterGroup.setObjectName(u"counterGroup")
        self.counterFormLayout = QGridLayout(self.counterGroup)
        self.counterFormLayout.setSpacing(6)
        self.counterFormLayout.setObjectName(u"counterFormLayout")
        self.printerComboLabel = QLabel(self.counterGroup)
        self.printerComboLabel.setObjectName(u"printerComboLabel")

        self.counterFormLayout.addWidget(self.printerComboLabel, 0, 0, 1, 1)

        self.printerCombo = QComboBox(self.counterGroup)
        self.printerCombo.setObjectName(u"printerCombo")

        self.counterFormLayout.addWidget(self.printerCombo, 0, 1, 1, 1)

        self.printerErrorLabel = QLabel(self.counterGroup)
        self.printerErrorLabel.setObjectName(u"printerErrorLabel")
        self.printerErrorLabel.setProperty(u"role", u"error")
        self.printerErrorLabel.setText(u"")
        self.printerErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.printerErrorLabel, 1, 1, 1, 1)

        self.copiesSpinLabel = QLabel(self.counterGroup)
        self.copiesSpinLabel.setObjectName(u"copiesSpinLabel")

        self.counterFormLayout.addWidget(self.copiesSpinLabel, 2, 0, 1, 1)

        self.copiesSpin = QSpinBox(self.counterGroup)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(0)
        self.copiesSpin.setMaximum(5)

        self.counterFormLayout.addWidget(self.copiesSpin, 2, 1, 1, 1)

        self.copiesErrorLabel = QLabel(self.counterGroup)
        self.copiesErrorLabel.setObjectName(u"copiesErrorLabel")
        self.copiesErrorLabel.setProperty(u"role", u"error")
        self.copiesErrorLabel.setText(u"")
        self.copiesErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.copiesErrorLabel, 3, 1, 1, 1)

        self.printAutomaticallyComboLabel = QLabel(self.counterGroup)
        self.printAutomaticallyComboLabel.setObjectName(u"printAutomaticallyComboLabel")

        self.counterFormLayout.addWidget(self.printAutomaticallyComboLabel, 4, 0, 1, 1)

        self.printAutomaticallyCombo = QComboBox(self.counterGroup)
        self.printAutomaticallyCombo.setObjectName(u"printAutomaticallyCombo")

        self.counterFormLayout.addWidget(self.printAutomaticallyCombo, 4, 1, 1, 1)

        self.printAutomaticallyErrorLabel = QLabel(self.counterGroup)
        self.printAutomaticallyErrorLabel.setObjectName(u"printAutomaticallyErrorLabel")
        self.printAutomaticallyErrorLabel.setProperty(u"role", u"error")
        self.printAutomaticallyErrorLabel.setText(u"")
        self.printAutomaticallyErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.printAutomaticallyErrorLabel, 5, 1, 1, 1)

        self.languageComboLabel = QLabel(self.counterGroup)
        self.languageComboLabel.setObjectName(u"languageComboLabel")

        self.counterFormLayout.addWidget(self.languageComboLabel, 6, 0, 1, 1)

        self.languageCombo = QComboBox(self.counterGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.counterFormLayout.addWidget(self.languageCombo, 6, 1, 1, 1)

        self.languageErrorLabel = QLabel(self.counterGroup)
        self.languageErrorLabel.setObjectName(u"languageErrorLabel")
        self.languageErrorLabel.setProperty(u"role", u"error")
        self.languageErrorLabel.setText(u"")
        self.languageErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.languageErrorLabel, 7, 1, 1, 1)

        self.idleLockSpinLabel = QLabel(self.counterGroup)
        self.idleLockSpinLabel.setObjectName(u"idleLockSpinLabel")

        self.counterFormLayout.addWidget(self.idleLockSpinLabel, 8, 0, 1, 1)

        self.idleLockSpin = QSpinBox(self.counterGroup)
        self.idleLockSpin.setObjectName(u"idleLockSpin")
        self.idleLockSpin.setMinimum(0)
        self.idleLockSpin.setMaximum(120)

        self.counterFormLayout.addWidget(self.idleLockSpin, 8, 1, 1, 1)

        self.idleLockErrorLabel = QLabel(self.counterGroup)
        self.idleLockErrorLabel.setObjectName(u"idleLockErrorLabel")
        self.idleLockErrorLabel.setProperty(u"role", u"error")
        self.idleLockErrorLabel.setText(u"")
        self.idleLockErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.idleLockErrorLabel, 9, 1, 1, 1)

        self.drawerPrinterComboLabel = QLabel(self.counterGroup)
        self.drawerPrinterComboLabel.setObjectName(u"drawerPrinterComboLabel")

        self.counterFormLayout.addWidget(self.drawerPrinterComboLabel, 10, 0, 1, 1)

        self.drawerPrinterCombo = QComboBox(self.counterGroup)
        self.drawerPrinterCombo.setObjectName(u"drawerPrinterCombo")

        self.counterFormLayout.addWidget(self.drawerPrinterCombo, 10, 1, 1, 1)

        self.drawerPrinterErrorLabel = QLabel(self.counterGroup)
        self.drawerPrinterErrorLabel.setObjectName(u"drawerPrinterErrorLabel")
        self.drawerPrinterErrorLabel.setProperty(u"role", u"error")
        self.drawerPrinterErrorLabel.setText(u"")
        self.drawerPrinterErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.drawerPrinterErrorLabel, 11, 1, 1, 1)

        self.drawerPinComboLabel = QLabel(self.counterGroup)
        self.drawerPinComboLabel.setObjectName(u"drawerPinComboLabel")

        self.counterFormLayout.addWidget(self.drawerPinComboLabel, 12, 0, 1, 1)

        self.drawerPinCombo = QComboBox(self.counterGroup)
        self.drawerPinCombo.setObjectName(u"drawerPinCombo")

        self.counterFormLayout.addWidget(self.drawerPinCombo, 12, 1, 1, 1)

        self.drawerPinErrorLabel = QLabel(self.counterGroup)
        self.drawerPinErrorLabel.setObjectName(u"drawerPinErrorLabel")
        self.drawerPinErrorLabel.setProperty(u"role", u"error")
        self.drawerPinErrorLabel.setText(u"")
        self.drawerPinErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.drawerPinErrorLabel, 13, 1, 1, 1)

        self.drawerOnSpinLabel = QLabel(self.counterGroup)
        self.drawerOnSpinLabel.setObjectName(u"drawerOnSpinLabel")

        self.counterFormLayout.addWidget(self.drawerOnSpinLabel, 14, 0, 1, 1)

        self.drawerOnSpin = QSpinBox(self.counterGroup)
        self.drawerOnSpin.setObjectName(u"drawerOnSpin")
        self.drawerOnSpin.setMinimum(0)
        self.drawerOnSpin.setMaximum(510)
        self.drawerOnSpin.setSingleStep(10)

        self.counterFormLayout.addWidget(self.drawerOnSpin, 14, 1, 1, 1)

        self.drawerOnErrorLabel = QLabel(self.counterGroup)
        self.drawerOnErrorLabel.setObjectName(u"drawerOnErrorLabel")
        self.drawerOnErrorLabel.setProperty(u"role", u"error")
        self.drawerOnErrorLabel.setText(u"")
        self.drawerOnErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.drawerOnErrorLabel, 15, 1, 1, 1)

        self.drawerOffSpinLabel = QLabel(self.counterGroup)
        self.drawerOffSpinLabel.setObjectName(u"drawerOffSpinLabel")

        self.counterFormLayout.addWidget(self.drawerOffSpinLabel, 16, 0, 1, 1)

        self.drawerOffSpin = QSpinBox(self.counterGroup)
        self.drawerOffSpin.setObjectName(u"drawerOffSpin")
        self.drawerOffSpin.setMinimum(0)
        self.drawerOffSpin.setMaximum(510)
        self.drawerOffSpin.setSingleStep(10)

        self.counterFormLayout.addWidget(self.drawerOffSpin, 16, 1, 1, 1)

        self.drawerOffErrorLabel = QLabel(self.counterGroup)
        self.drawerOffErrorLabel.setObjectName(u"drawerOffErrorLabel")
        self.drawerOffErrorLabel.setProperty(u"role", u"error")
        self.drawerOffErrorLabel.setText(u"")
        self.drawerOffErrorLabel.setWordWrap(True)

        self.counterFormLayout.addWidget(self.drawerOffErrorLabel, 17, 1, 1, 1)


        self.settingsRightLayout.addWidget(self.counterGroup)

        self.retentionGroup = QGroupBox(AdminSettingsTab)
        self.retentionGroup.setObjectName(u"retentionGroup")
        self.retentionLayout = QVBoxLayout(self.retentionGroup)
        self.retentionLayout.setObjectName(u"retentionLayout")
        self.retentionFormLayout = QGridLayout()
        self.retentionFormLayout.setSpacing(6)
        self.retentionFormLayout.setObjectName(u"retentionFormLayout")
        self.retentionSpinLabel = QLabel(self.retentionGroup)
        self.retentionSpinLabel.setObjectName(u"retentionSpinLabel")

        self.retentionFormLayout.addWidget(self.retentionSpinLabel, 0, 0, 1, 1)

        self.retentionSpin = QSpinBox(self.retentionGroup)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(1)
        self.retentionSpin.setMaximum(84)

        self.retentionFormLayout.addWidget(self.retentionSpin, 0, 1, 1, 1)

        self.retentionErrorLabel = QLabel(self.retentionGroup)
        self.retentionErrorLabel.setObjectName(u"retentionErrorLabel")
        self.retentionErrorLabel.setProperty(u"role", u"error")
        self.retentionErrorLabel.setText(u"")
        self.retentionErrorLabel.setWordWrap(True)

        self.retentionFormLayout.addWidget(self.retentionErrorLabel, 1, 1, 1, 1)


        self.retentionLayout.addLayout(self.retentionFormLayout)

        self.retentionHintLabel = QLabel(self.retentionGroup)
        self.retentionHintLabel.setObjectName(u"retentionHintLabel")
        self.retentionHintLabel.setProperty(u"role", u"hint")
        self.retentionHintLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.retentionHintLabel)

        self.eraseLayout = QHBoxLayout()
        self.eraseLayout.setObjectName(u"eraseLayout")
        self.eraseButton = QPushButton(self.retentionGroup)
        self.eraseButton.setObjectName(u"eraseButton")
        self.eraseButton.setMinimumSize(QSize(0, 40))

        self.eraseLayout.addWidget(self.eraseButton)

        self.eraseSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.eraseLayout.addItem(self.eraseSpacer)


        self.retentionLayout.addLayout(self.eraseLayout)

        self.retentionMessageLabel = QLabel(self.retentionGroup)
        self.retentionMessageLabel.setObjectName(u"retentionMessageLabel")
        self.retentionMessageLabel.setProperty(u"role", u"hint")
        self.retentionMessageLabel.setText(u"")
        self.retentionMessageLabel.setWordWrap(True)

        self.retentionLayout.addWidget(self.retentionMessageLabel)


        self.settingsRightLayout.addWidget(self.retentionGroup)

        self.fpsGroup = QGroupBox(AdminSettingsTab)
        self.fpsGroup.setObjectName(u"fpsGroup")
        self.fpsLayout = QVBoxLayout(self.fpsGroup)
        self.fpsLayout.setObjectName(u"fpsLayout")
        self.fpsFormLayout = QGridLayout()
        self.fpsFormLayout.setSpacing(6)
        self.fpsFormLayout.setObjectName(u"fpsFormLayout")
        self.fpsProxyInputLabel = QLabel(self.fpsGroup)
        self.fpsProxyInputLabel.setObjectName(u"fpsProxyInputLabel")

        self.fpsFormLayout.addWidget(self.fpsProxyInputLabel, 0, 0, 1, 1)

        self.fpsProxyInput = QLineEdit(self.fpsGroup)
        self.fpsProxyInput.setObjectName(u"fpsProxyInput")
        self.fpsProxyInput.setMaxLength(160)

        self.fpsFormLayout.addWidget(self.fpsProxyInput, 0, 1, 1, 1)

        self.fpsProxyErrorLabel = QLabel(self.fpsGroup)
        self.fpsProxyErrorLabel.setObjectName(u"fpsProxyErrorLabel")
        self.fpsProxyErrorLabel.setProperty(u"role", u"error")
        self.fpsProxyErrorLabel.setText(u"")
        self.fpsProxyErrorLabel.setWordWrap(True)

        self.fpsFormLayout.addWidget(self.fpsProxyErrorLabel, 1, 1, 1, 1)

        self.fpsMerchantNameInputLabel = QLabel(self.fpsGroup)
        self.fpsMerchantNameInputLabel.setObjectName(u"fpsMerchantNameInputLabel")

        self.fpsFormLayout.addWidget(self.fpsMerchantNameInputLabel, 2, 0, 1, 1)

        self.fpsMerchantNameInput = QLineEdit(self.fpsGroup)
        self.fpsMerchantNameInput.setObjectName(u"fpsMerchantNameInput")
        self.fpsMerchantNameInput.setMaxLength(100)

        self.fpsFormLayout.addWidget(self.fpsMerchantNameInput, 2, 1, 1, 1)

        self.fpsMerchantNameErrorLabel = QLabel(self.fpsGroup)
        self.fpsMerchantNameErrorLabel.setObjectName(u"fpsMerchantNameErrorLabel")
        self.fpsMerchantNameErrorLabel.setProperty(u"role", u"error")
        self.fpsMerchantNameErrorLabel.setText(u"")
        self.fpsMerchantNameErrorLabel.setWordWrap(True)

        self.fpsFormLayout.addWidget(self.fpsMerchantNameErrorLabel, 3, 1, 1, 1)

        self.fpsCityInputLabel = QLabel(self.fpsGroup)
        self.fpsCityInputLabel.setObjectName(u"fpsCityInputLabel")

        self.fpsFormLayout.addWidget(self.fpsCityInputLabel, 4, 0, 1, 1)

        self.fpsCityInput = QLineEdit(self.fpsGroup)
        self.fpsCityInput.setObjectName(u"fpsCityInput")
        self.fpsCityInput.setMaxLength(60)

        self.fpsFormLayout.addWidget(self.fpsCityInput, 4, 1, 1, 1)

        self.fpsCityErrorLabel = QLabel(self.fpsGroup)
        self.fpsCityErrorLabel.setObjectName(u"fpsCityErrorLabel")
        self.fpsCityErrorLabel.setProperty(u"role", u"error")
        self.fpsCityErrorLabel.setText(u"")
        self.fpsCityErrorLabel.setWordWrap(True)

        self.fpsFormLayout.addWidget(self.fpsCityErrorLabel, 5, 1, 1, 1)


        self.fpsLayout.addLayout(self.fpsFormLayout)

        self.fpsHintLabel = QLabel(self.fpsGroup)
        self.fpsHintLabel.setObjectName(u"fpsHintLabel")
        self.fpsHintLabel.setProperty(u"role", u"hint")
        self.fpsHintLabel.setWordWrap(True)

        self.fpsLayout.addWidget(self.fpsHintLabel)


        self.settingsRightLayout.addWidget(self.fpsGroup)

        self.settingsRightSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsRightLayout.addItem(self.settingsRightSpacer)


        self.settingsColumnsLayout.addLayout(self.settingsRightLayout)


        self.settingsLayout.addLayout(self.settingsColumnsLayout)

        self.settingsButtonLayout = QHBoxLayout()
        self.settingsButtonLayout.setSpacing(12)
        self.settingsButtonLayout.setObjectName(u"settingsButtonLayout")
        self.settingsMessageLabel = QLabel(AdminSettingsTab)
        self.settingsMessageLabel.setObjectName(u"settingsMessageLabel")
        self.settingsMessageLabel.setProperty(u"role", u"hint")
        self.settingsMessageLabel.setText(u"")
        self.settingsMessageLabel.setWordWrap(True)

        self.settingsButtonLayout.addWidget(self.settingsMessageLabel)

        self.settingsButtonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtonLayout.addItem(self.settingsButtonSpacer)

        self.reloadSettingsButton = QPushButton(AdminSettingsTab)
        self.reloadSettingsButton.setObjectName(u"reloadSettingsButton")
        self.reloadSettingsButton.setMinimumSize(QSize(0, 40))

        self.settingsButtonLayout.addWidget(self.reloadSettingsButton)

        self.saveSettingsButton = QPushButton(AdminSettingsTab)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")
        self.saveSettingsButton.setMinimumSize(QSize(0, 40))

        self.settingsButtonLayout.addWidget(self.saveSettingsButton)


        self.settingsLayout.addLayout(self.settingsButtonLayout)

#if QT_CONFIG(shortcut)
        self.nameZhInputLabel.setBuddy(self.nameZhInput)
        self.nameEnInputLabel.setBuddy(self.nameEnInput)
        self.addressZhInputLabel.setBuddy(self.addressZhInput)
        self.addressEnInputLabel.setBuddy(self.addressEnInput)
        self.phoneInputLabel.setBuddy(self.phoneInput)
        self.brNumberInputLabel.setBuddy(self.brNumberInput)
        self.hotlineInputLabel.setBuddy(self.hotlineInput)
        self.footerZhInputLabel.setBuddy(self.footerZhInput)
        self.footerEnInputLabel.setBuddy(self.footerEnInput)
        self.paperComboLabel.setBuddy(self.paperCombo)
        self.chineseComboLabel.setBuddy(self.chineseCombo)
        self.lowStockSpinLabel.setBuddy(self.lowStockSpin)
        self.varianceInputLabel.setBuddy(self.varianceInput)
        self.printerComboLabel.setBuddy(self.printerCombo)
        self.copiesSpinLabel.setBuddy(self.copiesSpin)
        self.printAutomaticallyComboLabel.setBuddy(self.printAutomaticallyCombo)
        self.languageComboLabel.setBuddy(self.languageCombo)
        self.idleLockSpinLabel.setBuddy(self.idleLockSpin)
        self.drawerPrinterComboLabel.setBuddy(self.drawerPrinterCombo)
        self.drawerPinComboLabel.setBuddy(self.drawerPinCombo)
        self.drawerOnSpinLabel.setBuddy(self.drawerOnSpin)
        self.drawerOffSpinLabel.setBuddy(self.drawerOffSpin)
        self.retentionSpinLabel.setBuddy(self.retentionSpin)
        self.fpsProxyInputLabel.setBuddy(self.fpsProxyInput)
        self.fpsMerchantNameInputLabel.setBuddy(self.fpsMerchantNameInput)
        self.fpsCityInputLabel.setBuddy(self.fpsCityInput)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminSettingsTab)

        QMetaObject.connectSlotsByName(AdminSettingsTab)
    # setupUi

    def retranslateUi(self, AdminSettingsTab):
        self.settingsTitleLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Shop and counter settings", None))
        self.shopGroup.setTitle(QCoreApplication.translate("AdminSettingsTab", u"Shop and receipts", None))
        self.nameZhInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Shop name (Chinese)", None))
        self.nameEnInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Shop name (English)", None))
        self.addressZhInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Address (Chinese)", None))
        self.addressEnInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Address (English)", None))
        self.phoneInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Phone", None))
        self.brNumberInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"BR number", None))
        self.hotlineInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Hotline on receipts", None))
        self.footerZhInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Receipt footer (Chinese)", None))
        self.footerEnInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Receipt footer (English)", None))
        self.paperComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Receipt paper", None))
        self.chineseComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Chinese on receipts", None))
        self.lowStockSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Low-stock warning below", None))
        self.lowStockSpin.setSpecialValueText(QCoreApplication.translate("AdminSettingsTab", u"Never warn", None))
        self.lowStockSpin.setSuffix(QCoreApplication.translate("AdminSettingsTab", u" vouchers", None))
        self.varianceInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Cash variance needing a reason", None))
        self.counterGroup.setTitle(QCoreApplication.translate("AdminSettingsTab", u"This counter", None))
        self.printerComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Receipt printer", None))
        self.copiesSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Copies of each receipt", None))
        self.copiesSpin.setSpecialValueText(QCoreApplication.translate("AdminSettingsTab", u"This PC's setting", None))
        self.printAutomaticallyComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Print automatically", None))
        self.languageComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Language", None))
        self.idleLockSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Lock after idle", None))
        self.idleLockSpin.setSpecialValueText(QCoreApplication.translate("AdminSettingsTab", u"This PC's setting", None))
        self.idleLockSpin.setSuffix(QCoreApplication.translate("AdminSettingsTab", u" min", None))
        self.drawerPrinterComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Cash drawer on printer", None))
        self.drawerPinComboLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Drawer port pin", None))
        self.drawerOnSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Drawer pulse", None))
        self.drawerOnSpin.setSpecialValueText(QCoreApplication.translate("AdminSettingsTab", u"This PC's setting", None))
        self.drawerOnSpin.setSuffix(QCoreApplication.translate("AdminSettingsTab", u" ms", None))
        self.drawerOffSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Rest after the pulse", None))
        self.drawerOffSpin.setSpecialValueText(QCoreApplication.translate("AdminSettingsTab", u"This PC's setting", None))
        self.drawerOffSpin.setSuffix(QCoreApplication.translate("AdminSettingsTab", u" ms", None))
        self.retentionGroup.setTitle(QCoreApplication.translate("AdminSettingsTab", u"Identity data", None))
        self.retentionSpinLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Keep identity data", None))
        self.retentionSpin.setSuffix(QCoreApplication.translate("AdminSettingsTab", u" months", None))
        self.retentionHintLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Identity data (names, date of birth, document number) of holders whose lines all closed longer ago than this is erased; their sales stay.", None))
        self.eraseButton.setText(QCoreApplication.translate("AdminSettingsTab", u"&Erase expired identity data now\u2026", None))
        self.fpsGroup.setTitle(QCoreApplication.translate("AdminSettingsTab", u"FPS payments", None))
        self.fpsProxyInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"FPS ID, mobile or email", None))
        self.fpsMerchantNameInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"Merchant name (English)", None))
        self.fpsCityInputLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"City (English)", None))
        self.fpsHintLabel.setText(QCoreApplication.translate("AdminSettingsTab", u"The payment page shows FPS customers a QR code for the exact amount, paid to this FPS ID. Leave it empty for no code.", None))
        self.reloadSettingsButton.setText(QCoreApplication.translate("AdminSettingsTab", u"&Undo changes", None))
        self.saveSettingsButton.setText(QCoreApplication.translate("AdminSettingsTab", u"&Save", None))
        pass
    # retranslateUi

