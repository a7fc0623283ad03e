<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
Database: {database}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
数据库：{database}</translation>
    </message>
    <message>
        <source>Loading the licence texts…</source>
        <translation>正在载入许可条款…</translation>
    </message>
    <message>
        <source>Counter is not installed as a package, so its libraries are unknown.</source>
        <translation>Counter 未以软件包形式安装，无法列出所用程序库。</translation>
    </message>
    <message>
        <source>About Counter</source>
        <translation>关于 Counter</translation>
    </message>
    <message>
        <source>Renew and top up prepaid SIM cards at the shop counter.</source>
        <translation>在门店柜台为预付 SIM 卡续期及充值。</translation>
    </message>
    <message>
        <source>Libraries included in Counter and their licences:</source>
        <translation>Counter 内含的程序库及其许可条款：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>无法使用数据库</translation>
    </message>
    <message>
        <source>Counter cannot use its database. Nothing has been changed.</source>
        <translation>Counter 无法使用数据库。所有数据均未被更改。</translation>
    </message>
    <message>
        <source>Counter {code} · {name}</source>
        <translation>柜台 {code} · {name}</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter 柜台系统</translation>
    </message>
    <message>
        <source>Connecting to the database: {database} …</source>
        <translation>正在连接数据库：{database} …</translation>
    </message>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>无法使用数据库：{error}</translation>
    </message>
    <message>
        <source>Connected to {database}. This database has no shop or counter set up yet.</source>
        <translation>已连接 {database}。此数据库尚未设置门店或柜台。</translation>
    </message>
    <message>
        <source>Connected to {database}.</source>
        <translation>已连接 {database}。</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>门店：{shop}</translation>
    </message>
    <message>
        <source>Counter: {counter}</source>
        <translation>柜台：{counter}</translation>
    </message>
    <message>
        <source>Clerk: not signed in</source>
        <translation>职员：未登录</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <source>Counter — {shop}</source>
        <translation>Counter 柜台系统 — {shop}</translation>
    </message>
    <message>
        <source>&amp;Retry (F5)</source>
        <translation>重试(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Counter</source>
        <translation>关于 Counter(&amp;A)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>Counter hit an unexpected problem (reference {reference}). The details are in the log file; tell your supervisor the reference.</source>
        <translation>Counter 遇到意外问题（参考编号 {reference}）。详情已记录在日志文件中；请将参考编号告知主管。</translation>
    </message>
</context>
</TS>
