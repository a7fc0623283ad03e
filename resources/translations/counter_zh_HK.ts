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
    <name>AdminCatalogTab</name>
    <message>
        <source>By hand, on the carrier&apos;s portal</source>
        <translation>人手處理（於網絡商代理網站）</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>人手處理</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名稱</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名稱</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>價錢</translation>
    </message>
    <message>
        <source>Provider product</source>
        <translation>供應商產品編號</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>結束日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>熱線</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>處理渠道</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>續期</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>話費增值</translation>
    </message>
    <message>
        <source>Data add-on</source>
        <translation>附加數據</translation>
    </message>
    <message>
        <source>The plans could not be read: the database did not answer.</source>
        <translation>無法讀取套餐：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>Plan {code}</source>
        <translation>套餐 {code}</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新套餐</translation>
    </message>
    <message>
        <source>Plan {code} saved: {price} from the next sale.</source>
        <translation>套餐 {code} 已儲存：由下一宗交易起收費 {price}。</translation>
    </message>
    <message>
        <source>Promotion {code}</source>
        <translation>優惠 {code}</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>新優惠</translation>
    </message>
    <message>
        <source>Promotion {code} saved.</source>
        <translation>優惠 {code} 已儲存。</translation>
    </message>
    <message>
        <source>Promotion {code} ended.</source>
        <translation>優惠 {code} 已結束。</translation>
    </message>
    <message>
        <source>Carrier {code} saved.</source>
        <translation>網絡商 {code} 已儲存。</translation>
    </message>
    <message>
        <source>Plans, promotions and carriers</source>
        <translation>套餐、優惠及網絡商</translation>
    </message>
    <message>
        <source>A price change applies to the next sale; past sales and their receipts keep the price they were sold at.</source>
        <translation>價錢更改由下一宗交易起生效；過往交易及其收據維持原來售價。</translation>
    </message>
    <message>
        <source>Plans and prices</source>
        <translation>套餐及價錢</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Ca&amp;rrier</source>
        <translation>網絡商(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
    </message>
    <message>
        <source>Chinese &amp;name</source>
        <translation>中文名稱(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文名稱(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Price (HK$)</source>
        <translation>價錢（HK$）(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 48.00</source>
        <translation>例如 48.00</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>月數(&amp;M)</translation>
    </message>
    <message>
        <source>Cre&amp;dit (HK$)</source>
        <translation>話費（HK$）(&amp;D)</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Da&amp;ta (MB)</source>
        <translation>數據（MB）(&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>通話分鐘(&amp;I)</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>Number-keeping</source>
        <translation>保號卡</translation>
    </message>
    <message>
        <source>HK registered</source>
        <translation>香港註冊卡</translation>
    </message>
    <message>
        <source>China–HK dual</source>
        <translation>中港通卡</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>流量卡</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Provider pr&amp;oduct</source>
        <translation>供應商產品編號(&amp;O)</translation>
    </message>
    <message>
        <source>empty: the clerk applies it by hand</source>
        <translation>留空：由店員人手處理</translation>
    </message>
    <message>
        <source>Needs the identity check</source>
        <translation>須實名核對</translation>
    </message>
    <message>
        <source>On sale (active)</source>
        <translation>發售中（啟用）</translation>
    </message>
    <message>
        <source>Ne&amp;w plan</source>
        <translation>新套餐(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>儲存套餐(&amp;S)</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>優惠</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>開始 – 結束</translation>
    </message>
    <message>
        <source>&amp;Plans (codes)</source>
        <translation>套餐（代碼）(&amp;P)</translation>
    </message>
    <message>
        <source>any plan, or e.g. BAU-R12, PEA-R12</source>
        <translation>任何套餐，或例如 BAU-R12、PEA-R12</translation>
    </message>
    <message>
        <source>Ca&amp;rriers (codes)</source>
        <translation>網絡商（代碼）(&amp;R)</translation>
    </message>
    <message>
        <source>any carrier, or e.g. BAUHINIA</source>
        <translation>任何網絡商，或例如 BAUHINIA</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Amount &amp;off (HK$)</source>
        <translation>減價金額（HK$）(&amp;O)</translation>
    </message>
    <message>
        <source>Percent o&amp;ff</source>
        <translation>折扣百分比(&amp;F)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Bonus &amp;data (MB)</source>
        <translation>額外數據（MB）(&amp;D)</translation>
    </message>
    <message>
        <source>Bonus m&amp;inutes</source>
        <translation>額外通話分鐘(&amp;I)</translation>
    </message>
    <message>
        <source>Bonus da&amp;ys</source>
        <translation>額外日數(&amp;Y)</translation>
    </message>
    <message>
        <source>Priori&amp;ty</source>
        <translation>優先次序(&amp;T)</translation>
    </message>
    <message>
        <source>New pro&amp;motion</source>
        <translation>新優惠(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save promotion</source>
        <translation>儲存優惠(&amp;S)</translation>
    </message>
    <message>
        <source>End no&amp;w</source>
        <translation>立即結束(&amp;W)</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Accepted documents</source>
        <translation>接受的證件</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <source>Mainland Resident ID / Residence Permit</source>
        <translation>內地居民身份證／居住證</translation>
    </message>
    <message>
        <source>Macao Resident ID card</source>
        <translation>澳門居民身份證</translation>
    </message>
    <message>
        <source>Exit-Entry Permit to HK and Macao</source>
        <translation>往來港澳通行證</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>回鄉證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>&amp;Hotline</source>
        <translation>熱線(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Grace days</source>
        <translation>寬限日數(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Recycled after (days)</source>
        <translation>過期後回收（日）(&amp;R)</translation>
    </message>
    <message>
        <source>Fulfil&amp;ment</source>
        <translation>處理渠道(&amp;M)</translation>
    </message>
    <message>
        <source>With DT One, the plans that have a provider product id go to DT One; the clerk applies the others on the carrier&apos;s portal.</source>
        <translation>選用 DT One 時，設有供應商產品編號的套餐交由 DT One 處理；其餘由店員在網絡商代理網站人手處理。</translation>
    </message>
    <message>
        <source>&amp;Save carrier</source>
        <translation>儲存網絡商(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AdminSettingsTab</name>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm 捲紙</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm 捲紙</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 紙</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>This PC&apos;s setting</source>
        <translation>此電腦的設定</translation>
    </message>
    <message>
        <source>Yes, when a sale completes</source>
        <translation>是，交易完成時</translation>
    </message>
    <message>
        <source>No, the clerk presses Print</source>
        <translation>否，由店員按「列印」</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>第 2 針（大部分錢箱）</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>第 5 針</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系統預設打印機</translation>
    </message>
    <message>
        <source>{printer} (not found on this PC)</source>
        <translation>{printer}（此電腦找不到）</translation>
    </message>
    <message>
        <source>No cash drawer at this counter</source>
        <translation>此櫃檯沒有錢箱</translation>
    </message>
    <message>
        <source>This counter ({counter})</source>
        <translation>此櫃檯（{counter}）</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>沒有儲存任何資料。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <source>No identity data is due for erasure.</source>
        <translation>沒有須刪除的身份資料。</translation>
    </message>
    <message>
        <source>Erase identity data</source>
        <translation>刪除身份資料</translation>
    </message>
    <message>
        <source>Erase the names, dates of birth and document numbers of {count} holders whose lines all closed more than {months} months ago? Their sales and receipts stay. This cannot be undone.</source>
        <translation>刪除 {count} 位登記人的姓名、出生日期及證件號碼？他們的所有線路均已關閉超過 {months} 個月。其交易及收據會保留。此操作無法復原。</translation>
    </message>
    <message>
        <source>Erase {count} holders</source>
        <translation>刪除 {count} 位登記人資料</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Erased the identity data of {count} holders (lines closed before {date}).</source>
        <translation>已刪除 {count} 位登記人的身份資料（線路於 {date} 前關閉）。</translation>
    </message>
    <message>
        <source>Shop and counter settings</source>
        <translation>店舖及櫃檯設定</translation>
    </message>
    <message>
        <source>Shop and receipts</source>
        <translation>店舖及收據</translation>
    </message>
    <message>
        <source>Shop name (Chinese)</source>
        <translation>店舖名稱（中文）</translation>
    </message>
    <message>
        <source>Shop name (English)</source>
        <translation>店舖名稱（英文）</translation>
    </message>
    <message>
        <source>Address (Chinese)</source>
        <translation>地址（中文）</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>地址（英文）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>BR number</source>
        <translation>商業登記號碼</translation>
    </message>
    <message>
        <source>Hotline on receipts</source>
        <translation>收據上的熱線</translation>
    </message>
    <message>
        <source>Receipt footer (Chinese)</source>
        <translation>收據頁尾（中文）</translation>
    </message>
    <message>
        <source>Receipt footer (English)</source>
        <translation>收據頁尾（英文）</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>收據紙張</translation>
    </message>
    <message>
        <source>Chinese on receipts</source>
        <translation>收據所用中文</translation>
    </message>
    <message>
        <source>Low-stock warning below</source>
        <translation>存貨少於此數時提示</translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation>永不提示</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> 張</translation>
    </message>
    <message>
        <source>Cash variance needing a reason</source>
        <translation>須填寫原因的現金差額</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>此櫃檯</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>收據打印機</translation>
    </message>
    <message>
        <source>Copies of each receipt</source>
        <translation>每張收據列印份數</translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation>自動列印</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>閒置後鎖定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <source>Identity data</source>
        <translation>身份資料</translation>
    </message>
    <message>
        <source>Keep identity data</source>
        <translation>身份資料保留期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <source>Identity data (names, date of birth, document number) of holders whose lines all closed longer ago than this is erased; their sales stay.</source>
        <translation>登記人的所有線路關閉超過此期限後，其身份資料（姓名、出生日期、證件號碼）會被刪除；交易記錄會保留。</translation>
    </message>
    <message>
        <source>&amp;Erase expired identity data now…</source>
        <translation>立即刪除過期身份資料(&amp;E)…</translation>
    </message>
    <message>
        <source>FPS payments</source>
        <translation>轉數快付款</translation>
    </message>
    <message>
        <source>FPS ID, mobile or email</source>
        <translation>轉數快識別碼、手機號碼或電郵</translation>
    </message>
    <message>
        <source>Merchant name (English)</source>
        <translation>商戶名稱（英文）</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <source>The payment page shows FPS customers a QR code for the exact amount, paid to this FPS ID. Leave it empty for no code.</source>
        <translation>付款頁會向以轉數快付款的顧客顯示準確金額的二維碼，款項付至此轉數快識別碼。留空則不顯示二維碼。</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>復原更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Cash drawer on printer</source>
        <translation>錢箱所接打印機</translation>
    </message>
    <message>
        <source>Drawer port pin</source>
        <translation>錢箱接口針腳</translation>
    </message>
    <message>
        <source>Drawer pulse</source>
        <translation>開箱脈衝</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Rest after the pulse</source>
        <translation>脈衝後間隔</translation>
    </message>
</context>
<context>
    <name>AdminStaffTab</name>
    <message>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理員</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用戶名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>職級</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>重新啟用(&amp;V)</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>停用(&amp;V)</translation>
    </message>
    <message>
        <source>Choose someone in the list.</source>
        <translation>請在清單中選擇一位職員。</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name}（{username}）</translation>
    </message>
    <message>
        <source>The staff list could not be read: the database did not answer.</source>
        <translation>無法讀取職員名單：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>{username} added: they choose their own password at sign-in.</source>
        <translation>已新增 {username}：此職員會於登入時自設密碼。</translation>
    </message>
    <message>
        <source>{username} is now: {role}.</source>
        <translation>{username} 現為：{role}。</translation>
    </message>
    <message>
        <source>Password of {username} reset: they choose a new one at sign-in.</source>
        <translation>已重設 {username} 的密碼：此職員會於登入時設定新密碼。</translation>
    </message>
    <message>
        <source>{username} is unlocked.</source>
        <translation>{username} 已解鎖。</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} 可再次登入。</translation>
    </message>
    <message>
        <source>{username} can no longer sign in.</source>
        <translation>{username} 已不能登入。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>A new member of staff, or one whose password is reset, chooses their own password at the next sign-in.</source>
        <translation>新職員或密碼已重設的職員，會於下次登入時自設密碼。</translation>
    </message>
    <message>
        <source>Selected member of staff</source>
        <translation>已選職員</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>職級(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>更改職級(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重設密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>解鎖(&amp;K)</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>新增職員</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用戶名稱(&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;ame shown</source>
        <translation>顯示名稱(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>職級(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>臨時密碼(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>新增(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AdminStockTab</name>
    <message>
        <source>Checking {file}…</source>
        <translation>正在檢查 {file}…</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Face value</source>
        <translation>面值</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Expired unsold</source>
        <translation>過期未售</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>存貨</translation>
    </message>
    <message>
        <source>Out of stock: import more</source>
        <translation>已售罄：請匯入更多</translation>
    </message>
    <message>
        <source>Low stock: only {available} left</source>
        <translation>存貨不足：只剩 {available} 張</translation>
    </message>
    <message>
        <source>Enough</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>There are no PIN vouchers in stock yet.</source>
        <translation>尚未有充值券存貨。</translation>
    </message>
    <message>
        <source>Low stock: {count} carrier and face value rows need more vouchers.</source>
        <translation>存貨不足：有 {count} 項網絡商及面值需要補充充值券。</translation>
    </message>
    <message>
        <source>Import PIN vouchers from a CSV file</source>
        <translation>從 CSV 檔案匯入充值券</translation>
    </message>
    <message>
        <source>Import lines from a CSV file</source>
        <translation>從 CSV 檔案匯入線路</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>(whole line)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>{file}: {rows} rows</source>
        <translation>{file}：{rows} 行</translation>
    </message>
    <message>
        <source>{problems} problems on {lines} lines: nothing can be imported. Correct the file and choose it again.</source>
        <translation>{lines} 行中有 {problems} 個問題：無法匯入任何資料。請修正檔案後再選擇。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>檔案沒有可匯入的資料行。</translation>
    </message>
    <message>
        <source>Every row is correct. Import adds them all.</source>
        <translation>所有資料行均正確。按「匯入」會全部加入。</translation>
    </message>
    <message>
        <source>Vouchers without a problem: {count}, face value {total} in all.</source>
        <translation>沒有問題的充值券：{count} 張，總面值 {total}。</translation>
    </message>
    <message>
        <source>Batches: {batches}</source>
        <translation>批次：{batches}</translation>
    </message>
    <message>
        <source>Lines without a problem: {count}.</source>
        <translation>沒有問題的線路：{count} 條。</translation>
    </message>
    <message>
        <source>Imported {count} vouchers from {file}.</source>
        <translation>已從 {file} 匯入 {count} 張充值券。</translation>
    </message>
    <message>
        <source>Imported {count} lines from {file}.</source>
        <translation>已從 {file} 匯入 {count} 條線路。</translation>
    </message>
    <message>
        <source>Voucher stock</source>
        <translation>充值券存貨</translation>
    </message>
    <message>
        <source>Import &amp;vouchers…</source>
        <translation>匯入充值券(&amp;V)…</translation>
    </message>
    <message>
        <source>Import li&amp;nes…</source>
        <translation>匯入線路(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>匯入前檢查</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>後勤管理</translation>
    </message>
    <message>
        <source>Back to the counter (Esc)</source>
        <translation>返回櫃檯 (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>銷售記錄</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>更次及現金</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>到期提示</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>Stock and imports</source>
        <translation>存貨及匯入</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>套餐及優惠</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>發送跟進</translation>
    </message>
</context>
<context>
    <name>CashCountPanel</name>
    <message>
        <source>{amount} short</source>
        <translation>短少 {amount}</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>多出 {amount}</translation>
    </message>
    <message>
        <source>{amount} (exact)</source>
        <translation>{amount}（相符）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Required: the variance is more than {threshold}.</source>
        <translation>必填：差額超過 {threshold}。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>選填</translation>
    </message>
    <message>
        <source>Optional: up to {threshold} needs no reason.</source>
        <translation>選填：{threshold} 或以下毋須填寫原因。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>紙幣</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>硬幣</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>應有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>點算</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差額</translation>
    </message>
    <message>
        <source>Reason for the &amp;variance</source>
        <translation>差額原因(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>{name}, your password was reset by an admin. Choose your own password before you start: only you will know it.</source>
        <translation>{name}，你的密碼已由管理員重設。開始工作前請設定你自己的密碼：只有你會知道。</translation>
    </message>
    <message>
        <source>Sign out (Esc)</source>
        <translation>登出 (Esc)</translation>
    </message>
    <message>
        <source>{name}: change your password.</source>
        <translation>{name}：更改你的密碼。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Enter the password you have now.</source>
        <translation>請輸入你現在的密碼。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>請輸入新密碼。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password twice.</source>
        <translation>兩次輸入的新密碼不同：請再輸入新密碼兩次。</translation>
    </message>
    <message>
        <source>&amp;Your password</source>
        <translation>你的密碼(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再輸入新密碼(&amp;A)</translation>
    </message>
    <message>
        <source>Change password (Enter)</source>
        <translation>更改密碼 (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customer&apos;s screen</source>
        <translation>顧客屏幕</translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>The database is not answering. The sale in progress is kept; nothing is lost. Check the network or the shop&apos;s server, then retry.</source>
        <translation>資料庫沒有回應。進行中的交易已保留，沒有任何資料遺失。請檢查網絡或店舖的伺服器，然後重試。</translation>
    </message>
    <message>
        <source>Retry (Ctrl+R)</source>
        <translation>重試 (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>DonePanel</name>
    <message>
        <source>{problem} The sale is complete.</source>
        <translation>{problem}交易已完成。</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>收據 {receipt_no}</translation>
    </message>
    <message>
        <source>{time} · counter {counter} · {clerk}</source>
        <translation>{time} · 櫃檯 {counter} · {clerk}</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>號碼 {number}</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>總額 {total}</translation>
    </message>
    <message>
        <source>Change {change}</source>
        <translation>找贖 {change}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Serial {serial} · use by {date}</source>
        <translation>序號 {serial} · 請於 {date} 前使用</translation>
    </message>
    <message>
        <source>Earlier sale — VOIDED</source>
        <translation>過往交易 — 已作廢</translation>
    </message>
    <message>
        <source>Earlier sale — REFUNDED</source>
        <translation>過往交易 — 已退款</translation>
    </message>
    <message>
        <source>Earlier sale</source>
        <translation>過往交易</translation>
    </message>
    <message>
        <source>Voucher sold</source>
        <translation>充值券已售出</translation>
    </message>
    <message>
        <source>New SIM card registered and sold</source>
        <translation>新 SIM 卡已登記及售出</translation>
    </message>
    <message>
        <source>Sale complete</source>
        <translation>交易完成</translation>
    </message>
    <message>
        <source>Fetching the PIN…</source>
        <translation>正在取得充值密碼…</translation>
    </message>
    <message>
        <source>The voucher is sold; its PIN could not be read. Retry to show it.</source>
        <translation>充值券已售出，但未能讀取充值密碼。請重試以顯示。</translation>
    </message>
    <message>
        <source>Carrier&apos;s &amp;reference</source>
        <translation>網絡商參考編號(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Applied</source>
        <translation>已辦理(&amp;A)</translation>
    </message>
    <message>
        <source>PIN — read it to the customer or give the printed voucher</source>
        <translation>充值密碼：讀給顧客或交予列印的充值券</translation>
    </message>
    <message>
        <source>Next customer: type or scan the number, or just press Enter</source>
        <translation>下一位顧客：輸入或掃描號碼，或直接按 Enter</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顧客 (Enter)</translation>
    </message>
</context>
<context>
    <name>Drawer</name>
    <message>
        <source>The cash drawer did not open: {why} Open it with its key.</source>
        <translation>錢箱未能打開：{why} 請用鑰匙打開。</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>錢箱</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>請說明為何在沒有交易時打開錢箱。</translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation>打開錢箱</translation>
    </message>
    <message>
        <source>Open the drawer without a sale. The reason is kept with your name and the time, and shown on the X and Z reports.</source>
        <translation>在沒有交易時打開錢箱。原因會連同你的名字及時間記錄，並列於 X 及 Z 報表。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. change for a HK$500 note</source>
        <translation>例如：找換 HK$500 紙幣</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用戶名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s own username and password.</source>
        <translation>此操作須由主管輸入自己的用戶名稱及密碼。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>你的職級不可進行此操作。</translation>
    </message>
    <message>
        <source>No shift is open at this counter: open one with the float.</source>
        <translation>此櫃檯未開更：請點算備用金並開更。</translation>
    </message>
    <message>
        <source>Enter the cash float in the till.</source>
        <translation>請輸入錢箱內的備用金。</translation>
    </message>
    <message>
        <source>A shift is already open at this counter.</source>
        <translation>此櫃檯已經開更。</translation>
    </message>
    <message>
        <source>Type or scan a phone number or SIM card number.</source>
        <translation>請輸入或掃描電話號碼或 SIM 卡號碼。</translation>
    </message>
    <message>
        <source>No line has this number or SIM card.</source>
        <translation>沒有使用此號碼或 SIM 卡的線路。</translation>
    </message>
    <message>
        <source>No sale has this receipt number in this shop.</source>
        <translation>本店沒有此收據編號的交易。</translation>
    </message>
    <message>
        <source>Type a mobile number, e.g. 9123 4567.</source>
        <translation>請輸入手提電話號碼，例如 9123 4567。</translation>
    </message>
    <message>
        <source>This is not a mobile number: check the digits.</source>
        <translation>這不是有效的手提電話號碼：請檢查數字。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, hyphens and a leading +.</source>
        <translation>電話號碼只可包含數字、空格、連字號及開頭的 +。</translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation>請用數字 0-9 輸入號碼。</translation>
    </message>
    <message>
        <source>Only Hong Kong, Macau and mainland numbers are served here.</source>
        <translation>本店只處理香港、澳門及內地號碼。</translation>
    </message>
    <message>
        <source>This is not a mobile number (fixed line or service number).</source>
        <translation>這不是手提電話號碼（固網或服務號碼）。</translation>
    </message>
    <message>
        <source>A SIM card number has 19 or 20 digits starting with 89.</source>
        <translation>SIM 卡號碼為 89 開頭的 19 或 20 位數字。</translation>
    </message>
    <message>
        <source>The SIM card number&apos;s last digit does not match: scan again.</source>
        <translation>SIM 卡號碼的檢查碼不符：請再掃描。</translation>
    </message>
    <message>
        <source>This database already has a shop.</source>
        <translation>此資料庫已有店舖。</translation>
    </message>
    <message>
        <source>The shop needs a code and both names; the counter needs a code and a name.</source>
        <translation>店舖須有代碼及中英文名稱；櫃檯須有代碼及名稱。</translation>
    </message>
    <message>
        <source>There is no shop yet: create it first.</source>
        <translation>尚未建立店舖：請先建立。</translation>
    </message>
    <message>
        <source>There is no such shop in this database.</source>
        <translation>此資料庫沒有這間店舖。</translation>
    </message>
    <message>
        <source>The text holds invisible characters: type it again.</source>
        <translation>內容含有隱形字元：請重新輸入。</translation>
    </message>
    <message>
        <source>The text holds control characters: type it again.</source>
        <translation>內容含有控制字元：請重新輸入。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>內容太長。</translation>
    </message>
    <message>
        <source>Confirm that the photo on the document matches the customer.</source>
        <translation>請確認證件相片與顧客相符。</translation>
    </message>
    <message>
        <source>This carrier does not accept this document type.</source>
        <translation>此網絡商不接受這類證件。</translation>
    </message>
    <message>
        <source>Check the customer&apos;s identity document first.</source>
        <translation>請先核對顧客的身份證明文件。</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>請輸入證件號碼。</translation>
    </message>
    <message>
        <source>An HKID is 1 or 2 letters, 6 digits and a check digit.</source>
        <translation>香港身份證號碼為 1 或 2 個英文字母、6 位數字及檢查碼。</translation>
    </message>
    <message>
        <source>The HKID check digit does not match: check each character against the card.</source>
        <translation>香港身份證檢查碼不符：請逐個字核對證件。</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>請選擇證件類別。</translation>
    </message>
    <message>
        <source>A Macao ID number is 1, 5 or 7, 6 digits and a check digit.</source>
        <translation>澳門居民身份證號碼以 1、5 或 7 開頭，其後為 6 位數字及檢查碼。</translation>
    </message>
    <message>
        <source>An Exit-Entry Permit number is C and 8 more characters, e.g. C12345678.</source>
        <translation>往來港澳通行證號碼以 C 開頭，其後為 8 個字元，例如 C12345678。</translation>
    </message>
    <message>
        <source>A Home Return Permit number is H or M and 8 digits, e.g. H12345678.</source>
        <translation>回鄉證號碼以 H 或 M 開頭，其後為 8 位數字，例如 H12345678。</translation>
    </message>
    <message>
        <source>A passport number is 5 to 9 letters and digits, with at least one digit.</source>
        <translation>護照號碼為 5 至 9 個英文字母或數字，最少包含 1 個數字。</translation>
    </message>
    <message>
        <source>Type the passport&apos;s 3-letter issuing country, e.g. CHN (also HKSAR), GBR, PHL.</source>
        <translation>請輸入護照上的 3 字母簽發國家代碼，例如 CHN（包括香港特區）、GBR、PHL。</translation>
    </message>
    <message>
        <source>A mainland ID number is 17 digits and a check digit (0-9 or X).</source>
        <translation>內地身份證號碼為 17 位數字及 1 位檢查碼（0-9 或 X）。</translation>
    </message>
    <message>
        <source>The mainland ID number&apos;s last character does not match: check each digit.</source>
        <translation>內地身份證號碼的檢查碼（最後一位）不符：請逐位核對。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of a mainland ID number are not a real date of birth.</source>
        <translation>內地身份證號碼第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The first 6 digits of the mainland ID number are not a known region.</source>
        <translation>內地身份證號碼的頭 6 位不是已知的地區代碼。</translation>
    </message>
    <message>
        <source>Type or scan the SIM card number (ICCID).</source>
        <translation>請輸入或掃描 SIM 卡號碼（ICCID）。</translation>
    </message>
    <message>
        <source>The text holds a broken character: type it again.</source>
        <translation>內容含有損壞的字元：請重新輸入。</translation>
    </message>
    <message>
        <source>Type the holder&apos;s name as on the document, in English or Chinese.</source>
        <translation>請按證件輸入登記人的英文或中文姓名。</translation>
    </message>
    <message>
        <source>The English name may hold only letters, spaces, hyphens, commas and apostrophes.</source>
        <translation>英文姓名只可包含英文字母、空格、連字號、逗號及撇號。</translation>
    </message>
    <message>
        <source>The Chinese name may hold only Chinese characters.</source>
        <translation>中文姓名只可包含中文字。</translation>
    </message>
    <message>
        <source>The date of birth must be a past date, after 1900.</source>
        <translation>出生日期必須是 1900 年之後、今天之前的日期。</translation>
    </message>
    <message>
        <source>Type the date of birth as on the document.</source>
        <translation>請按證件輸入出生日期。</translation>
    </message>
    <message>
        <source>Not a real date: type it as DD/MM/YYYY or YYYY-MM-DD, e.g. 04/05/1990.</source>
        <translation>日期無效：請以 DD/MM/YYYY 或 YYYY-MM-DD 格式輸入，例如 04/05/1990。</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>請選擇網絡商。</translation>
    </message>
    <message>
        <source>A reprint is recorded against who makes it: give --staff USERNAME with --copy.</source>
        <translation>重印會記錄由誰進行：使用 --copy 時請一併提供 --staff 用戶名稱。</translation>
    </message>
    <message>
        <source>Choose the card type.</source>
        <translation>請選擇卡類。</translation>
    </message>
    <message>
        <source>Choose the first plan for the new card.</source>
        <translation>請選擇新卡的開卡套餐。</translation>
    </message>
    <message>
        <source>A China–HK dual card needs its mainland number; other cards have none.</source>
        <translation>中港通卡須填寫內地號碼；其他卡類沒有內地號碼。</translation>
    </message>
    <message>
        <source>This document already holds as many prepaid SIM cards with this carrier as one person may have.</source>
        <translation>此證件在此網絡商登記的預付 SIM 卡已達每人上限。</translation>
    </message>
    <message>
        <source>This number already belongs to a line: check the number on the SIM pack.</source>
        <translation>此號碼已被其他線路使用：請核對 SIM 卡包裝上的號碼。</translation>
    </message>
    <message>
        <source>This SIM card is already registered: take another card.</source>
        <translation>此 SIM 卡已經登記：請改用另一張卡。</translation>
    </message>
    <message>
        <source>This sale was given up: continue again to start a new one.</source>
        <translation>此交易已放棄：請再按「繼續」開始新交易。</translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation>請寫下批准的原因。</translation>
    </message>
    <message>
        <source>This number was recycled by the carrier: sell a new SIM instead.</source>
        <translation>此號碼已被網絡商回收：請改為出售新 SIM 卡。</translation>
    </message>
    <message>
        <source>This plan is not offered for this line.</source>
        <translation>此線路不能選用這個套餐。</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 100 or 100.50.</source>
        <translation>請輸入金額，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>At most 2 decimal places (cents).</source>
        <translation>最多 2 位小數（仙）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額不可為負數。</translation>
    </message>
    <message>
        <source>Type the amount as digits, e.g. 100 or 100.50.</source>
        <translation>請以數字輸入金額，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>Type the amount with the digits 0-9.</source>
        <translation>請用數字 0-9 輸入金額。</translation>
    </message>
    <message>
        <source>The amount must be more than HK$0.00.</source>
        <translation>金額必須多於 HK$0.00。</translation>
    </message>
    <message>
        <source>The payments do not add up to the total.</source>
        <translation>付款合計與總額不符。</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount.</source>
        <translation>收到的現金少於應付金額。</translation>
    </message>
    <message>
        <source>Enter the last 4 digits of the card from the terminal slip.</source>
        <translation>請輸入收據上信用卡號碼的最後 4 位。</translation>
    </message>
    <message>
        <source>Enter the approval code from the terminal slip.</source>
        <translation>請輸入信用卡收據上的批核編號。</translation>
    </message>
    <message>
        <source>Enter the transaction reference (4-40 letters or digits).</source>
        <translation>請輸入交易參考編號（4 至 40 個字母或數字）。</translation>
    </message>
    <message>
        <source>Take the payment first.</source>
        <translation>請先收款。</translation>
    </message>
    <message>
        <source>A username is 1 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>用戶名稱須為 1 至 40 個英文字母、數字、句點、連字號或底線。</translation>
    </message>
    <message>
        <source>This username is already taken: choose another.</source>
        <translation>此用戶名稱已被使用：請選擇另一個。</translation>
    </message>
    <message>
        <source>A batch name is up to 40 letters, digits, spaces and _ . / -, starting with a letter or digit.</source>
        <translation>批次名稱最多 40 個英文字母、數字、空格及 _ . / -，並須以字母或數字開頭。</translation>
    </message>
    <message>
        <source>This voucher has already expired.</source>
        <translation>此充值券已過期。</translation>
    </message>
    <message>
        <source>No voucher was sold in this sale.</source>
        <translation>此交易沒有售出充值券。</translation>
    </message>
    <message>
        <source>No voucher of this value is left in stock.</source>
        <translation>此面值的充值券已無存貨。</translation>
    </message>
    <message>
        <source>A code is 1-32 capital letters, digits, dashes or underscores.</source>
        <translation>代碼須為 1 至 32 個大寫英文字母、數字、連字號或底線。</translation>
    </message>
    <message>
        <source>There is already a plan with this code.</source>
        <translation>已有套餐使用此代碼。</translation>
    </message>
    <message>
        <source>Type the name in Chinese and in English.</source>
        <translation>請輸入中文及英文名稱。</translation>
    </message>
    <message>
        <source>The price is HK$0.01 to HK$100,000.</source>
        <translation>價錢須為 HK$0.01 至 HK$100,000。</translation>
    </message>
    <message>
        <source>A renewal lasts 1 to 36 months; other plans have no months.</source>
        <translation>續期套餐為 1 至 36 個月；其他套餐不設月數。</translation>
    </message>
    <message>
        <source>A credit top-up must add credit; other plans add none.</source>
        <translation>話費增值必須增加話費；其他套餐不可增加話費。</translation>
    </message>
    <message>
        <source>A data add-on must add some data (up to 10,000,000 MB).</source>
        <translation>附加數據必須增加數據（最多 10,000,000 MB）。</translation>
    </message>
    <message>
        <source>The minutes are 0 to 100,000.</source>
        <translation>通話分鐘須為 0 至 100,000。</translation>
    </message>
    <message>
        <source>Tick at least one card type the plan is sold for.</source>
        <translation>請至少剔選一種適用此套餐的卡類。</translation>
    </message>
    <message>
        <source>Choose the kind of plan.</source>
        <translation>請選擇套餐類別。</translation>
    </message>
    <message>
        <source>The first day is after the last day: check the dates.</source>
        <translation>開始日期遲於結束日期：請檢查日期。</translation>
    </message>
    <message>
        <source>This cannot be done as typed: check it and try again.</source>
        <translation>無法按所輸入的內容處理：請檢查後再試。</translation>
    </message>
    <message>
        <source>A file with this name already exists: choose a new file name or a folder.</source>
        <translation>已有同名檔案：請輸入新的檔案名稱或選擇資料夾。</translation>
    </message>
    <message>
        <source>This folder does not exist: choose a folder that exists.</source>
        <translation>此資料夾不存在：請選擇現有的資料夾。</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself: choose another file.</source>
        <translation>備份不可覆寫資料庫本身：請選擇其他檔案。</translation>
    </message>
    <message>
        <source>This carrier&apos;s details are not valid: check its code, grace days and recycle days in the back office.</source>
        <translation>此網絡商的資料無效：請在後勤管理檢查其代碼、寬限日數及回收日數。</translation>
    </message>
    <message>
        <source>Choose who applies this carrier&apos;s sales: the clerk on the carrier&apos;s portal, or DT One.</source>
        <translation>請選擇由誰處理此網絡商的銷售：店員在網絡商代理網站人手處理，或 DT One。</translation>
    </message>
    <message>
        <source>The database belongs to another version of Counter: ask the administrator to update Counter or the database.</source>
        <translation>此資料庫屬於另一個版本的 Counter：請管理員更新 Counter 或資料庫。</translation>
    </message>
    <message>
        <source>The database is busy with another counter&apos;s work. Wait a moment, then retry.</source>
        <translation>資料庫正忙於處理另一個櫃檯的工作。請稍候，然後重試。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using this counter and restore the latest backup (ask the shop owner).</source>
        <translation>資料庫檔案已損壞。請停止使用此櫃檯，並還原最近的備份（請聯絡店主）。</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Free some space (or ask the shop owner), then retry.</source>
        <translation>資料庫所在的磁碟已滿。請騰出空間（或聯絡店主），然後重試。</translation>
    </message>
    <message>
        <source>The database cannot be written to (it is read-only). Ask the shop owner, then retry.</source>
        <translation>無法寫入資料庫（唯讀）。請聯絡店主，然後重試。</translation>
    </message>
    <message>
        <source>The database is not answering. Check the network or the shop&apos;s server, then retry.</source>
        <translation>資料庫沒有回應。請檢查網絡或店舖的伺服器，然後重試。</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database: this one already has carriers or lines.</source>
        <translation>示範資料只可放入空白資料庫：此資料庫已有網絡商或線路。</translation>
    </message>
    <message>
        <source>This counter has no cash drawer: a supervisor chooses its printer in the settings.</source>
        <translation>此櫃檯沒有錢箱：請主管在設定中選擇錢箱所接的打印機。</translation>
    </message>
    <message>
        <source>The cash drawer did not open: there is no printer {printer} on this PC. Open it with its key.</source>
        <translation>錢箱未能打開：此電腦沒有打印機 {printer}。請用鑰匙打開。</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>請說明為何在沒有交易時打開錢箱。</translation>
    </message>
    <message>
        <source>The cash drawer did not open: the printer {printer} did not answer. Is it on? Open the drawer with its key.</source>
        <translation>錢箱未能打開：打印機 {printer} 沒有回應。打印機開着嗎？請用鑰匙打開錢箱。</translation>
    </message>
    <message>
        <source>{path} cannot be read: check that it is still there and not open in another program.</source>
        <translation>無法讀取 {path}：請檢查檔案是否仍在，並且沒有被其他程式開啟。</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be written. Choose another folder, or check that the disk is not full.</source>
        <translation>未儲存：無法寫入 {path}。請選擇另一個資料夾，或檢查磁碟是否已滿。</translation>
    </message>
    <message>
        <source>The date of birth in a mainland ID number (characters 7 to 14) is after today: check each digit against the card.</source>
        <translation>內地身份證號碼中的出生日期（第 7 至 14 位）遲於今天：請對照證件逐位檢查。</translation>
    </message>
    <message>
        <source>Auto-renew is yes or no (also true/false or 1/0; empty means no).</source>
        <translation>自動續期須填 yes 或 no（亦可填 true/false 或 1/0；留空即 no）。</translation>
    </message>
    <message>
        <source>Another counter added some of the same numbers, SIM cards or vouchers during the import. Nothing was imported: import the file again to see which rows.</source>
        <translation>匯入期間，另一個櫃檯加入了部分相同的號碼、SIM 卡或充值券。沒有匯入任何資料：請再匯入檔案，查看是哪些資料行。</translation>
    </message>
    <message>
        <source>This row is not well-formed CSV: check the double quotes.</source>
        <translation>此資料行不是格式正確的 CSV：請檢查雙引號。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-11-21, and make it a real date.</source>
        <translation>請以 YYYY-MM-DD 格式填寫有效日期，例如 2026-11-21。</translation>
    </message>
    <message>
        <source>This date is out of range: it must be from {minimum} to {maximum}.</source>
        <translation>此日期超出範圍：必須在 {minimum} 至 {maximum} 之間。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>檔案不是 UTF-8 文字：請另存為「CSV UTF-8」。</translation>
    </message>
    <message>
        <source>Line {line} has a value longer than {maximum} characters, the most a field may hold: is this the right file?</source>
        <translation>第 {line} 行有一個值超過 {maximum} 個字元，即每欄的上限：這是正確的檔案嗎？</translation>
    </message>
    <message>
        <source>This row has the wrong number of values: a value with a comma needs double quotes around it.</source>
        <translation>此資料行的欄位數目不對：含逗號的值須以雙引號括住。</translation>
    </message>
    <message>
        <source>The first row must be the header with the template&apos;s column names.</source>
        <translation>第一行必須是標題行，列出範本的欄位名稱。</translation>
    </message>
    <message>
        <source>There is no CSV file at this path: choose the file again.</source>
        <translation>此路徑沒有 CSV 檔案：請重新選擇檔案。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name for the invoice.</source>
        <translation>請輸入發票上的顧客名稱。</translation>
    </message>
    <message>
        <source>The customer&apos;s name must not hold an ID, card or phone number.</source>
        <translation>顧客名稱不可包含證件號碼、卡號或電話號碼。</translation>
    </message>
    <message>
        <source>This line is closed: it cannot be renewed or topped up. Find the customer&apos;s current line, or sell a new SIM.</source>
        <translation>此線路已關閉，不能續期或增值。請查找顧客現用的線路，或出售新 SIM 卡。</translation>
    </message>
    <message>
        <source>Type a password: it cannot be empty.</source>
        <translation>請輸入密碼：密碼不可留空。</translation>
    </message>
    <message>
        <source>The two passwords differ, so nothing was changed: type the same password twice.</source>
        <translation>兩次輸入的密碼不同，所以沒有更改：請輸入相同的密碼兩次。</translation>
    </message>
    <message>
        <source>Choose a new password that is not the same as the old one.</source>
        <translation>新密碼不可與舊密碼相同，請另選一個。</translation>
    </message>
    <message>
        <source>A password has at most {maximum} characters.</source>
        <translation>密碼最多 {maximum} 個字元。</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密碼最少要有 {minimum} 個字元。</translation>
    </message>
    <message>
        <source>Only cash gives change: other payments are for the exact amount.</source>
        <translation>只有現金付款可以找贖：其他付款方式須付確實金額。</translation>
    </message>
    <message>
        <source>A stored number is not in the form the counter keeps (e.g. +85291234567): the line&apos;s record needs checking.</source>
        <translation>已儲存的號碼不符合系統格式（例如 +85291234567）：須檢查此線路的紀錄。</translation>
    </message>
    <message>
        <source>A plan&apos;s carrier and kind cannot change: make a new plan instead.</source>
        <translation>套餐的網絡商及類別不可更改：請改為新增套餐。</translation>
    </message>
    <message>
        <source>This plan&apos;s details are not valid: check its kind, amounts and dates in the back office.</source>
        <translation>此套餐的資料無效：請在後勤管理檢查其類別、金額及日期。</translation>
    </message>
    <message>
        <source>This line has expired: renew it before adding data.</source>
        <translation>此線路已過期：請先續期，再加購數據。</translation>
    </message>
    <message>
        <source>A provider&apos;s product id is up to {maximum} printable characters; leave it empty for a plan the clerk applies by hand.</source>
        <translation>供應商產品編號最多 {maximum} 個可列印字元；由店員人手處理的套餐請留空。</translation>
    </message>
    <message>
        <source>There is no plan with this code.</source>
        <translation>沒有此代碼的套餐。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not installed on this PC.</source>
        <translation>未能列印：這部電腦沒有安裝打印機 {printer}。</translation>
    </message>
    <message>
        <source>Not printed: this PC has no default printer; choose one in the settings.</source>
        <translation>未能列印：這部電腦沒有預設打印機，請在設定中選擇。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} did not take the job. Is it on and online?</source>
        <translation>未能列印：打印機 {printer} 沒有接收列印工作。請檢查是否已開機及連線。</translation>
    </message>
    <message>
        <source>There is already a promotion with this code.</source>
        <translation>已有優惠使用此代碼。</translation>
    </message>
    <message>
        <source>Take either an amount or a percentage off, not both.</source>
        <translation>只可選擇減價金額或折扣百分比，不可兩者並用。</translation>
    </message>
    <message>
        <source>This promotion&apos;s details are not valid: check its bonus, discount, priority and dates in the back office.</source>
        <translation>此優惠的資料無效：請在後勤管理檢查其贈送、折扣、優先次序及日期。</translation>
    </message>
    <message>
        <source>The promotion gives the customer nothing: add a bonus or a discount.</source>
        <translation>此優惠沒有為顧客提供任何好處：請加入贈送或折扣。</translation>
    </message>
    <message>
        <source>The percentage off is 0 to 100.</source>
        <translation>折扣百分比須為 0 至 100。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the amount is not in HK$ like 100.00.</source>
        <translation>報表第 {line} 行：金額不是港幣金額（例如 100.00）。</translation>
    </message>
    <message>
        <source>The report lacks a column Counter needs, or names one twice: check its first line.</source>
        <translation>報表缺少 Counter 需要的欄位，或同一欄位出現兩次：請檢查報表第一行。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the date is not a date and time like 2026-11-21 10:01:05.</source>
        <translation>報表第 {line} 行：日期不是日期及時間（例如 2026-11-21 10:01:05）。</translation>
    </message>
    <message>
        <source>The report holds no transactions.</source>
        <translation>報表沒有任何交易。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the number is not a phone number.</source>
        <translation>報表第 {line} 行：號碼不是電話號碼。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the reference (external id) is empty or too long.</source>
        <translation>報表第 {line} 行：參考編號（external id）空白或太長。</translation>
    </message>
    <message>
        <source>A status in the report is not one Counter knows (e.g. COMPLETED, DECLINED).</source>
        <translation>報表中有 Counter 不認識的狀態（例如 COMPLETED、DECLINED）。</translation>
    </message>
    <message>
        <source>The file is too large to be a provider&apos;s report: is it the right file?</source>
        <translation>檔案太大，不似是供應商的報表：這是正確的檔案嗎？</translation>
    </message>
    <message>
        <source>Type the carrier&apos;s reference for this top-up (up to 64 characters).</source>
        <translation>請輸入網絡商為此增值提供的參考編號（最多 64 個字元）。</translation>
    </message>
    <message>
        <source>This job is no longer in the outbox. Refresh the list.</source>
        <translation>此工作已不在待發送清單中。請重新整理清單。</translation>
    </message>
    <message>
        <source>This job is already settled or on its way: refresh the list.</source>
        <translation>此工作已完成或正在發送：請重新整理清單。</translation>
    </message>
    <message>
        <source>Type the city in up to 15 English letters, digits, spaces and . , &amp; &apos; ( ) / -.</source>
        <translation>城市最多 15 個字元，只可用英文字母、數字、空格及 . , &amp; &apos; ( ) / -。</translation>
    </message>
    <message>
        <source>Type the name in up to 25 English letters, digits, spaces and . , &amp; &apos; ( ) / -: banking apps do not show Chinese here.</source>
        <translation>名稱最多 25 個字元，只可用英文字母、數字、空格及 . , &amp; &apos; ( ) / -：銀行應用程式在此不會顯示中文。</translation>
    </message>
    <message>
        <source>Type the shop&apos;s FPS ID (7 or 9 digits), its Hong Kong mobile number (8 digits) or its email address.</source>
        <translation>請輸入本店的轉數快識別碼（7 或 9 位數字）、香港手機號碼（8 位數字）或電郵地址。</translation>
    </message>
    <message>
        <source>The rest after the pulse is 2 to 510 ms.</source>
        <translation>脈衝後間隔須為 2 至 510 毫秒。</translation>
    </message>
    <message>
        <source>The drawer&apos;s pulse is 2 to 510 ms.</source>
        <translation>開箱脈衝須為 2 至 510 毫秒。</translation>
    </message>
    <message>
        <source>Choose pin 2 or pin 5.</source>
        <translation>請選擇第 2 或第 5 針。</translation>
    </message>
    <message>
        <source>This printer name cannot start with - or hold a control character.</source>
        <translation>打印機名稱不可以 - 開頭，亦不可含控制字元。</translation>
    </message>
    <message>
        <source>Leave the card number out (its last 4 digits are enough): this text is kept and may be printed.</source>
        <translation>請勿填寫卡號（卡號最後 4 位已足夠）：此文字會被保存，並可能被列印。</translation>
    </message>
    <message>
        <source>Leave the identity document number out: this text is kept and may be printed.</source>
        <translation>請勿填寫身份證明文件號碼：此文字會被保存，並可能被列印。</translation>
    </message>
    <message>
        <source>A PIN is 6 to 24 digits.</source>
        <translation>充值密碼為 6 至 24 位數字。</translation>
    </message>
    <message>
        <source>This PIN is already in stock.</source>
        <translation>此充值密碼已在存貨中。</translation>
    </message>
    <message>
        <source>A serial number is 4 to 40 letters and digits.</source>
        <translation>序號為 4 至 40 個英文字母或數字。</translation>
    </message>
    <message>
        <source>A voucher with this serial number is already in stock.</source>
        <translation>已有此序號的充值券在存貨中。</translation>
    </message>
    <message>
        <source>The amount off is HK$0 to HK$100,000.</source>
        <translation>減價金額須為 HK$0 至 HK$100,000。</translation>
    </message>
    <message>
        <source>A bonus is too large (data up to 10,000,000 MB, minutes 100,000, days 366).</source>
        <translation>額外贈送太多（數據最多 10,000,000 MB、通話最多 100,000 分鐘、最多 366 日）。</translation>
    </message>
    <message>
        <source>The priority is 0 to 1000.</source>
        <translation>優先次序須為 0 至 1000。</translation>
    </message>
    <message>
        <source>A plan code in the list does not exist.</source>
        <translation>清單中有套餐代碼不存在。</translation>
    </message>
    <message>
        <source>A carrier code in the list does not exist.</source>
        <translation>清單中有網絡商代碼不存在。</translation>
    </message>
    <message>
        <source>Unknown card type.</source>
        <translation>未知的卡類。</translation>
    </message>
    <message>
        <source>Unknown kind of plan.</source>
        <translation>未知的套餐類別。</translation>
    </message>
    <message>
        <source>There is no promotion with this code.</source>
        <translation>沒有此代碼的優惠。</translation>
    </message>
    <message>
        <source>Tick at least one identity document the carrier accepts.</source>
        <translation>請至少剔選一種網絡商接受的身份證明文件。</translation>
    </message>
    <message>
        <source>A hotline is digits, spaces and dashes, with an optional leading +.</source>
        <translation>熱線只可包含數字、空格及連字號，開頭可加 +。</translation>
    </message>
    <message>
        <source>Grace and recycle days are 0 to 3,650, and recycling cannot come before the grace period ends.</source>
        <translation>寬限及回收日數須為 0 至 3,650，而且回收不可早於寬限期結束。</translation>
    </message>
    <message>
        <source>You cannot change your own role or deactivate yourself: ask another admin.</source>
        <translation>你不可更改自己的職級或停用自己：請找另一位管理員處理。</translation>
    </message>
    <message>
        <source>This is the last active admin: make another admin first.</source>
        <translation>這是最後一位啟用中的管理員：請先將另一位職員設為管理員。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>沒有此用戶。</translation>
    </message>
    <message>
        <source>Choose clerk, supervisor or admin.</source>
        <translation>請選擇店員、主管或管理員。</translation>
    </message>
    <message>
        <source>Type a phone number, or a receipt number such as DEMO-C1-000123.</source>
        <translation>請輸入電話號碼或收據編號，例如 DEMO-C1-000123。</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>開始日期遲於結束日期。</translation>
    </message>
    <message>
        <source>There is no member of staff with this username.</source>
        <translation>沒有使用此用戶名稱的職員。</translation>
    </message>
    <message>
        <source>There is no such counter.</source>
        <translation>沒有此櫃檯。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>開始日期遲於結束日期。</translation>
    </message>
    <message>
        <source>A report covers at most two years: choose a shorter range.</source>
        <translation>報表最多涵蓋兩年：請選擇較短的期間。</translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation>沒有此更次。</translation>
    </message>
    <message>
        <source>A variance this large needs a reason: say why the cash is short or over.</source>
        <translation>差額較大，須填寫原因：請說明現金短少或多出的原因。</translation>
    </message>
    <message>
        <source>The notes and coins counted do not add up to the total entered.</source>
        <translation>點算的紙幣及硬幣與輸入的總額不符。</translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords in a day. A supervisor can unlock it.</source>
        <translation>此帳戶一天內輸入錯誤密碼 {failures} 次，已被鎖定。主管可以解鎖。</translation>
    </message>
    <message>
        <source>This account is locked for {minutes} minutes after {failures} wrong passwords, until {until}. A supervisor can unlock it sooner.</source>
        <translation>此帳戶輸入錯誤密碼 {failures} 次，已鎖定 {minutes} 分鐘，至 {until}。主管可以提早解鎖。</translation>
    </message>
    <message>
        <source>Your password was reset: choose your own password before you go on.</source>
        <translation>你的密碼已被重設：請先設定你自己的密碼才可繼續。</translation>
    </message>
    <message>
        <source>Too many sign-ins with unknown usernames at this counter: wait {seconds} seconds, then try again.</source>
        <translation>此櫃檯有太多次以不存在的用戶名稱登入：請等 {seconds} 秒後再試。</translation>
    </message>
    <message>
        <source>Count each note and coin as a whole number from 0 to 99,999.</source>
        <translation>每種紙幣及硬幣的數量須為 0 至 99,999 的整數。</translation>
    </message>
    <message>
        <source>That is not a Hong Kong note or coin.</source>
        <translation>這不是香港紙幣或硬幣。</translation>
    </message>
    <message>
        <source>This SIM card is already on line {line} of the file.</source>
        <translation>此 SIM 卡已在檔案第 {line} 行出現。</translation>
    </message>
    <message>
        <source>This number is already on line {line} of the file.</source>
        <translation>此號碼已在檔案第 {line} 行出現。</translation>
    </message>
    <message>
        <source>This PIN is already on line {line} of the file.</source>
        <translation>此充值密碼已在檔案第 {line} 行出現。</translation>
    </message>
    <message>
        <source>This serial number is already on line {line} of the file.</source>
        <translation>此序號已在檔案第 {line} 行出現。</translation>
    </message>
    <message>
        <source>The amount is too large: at most HK${maximum}.</source>
        <translation>金額太大：最多 {maximum} 港元。</translation>
    </message>
    <message>
        <source>Each payment must be more than HK$0.00 and at most HK${maximum}.</source>
        <translation>每筆付款金額須大於 0，最多 {maximum} 港元。</translation>
    </message>
    <message>
        <source>That is more cash than one sale takes (at most HK${maximum}): check the amount handed over.</source>
        <translation>現金超過一宗交易可收的金額（最多 {maximum} 港元）：請核對收到的金額。</translation>
    </message>
    <message>
        <source>Receipts and reports cannot be made: this PC has no Chinese font that can be embedded. Install one (fonts-wqy-microhei on Debian/Ubuntu, Microsoft JhengHei on Windows) or set the shop setting cjk_font_path.</source>
        <translation>無法製作收據及報表：這部電腦沒有可嵌入的中文字型。請安裝一款（Debian/Ubuntu 安裝 fonts-wqy-microhei，Windows 使用 Microsoft JhengHei），或在店舖設定 cjk_font_path。</translation>
    </message>
    <message>
        <source>Choose a card type from the list.</source>
        <translation>請從清單中選擇卡類。</translation>
    </message>
    <message>
        <source>Choose a carrier from the list.</source>
        <translation>請從清單中選擇網絡商。</translation>
    </message>
    <message>
        <source>Remind about lines expiring within 1 to 90 days (usually 7, 14 or 30).</source>
        <translation>提示範圍須為 1 至 90 日內到期的線路（一般為 7、14 或 30 日）。</translation>
    </message>
    <message>
        <source>The list holds 1 to 10,000 lines.</source>
        <translation>清單可列出 1 至 10,000 條線路。</translation>
    </message>
    <message>
        <source>No shift was closed at this counter on that day: there is no Z report to print.</source>
        <translation>此櫃檯當日沒有結更：沒有 Z 報表可列印。</translation>
    </message>
    <message>
        <source>This shift is closed: print its Z report instead.</source>
        <translation>此更已結束：請改為列印其 Z 報表。</translation>
    </message>
    <message>
        <source>This shift is still open: print an X report until it is closed.</source>
        <translation>此更仍未結束：結更前請列印 X 報表。</translation>
    </message>
    <message>
        <source>Write the reason (at least a few words).</source>
        <translation>請寫下原因（最少幾個字）。</translation>
    </message>
    <message>
        <source>Only a completed sale can be voided or refunded: this one is already voided, refunded or unfinished.</source>
        <translation>只有已完成的交易可以作廢或退款：此交易已作廢、已退款或未完成。</translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation>此交易已結束。</translation>
    </message>
    <message>
        <source>This sale is no longer open: find the line again.</source>
        <translation>此交易已不再進行中：請重新查找線路。</translation>
    </message>
    <message>
        <source>This counter&apos;s installation secret is missing, damaged or not the shop&apos;s: copy installation-secret.json from the shop&apos;s first counter into this counter&apos;s config folder.</source>
        <translation>此櫃檯的安裝密鑰檔案遺失、損壞或不屬於本店：請從本店第一個櫃檯複製 installation-secret.json 到此櫃檯的設定資料夾。</translation>
    </message>
    <message>
        <source>Enter the cash counted in the till.</source>
        <translation>請輸入錢箱內點算的現金。</translation>
    </message>
    <message>
        <source>A sale of this shift is unfinished: complete or abandon it first.</source>
        <translation>本更有未完成的交易：請先完成或放棄。</translation>
    </message>
    <message>
        <source>Enter the amount of cash moved.</source>
        <translation>請輸入存入或取出的現金金額。</translation>
    </message>
    <message>
        <source>Say why the cash is moved.</source>
        <translation>請說明存取現金的原因。</translation>
    </message>
    <message>
        <source>This line is closed or recycled: there is nothing to remind its holder of.</source>
        <translation>此線路已關閉或已回收：無須提醒登記人。</translation>
    </message>
    <message>
        <source>Choose a folder that exists and a file name.</source>
        <translation>請選擇現有的資料夾及輸入檔案名稱。</translation>
    </message>
    <message>
        <source>The shop&apos;s name cannot be empty.</source>
        <translation>店舖名稱不可留空。</translation>
    </message>
    <message>
        <source>This text has a character that cannot be printed, or is too long.</source>
        <translation>此文字含有無法列印的字元，或太長。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ).</source>
        <translation>電話號碼只可包含數字、空格及 + - ( )。</translation>
    </message>
    <message>
        <source>A BR number has only letters, digits, spaces and -.</source>
        <translation>商業登記號碼只可包含英文字母、數字、空格及 -。</translation>
    </message>
    <message>
        <source>There is no file at this path on this PC.</source>
        <translation>此電腦上沒有此路徑的檔案。</translation>
    </message>
    <message>
        <source>Choose 80 mm, 58 mm or A4.</source>
        <translation>請選擇 80 mm、58 mm 或 A4。</translation>
    </message>
    <message>
        <source>Choose Traditional or Simplified Chinese.</source>
        <translation>請選擇繁體或簡體中文。</translation>
    </message>
    <message>
        <source>Keep identity data 1 to 84 months.</source>
        <translation>身份資料保留期須為 1 至 84 個月。</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 100000.</source>
        <translation>請輸入 0 至 100000 的整數。</translation>
    </message>
    <message>
        <source>Type an amount from 0 to 10,000.00.</source>
        <translation>請輸入 0 至 10,000.00 的金額。</translation>
    </message>
    <message>
        <source>This printer name has a character that cannot be used.</source>
        <translation>此打印機名稱含有不可使用的字元。</translation>
    </message>
    <message>
        <source>Print 1 to 5 copies.</source>
        <translation>列印份數須為 1 至 5。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>請選擇是或否。</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>請從清單中選擇語言。</translation>
    </message>
    <message>
        <source>Lock after 1 to 120 minutes.</source>
        <translation>鎖定時間須為 1 至 120 分鐘。</translation>
    </message>
    <message>
        <source>There is no such counter in this shop.</source>
        <translation>本店沒有此櫃檯。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Renewal / top-up</source>
        <translation>續期／增值</translation>
    </message>
    <message>
        <source>New SIM</source>
        <translation>新 SIM 卡</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>充值券</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放棄</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>(no receipt)</source>
        <translation>（沒有收據）</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Everyone</source>
        <translation>所有店員</translation>
    </message>
    <message>
        <source>All finished sales</source>
        <translation>所有已結束的交易</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not finished / abandoned</source>
        <translation>未完成／已放棄</translation>
    </message>
    <message>
        <source>Voi&amp;d…</source>
        <translation>作廢(&amp;D)…</translation>
    </message>
    <message>
        <source>Refun&amp;d…</source>
        <translation>退款(&amp;D)…</translation>
    </message>
    <message>
        <source>Voi&amp;d or refund…</source>
        <translation>作廢或退款(&amp;D)…</translation>
    </message>
    <message>
        <source>A sale of this shift is voided.</source>
        <translation>本更的交易以「作廢」處理。</translation>
    </message>
    <message>
        <source>A sale of an earlier shift is refunded.</source>
        <translation>之前更次的交易以「退款」處理。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided.</source>
        <translation>收據 {receipt} 已作廢。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is refunded.</source>
        <translation>收據 {receipt} 已退款。</translation>
    </message>
    <message>
        <source>{count} sales shown, more below</source>
        <translation>已顯示 {count} 宗交易，下面還有更多</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation>{count} 宗交易</translation>
    </message>
    <message>
        <source>No sale matches this search.</source>
        <translation>沒有符合搜尋條件的交易。</translation>
    </message>
    <message>
        <source>Receipt or phone number (any date)</source>
        <translation>收據或電話號碼（不限日期）</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>搜尋(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>由(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>店員(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>狀態(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;print (copy)</source>
        <translation>重印（副本）(&amp;P)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳情</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>No registered document on file</source>
        <translation>沒有登記證件記錄</translation>
    </message>
    <message>
        <source>Registered: {document} {number}</source>
        <translation>登記證件：{document} {number}</translation>
    </message>
    <message>
        <source>Checking the document…</source>
        <translation>正在核對證件…</translation>
    </message>
    <message>
        <source>Identity confirmed: the document matches the registration.</source>
        <translation>身份已核實：證件與登記資料相符。</translation>
    </message>
    <message>
        <source>Locked after {count} failed checks: a supervisor must override.</source>
        <translation>核對失敗 {count} 次，已鎖定：須由主管批准。</translation>
    </message>
    <message>
        <source>The document does not match the registration: {count} attempts left.</source>
        <translation>證件與登記資料不符：尚餘 {count} 次機會。</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>實名核對</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>證件類別(&amp;T)</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>證件號碼(&amp;N)</translation>
    </message>
    <message>
        <source>Issuing &amp;country</source>
        <translation>簽發國家(&amp;C)</translation>
    </message>
    <message>
        <source>3-letter code on the passport, e.g. CHN (also HKSAR), GBR, PHL</source>
        <translation>護照上的 3 字母代碼，例如 CHN（包括香港特區）、GBR、PHL</translation>
    </message>
    <message>
        <source>Photo matches the customer (F8)</source>
        <translation>相片與顧客相符 (F8)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Supervisor override… (Enter)</source>
        <translation>主管批准… (Enter)</translation>
    </message>
    <message>
        <source>Verify (Enter)</source>
        <translation>核對 (Enter)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Find the line</source>
        <translation>搜尋號碼</translation>
    </message>
    <message>
        <source>Look up the number, SIM card (ICCID) or receipt typed or scanned</source>
        <translation>查找輸入或掃描的號碼、SIM 卡 (ICCID) 或收據</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>實名核對</translation>
    </message>
    <message>
        <source>The photo matches the customer</source>
        <translation>相片與顧客相符</translation>
    </message>
    <message>
        <source>Check the document; after 3 mismatches, the supervisor override</source>
        <translation>核對證件；3 次不符後由主管批准</translation>
    </message>
    <message>
        <source>Credit top-up, no ID needed</source>
        <translation>只增值話費，毋須證件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>選擇套餐</translation>
    </message>
    <message>
        <source>Take the chosen plan</source>
        <translation>確定所選套餐</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Card (last 4 digits and approval code)</source>
        <translation>信用卡（末 4 位數字及授權碼）</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>八達通</translation>
    </message>
    <message>
        <source>AlipayHK</source>
        <translation>AlipayHK</translation>
    </message>
    <message>
        <source>WeChat Pay HK</source>
        <translation>WeChat Pay HK</translation>
    </message>
    <message>
        <source>FPS (with its reference)</source>
        <translation>轉數快（連參考編號）</translation>
    </message>
    <message>
        <source>Add this tender to a split payment</source>
        <translation>加入此付款方式（分拆付款）</translation>
    </message>
    <message>
        <source>Complete the sale</source>
        <translation>完成交易</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Print the receipt (again: a copy, logged)</source>
        <translation>列印收據（再印為副本，並有記錄）</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>將收據儲存為 PDF</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>下一位顧客</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference of an item applied on the carrier&apos;s portal; Enter records it</source>
        <translation>在網絡商平台辦理的項目之網絡商參考編號；按 Enter 記錄</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何畫面</translation>
    </message>
    <message>
        <source>Go back; nothing typed is lost</source>
        <translation>返回；已輸入的內容不會遺失</translation>
    </message>
    <message>
        <source>Retry when the database banner shows</source>
        <translation>資料庫橫額出現時重試</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>後勤管理</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>前往分頁</translation>
    </message>
    <message>
        <source>X report (shift tab)</source>
        <translation>X 報表（更次及現金分頁）</translation>
    </message>
    <message>
        <source>Print the shift report (shift tab)</source>
        <translation>列印更次報表（更次及現金分頁）</translation>
    </message>
    <message>
        <source>Print the receipt shown (history tab)</source>
        <translation>列印顯示中的收據（銷售記錄分頁）</translation>
    </message>
    <message>
        <source>Save the receipt shown as PDF (history tab)</source>
        <translation>將顯示中的收據儲存為 PDF（銷售記錄分頁）</translation>
    </message>
    <message>
        <source>Reload the list (reminders tab)</source>
        <translation>重新整理清單（到期提示分頁）</translation>
    </message>
    <message>
        <source>Reload the list (outbox tab)</source>
        <translation>重新整理清單（發送跟進分頁）</translation>
    </message>
    <message>
        <source>Try the chosen job again (outbox tab)</source>
        <translation>重試所選的發送任務（發送跟進分頁）</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference; record the job as applied by hand (outbox tab)</source>
        <translation>網絡商參考編號；記錄為已人手辦理（發送跟進分頁）</translation>
    </message>
    <message>
        <source>Void or refund the chosen job&apos;s sale (outbox tab)</source>
        <translation>將所選任務的交易作廢或退款（發送跟進分頁）</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>返回櫃檯</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>Everything at the counter is done from the keyboard. Each button names its key.</source>
        <translation>櫃檯的一切操作都可用鍵盤完成；每個按鈕都註明其按鍵。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>LineSaleScreen</name>
    <message>
        <source>Started {time} · {number}</source>
        <translation>開始於 {time} · {number}</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（沒有線路）</translation>
    </message>
    <message>
        <source>Abandon them</source>
        <translation>放棄這些交易</translation>
    </message>
    <message>
        <source>Resume the last one</source>
        <translation>繼續最後一宗</translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation>未完成的交易</translation>
    </message>
    <message>
        <source>{count} sale(s) at this counter were not finished (the program stopped before payment). No money was recorded for them.</source>
        <translation>此櫃檯有 {count} 宗交易未完成（程式在收款前停止）。這些交易沒有記錄任何收款。</translation>
    </message>
    <message>
        <source>This line is closed. Nothing can be sold on it.</source>
        <translation>此線路已關閉，不能出售任何服務。</translation>
    </message>
    <message>
        <source>This number has been recycled by the carrier and cannot be renewed. Offer the customer a new SIM card.</source>
        <translation>此號碼已被網絡商回收，不能續期。請向顧客提供新 SIM 卡。</translation>
    </message>
    <message>
        <source>This line expired too long ago to be renewed at the counter (past the carrier&apos;s grace period). Offer the customer a new SIM card.</source>
        <translation>此線路過期太久（已超過網絡商的寬限期），不能在櫃檯續期。請向顧客提供新 SIM 卡。</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>號碼：{number}</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>套餐：{plan}</translation>
    </message>
    <message>
        <source>New expiry: {old} → {new}</source>
        <translation>新有效期：{old} → {new}</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s number, SIM card or receipt, and press Enter.</source>
        <translation>請輸入或掃描顧客的號碼、SIM 卡或收據，然後按 Enter。</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>尚餘 {days} 日</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 日前</translation>
    </message>
    <message>
        <source>Credit top-up, no ID needed (F9)</source>
        <translation>只增值話費，毋須證件 (F9)</translation>
    </message>
    <message>
        <source>&amp;Number or SIM card</source>
        <translation>號碼或 SIM 卡(&amp;N)</translation>
    </message>
    <message>
        <source>Type or scan: 9123 4567, +86 138 0013 8000, the SIM card number or a receipt</source>
        <translation>輸入或掃描：9123 4567、+86 138 0013 8000、SIM 卡號碼或收據</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>查詢 (Enter)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Data left</source>
        <translation>剩餘數據</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>登記人</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s number and press Enter.</source>
        <translation>請輸入或掃描顧客的號碼，然後按 Enter。</translation>
    </message>
    <message>
        <source>New SIM card (F11)</source>
        <translation>新 SIM 卡 (F11)</translation>
    </message>
    <message>
        <source>Sell a PIN voucher (F10)</source>
        <translation>出售充值券 (F10)</translation>
    </message>
    <message>
        <source>Back office (F12)</source>
        <translation>後勤管理 (F12)</translation>
    </message>
    <message>
        <source>Open drawer (F7)</source>
        <translation>開錢箱 (F7)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked. {name}&apos;s sale is kept: enter {name}&apos;s password to go on.</source>
        <translation>已鎖定。{name} 的交易已保留：請輸入 {name} 的密碼繼續。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>解鎖 (Enter)</translation>
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
        <source>Demo: clerk, supervisor or manager, password {password}</source>
        <translation>示範：clerk、supervisor 或 manager，密碼 {password}</translation>
    </message>
    <message>
        <source>The database did not answer: try again.</source>
        <translation>資料庫沒有回應：請再試。</translation>
    </message>
    <message>
        <source>Counter cannot use its database. Nothing has been changed.</source>
        <translation>Counter 無法使用資料庫。所有資料均未被更改。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>發生錯誤。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>你的密碼已更改。</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>錢箱</translation>
    </message>
    <message>
        <source>Open a shift first: only a supervisor or a manager may use the back office without one.</source>
        <translation>請先開更：只有主管或經理可在未開更時使用後台。</translation>
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
        <source>Clerk: {name}</source>
        <translation>店員：{name}</translation>
    </message>
    <message>
        <source>Clerk: not signed in</source>
        <translation>店員：未登入</translation>
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
        <source>{reason} The sale in progress is kept; nothing is lost.</source>
        <translation>{reason}進行中的交易已保留，沒有遺失任何資料。</translation>
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
        <source>Register and sell a &amp;new SIM card</source>
        <translation>登記及出售新 SIM 卡(&amp;N)</translation>
    </message>
    <message>
        <source>Sell a PIN &amp;voucher</source>
        <translation>出售充值券(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back office: history, shift, reports, admin</source>
        <translation>後勤管理：記錄、更次、報表、管理(&amp;B)</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer (no sale)…</source>
        <translation>打開錢箱（無交易）(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>鎖定櫃檯(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation>更換店員(&amp;S)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>更改我的密碼(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>按鍵一覽(&amp;K)…</translation>
    </message>
    <message>
        <source>Show the &amp;customer&apos;s screen</source>
        <translation>顯示顧客屏幕(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About Counter</source>
        <translation>關於 Counter(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NewSimScreen</name>
    <message>
        <source>No carrier has a plan to start a new SIM card with: a supervisor sets them up.</source>
        <translation>沒有網絡商設有開卡套餐：請主管設定。</translation>
    </message>
    <message>
        <source>The carriers and plans could not be shown.</source>
        <translation>未能顯示網絡商及套餐。</translation>
    </message>
    <message>
        <source>{plan} · {price}</source>
        <translation>{plan} · {price}</translation>
    </message>
    <message>
        <source>Why: we collect your personal data to register this SIM card in your name, as the Telecommunications (Registration of SIM Cards) Regulation (Cap. 106AI) requires, and to serve the line: renewals, top-ups and enquiries.

What: your name, date of birth, and the type and number of your identity document. {shop} keeps the document number only as a keyed code and a masked form; the carrier receives the registration details the Regulation requires.

Who receives them: the carrier (mobile network operator) of this SIM card.

Giving these data is obligatory: without them the SIM card cannot be registered or sold.

Access and correction: under the Personal Data (Privacy) Ordinance (Cap. 486) you may ask to see and correct your personal data by contacting {shop}.</source>
        <translation>收集目的：我們收集你的個人資料，是為了按《電訊（登記用戶識別卡）規例》（第 106AI 章）的規定以你的名義登記此 SIM 卡，並為此線路提供續期、增值及查詢服務。

收集的資料：你的姓名、出生日期，以及身份證明文件的類別及號碼。{shop} 只會以加密編碼及部分遮蓋的形式保存證件號碼；網絡商會收到該規例所規定的登記資料。

資料接收者：此 SIM 卡的網絡商（流動網絡營辦商）。

提供資料屬強制性：如不提供，此 SIM 卡將無法登記或出售。

查閱及更正：根據《個人資料（私隱）條例》（第 486 章），你可聯絡 {shop}，要求查閱及更正你的個人資料。</translation>
    </message>
    <message>
        <source>New SIM card: {carrier}, {card_type}</source>
        <translation>新 SIM 卡：{carrier}，{card_type}</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>號碼 {number}</translation>
    </message>
    <message>
        <source>{plan}, valid until {date}</source>
        <translation>{plan}，有效期至 {date}</translation>
    </message>
    <message>
        <source>Holder {name}, {document} {masked}</source>
        <translation>登記人 {name}，{document} {masked}</translation>
    </message>
    <message>
        <source>New SIM card: Personal Information Collection Statement</source>
        <translation>新 SIM 卡：收集個人資料聲明</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Customer has read it (Enter)</source>
        <translation>顧客已閱讀 (Enter)</translation>
    </message>
    <message>
        <source>New SIM card: registration</source>
        <translation>新 SIM 卡：實名登記</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>SIM 卡資料</translation>
    </message>
    <message>
        <source>C&amp;arrier</source>
        <translation>網絡商(&amp;A)</translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>卡類(&amp;T)</translation>
    </message>
    <message>
        <source>First &amp;plan</source>
        <translation>開卡套餐(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;number</source>
        <translation>新號碼(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mainland number</source>
        <translation>內地號碼(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;SIM card no. (ICCID)</source>
        <translation>SIM 卡號碼(&amp;S)（ICCID）</translation>
    </message>
    <message>
        <source>Scan the SIM card</source>
        <translation>掃描 SIM 卡</translation>
    </message>
    <message>
        <source>The holder, as on the document</source>
        <translation>登記人資料（須與證件相同）</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文姓名(&amp;E)</translation>
    </message>
    <message>
        <source>As on the document</source>
        <translation>與證件相同</translation>
    </message>
    <message>
        <source>C&amp;hinese name</source>
        <translation>中文姓名(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>出生日期(&amp;D)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY or YYYY-MM-DD</source>
        <translation>DD/MM/YYYY 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>D&amp;ocument type</source>
        <translation>證件類別(&amp;O)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>證件號碼(&amp;U)</translation>
    </message>
    <message>
        <source>Issuing &amp;country</source>
        <translation>簽發國家(&amp;C)</translation>
    </message>
    <message>
        <source>Photo on the document matches the customer (F8)</source>
        <translation>證件相片與顧客相符 (F8)</translation>
    </message>
    <message>
        <source>Enter: next field · F8: photo matches</source>
        <translation>Enter 下一欄 · F8 相片相符</translation>
    </message>
    <message>
        <source>Continue to payment (Enter)</source>
        <translation>繼續付款 (Enter)</translation>
    </message>
</context>
<context>
    <name>NotDone</name>
    <message>
        <source>Something went wrong; see the message with its reference.</source>
        <translation>出現問題；請參閱附有參考編號的訊息。</translation>
    </message>
</context>
<context>
    <name>OpenShiftScreen</name>
    <message>
        <source>No shift is open at this counter. Count the cash in the till and open one.</source>
        <translation>此櫃檯未開更。請點算錢箱現金並開更。</translation>
    </message>
    <message>
        <source>Cash &amp;float (HK$)</source>
        <translation>備用金(&amp;F)（港幣）</translation>
    </message>
    <message>
        <source>Open shift (Enter)</source>
        <translation>開更 (Enter)</translation>
    </message>
    <message>
        <source>Back office without a shift (F12)</source>
        <translation>不開更進入後台 (F12)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>嘗試次數</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後錯誤</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>{count} job(s) need a person</source>
        <translation>{count} 項任務需要人手處理</translation>
    </message>
    <message>
        <source>Nothing needs a person: no job failed or is in doubt, and none waits to be applied by hand.</source>
        <translation>沒有需要人手處理的任務：沒有發送失敗或結果未明的任務，也沒有待人手辦理的項目。</translation>
    </message>
    <message>
        <source>{reference}: tried again; the list is read again.</source>
        <translation>{reference}：已重試；清單已重新整理。</translation>
    </message>
    <message>
        <source>{reference}: recorded as applied by hand ({carrier_ref}).</source>
        <translation>{reference}：已記錄為人手辦理（{carrier_ref}）。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided.</source>
        <translation>收據 {receipt} 已作廢。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is refunded.</source>
        <translation>收據 {receipt} 已退款。</translation>
    </message>
    <message>
        <source>What did not reach the carrier or the customer by itself: jobs that failed, whose fate is not known, or that are to be applied on the carrier&apos;s portal.</source>
        <translation>未能自動送達網絡商或客戶的任務：發送失敗、結果未明，或須在網絡商平台辦理的項目。</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>重新整理 (F5)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Void or refund…</source>
        <translation>作廢或退款(&amp;V)…</translation>
    </message>
    <message>
        <source>Carrier&apos;s &amp;reference</source>
        <translation>網絡商參考編號(&amp;R)</translation>
    </message>
    <message>
        <source>as the carrier&apos;s portal gave it</source>
        <translation>按網絡商平台所提供</translation>
    </message>
    <message>
        <source>&amp;Applied by hand</source>
        <translation>已人手辦理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短訊</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>人手處理</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>短訊閘道</translation>
    </message>
    <message>
        <source>To apply on the carrier&apos;s portal</source>
        <translation>須在網絡商平台辦理</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待發送</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>發送中</translation>
    </message>
    <message>
        <source>Sent, waiting for the answer</source>
        <translation>已發送，等待回覆</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not known: to check</source>
        <translation>結果未明：待查核</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Applied on the carrier&apos;s portal ✓ (carrier&apos;s reference {reference})</source>
        <translation>已在網絡商平台辦理 ✓（網絡商參考編號 {reference}）</translation>
    </message>
    <message>
        <source>Apply it on the carrier&apos;s portal.</source>
        <translation>請在網絡商平台辦理。</translation>
    </message>
    <message>
        <source>Sent to the carrier ✓</source>
        <translation>已送達網絡商 ✓</translation>
    </message>
    <message>
        <source>Failed — call the supervisor: in the back office&apos;s Outbox tab they try it again or refund the sale.</source>
        <translation>失敗 — 請通知主管：主管可在後勤管理的「發送跟進」分頁重試或為交易退款。</translation>
    </message>
    <message>
        <source>Not known yet — the supervisor will check.</source>
        <translation>結果未明 — 主管會查核。</translation>
    </message>
    <message>
        <source>Not sent to the carrier: the sale was voided.</source>
        <translation>未送交網絡商：交易已作廢。</translation>
    </message>
    <message>
        <source>Waiting for the carrier…</source>
        <translation>等待網絡商…</translation>
    </message>
    <message>
        <source>Text to {number} delivered ✓</source>
        <translation>致 {number} 的短訊已送達 ✓</translation>
    </message>
    <message>
        <source>Text to {number} sent, not delivered yet</source>
        <translation>致 {number} 的短訊已發出，尚未送達</translation>
    </message>
    <message>
        <source>Text to {number} failed: the receipt is the customer&apos;s record.</source>
        <translation>致 {number} 的短訊發送失敗：收據即為客戶的記錄。</translation>
    </message>
    <message>
        <source>Text to {number} not sent: the sale was voided.</source>
        <translation>致 {number} 的短訊未發出：交易已作廢。</translation>
    </message>
    <message>
        <source>Text to {number} not sent: this counter has no SMS gateway.</source>
        <translation>致 {number} 的短訊未發出：此櫃檯未設定短訊閘道。</translation>
    </message>
    <message>
        <source>Text to {number} waiting to be sent…</source>
        <translation>致 {number} 的短訊等待發送…</translation>
    </message>
    <message>
        <source>{kind} ({provider}): {state}</source>
        <translation>{kind}（{provider}）：{state}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>參考編號 {reference}</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>嘗試 {count} 次</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最後錯誤：{error}</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Type the supervisor&apos;s username.</source>
        <translation>請輸入主管的用戶名稱。</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s password.</source>
        <translation>請輸入主管的密碼。</translation>
    </message>
    <message>
        <source>Write the reason for the override (at least {count} characters).</source>
        <translation>請寫下批准原因（最少 {count} 個字）。</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <source>The document does not match the registration. A supervisor can let this sale go on with their own username and password and a written reason; the override is recorded in the audit trail.</source>
        <translation>證件與登記資料不符。主管可輸入自己的用戶名稱、密碼及書面原因，批准繼續交易；批准會記錄於審計紀錄。</translation>
    </message>
    <message>
        <source>Supervisor &amp;username</source>
        <translation>主管用戶名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>This is more than the {remaining} left to pay.</source>
        <translation>這多於尚欠的 {remaining}。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>八達通</translation>
    </message>
    <message>
        <source>AlipayHK</source>
        <translation>AlipayHK</translation>
    </message>
    <message>
        <source>WeChat Pay HK</source>
        <translation>WeChat Pay HK</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>轉數快</translation>
    </message>
    <message>
        <source>{kind} {amount} (received {tendered}, change {change})</source>
        <translation>{kind} {amount}（收 {tendered}，找贖 {change}）</translation>
    </message>
    <message>
        <source>{kind} {amount} (card ending {last4}, approval {code})</source>
        <translation>{kind} {amount}（卡號尾 {last4}，批核 {code}）</translation>
    </message>
    <message>
        <source>{kind} {amount} (ref. {reference})</source>
        <translation>{kind} {amount}（參考編號 {reference}）</translation>
    </message>
    <message>
        <source>Scan with your bank app to pay {amount} by FPS</source>
        <translation>以銀行應用程式掃描，
以轉數快付款 {amount}</translation>
    </message>
    <message>
        <source>Left to pay: {amount}</source>
        <translation>尚欠：{amount}</translation>
    </message>
    <message>
        <source>Type the cash received, or press one of the amounts.</source>
        <translation>請輸入收到的現金，或按其中一個金額。</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>找贖：{change}</translation>
    </message>
    <message>
        <source>Short by {short}: take more cash or add another payment.</source>
        <translation>不足 {short}：請再收現金或加另一種付款。</translation>
    </message>
    <message>
        <source>This payment leaves {remaining} to pay: press Ctrl+Enter to add it, then take the rest.</source>
        <translation>此付款後尚欠 {remaining}：按 Ctrl+Enter 加入，再收餘額。</translation>
    </message>
    <message>
        <source>Read back to the customer before taking the money:</source>
        <translation>收款前請向顧客讀出：</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>應付總額</translation>
    </message>
    <message>
        <source>Cash (F1)</source>
        <translation>現金 (F1)</translation>
    </message>
    <message>
        <source>Card (F2)</source>
        <translation>信用卡 (F2)</translation>
    </message>
    <message>
        <source>Octopus (F3)</source>
        <translation>八達通 (F3)</translation>
    </message>
    <message>
        <source>AlipayHK (F4)</source>
        <translation>AlipayHK (F4)</translation>
    </message>
    <message>
        <source>WeChat Pay HK (F5)</source>
        <translation>WeChat Pay HK (F5)</translation>
    </message>
    <message>
        <source>FPS (F6)</source>
        <translation>轉數快 (F6)</translation>
    </message>
    <message>
        <source>Amount of this payment</source>
        <translation>此付款金額</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>收到現金</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如 100</translation>
    </message>
    <message>
        <source>Card: last 4 digits</source>
        <translation>信用卡號碼最後 4 位</translation>
    </message>
    <message>
        <source>From the terminal slip, e.g. 1234</source>
        <translation>見信用卡收據，例如 1234</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>批核編號</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>交易參考編號</translation>
    </message>
    <message>
        <source>No FPS QR code: the shop&apos;s FPS ID is not set. An admin can set it in Back office &gt; Settings.</source>
        <translation>沒有轉數快二維碼：本店未設定轉數快識別碼。管理員可在「後勤管理 &gt; 設定」設定。</translation>
    </message>
    <message>
        <source>Payments added</source>
        <translation>已加入的付款</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>刪除 (Del)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Add this payment (Ctrl+Enter)</source>
        <translation>加入此付款 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Complete sale (Enter)</source>
        <translation>完成交易 (Enter)</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>Recommended</source>
        <translation>推介</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No plan can be sold for this line today.</source>
        <translation>今天此線路沒有可出售的套餐。</translation>
    </message>
    <message>
        <source>New balance: {old} → {new}</source>
        <translation>新餘額：{old} → {new}</translation>
    </message>
    <message>
        <source>New expiry: {old} → {new}</source>
        <translation>新有效期：{old} → {new}</translation>
    </message>
    <message>
        <source>Expiry unchanged: {date}</source>
        <translation>有效期不變：{date}</translation>
    </message>
    <message>
        <source>To pay: {total}</source>
        <translation>應付：{total}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Credit +{amount}</source>
        <translation>增值 {amount}</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>餘額 {amount}</translation>
    </message>
    <message>
        <source>Data +{data}</source>
        <translation>數據 +{data}</translation>
    </message>
    <message>
        <source>Voice +{minutes} min</source>
        <translation>通話 +{minutes} 分鐘</translation>
    </message>
    <message>
        <source>Bonus data +{data}</source>
        <translation>贈送數據 +{data}</translation>
    </message>
    <message>
        <source>Bonus voice +{minutes} min</source>
        <translation>贈送通話 +{minutes} 分鐘</translation>
    </message>
    <message>
        <source>Bonus validity +{days} day</source>
        <translation>贈送有效期 +{days} 日</translation>
    </message>
    <message>
        <source>Bonus validity +{days} days</source>
        <translation>贈送有效期 +{days} 日</translation>
    </message>
    <message>
        <source>{promotion}: {amount} off</source>
        <translation>{promotion}：減 {amount}</translation>
    </message>
    <message>
        <source>Choose the plan</source>
        <translation>選擇套餐</translation>
    </message>
    <message>
        <source>↑ ↓ move · 1–9 pick a plan by its number</source>
        <translation>↑ ↓ 移動 · 按 1–9 直接選擇套餐</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Choose this plan (Enter)</source>
        <translation>選擇此套餐 (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在準備收據…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>已於 {printer} 列印。</translation>
    </message>
    <message>
        <source>Copy {number} printed on {printer}.</source>
        <translation>第 {number} 份副本已於 {printer} 列印。</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已儲存為 {path}。</translation>
    </message>
    <message>
        <source>The sale is saved.</source>
        <translation>交易已儲存。</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be written. Choose another folder.</source>
        <translation>未能儲存：無法寫入 {path}。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Print again (Ctrl+P)</source>
        <translation>再次列印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>列印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>將收據儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收據</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation>儲存 PDF (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>登記人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>尚餘日數</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>已致電</translation>
    </message>
    <message>
        <source>{days} (in grace)</source>
        <translation>{days}（寬限期內）</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>All carriers</source>
        <translation>所有網絡商</translation>
    </message>
    <message>
        <source>All card types</source>
        <translation>所有卡類</translation>
    </message>
    <message>
        <source>{count} line(s) exported to {file}.</source>
        <translation>已匯出 {count} 個號碼至 {file}。</translation>
    </message>
    <message>
        <source>{count} line(s) to phone</source>
        <translation>{count} 個號碼待致電</translation>
    </message>
    <message>
        <source>today {date}</source>
        <translation>今天 {date}</translation>
    </message>
    <message>
        <source>{number} marked as phoned.</source>
        <translation>已將 {number} 標記為已致電。</translation>
    </message>
    <message>
        <source>Export the reminders as CSV</source>
        <translation>將到期提示匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Expiring &amp;within</source>
        <translation>到期範圍(&amp;W)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日內</translation>
    </message>
    <message>
        <source>14 days</source>
        <translation>14 日內</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日內</translation>
    </message>
    <message>
        <source>and in &amp;grace</source>
        <translation>及寬限期內(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>網絡商(&amp;C)</translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>卡類(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mark contacted</source>
        <translation>標記為已聯絡(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Show lines already phoned</source>
        <translation>顯示已致電的線路(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>重新整理 (F5)</translation>
    </message>
    <message>
        <source>&amp;Outcome of the call</source>
        <translation>致電結果(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. will renew on Friday, no answer</source>
        <translation>例如：星期五續期、無人接聽</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>card type</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>所有櫃檯</translation>
    </message>
    <message>
        <source>No sales in these days.</source>
        <translation>此期間沒有交易。</translation>
    </message>
    <message>
        <source>{count} sales · gross {gross} · voided {voided} · refunded {refunded} · net {net}</source>
        <translation>{count} 宗交易 · 總額 {gross} · 作廢 {voided} · 退款 {refunded} · 淨額 {net}</translation>
    </message>
    <message>
        <source>Net sales by {breakdown}, {first} to {last}</source>
        <translation>按{breakdown}劃分的淨銷售額，{first} 至 {last}</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>未能製作報表：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>將報表儲存為 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>將報表儲存為 CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>試算表用 CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Sales reports</source>
        <translation>銷售報表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>由</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>本星期(&amp;W)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <source>L&amp;ast month</source>
        <translation>上月(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>儲存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>儲存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Sales by</source>
        <translation>劃分方式</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>淨銷售額</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Void a sale</source>
        <translation>作廢交易</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>交易退款</translation>
    </message>
    <message>
        <source>Void receipt {receipt}</source>
        <translation>作廢收據 {receipt}</translation>
    </message>
    <message>
        <source>Refund receipt {receipt}</source>
        <translation>退款：收據 {receipt}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>金額：{amount}</translation>
    </message>
    <message>
        <source>The line&apos;s expiry goes back to {date}, with its balance and data.</source>
        <translation>線路有效期會回復至 {date}，餘額及數據亦會還原。</translation>
    </message>
    <message>
        <source>The new SIM&apos;s line is closed; its number can be used again.</source>
        <translation>新 SIM 卡的線路會關閉；其號碼可再次使用。</translation>
    </message>
    <message>
        <source>The line stays as it is: a later sale has changed it since.</source>
        <translation>線路維持現狀：之後的交易已更改此線路。</translation>
    </message>
    <message>
        <source>The voucher PIN is voided: it can never be sold again.</source>
        <translation>充值券密碼會作廢，永不再出售。</translation>
    </message>
    <message>
        <source>The sale keeps its receipt number; nothing is deleted.</source>
        <translation>交易保留原收據編號，不會刪除任何資料。</translation>
    </message>
    <message>
        <source>Cash: give back {amount} from the drawer.</source>
        <translation>現金：從錢箱退回 {amount}。</translation>
    </message>
    <message>
        <source>Card: refund {amount} on the card terminal to the card ending {last4} (original approval code {code}).</source>
        <translation>信用卡：在信用卡終端機退款 {amount} 至尾號 {last4} 的卡（原批核編號 {code}）。</translation>
    </message>
    <message>
        <source>{tender}: give back {amount} through {tender} (the channel it was paid by), quoting the original reference {reference}.</source>
        <translation>{tender}：經{tender}（原付款途徑）退回 {amount}，註明原參考編號 {reference}。</translation>
    </message>
    <message>
        <source>Write the reason (at least {count} characters).</source>
        <translation>請寫下原因（最少 {count} 個字）。</translation>
    </message>
    <message>
        <source>A supervisor types their username here.</source>
        <translation>主管在此輸入用戶名稱。</translation>
    </message>
    <message>
        <source>The supervisor types their password here.</source>
        <translation>主管在此輸入密碼。</translation>
    </message>
    <message>
        <source>Void or refund</source>
        <translation>作廢或退款</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Supervisor &amp;username</source>
        <translation>主管用戶名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>{when} at {counter} by {clerk}</source>
        <translation>{when}，櫃檯 {counter}，店員 {clerk}</translation>
    </message>
    <message>
        <source>(second number {number})</source>
        <translation>（第二號碼 {number}）</translation>
    </message>
    <message>
        <source>Voucher serial {serial}</source>
        <translation>充值券序號 {serial}</translation>
    </message>
    <message>
        <source>Printed again {count} time(s).</source>
        <translation>已重印 {count} 次。</translation>
    </message>
    <message>
        <source>card ending {last4}, approval {code}</source>
        <translation>卡號尾 {last4}，批核 {code}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>參考編號 {reference}</translation>
    </message>
    <message>
        <source>(new SIM)</source>
        <translation>（新 SIM 卡）</translation>
    </message>
    <message>
        <source>the document matched the registration</source>
        <translation>證件與登記資料相符</translation>
    </message>
    <message>
        <source>the document did not match</source>
        <translation>證件不符</translation>
    </message>
    <message>
        <source>overridden by {name}</source>
        <translation>由 {name} 批准</translation>
    </message>
    <message>
        <source>Identity check: {result}</source>
        <translation>實名核對：{result}</translation>
    </message>
    <message>
        <source>Identity check ({document}): {result}</source>
        <translation>實名核對（{document}）：{result}</translation>
    </message>
    <message>
        <source>{when}, approved by {approver} (asked by {clerk})</source>
        <translation>{when}，由 {approver} 批准（{clerk} 申請）</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Amount {amount}; cash given back {cash}; line restored: {restored}</source>
        <translation>金額 {amount}；退回現金 {cash}；線路已還原：{restored}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Choose a sale to see its details.</source>
        <translation>請選擇交易以查看詳情。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原價</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已收金額</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找贖</translation>
    </message>
    <message>
        <source>The line, before → after</source>
        <translation>號碼：之前 → 之後</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Data left</source>
        <translation>剩餘數據</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之後</translation>
    </message>
    <message>
        <source>Carrier and SMS</source>
        <translation>網絡商及短訊</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>Not saved yet: the database did not answer.</source>
        <translation>尚未儲存：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>Something went wrong; the sale is kept.</source>
        <translation>出現問題；交易已保留。</translation>
    </message>
</context>
<context>
    <name>SalesReportModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>網絡商</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡類</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店員</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目數</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款筆數</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易宗數</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>總額</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>淨額</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>無法使用資料庫</translation>
    </message>
    <message>
        <source>The sale in progress is kept. Check the network and retry.</source>
        <translation>進行中的交易已保留。請檢查網絡後重試。</translation>
    </message>
</context>
<context>
    <name>ShiftReportPanel</name>
    <message>
        <source>Preparing the X report…</source>
        <translation>正在準備 X 報表…</translation>
    </message>
    <message>
        <source>X report of shift {number} at {time}: figures so far, not a close.</source>
        <translation>更次 {number} 於 {time} 的 X 報表：截至目前的數字，並非結更。</translation>
    </message>
    <message>
        <source>Preparing the Z report…</source>
        <translation>正在準備 Z 報表…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>已於 {printer} 列印。</translation>
    </message>
    <message>
        <source>Archived as {file}.</source>
        <translation>已存檔為 {file}。</translation>
    </message>
    <message>
        <source>The shift is closed all the same.</source>
        <translation>更次仍已結束。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <source>X report (F9)</source>
        <translation>X 報表 (F9)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>列印 (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>{tender} {taken} taken · {back} voided/refunded · net {net}</source>
        <translation>{tender} 收款 {taken} · 作廢及退款 {back} · 淨額 {net}</translation>
    </message>
    <message>
        <source>Shift {number} at counter {counter}</source>
        <translation>櫃檯 {counter} 更次 {number}</translation>
    </message>
    <message>
        <source>Opened by {name}, {date} {time}</source>
        <translation>由 {name} 開更，{date} {time}</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>請說明現金存入或取出的原因。</translation>
    </message>
    <message>
        <source>{amount} put into the till.</source>
        <translation>已存入錢箱 {amount}。</translation>
    </message>
    <message>
        <source>{amount} taken out of the till.</source>
        <translation>已從錢箱取出 {amount}。</translation>
    </message>
    <message>
        <source>Say why the cash is {variance}: a variance over {threshold} needs a reason.</source>
        <translation>請說明現金{variance}的原因：差額超過 {threshold} 須填寫原因。</translation>
    </message>
    <message>
        <source>Close the shift?</source>
        <translation>確定結更？</translation>
    </message>
    <message>
        <source>Close shift {number} with {counted} counted (expected {expected}, variance {variance})? The Z report is printed and archived; a closed shift cannot be reopened.</source>
        <translation>以點算金額 {counted} 結束更次 {number}（應有 {expected}，差額 {variance}）？Z 報表會列印及存檔；已結束的更次不能重開。</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>結更</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Closing the shift…</source>
        <translation>正在結更…</translation>
    </message>
    <message>
        <source>Shift {number} is closed</source>
        <translation>更次 {number} 已結束</translation>
    </message>
    <message>
        <source>Counted {counted}, expected {expected}: {variance}.</source>
        <translation>點算 {counted}，應有 {expected}：{variance}。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>No shift is open at this counter. Open one on the counter screen by counting the float into the till.</source>
        <translation>此櫃檯未開更。請在櫃檯畫面點算備用金放入錢箱以開更。</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation>本更至今</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>銷售</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <source>Cash takings</source>
        <translation>現金收入</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Awaiting carrier</source>
        <translation>待網絡商確認</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>備用金</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>現金退款</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>現金存入</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>現金取出</translation>
    </message>
    <message>
        <source>Expected cash in the till</source>
        <translation>錢箱應有現金</translation>
    </message>
    <message>
        <source>Cash in or out of the till</source>
        <translation>錢箱存取現金</translation>
    </message>
    <message>
        <source>&amp;Amount (HK$)</source>
        <translation>金額（HK$）(&amp;A)</translation>
    </message>
    <message>
        <source>Cash &amp;in</source>
        <translation>存入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. coins from the bank</source>
        <translation>例如：從銀行換來的硬幣</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>取出(&amp;O)</translation>
    </message>
    <message>
        <source>Close the shift: count the cash (Enter moves down)</source>
        <translation>結更：點算現金（按 Enter 移至下一項）</translation>
    </message>
    <message>
        <source>&amp;Close the shift…</source>
        <translation>結更(&amp;C)…</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>請輸入用戶名稱及密碼。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <source>Sign in to serve at this counter</source>
        <translation>登入此櫃檯</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用戶名稱(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登入 (Enter)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Number-keeping card</source>
        <translation>保號卡</translation>
    </message>
    <message>
        <source>HK registered card</source>
        <translation>香港註冊卡</translation>
    </message>
    <message>
        <source>China–HK dual card</source>
        <translation>中港通卡</translation>
    </message>
    <message>
        <source>Data card</source>
        <translation>流量卡</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份證</translation>
    </message>
    <message>
        <source>Mainland Resident ID / Residence Permit</source>
        <translation>內地居民身份證／居住證</translation>
    </message>
    <message>
        <source>Macao Resident ID card</source>
        <translation>澳門居民身份證</translation>
    </message>
    <message>
        <source>Exit-Entry Permit to HK and Macao</source>
        <translation>往來港澳通行證</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>回鄉證</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>護照</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>八達通</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>轉數快</translation>
    </message>
</context>
<context>
    <name>VoucherScreen</name>
    <message>
        <source>Sell a PIN voucher</source>
        <translation>出售充值券</translation>
    </message>
    <message>
        <source>↑ ↓ choose the carrier and value · Enter sells it · Esc back to the counter</source>
        <translation>↑ ↓ 選擇網絡商及面值 · Enter 出售 · Esc 返回櫃檯</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Sell this voucher (Enter)</source>
        <translation>出售此充值券 (Enter)</translation>
    </message>
    <message>
        <source>There are no PIN vouchers in stock: a supervisor imports them.</source>
        <translation>沒有充值券存貨：請主管匯入。</translation>
    </message>
    <message>
        <source>Every voucher is sold out.</source>
        <translation>所有充值券已售罄。</translation>
    </message>
    <message>
        <source>The voucher stock could not be read: the database did not answer.</source>
        <translation>無法讀取充值券存貨：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>Choose a voucher that is in stock.</source>
        <translation>請選擇有存貨的充值券。</translation>
    </message>
    <message>
        <source>PIN voucher: {carrier} {face_value}</source>
        <translation>充值券：{carrier} {face_value}</translation>
    </message>
</context>
<context>
    <name>VoucherStockModel</name>
    <message>
        <source>{carrier} {face_value} — out of stock</source>
        <translation>{carrier} {face_value} — 已售罄</translation>
    </message>
    <message>
        <source>{carrier} {face_value} — {available} in stock</source>
        <translation>{carrier} {face_value} — 存貨 {available}</translation>
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
