<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}
Database: {database}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}
資料庫：{database}</translation>
    </message>
    <message>
        <source>Loading the licence texts…</source>
        <translation>正在載入授權條款…</translation>
    </message>
    <message>
        <source>Counter is not installed as a package, so its libraries are unknown.</source>
        <translation>Counter 未以套件形式安裝，無法列出所用程式庫。</translation>
    </message>
    <message>
        <source>About Counter</source>
        <translation>關於 Counter</translation>
    </message>
    <message>
        <source>Renew and top up prepaid SIM cards at the shop counter.</source>
        <translation>在門市櫃檯為預付 SIM 卡續期及增值。</translation>
    </message>
    <message>
        <source>Libraries included in Counter and their licences:</source>
        <translation>Counter 內含的程式庫及其授權條款：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unexpected error</source>
        <translation>未預期的錯誤</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>無法使用資料庫</translation>
    </message>
    <message>
        <source>Counter cannot use its database. Nothing has been changed.</source>
        <translation>Counter 無法使用資料庫。所有資料均未被更改。</translation>
    </message>
    <message>
        <source>Counter {code} · {name}</source>
        <translation>櫃檯 {code} · {name}</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter 櫃檯系統</translation>
    </message>
    <message>
        <source>Connecting to the database: {database} …</source>
        <translation>正在連接資料庫：{database} …</translation>
    </message>
    <message>
        <source>Cannot use the database: {error}</source>
        <translation>無法使用資料庫：{error}</translation>
    </message>
    <message>
        <source>Connected to {database}. This database has no shop or counter set up yet.</source>
        <translation>已連接 {database}。此資料庫尚未設定店舖或櫃檯。</translation>
    </message>
    <message>
        <source>Connected to {database}.</source>
        <translation>已連接 {database}。</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Shop: {shop}</source>
        <translation>店舖：{shop}</translation>
    </message>
    <message>
        <source>Counter: {counter}</source>
        <translation>櫃檯：{counter}</translation>
    </message>
    <message>
        <source>Clerk: not signed in</source>
        <translation>職員：未登入</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>資料庫：{database}</translation>
    </message>
    <message>
        <source>Counter — {shop}</source>
        <translation>Counter 櫃檯系統 — {shop}</translation>
    </message>
    <message>
        <source>&amp;Retry (F5)</source>
        <translation>重試(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Counter</source>
        <translation>關於 Counter(&amp;A)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Counter hit an unexpected problem (reference {reference}). The details are in the log file; tell your supervisor the reference.</source>
        <translation>Counter 遇到未預期的問題（參考編號 {reference}）。詳情已記錄於日誌檔；請將參考編號告知主管。</translation>
    </message>
</context>
</TS>
