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
    <name>ErrorText</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用戶名稱或密碼錯誤。</translation>
    </message>
    <message>
        <source>This account is locked after 5 wrong passwords. A supervisor can unlock it.</source>
        <translation>此帳戶因密碼錯誤 5 次已被鎖定，請主管解鎖。</translation>
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
        <source>The amount is too large.</source>
        <translation>金額太大。</translation>
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
        <source>No voucher of this value is left in stock.</source>
        <translation>此面值的充值券已無存貨。</translation>
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
        <source>Supervisor override…</source>
        <translation>主管批准…</translation>
    </message>
    <message>
        <source>Verify (Enter)</source>
        <translation>核對 (Enter)</translation>
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
        <source>Demo: clerk or supervisor, password {password}</source>
        <translation>示範：clerk 或 supervisor，密碼 {password}</translation>
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
        <translation>職員：{name}</translation>
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
        <source>Register and sell a &amp;new SIM card</source>
        <translation>登記及出售新 SIM 卡(&amp;N)</translation>
    </message>
    <message>
        <source>Sell a PIN &amp;voucher</source>
        <translation>出售充值券(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>鎖定櫃檯(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation>更換職員(&amp;S)</translation>
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
    <name>NewSimScreen</name>
    <message>
        <source>No carrier has a plan to start a new SIM card with: a supervisor sets them up.</source>
        <translation>沒有網絡商設有開卡套餐：請主管設定。</translation>
    </message>
    <message>
        <source>The carriers and plans could not be read: the database did not answer.</source>
        <translation>無法讀取網絡商及套餐：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>資料庫無法使用</translation>
    </message>
    <message>
        <source>The carriers and plans could not be read. Check the network and retry.</source>
        <translation>無法讀取網絡商及套餐。請檢查網絡後重試。</translation>
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
        <source>Receipt {receipt_no}</source>
        <translation>收據 {receipt_no}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Paid {total}</source>
        <translation>已付 {total}</translation>
    </message>
    <message>
        <source>Change {change}</source>
        <translation>找贖 {change}</translation>
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
    <message>
        <source>New SIM card registered and sold</source>
        <translation>新 SIM 卡已登記及售出</translation>
    </message>
    <message>
        <source>Give the customer the SIM card and the receipt; ask them to keep the receipt.</source>
        <translation>請將 SIM 卡及收據交給顧客，並提醒顧客保留收據。</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顧客 (Enter)</translation>
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
        <source>Not saved: {path} cannot be written. Choose another folder.</source>
        <translation>未能儲存：無法寫入 {path}。請選擇其他資料夾。</translation>
    </message>
    <message>
        <source>No receipt: this PC has no Chinese font that can be embedded in it. Install one: on Debian/Ubuntu fonts-wqy-microhei, on Windows Microsoft JhengHei; or set the shop setting cjk_font_path to a TrueType (.ttf/.ttc) Chinese font. The sale is saved.</source>
        <translation>未能製作收據：這部電腦沒有可嵌入收據的中文字型。請安裝一款：Debian/Ubuntu 安裝 fonts-wqy-microhei，Windows 使用 Microsoft JhengHei（微軟正黑體）；或在店舖設定 cjk_font_path 指定 TrueType（.ttf/.ttc）中文字型。交易已儲存。</translation>
    </message>
    <message>
        <source>Not printed: the database did not answer. The sale is saved.</source>
        <translation>未能列印：資料庫沒有回應。交易已儲存。</translation>
    </message>
    <message>
        <source>The sale is saved; only the receipt was not printed. Check the printer and retry.</source>
        <translation>交易已儲存，只是收據未能列印。請檢查打印機，然後重試。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not installed on this PC. The sale is saved.</source>
        <translation>未能列印：這部電腦沒有安裝打印機 {printer}。交易已儲存。</translation>
    </message>
    <message>
        <source>Not printed: this PC has no default printer; choose one in the settings. The sale is saved.</source>
        <translation>未能列印：這部電腦沒有預設打印機，請在設定中選擇。交易已儲存。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} did not take the receipt. Is it on and online? The sale is saved.</source>
        <translation>未能列印：打印機 {printer} 沒有接收收據。請檢查是否已開機及連線。交易已儲存。</translation>
    </message>
    <message>
        <source>The receipt could not be made. The sale is saved.</source>
        <translation>未能製作收據。交易已儲存。</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>打印機問題</translation>
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
    <name>SaleScreen</name>
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
        <source>Receipt {receipt_no}</source>
        <translation>收據 {receipt_no}</translation>
    </message>
    <message>
        <source>{time} · counter {counter} · {clerk}</source>
        <translation>{time} · 櫃檯 {counter} · {clerk}</translation>
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
        <source>Type or scan the customer&apos;s number, SIM card or receipt, and press Enter.</source>
        <translation>請輸入或掃描顧客的號碼、SIM 卡或收據，然後按 Enter。</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s number and press Enter.</source>
        <translation>請輸入或掃描顧客的號碼，然後按 Enter。</translation>
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
        <source>New SIM card (F11)</source>
        <translation>新 SIM 卡 (F11)</translation>
    </message>
    <message>
        <source>Sell a PIN voucher (F10)</source>
        <translation>出售充值券 (F10)</translation>
    </message>
    <message>
        <source>Sale complete</source>
        <translation>交易完成</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顧客 (Enter)</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <source>Database not available</source>
        <translation>資料庫無法使用</translation>
    </message>
    <message>
        <source>The sale in progress is kept. Check the network and retry.</source>
        <translation>進行中的交易已保留。請檢查網絡後重試。</translation>
    </message>
    <message>
        <source>Not saved yet: the database did not answer.</source>
        <translation>尚未儲存：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>Something went wrong; the sale is kept.</source>
        <translation>發生錯誤；交易已保留。</translation>
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
        <source>Voucher sold</source>
        <translation>充值券已售出</translation>
    </message>
    <message>
        <source>PIN — read it to the customer or give the printed voucher</source>
        <translation>充值密碼：讀給顧客或交予列印的充值券</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顧客 (Enter)</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>資料庫無法使用</translation>
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
        <source>The voucher stock could not be read. Check the network and retry.</source>
        <translation>無法讀取充值券存貨。請檢查網絡後重試。</translation>
    </message>
    <message>
        <source>Choose a voucher that is in stock.</source>
        <translation>請選擇有存貨的充值券。</translation>
    </message>
    <message>
        <source>PIN voucher: {carrier} {face_value}</source>
        <translation>充值券：{carrier} {face_value}</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>收據 {receipt_no}</translation>
    </message>
    <message>
        <source>Paid {total}</source>
        <translation>已付 {total}</translation>
    </message>
    <message>
        <source>Change {change}</source>
        <translation>找贖 {change}</translation>
    </message>
    <message>
        <source>{carrier} voucher {face_value}</source>
        <translation>{carrier} 充值券 {face_value}</translation>
    </message>
    <message>
        <source>Serial {serial}</source>
        <translation>序號 {serial}</translation>
    </message>
    <message>
        <source>Use by {date}</source>
        <translation>使用期限 {date}</translation>
    </message>
    <message>
        <source>Fetching the PIN…</source>
        <translation>正在取得充值密碼…</translation>
    </message>
    <message>
        <source>The PIN could not be read: the database did not answer.</source>
        <translation>無法讀取充值密碼：資料庫沒有回應。</translation>
    </message>
    <message>
        <source>The voucher is sold; its PIN could not be read. Retry to show it.</source>
        <translation>充值券已售出，但未能讀取充值密碼。請重試以顯示。</translation>
    </message>
    <message>
        <source>The PIN could not be shown.</source>
        <translation>未能顯示充值密碼。</translation>
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
