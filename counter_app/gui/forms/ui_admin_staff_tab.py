# Generated from ui/admin_staff_tab.ui by `python -m counter_app.devtools.regenerate`.
# Do not edit: change the source and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_staff_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AdminStaffTab(object):
    def setupUi(self, AdminStaffTab):
        if not AdminStaffTab.objectName():
            AdminStaffTab.setObjectName(u"AdminStaffTab")
        AdminStaffTab.resize(1340, 680)
        AdminStaffTab.setStyleSheet(u"QLabel#staffTitleLabel { font-size: 22px; font-weight: bold; }\n"
"QTableView#staffTable { font-size: 16px; }\n"
"QGroupBox { font-size: 16px; font-weight: bold; }\n"
"QPushButton { min-height: 34px; padding: 2px 14px; }\n"
"QLineEdit, QComboBox { min-height: 30px; }")
        self.staffTabLayout = QVBoxLayout(AdminStaffTab)
        self.staffTabLayout.setObjectName(u"staffTabLayout")
        self.staffTitleLabel = QLabel(AdminStaffTab)
        self.staffTitleLabel.setObjectName(u"staffTitleLabel")

        self.staffTabLayout.addWidget(self.staffTitleLabel)

        self.staffHintLabel = QLabel(AdminStaffTab)
        self.staffHintLabel.setObjectName(u"staffHintLabel")
        self.staffHintLabel.setWordWrap(True)

        self.staffTabLayout.addWidget(self.staffHintLabel)

        self.staffBodyLayout = QHBoxLayout()
        self.staffBodyLayout.setSpacing(16)
        self.staffBodyLayout.setObjectName(u"staffBodyLayout")
        self.staffTable = QTableView(AdminStaffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setTabKeyNavigation(False)

        self.staffBodyLayout.addWidget(self.staffTable)

        self.staffSide = QWidget(AdminStaffTab)
        self.staffSide.setObjectName(u"staffSide")
        self.staffSide.setMinimumSize(QSize(480, 0))
        self.staffSide.setMaximumSize(QSize(560, 16777215))
        self.staffSideLayout = QVBoxLayout(self.staffSide)
        self.staffSideLayout.setObjectName(u"staffSideLayout")
        self.staffSideLayout.setContentsMargins(0, 0, 0, 0)
        self.staffSelectedGroup = QGroupBox(self.staffSide)
        self.staffSelectedGroup.setObjectName(u"staffSelectedGroup")
        self.staffSelectedLayout = QFormLayout(self.staffSelectedGroup)
        self.staffSelectedLayout.setObjectName(u"staffSelectedLayout")
        self.staffSelectedLayout.setVerticalSpacing(8)
        self.staffSelectedLabel = QLabel(self.staffSelectedGroup)
        self.staffSelectedLabel.setObjectName(u"staffSelectedLabel")
        self.staffSelectedLabel.setWordWrap(True)

        self.staffSelectedLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.staffSelectedLabel)

        self.staffRoleLabel = QLabel(self.staffSelectedGroup)
        self.staffRoleLabel.setObjectName(u"staffRoleLabel")

        self.staffSelectedLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffRoleLabel)

        self.staffRoleRow = QWidget(self.staffSelectedGroup)
        self.staffRoleRow.setObjectName(u"staffRoleRow")
        self.staffRoleRowLayout = QHBoxLayout(self.staffRoleRow)
        self.staffRoleRowLayout.setObjectName(u"staffRoleRowLayout")
        self.staffRoleRowLayout.setContentsMargins(0, 0, 0, 0)
        self.staffRoleCombo = QComboBox(self.staffRoleRow)
        self.staffRoleCombo.setObjectName(u"staffRoleCombo")

        self.staffRoleRowLayout.addWidget(self.staffRoleCombo)

        self.staffChangeRoleButton = QPushButton(self.staffRoleRow)
        self.staffChangeRoleButton.setObjectName(u"staffChangeRoleButton")

        self.staffRoleRowLayout.addWidget(self.staffChangeRoleButton)


        self.staffSelectedLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffRoleRow)

        self.staffNewPasswordLabel = QLabel(self.staffSelectedGroup)
        self.staffNewPasswordLabel.setObjectName(u"staffNewPasswordLabel")

        self.staffSelectedLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffNewPasswordLabel)

        self.staffResetRow = QWidget(self.staffSelectedGroup)
        self.staffResetRow.setObjectName(u"staffResetRow")
        self.staffResetRowLayout = QHBoxLayout(self.staffResetRow)
        self.staffResetRowLayout.setObjectName(u"staffResetRowLayout")
        self.staffResetRowLayout.setContentsMargins(0, 0, 0, 0)
        self.staffNewPasswordEdit = QLineEdit(self.staffResetRow)
        self.staffNewPasswordEdit.setObjectName(u"staffNewPasswordEdit")
        self.staffNewPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.staffNewPasswordEdit.setMaxLength(128)

        self.staffResetRowLayout.addWidget(self.staffNewPasswordEdit)

        self.staffResetPasswordButton = QPushButton(self.staffResetRow)
        self.staffResetPasswordButton.setObjectName(u"staffResetPasswordButton")

        self.staffResetRowLayout.addWidget(self.staffResetPasswordButton)


        self.staffSelectedLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staffResetRow)

        self.staffAccountRow = QWidget(self.staffSelectedGroup)
        self.staffAccountRow.setObjectName(u"staffAccountRow")
        self.staffAccountRowLayout = QHBoxLayout(self.staffAccountRow)
        self.staffAccountRowLayout.setObjectName(u"staffAccountRowLayout")
        self.staffAccountRowLayout.setContentsMargins(0, 0, 0, 0)
        self.staffUnlockButton = QPushButton(self.staffAccountRow)
        self.staffUnlockButton.setObjectName(u"staffUnlockButton")

        self.staffAccountRowLayout.addWidget(self.staffUnlockButton)

        self.staffActiveButton = QPushButton(self.staffAccountRow)
        self.staffActiveButton.setObjectName(u"staffActiveButton")

        self.staffAccountRowLayout.addWidget(self.staffActiveButton)

        self.staffAccountSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffAccountRowLayout.addItem(self.staffAccountSpacer)


        self.staffSelectedLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.staffAccountRow)


        self.staffSideLayout.addWidget(self.staffSelectedGroup)

        self.staffAddGroup = QGroupBox(self.staffSide)
        self.staffAddGroup.setObjectName(u"staffAddGroup")
        self.staffAddLayout = QFormLayout(self.staffAddGroup)
        self.staffAddLayout.setObjectName(u"staffAddLayout")
        self.staffAddLayout.setVerticalSpacing(8)
        self.staffUsernameLabel = QLabel(self.staffAddGroup)
        self.staffUsernameLabel.setObjectName(u"staffUsernameLabel")

        self.staffAddLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffUsernameLabel)

        self.staffUsernameEdit = QLineEdit(self.staffAddGroup)
        self.staffUsernameEdit.setObjectName(u"staffUsernameEdit")
        self.staffUsernameEdit.setMaxLength(40)

        self.staffAddLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffUsernameEdit)

        self.staffNameLabel = QLabel(self.staffAddGroup)
        self.staffNameLabel.setObjectName(u"staffNameLabel")

        self.staffAddLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.staffNameLabel)

        self.staffNameEdit = QLineEdit(self.staffAddGroup)
        self.staffNameEdit.setObjectName(u"staffNameEdit")
        self.staffNameEdit.setMaxLength(80)

        self.staffAddLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.staffNameEdit)

        self.staffAddRoleLabel = QLabel(self.staffAddGroup)
        self.staffAddRoleLabel.setObjectName(u"staffAddRoleLabel")

        self.staffAddLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.staffAddRoleLabel)

        self.staffAddRoleCombo = QComboBox(self.staffAddGroup)
        self.staffAddRoleCombo.setObjectName(u"staffAddRoleCombo")

        self.staffAddLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.staffAddRoleCombo)

        self.staffPasswordLabel = QLabel(self.staffAddGroup)
        self.staffPasswordLabel.setObjectName(u"staffPasswordLabel")

        self.staffAddLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffPasswordLabel)

        self.staffPasswordEdit = QLineEdit(self.staffAddGroup)
        self.staffPasswordEdit.setObjectName(u"staffPasswordEdit")
        self.staffPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.staffPasswordEdit.setMaxLength(128)

        self.staffAddLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staffPasswordEdit)

        self.staffAddButton = QPushButton(self.staffAddGroup)
        self.staffAddButton.setObjectName(u"staffAddButton")

        self.staffAddLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.staffAddButton)


        self.staffSideLayout.addWidget(self.staffAddGroup)

        self.staffMessageLabel = QLabel(self.staffSide)
        self.staffMessageLabel.setObjectName(u"staffMessageLabel")
        self.staffMessageLabel.setWordWrap(True)

        self.staffSideLayout.addWidget(self.staffMessageLabel)

        self.staffSideSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.staffSideLayout.addItem(self.staffSideSpacer)


        self.staffBodyLayout.addWidget(self.staffSide)


        self.staffTabLayout.addLayout(self.staffBodyLayout)

#if QT_CONFIG(shortcut)
        self.staffRoleLabel.setBuddy(self.staffRoleCombo)
        self.staffNewPasswordLabel.setBuddy(self.staffNewPasswordEdit)
        self.staffUsernameLabel.setBuddy(self.staffUsernameEdit)
        self.staffNameLabel.setBuddy(self.staffNameEdit)
        self.staffAddRoleLabel.setBuddy(self.staffAddRoleCombo)
        self.staffPasswordLabel.setBuddy(self.staffPasswordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminStaffTab)

        QMetaObject.connectSlotsByName(AdminStaffTab)
    # setupUi

    def retranslateUi(self, AdminStaffTab):
        self.staffTitleLabel.setText(QCoreApplication.translate("AdminStaffTab", u"Staff", None))
        self.staffHintLabel.setText(QCoreApplication.translate("AdminStaffTab", u"A new member of staff, or one whose password is reset, chooses their own password at the next sign-in.", None))
        self.staffSelectedGroup.setTitle(QCoreApplication.translate("AdminStaffTab", u"Selected member of staff", None))
        self.staffSelectedLabel.setText(QCoreApplication.translate("AdminStaffTab", u"Choose someone in the list.", None))
        self.staffRoleLabel.setText(QCoreApplication.translate("AdminStaffTab", u"&Role", None))
        self.staffChangeRoleButton.setText(QCoreApplication.translate("AdminStaffTab", u"&Change role", None))
        self.staffNewPasswordLabel.setText(QCoreApplication.translate("AdminStaffTab", u"&New password", None))
        self.staffResetPasswordButton.setText(QCoreApplication.translate("AdminStaffTab", u"Reset &password", None))
        self.staffUnlockButton.setText(QCoreApplication.translate("AdminStaffTab", u"Unloc&k", None))
        self.staffActiveButton.setText(QCoreApplication.translate("AdminStaffTab", u"Deacti&vate", None))
        self.staffAddGroup.setTitle(QCoreApplication.translate("AdminStaffTab", u"Add a member of staff", None))
        self.staffUsernameLabel.setText(QCoreApplication.translate("AdminStaffTab", u"&Username", None))
        self.staffNameLabel.setText(QCoreApplication.translate("AdminStaffTab", u"N&ame shown", None))
        self.staffAddRoleLabel.setText(QCoreApplication.translate("AdminStaffTab", u"R&ole", None))
        self.staffPasswordLabel.setText(QCoreApplication.translate("AdminStaffTab", u"&Temporary password", None))
        self.staffAddButton.setText(QCoreApplication.translate("AdminStaffTab", u"A&dd", None))
        pass
    # retranslateUi

