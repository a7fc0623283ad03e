# Generated from ui/receipt_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

class Ui_ReceiptPanel(object):
    def setupUi(self, ReceiptPanel):
        if not ReceiptPanel.objectName():
            ReceiptPanel.setObjectName(u"ReceiptPanel")
        self.receiptPanelLayout = QVBoxLayout(ReceiptPanel)
        self.receiptPanelLayout.setObjectName(u"receiptPanelLayout")
        self.receiptPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.receiptPreviewCaption = QLabel(ReceiptPanel)
        self.receiptPreviewCaption.setObjectName(u"receiptPreviewCaption")

        self.receiptPanelLayout.addWidget(self.receiptPreviewCaption)

        self.receiptPreviewFrame = QFrame(ReceiptPanel)
        self.receiptPreviewFrame.setObjectName(u"receiptPreviewFrame")
        self.receiptPreviewFrame.setMinimumSize(QSize(300, 200))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.receiptPreviewFrame.sizePolicy().hasHeightForWidth())
        self.receiptPreviewFrame.setSizePolicy(sizePolicy)
        self.receiptPreviewLayout = QVBoxLayout(self.receiptPreviewFrame)
        self.receiptPreviewLayout.setObjectName(u"receiptPreviewLayout")
        self.receiptPreviewLayout.setContentsMargins(0, 0, 0, 0)

        self.receiptPanelLayout.addWidget(self.receiptPreviewFrame)

        self.receiptButtonsLayout = QHBoxLayout()
        self.receiptButtonsLayout.setObjectName(u"receiptButtonsLayout")
        self.printButton = QPushButton(ReceiptPanel)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setMinimumSize(QSize(0, 48))
        self.printButton.setEnabled(False)

        self.receiptButtonsLayout.addWidget(self.printButton)

        self.savePdfButton = QPushButton(ReceiptPanel)
        self.savePdfButton.setObjectName(u"savePdfButton")
        self.savePdfButton.setMinimumSize(QSize(0, 48))
        self.savePdfButton.setEnabled(False)

        self.receiptButtonsLayout.addWidget(self.savePdfButton)


        self.receiptPanelLayout.addLayout(self.receiptButtonsLayout)


        self.retranslateUi(ReceiptPanel)

        QMetaObject.connectSlotsByName(ReceiptPanel)
    # setupUi

    def retranslateUi(self, ReceiptPanel):
        self.receiptPreviewCaption.setText(QCoreApplication.translate("ReceiptPanel", u"Receipt", None))
        self.printButton.setText(QCoreApplication.translate("ReceiptPanel", u"Print (Ctrl+P)", None))
        self.savePdfButton.setText(QCoreApplication.translate("ReceiptPanel", u"Save PDF (Ctrl+S)", None))
        pass
    # retranslateUi

