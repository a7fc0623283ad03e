# Generated from ui/main_window.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QMenuBar, QPushButton, QSizePolicy, QSpacerItem, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1024, 680)
        MainWindow.setMinimumSize(QSize(960, 600))
        self.actionNewSim = QAction(MainWindow)
        self.actionNewSim.setObjectName(u"actionNewSim")
#if QT_CONFIG(shortcut)
        self.actionNewSim.setShortcut(u"F11")
#endif // QT_CONFIG(shortcut)
        self.actionSellVoucher = QAction(MainWindow)
        self.actionSellVoucher.setObjectName(u"actionSellVoucher")
#if QT_CONFIG(shortcut)
        self.actionSellVoucher.setShortcut(u"F10")
#endif // QT_CONFIG(shortcut)
        self.actionBackOffice = QAction(MainWindow)
        self.actionBackOffice.setObjectName(u"actionBackOffice")
#if QT_CONFIG(shortcut)
        self.actionBackOffice.setShortcut(u"F12")
#endif // QT_CONFIG(shortcut)
        self.actionOpenDrawer = QAction(MainWindow)
        self.actionOpenDrawer.setObjectName(u"actionOpenDrawer")
#if QT_CONFIG(shortcut)
        self.actionOpenDrawer.setShortcut(u"F7")
#endif // QT_CONFIG(shortcut)
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(u"Ctrl+L")
#endif // QT_CONFIG(shortcut)
        self.actionSwitchClerk = QAction(MainWindow)
        self.actionSwitchClerk.setObjectName(u"actionSwitchClerk")
#if QT_CONFIG(shortcut)
        self.actionSwitchClerk.setShortcut(u"Ctrl+Shift+L")
#endif // QT_CONFIG(shortcut)
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(u"Ctrl+Q")
#endif // QT_CONFIG(shortcut)
        self.actionLanguageZhHK = QAction(MainWindow)
        self.actionLanguageZhHK.setObjectName(u"actionLanguageZhHK")
        self.actionLanguageZhHK.setCheckable(True)
        self.actionLanguageZhHK.setText(u"\u7e41\u9ad4\u4e2d\u6587\uff08\u9999\u6e2f\uff09")
        self.actionLanguageEn = QAction(MainWindow)
        self.actionLanguageEn.setObjectName(u"actionLanguageEn")
        self.actionLanguageEn.setCheckable(True)
        self.actionLanguageEn.setText(u"English")
        self.actionLanguageZhCN = QAction(MainWindow)
        self.actionLanguageZhCN.setObjectName(u"actionLanguageZhCN")
        self.actionLanguageZhCN.setCheckable(True)
        self.actionLanguageZhCN.setText(u"\u7b80\u4f53\u4e2d\u6587")
        self.actionKeys = QAction(MainWindow)
        self.actionKeys.setObjectName(u"actionKeys")
#if QT_CONFIG(shortcut)
        self.actionKeys.setShortcut(u"Ctrl+F1")
#endif // QT_CONFIG(shortcut)
        self.actionCustomerScreen = QAction(MainWindow)
        self.actionCustomerScreen.setObjectName(u"actionCustomerScreen")
        self.actionCustomerScreen.setCheckable(True)
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(12)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(48, 48, 48, 48)
        self.shopNameLabel = QLabel(self.centralWidget)
        self.shopNameLabel.setObjectName(u"shopNameLabel")
        self.shopNameLabel.setText(u"")
        self.shopNameLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.shopNameLabel)

        self.shopNameEnLabel = QLabel(self.centralWidget)
        self.shopNameEnLabel.setObjectName(u"shopNameEnLabel")
        self.shopNameEnLabel.setText(u"")
        self.shopNameEnLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.shopNameEnLabel)

        self.counterNameLabel = QLabel(self.centralWidget)
        self.counterNameLabel.setObjectName(u"counterNameLabel")
        self.counterNameLabel.setText(u"")

        self.centralLayout.addWidget(self.counterNameLabel)

        self.databaseStateFrame = QFrame(self.centralWidget)
        self.databaseStateFrame.setObjectName(u"databaseStateFrame")
        self.databaseStateLayout = QHBoxLayout(self.databaseStateFrame)
        self.databaseStateLayout.setObjectName(u"databaseStateLayout")
        self.databaseStateLabel = QLabel(self.databaseStateFrame)
        self.databaseStateLabel.setObjectName(u"databaseStateLabel")
        self.databaseStateLabel.setText(u"")
        self.databaseStateLabel.setWordWrap(True)

        self.databaseStateLayout.addWidget(self.databaseStateLabel)

        self.retryButton = QPushButton(self.databaseStateFrame)
        self.retryButton.setObjectName(u"retryButton")
#if QT_CONFIG(shortcut)
        self.retryButton.setShortcut(u"F5")
#endif // QT_CONFIG(shortcut)

        self.databaseStateLayout.addWidget(self.retryButton)


        self.centralLayout.addWidget(self.databaseStateFrame)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.centralLayout.addItem(self.bottomSpacer)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.menuFile = QMenu(self.menuBar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuLanguage = QMenu(self.menuBar)
        self.menuLanguage.setObjectName(u"menuLanguage")
        self.menuHelp = QMenu(self.menuBar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.menuFile.menuAction())
        self.menuBar.addAction(self.menuLanguage.menuAction())
        self.menuBar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionNewSim)
        self.menuFile.addAction(self.actionSellVoucher)
        self.menuFile.addAction(self.actionBackOffice)
        self.menuFile.addAction(self.actionOpenDrawer)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionSwitchClerk)
        self.menuFile.addAction(self.actionChangePassword)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionCustomerScreen)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuLanguage.addAction(self.actionLanguageZhHK)
        self.menuLanguage.addAction(self.actionLanguageEn)
        self.menuLanguage.addAction(self.actionLanguageZhCN)
        self.menuHelp.addAction(self.actionKeys)
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Counter", None))
        self.actionNewSim.setText(QCoreApplication.translate("MainWindow", u"Register and sell a &new SIM card", None))
        self.actionSellVoucher.setText(QCoreApplication.translate("MainWindow", u"Sell a PIN &voucher", None))
        self.actionBackOffice.setText(QCoreApplication.translate("MainWindow", u"&Back office: history, shift, reports, admin", None))
        self.actionOpenDrawer.setText(QCoreApplication.translate("MainWindow", u"Open the cash &drawer (no sale)\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&Lock the counter", None))
        self.actionSwitchClerk.setText(QCoreApplication.translate("MainWindow", u"&Switch clerk", None))
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"Change my &password\u2026", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.actionKeys.setText(QCoreApplication.translate("MainWindow", u"&Keys\u2026", None))
        self.actionCustomerScreen.setText(QCoreApplication.translate("MainWindow", u"Show the &customer's screen", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About Counter", None))
        self.retryButton.setText(QCoreApplication.translate("MainWindow", u"&Retry (F5)", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuLanguage.setTitle(QCoreApplication.translate("MainWindow", u"&Language", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

