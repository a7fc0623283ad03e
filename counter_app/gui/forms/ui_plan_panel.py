# Generated from ui/plan_panel.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PlanPanel(object):
    def setupUi(self, PlanPanel):
        if not PlanPanel.objectName():
            PlanPanel.setObjectName(u"PlanPanel")
        PlanPanel.resize(950, 480)
        PlanPanel.setStyleSheet(u"QWidget { font-size: 18px; }\n"
"QLabel#planTitleLabel { font-size: 26px; font-weight: bold; }\n"
"QListView#planList { font-size: 20px; }\n"
"QListView#planList::item { padding: 6px 4px; border-bottom: 1px solid #e0e4e6; }\n"
"QListView#planList::item:selected { background: #0b6e4f; color: white; }\n"
"QLabel#newExpiryLabel { font-size: 22px; font-weight: bold; color: #0b6e4f; }\n"
"QLabel#planKeysLabel { color: #36454f; font-size: 16px; }")
        self.planLayout = QVBoxLayout(PlanPanel)
        self.planLayout.setSpacing(10)
        self.planLayout.setObjectName(u"planLayout")
        self.planTitleLabel = QLabel(PlanPanel)
        self.planTitleLabel.setObjectName(u"planTitleLabel")

        self.planLayout.addWidget(self.planTitleLabel)

        self.planBodyLayout = QHBoxLayout()
        self.planBodyLayout.setSpacing(16)
        self.planBodyLayout.setObjectName(u"planBodyLayout")
        self.planList = QListView(PlanPanel)
        self.planList.setObjectName(u"planList")
        self.planList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planList.setTabKeyNavigation(False)
        self.planList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.planList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.planList.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.planList.setResizeMode(QListView.ResizeMode.Adjust)
        self.planList.setWordWrap(True)

        self.planBodyLayout.addWidget(self.planList)

        self.planDetailLayout = QVBoxLayout()
        self.planDetailLayout.setSpacing(10)
        self.planDetailLayout.setObjectName(u"planDetailLayout")
        self.newExpiryLabel = QLabel(PlanPanel)
        self.newExpiryLabel.setObjectName(u"newExpiryLabel")
        self.newExpiryLabel.setText(u"")
        self.newExpiryLabel.setWordWrap(True)

        self.planDetailLayout.addWidget(self.newExpiryLabel)

        self.planBenefitsLabel = QLabel(PlanPanel)
        self.planBenefitsLabel.setObjectName(u"planBenefitsLabel")
        self.planBenefitsLabel.setText(u"")
        self.planBenefitsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.planBenefitsLabel.setWordWrap(True)

        self.planDetailLayout.addWidget(self.planBenefitsLabel)

        self.planDetailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planDetailLayout.addItem(self.planDetailSpacer)

        self.planKeysLabel = QLabel(PlanPanel)
        self.planKeysLabel.setObjectName(u"planKeysLabel")
        self.planKeysLabel.setWordWrap(True)

        self.planDetailLayout.addWidget(self.planKeysLabel)


        self.planBodyLayout.addLayout(self.planDetailLayout)

        self.planBodyLayout.setStretch(0, 3)
        self.planBodyLayout.setStretch(1, 2)

        self.planLayout.addLayout(self.planBodyLayout)

        self.planButtonLayout = QHBoxLayout()
        self.planButtonLayout.setSpacing(12)
        self.planButtonLayout.setObjectName(u"planButtonLayout")
        self.backButton = QPushButton(PlanPanel)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setMinimumSize(QSize(0, 48))

        self.planButtonLayout.addWidget(self.backButton)

        self.planButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planButtonLayout.addItem(self.planButtonSpacer)

        self.choosePlanButton = QPushButton(PlanPanel)
        self.choosePlanButton.setObjectName(u"choosePlanButton")
        self.choosePlanButton.setMinimumSize(QSize(0, 48))

        self.planButtonLayout.addWidget(self.choosePlanButton)


        self.planLayout.addLayout(self.planButtonLayout)

        QWidget.setTabOrder(self.planList, self.choosePlanButton)
        QWidget.setTabOrder(self.choosePlanButton, self.backButton)

        self.retranslateUi(PlanPanel)

        QMetaObject.connectSlotsByName(PlanPanel)
    # setupUi

    def retranslateUi(self, PlanPanel):
        self.planTitleLabel.setText(QCoreApplication.translate("PlanPanel", u"Choose the plan", None))
        self.planKeysLabel.setText(QCoreApplication.translate("PlanPanel", u"\u2191 \u2193 move \u00b7 1\u20139 pick a plan by its number", None))
        self.backButton.setText(QCoreApplication.translate("PlanPanel", u"Back (Esc)", None))
        self.choosePlanButton.setText(QCoreApplication.translate("PlanPanel", u"Choose this plan (Enter)", None))
        pass
    # retranslateUi

