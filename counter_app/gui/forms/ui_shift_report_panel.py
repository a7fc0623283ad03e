# Generated from ui/shift_report_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shift_report_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

class Ui_ShiftReportPanel(object):
    def setupUi(self, ShiftReportPanel):
        if not ShiftReportPanel.objectName():
            ShiftReportPanel.setObjectName(u"ShiftReportPanel")
        ShiftReportPanel.resize(380, 600)
        ShiftReportPanel.setMinimumSize(QSize(220, 0))
        ShiftReportPanel.setMaximumSize(QSize(420, 16777215))
        ShiftReportPanel.setStyleSheet(u"QPdfView#reportPreviewView { border: 1px solid #c8d0d4; }")
        self.reportLayout = QVBoxLayout(ShiftReportPanel)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportCaptionLabel = QLabel(ShiftReportPanel)
        self.reportCaptionLabel.setObjectName(u"reportCaptionLabel")

        self.reportLayout.addWidget(self.reportCaptionLabel)

        self.reportPreviewLayout = QVBoxLayout()
        self.reportPreviewLayout.setSpacing(6)
        self.reportPreviewLayout.setObjectName(u"reportPreviewLayout")

        self.reportLayout.addLayout(self.reportPreviewLayout)

        self.reportButtonsLayout = QVBoxLayout()
        self.reportButtonsLayout.setObjectName(u"reportButtonsLayout")
        self.xReportButton = QPushButton(ShiftReportPanel)
        self.xReportButton.setObjectName(u"xReportButton")
        self.xReportButton.setMinimumSize(QSize(0, 48))

        self.reportButtonsLayout.addWidget(self.xReportButton)

        self.printReportButton = QPushButton(ShiftReportPanel)
        self.printReportButton.setObjectName(u"printReportButton")
        self.printReportButton.setMinimumSize(QSize(0, 48))
        self.printReportButton.setEnabled(False)

        self.reportButtonsLayout.addWidget(self.printReportButton)


        self.reportLayout.addLayout(self.reportButtonsLayout)

        self.reportLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.xReportButton, self.printReportButton)

        self.retranslateUi(ShiftReportPanel)

        QMetaObject.connectSlotsByName(ShiftReportPanel)
    # setupUi

    def retranslateUi(self, ShiftReportPanel):
        self.reportCaptionLabel.setText(QCoreApplication.translate("ShiftReportPanel", u"Report", None))
        self.xReportButton.setText(QCoreApplication.translate("ShiftReportPanel", u"X report (F9)", None))
        self.printReportButton.setText(QCoreApplication.translate("ShiftReportPanel", u"Print (Ctrl+P)", None))
        pass
    # retranslateUi

