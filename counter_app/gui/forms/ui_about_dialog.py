# Generated from ui/about_dialog.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QPlainTextEdit, QSplitter, QVBoxLayout

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(820, 600)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")

        self.aboutLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.aboutLayout.addWidget(self.descriptionLabel)

        self.versionsLabel = QLabel(AboutDialog)
        self.versionsLabel.setObjectName(u"versionsLabel")
        self.versionsLabel.setText(u"")
        self.versionsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.aboutLayout.addWidget(self.versionsLabel)

        self.librariesLabel = QLabel(AboutDialog)
        self.librariesLabel.setObjectName(u"librariesLabel")

        self.aboutLayout.addWidget(self.librariesLabel)

        self.licenceSplitter = QSplitter(AboutDialog)
        self.licenceSplitter.setObjectName(u"licenceSplitter")
        self.licenceSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.libraryList = QListWidget(self.licenceSplitter)
        self.libraryList.setObjectName(u"libraryList")
        self.licenceSplitter.addWidget(self.libraryList)
        self.licenceText = QPlainTextEdit(self.licenceSplitter)
        self.licenceText.setObjectName(u"licenceText")
        self.licenceText.setReadOnly(True)
        self.licenceSplitter.addWidget(self.licenceText)

        self.aboutLayout.addWidget(self.licenceSplitter)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Counter", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Renew and top up prepaid SIM cards at the shop counter.", None))
        self.librariesLabel.setText(QCoreApplication.translate("AboutDialog", u"Libraries included in Counter and their licences:", None))
    # retranslateUi

