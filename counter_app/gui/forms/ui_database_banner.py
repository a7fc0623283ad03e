# Generated from ui/database_banner.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'database_banner.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

class Ui_DatabaseBanner(object):
    def setupUi(self, DatabaseBanner):
        if not DatabaseBanner.objectName():
            DatabaseBanner.setObjectName(u"DatabaseBanner")
        DatabaseBanner.setFrameShape(QFrame.Shape.StyledPanel)
        self.databaseBannerLayout = QHBoxLayout(DatabaseBanner)
        self.databaseBannerLayout.setObjectName(u"databaseBannerLayout")
        self.databaseBannerLabel = QLabel(DatabaseBanner)
        self.databaseBannerLabel.setObjectName(u"databaseBannerLabel")
        self.databaseBannerLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.databaseBannerLabel.sizePolicy().hasHeightForWidth())
        self.databaseBannerLabel.setSizePolicy(sizePolicy)

        self.databaseBannerLayout.addWidget(self.databaseBannerLabel)

        self.databaseBannerRetryButton = QPushButton(DatabaseBanner)
        self.databaseBannerRetryButton.setObjectName(u"databaseBannerRetryButton")

        self.databaseBannerLayout.addWidget(self.databaseBannerRetryButton)


        self.retranslateUi(DatabaseBanner)

        QMetaObject.connectSlotsByName(DatabaseBanner)
    # setupUi

    def retranslateUi(self, DatabaseBanner):
        self.databaseBannerLabel.setText(QCoreApplication.translate("DatabaseBanner", u"The database is not answering. The sale in progress is kept; nothing is lost. Check the network or the shop's server, then retry.", None))
        self.databaseBannerRetryButton.setText(QCoreApplication.translate("DatabaseBanner", u"Retry (Ctrl+R)", None))
        pass
    # retranslateUi

