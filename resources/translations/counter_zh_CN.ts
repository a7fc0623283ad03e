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
    <name>DatabaseBanner</name>
    <message>
        <source>The database is not answering. The sale in progress is kept; nothing is lost. Check the network or the shop&apos;s server, then retry.</source>
        <translation>数据库没有回应。进行中的交易已保留，没有任何数据丢失。请检查网络或门店的服务器，然后重试。</translation>
    </message>
    <message>
        <source>Retry (Ctrl+R)</source>
        <translation>重试 (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>This account is locked after 5 wrong passwords. A supervisor can unlock it.</source>
        <translation>此账户因密码错误 5 次已被锁定，请主管解锁。</translation>
    </message>
    <message>
        <source>This needs a supervisor&apos;s own username and password.</source>
        <translation>此操作须由主管输入自己的用户名及密码。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>你的职级不可进行此操作。</translation>
    </message>
    <message>
        <source>No shift is open at this counter: open one with the float.</source>
        <translation>此柜台未开班：请点算备用金并开班。</translation>
    </message>
    <message>
        <source>Enter the cash float in the till.</source>
        <translation>请输入钱箱内的备用金。</translation>
    </message>
    <message>
        <source>A shift is already open at this counter.</source>
        <translation>此柜台已经开班。</translation>
    </message>
    <message>
        <source>Type or scan a phone number or SIM card number.</source>
        <translation>请输入或扫描电话号码或 SIM 卡号码。</translation>
    </message>
    <message>
        <source>No line has this number or SIM card.</source>
        <translation>没有使用此号码或 SIM 卡的线路。</translation>
    </message>
    <message>
        <source>No sale has this receipt number in this shop.</source>
        <translation>本店没有此收据编号的交易。</translation>
    </message>
    <message>
        <source>Type a mobile number, e.g. 9123 4567.</source>
        <translation>请输入手机号码，例如 9123 4567。</translation>
    </message>
    <message>
        <source>This is not a mobile number: check the digits.</source>
        <translation>这不是有效的手机号码：请检查数字。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, hyphens and a leading +.</source>
        <translation>电话号码只可包含数字、空格、连字号及开头的 +。</translation>
    </message>
    <message>
        <source>Type the number with the digits 0-9.</source>
        <translation>请用数字 0-9 输入号码。</translation>
    </message>
    <message>
        <source>Only Hong Kong, Macau and mainland numbers are served here.</source>
        <translation>本店只处理香港、澳门及内地号码。</translation>
    </message>
    <message>
        <source>This is not a mobile number (fixed line or service number).</source>
        <translation>这不是手机号码（固网或服务号码）。</translation>
    </message>
    <message>
        <source>A SIM card number has 19 or 20 digits starting with 89.</source>
        <translation>SIM 卡号码为 89 开头的 19 或 20 位数字。</translation>
    </message>
    <message>
        <source>The SIM card number&apos;s last digit does not match: scan again.</source>
        <translation>SIM 卡号码的检查码不符：请再扫描。</translation>
    </message>
    <message>
        <source>The text holds invisible characters: type it again.</source>
        <translation>内容含有隐形字符：请重新输入。</translation>
    </message>
    <message>
        <source>The text holds control characters: type it again.</source>
        <translation>内容含有控制字符：请重新输入。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>内容太长。</translation>
    </message>
    <message>
        <source>Confirm that the photo on the document matches the customer.</source>
        <translation>请确认证件相片与顾客相符。</translation>
    </message>
    <message>
        <source>This carrier does not accept this document type.</source>
        <translation>此运营商不接受这类证件。</translation>
    </message>
    <message>
        <source>Check the customer&apos;s identity document first.</source>
        <translation>请先核对顾客的身份证明文件。</translation>
    </message>
    <message>
        <source>Type the document number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>An HKID is 1 or 2 letters, 6 digits and a check digit.</source>
        <translation>香港身份证号码为 1 或 2 个英文字母、6 位数字及检查码。</translation>
    </message>
    <message>
        <source>The HKID check digit does not match: check each character against the card.</source>
        <translation>香港身份证检查码不符：请逐个字核对证件。</translation>
    </message>
    <message>
        <source>Choose the kind of document.</source>
        <translation>请选择证件类别。</translation>
    </message>
    <message>
        <source>A Macao ID number is 1, 5 or 7, 6 digits and a check digit.</source>
        <translation>澳门居民身份证号码以 1、5 或 7 开头，其后为 6 位数字及检查码。</translation>
    </message>
    <message>
        <source>An Exit-Entry Permit number is C and 8 more characters, e.g. C12345678.</source>
        <translation>往来港澳通行证号码以 C 开头，其后为 8 个字符，例如 C12345678。</translation>
    </message>
    <message>
        <source>A Home Return Permit number is H or M and 8 digits, e.g. H12345678.</source>
        <translation>回乡证号码以 H 或 M 开头，其后为 8 位数字，例如 H12345678。</translation>
    </message>
    <message>
        <source>A passport number is 5 to 9 letters and digits, with at least one digit.</source>
        <translation>护照号码为 5 至 9 个英文字母或数字，至少包含 1 个数字。</translation>
    </message>
    <message>
        <source>Type the passport&apos;s 3-letter issuing country, e.g. CHN (also HKSAR), GBR, PHL.</source>
        <translation>请输入护照上的 3 字母签发国家代码，例如 CHN（包括香港特区）、GBR、PHL。</translation>
    </message>
    <message>
        <source>A mainland ID number is 17 digits and a check digit (0-9 or X).</source>
        <translation>内地身份证号码为 17 位数字及 1 位检查码（0-9 或 X）。</translation>
    </message>
    <message>
        <source>The mainland ID number&apos;s last character does not match: check each digit.</source>
        <translation>内地身份证号码的检查码（最后一位）不符：请逐位核对。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 of a mainland ID number are not a real date of birth.</source>
        <translation>内地身份证号码第 7 至 14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The first 6 digits of the mainland ID number are not a known region.</source>
        <translation>内地身份证号码的前 6 位不是已知的地区代码。</translation>
    </message>
    <message>
        <source>Type or scan the SIM card number (ICCID).</source>
        <translation>请输入或扫描 SIM 卡号码（ICCID）。</translation>
    </message>
    <message>
        <source>The text holds a broken character: type it again.</source>
        <translation>内容含有损坏的字符：请重新输入。</translation>
    </message>
    <message>
        <source>Type the holder&apos;s name as on the document, in English or Chinese.</source>
        <translation>请按证件输入登记人的英文或中文姓名。</translation>
    </message>
    <message>
        <source>The English name may hold only letters, spaces, hyphens, commas and apostrophes.</source>
        <translation>英文姓名只可包含英文字母、空格、连字号、逗号及撇号。</translation>
    </message>
    <message>
        <source>The Chinese name may hold only Chinese characters.</source>
        <translation>中文姓名只可包含汉字。</translation>
    </message>
    <message>
        <source>The date of birth must be a past date, after 1900.</source>
        <translation>出生日期必须是 1900 年之后、今天之前的日期。</translation>
    </message>
    <message>
        <source>Type the date of birth as on the document.</source>
        <translation>请按证件输入出生日期。</translation>
    </message>
    <message>
        <source>Not a real date: type it as DD/MM/YYYY or YYYY-MM-DD, e.g. 04/05/1990.</source>
        <translation>日期无效：请以 DD/MM/YYYY 或 YYYY-MM-DD 格式输入，例如 04/05/1990。</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>请选择运营商。</translation>
    </message>
    <message>
        <source>Choose the card type.</source>
        <translation>请选择卡类。</translation>
    </message>
    <message>
        <source>Choose the first plan for the new card.</source>
        <translation>请选择新卡的开卡套餐。</translation>
    </message>
    <message>
        <source>A China–HK dual card needs its mainland number; other cards have none.</source>
        <translation>中港通卡须填写内地号码；其他卡类没有内地号码。</translation>
    </message>
    <message>
        <source>This document already holds as many prepaid SIM cards with this carrier as one person may have.</source>
        <translation>此证件在此运营商登记的预付 SIM 卡已达每人上限。</translation>
    </message>
    <message>
        <source>This number already belongs to a line: check the number on the SIM pack.</source>
        <translation>此号码已被其他线路使用：请核对 SIM 卡包装上的号码。</translation>
    </message>
    <message>
        <source>This SIM card is already registered: take another card.</source>
        <translation>此 SIM 卡已经登记：请改用另一张卡。</translation>
    </message>
    <message>
        <source>This sale was given up: continue again to start a new one.</source>
        <translation>此交易已放弃：请再按“继续”开始新交易。</translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation>请写下批准的原因。</translation>
    </message>
    <message>
        <source>This number was recycled by the carrier: sell a new SIM instead.</source>
        <translation>此号码已被运营商回收：请改为出售新 SIM 卡。</translation>
    </message>
    <message>
        <source>This plan is not offered for this line.</source>
        <translation>此线路不能选用这个套餐。</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 100 or 100.50.</source>
        <translation>请输入金额，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>At most 2 decimal places (cents).</source>
        <translation>最多 2 位小数（分）。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不可为负数。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额太大。</translation>
    </message>
    <message>
        <source>Type the amount as digits, e.g. 100 or 100.50.</source>
        <translation>请以数字输入金额，例如 100 或 100.50。</translation>
    </message>
    <message>
        <source>Type the amount with the digits 0-9.</source>
        <translation>请用数字 0-9 输入金额。</translation>
    </message>
    <message>
        <source>The amount must be more than HK$0.00.</source>
        <translation>金额必须多于 HK$0.00。</translation>
    </message>
    <message>
        <source>The payments do not add up to the total.</source>
        <translation>付款合计与总额不符。</translation>
    </message>
    <message>
        <source>The cash handed over is less than the amount.</source>
        <translation>收到的现金少于应付金额。</translation>
    </message>
    <message>
        <source>Enter the last 4 digits of the card from the terminal slip.</source>
        <translation>请输入收据上银行卡号码的最后 4 位。</translation>
    </message>
    <message>
        <source>Enter the approval code from the terminal slip.</source>
        <translation>请输入银行卡收据上的授权编号。</translation>
    </message>
    <message>
        <source>Enter the transaction reference (4-40 letters or digits).</source>
        <translation>请输入交易参考编号（4 至 40 个字母或数字）。</translation>
    </message>
    <message>
        <source>Take the payment first.</source>
        <translation>请先收款。</translation>
    </message>
    <message>
        <source>No voucher of this value is left in stock.</source>
        <translation>此面值的充值券已无存货。</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>No registered document on file</source>
        <translation>没有登记证件记录</translation>
    </message>
    <message>
        <source>Registered: {document} {number}</source>
        <translation>登记证件：{document} {number}</translation>
    </message>
    <message>
        <source>Checking the document…</source>
        <translation>正在核对证件…</translation>
    </message>
    <message>
        <source>Identity confirmed: the document matches the registration.</source>
        <translation>身份已核实：证件与登记资料相符。</translation>
    </message>
    <message>
        <source>Locked after {count} failed checks: a supervisor must override.</source>
        <translation>核对失败 {count} 次，已锁定：须由主管批准。</translation>
    </message>
    <message>
        <source>The document does not match the registration: {count} attempts left.</source>
        <translation>证件与登记资料不符：尚余 {count} 次机会。</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>实名核对</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>证件类别(&amp;T)</translation>
    </message>
    <message>
        <source>Document &amp;number</source>
        <translation>证件号码(&amp;N)</translation>
    </message>
    <message>
        <source>Issuing &amp;country</source>
        <translation>签发国家(&amp;C)</translation>
    </message>
    <message>
        <source>3-letter code on the passport, e.g. CHN (also HKSAR), GBR, PHL</source>
        <translation>护照上的 3 字母代码，例如 CHN（包括香港特区）、GBR、PHL</translation>
    </message>
    <message>
        <source>Photo matches the customer (F8)</source>
        <translation>相片与顾客相符 (F8)</translation>
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
        <translation>核对 (Enter)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked. {name}&apos;s sale is kept: enter {name}&apos;s password to go on.</source>
        <translation>已锁定。{name} 的交易已保留：请输入 {name} 的密码继续。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Unlock (Enter)</source>
        <translation>解锁 (Enter)</translation>
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
        <source>Demo: clerk or supervisor, password {password}</source>
        <translation>示范：clerk 或 supervisor，密码 {password}</translation>
    </message>
    <message>
        <source>The database did not answer: try again.</source>
        <translation>数据库没有回应：请再试。</translation>
    </message>
    <message>
        <source>Counter cannot use its database. Nothing has been changed.</source>
        <translation>Counter 无法使用数据库。所有数据均未被更改。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>发生错误。</translation>
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
        <source>Clerk: {name}</source>
        <translation>职员：{name}</translation>
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
        <source>Register and sell a &amp;new SIM card</source>
        <translation>登记并出售新 SIM 卡(&amp;N)</translation>
    </message>
    <message>
        <source>Sell a PIN &amp;voucher</source>
        <translation>出售充值券(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>锁定柜台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation>更换职员(&amp;S)</translation>
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
    <name>NewSimScreen</name>
    <message>
        <source>No carrier has a plan to start a new SIM card with: a supervisor sets them up.</source>
        <translation>没有运营商设有开卡套餐：请主管设置。</translation>
    </message>
    <message>
        <source>The carriers and plans could not be read: the database did not answer.</source>
        <translation>无法读取运营商及套餐：数据库没有回应。</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>数据库无法使用</translation>
    </message>
    <message>
        <source>The carriers and plans could not be read. Check the network and retry.</source>
        <translation>无法读取运营商及套餐。请检查网络后重试。</translation>
    </message>
    <message>
        <source>The carriers and plans could not be shown.</source>
        <translation>未能显示运营商及套餐。</translation>
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
        <translation>收集目的：我们收集您的个人资料，是为了按照《电讯（登记用户识别卡）规例》（第 106AI 章）的规定以您的名义登记此 SIM 卡，并为此线路提供续期、充值及查询服务。

收集的资料：您的姓名、出生日期，以及身份证明文件的类别及号码。{shop} 只会以加密编码及部分遮盖的形式保存证件号码；运营商会收到该规例所规定的登记资料。

资料接收方：此 SIM 卡所属的运营商（移动网络运营商）。

必须提供资料：如不提供，此 SIM 卡将无法登记或出售。

查阅及更正：根据香港《个人资料（私隐）条例》（第 486 章），您可联系 {shop}，要求查阅及更正您的个人资料。</translation>
    </message>
    <message>
        <source>New SIM card: {carrier}, {card_type}</source>
        <translation>新 SIM 卡：{carrier}，{card_type}</translation>
    </message>
    <message>
        <source>Number {number}</source>
        <translation>号码 {number}</translation>
    </message>
    <message>
        <source>{plan}, valid until {date}</source>
        <translation>{plan}，有效期至 {date}</translation>
    </message>
    <message>
        <source>Holder {name}, {document} {masked}</source>
        <translation>登记人 {name}，{document} {masked}</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>收据 {receipt_no}</translation>
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
        <translation>找零 {change}</translation>
    </message>
    <message>
        <source>New SIM card: Personal Information Collection Statement</source>
        <translation>新 SIM 卡：收集个人资料声明</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Customer has read it (Enter)</source>
        <translation>顾客已阅读 (Enter)</translation>
    </message>
    <message>
        <source>New SIM card: registration</source>
        <translation>新 SIM 卡：实名登记</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>SIM 卡信息</translation>
    </message>
    <message>
        <source>C&amp;arrier</source>
        <translation>运营商(&amp;A)</translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>卡类(&amp;T)</translation>
    </message>
    <message>
        <source>First &amp;plan</source>
        <translation>开卡套餐(&amp;P)</translation>
    </message>
    <message>
        <source>New &amp;number</source>
        <translation>新号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Mainland number</source>
        <translation>内地号码(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;SIM card no. (ICCID)</source>
        <translation>SIM 卡号码(&amp;S)（ICCID）</translation>
    </message>
    <message>
        <source>Scan the SIM card</source>
        <translation>扫描 SIM 卡</translation>
    </message>
    <message>
        <source>The holder, as on the document</source>
        <translation>登记人信息（须与证件一致）</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文姓名(&amp;E)</translation>
    </message>
    <message>
        <source>As on the document</source>
        <translation>与证件一致</translation>
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
        <translation>证件类别(&amp;O)</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>证件号码(&amp;U)</translation>
    </message>
    <message>
        <source>Issuing &amp;country</source>
        <translation>签发国家(&amp;C)</translation>
    </message>
    <message>
        <source>Photo on the document matches the customer (F8)</source>
        <translation>证件相片与顾客相符 (F8)</translation>
    </message>
    <message>
        <source>Enter: next field · F8: photo matches</source>
        <translation>Enter 下一栏 · F8 相片相符</translation>
    </message>
    <message>
        <source>Continue to payment (Enter)</source>
        <translation>继续付款 (Enter)</translation>
    </message>
    <message>
        <source>New SIM card registered and sold</source>
        <translation>新 SIM 卡已登记并售出</translation>
    </message>
    <message>
        <source>Give the customer the SIM card and the receipt; ask them to keep the receipt.</source>
        <translation>请将 SIM 卡及收据交给顾客，并提醒顾客保留收据。</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顾客 (Enter)</translation>
    </message>
</context>
<context>
    <name>OpenShiftScreen</name>
    <message>
        <source>No shift is open at this counter. Count the cash in the till and open one.</source>
        <translation>此柜台未开班。请点算钱箱现金并开班。</translation>
    </message>
    <message>
        <source>Cash &amp;float (HK$)</source>
        <translation>备用金(&amp;F)（港币）</translation>
    </message>
    <message>
        <source>Open shift (Enter)</source>
        <translation>开班 (Enter)</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Type the supervisor&apos;s username.</source>
        <translation>请输入主管的用户名。</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s password.</source>
        <translation>请输入主管的密码。</translation>
    </message>
    <message>
        <source>Write the reason for the override (at least {count} characters).</source>
        <translation>请写下批准原因（最少 {count} 个字）。</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>主管批准</translation>
    </message>
    <message>
        <source>The document does not match the registration. A supervisor can let this sale go on with their own username and password and a written reason; the override is recorded in the audit trail.</source>
        <translation>证件与登记资料不符。主管可输入自己的用户名、密码及书面原因，批准继续交易；批准会记录于审计纪录。</translation>
    </message>
    <message>
        <source>Supervisor &amp;username</source>
        <translation>主管用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
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
        <translation>这多于尚欠的 {remaining}。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>八达通</translation>
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
        <translation>转数快</translation>
    </message>
    <message>
        <source>{kind} {amount} (received {tendered}, change {change})</source>
        <translation>{kind} {amount}（收 {tendered}，找零 {change}）</translation>
    </message>
    <message>
        <source>{kind} {amount} (card ending {last4}, approval {code})</source>
        <translation>{kind} {amount}（卡号尾 {last4}，授权 {code}）</translation>
    </message>
    <message>
        <source>{kind} {amount} (ref. {reference})</source>
        <translation>{kind} {amount}（参考编号 {reference}）</translation>
    </message>
    <message>
        <source>Left to pay: {amount}</source>
        <translation>尚欠：{amount}</translation>
    </message>
    <message>
        <source>Type the cash received, or press one of the amounts.</source>
        <translation>请输入收到的现金，或按其中一个金额。</translation>
    </message>
    <message>
        <source>Change: {change}</source>
        <translation>找零：{change}</translation>
    </message>
    <message>
        <source>Short by {short}: take more cash or add another payment.</source>
        <translation>不足 {short}：请再收现金或加另一种付款。</translation>
    </message>
    <message>
        <source>This payment leaves {remaining} to pay: press Ctrl+Enter to add it, then take the rest.</source>
        <translation>此付款后尚欠 {remaining}：按 Ctrl+Enter 加入，再收余额。</translation>
    </message>
    <message>
        <source>Read back to the customer before taking the money:</source>
        <translation>收款前请向顾客读出：</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>应付总额</translation>
    </message>
    <message>
        <source>Cash (F1)</source>
        <translation>现金 (F1)</translation>
    </message>
    <message>
        <source>Card (F2)</source>
        <translation>银行卡 (F2)</translation>
    </message>
    <message>
        <source>Octopus (F3)</source>
        <translation>八达通 (F3)</translation>
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
        <translation>转数快 (F6)</translation>
    </message>
    <message>
        <source>Amount of this payment</source>
        <translation>此付款金额</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>收到现金</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>例如 100</translation>
    </message>
    <message>
        <source>Card: last 4 digits</source>
        <translation>银行卡号码最后 4 位</translation>
    </message>
    <message>
        <source>From the terminal slip, e.g. 1234</source>
        <translation>见银行卡收据，例如 1234</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>授权编号</translation>
    </message>
    <message>
        <source>Transaction reference</source>
        <translation>交易参考编号</translation>
    </message>
    <message>
        <source>Payments added</source>
        <translation>已加入的付款</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>删除 (Del)</translation>
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
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>No plan can be sold for this line today.</source>
        <translation>今天此线路没有可出售的套餐。</translation>
    </message>
    <message>
        <source>New balance: {old} → {new}</source>
        <translation>新余额：{old} → {new}</translation>
    </message>
    <message>
        <source>New expiry: {old} → {new}</source>
        <translation>新有效期：{old} → {new}</translation>
    </message>
    <message>
        <source>Expiry unchanged: {date}</source>
        <translation>有效期不变：{date}</translation>
    </message>
    <message>
        <source>To pay: {total}</source>
        <translation>应付：{total}</translation>
    </message>
    <message>
        <source>Choose the plan</source>
        <translation>选择套餐</translation>
    </message>
    <message>
        <source>↑ ↓ move · 1–9 pick a plan by its number</source>
        <translation>↑ ↓ 移动 · 按 1–9 直接选择套餐</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Choose this plan (Enter)</source>
        <translation>选择此套餐 (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Preparing the receipt…</source>
        <translation>正在准备收据…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>已在 {printer} 打印。</translation>
    </message>
    <message>
        <source>Copy {number} printed on {printer}.</source>
        <translation>第 {number} 份副本已在 {printer} 打印。</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>已保存为 {path}。</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be written. Choose another folder.</source>
        <translation>未能保存：无法写入 {path}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>No receipt: this PC has no Chinese font that can be embedded in it. Install one: on Debian/Ubuntu fonts-wqy-microhei, on Windows Microsoft JhengHei; or set the shop setting cjk_font_path to a TrueType (.ttf/.ttc) Chinese font. The sale is saved.</source>
        <translation>未能生成收据：这台电脑没有可嵌入收据的中文字体。请安装一款：Debian/Ubuntu 安装 fonts-wqy-microhei，Windows 使用 Microsoft JhengHei（微软正黑体）；或在店铺设置 cjk_font_path 指定 TrueType（.ttf/.ttc）中文字体。交易已保存。</translation>
    </message>
    <message>
        <source>Not printed: the database did not answer. The sale is saved.</source>
        <translation>未能打印：数据库没有响应。交易已保存。</translation>
    </message>
    <message>
        <source>The sale is saved; only the receipt was not printed. Check the printer and retry.</source>
        <translation>交易已保存，只是收据未能打印。请检查打印机，然后重试。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not installed on this PC. The sale is saved.</source>
        <translation>未能打印：这台电脑没有安装打印机 {printer}。交易已保存。</translation>
    </message>
    <message>
        <source>Not printed: this PC has no default printer; choose one in the settings. The sale is saved.</source>
        <translation>未能打印：这台电脑没有默认打印机，请在设置中选择。交易已保存。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} did not take the receipt. Is it on and online? The sale is saved.</source>
        <translation>未能打印：打印机 {printer} 没有接收收据。请检查是否已开机并联网。交易已保存。</translation>
    </message>
    <message>
        <source>The receipt could not be made. The sale is saved.</source>
        <translation>未能生成收据。交易已保存。</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>打印机问题</translation>
    </message>
    <message>
        <source>Print again (Ctrl+P)</source>
        <translation>再次打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将收据保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation>保存 PDF (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>SaleScreen</name>
    <message>
        <source>Started {time} · {number}</source>
        <translation>开始于 {time} · {number}</translation>
    </message>
    <message>
        <source>(no line)</source>
        <translation>（没有线路）</translation>
    </message>
    <message>
        <source>Abandon them</source>
        <translation>放弃这些交易</translation>
    </message>
    <message>
        <source>Resume the last one</source>
        <translation>继续最后一宗</translation>
    </message>
    <message>
        <source>Unfinished sales</source>
        <translation>未完成的交易</translation>
    </message>
    <message>
        <source>{count} sale(s) at this counter were not finished (the program stopped before payment). No money was recorded for them.</source>
        <translation>此柜台有 {count} 宗交易未完成（程式在收款前停止）。这些交易没有记录任何收款。</translation>
    </message>
    <message>
        <source>This line is closed. Nothing can be sold on it.</source>
        <translation>此线路已关闭，不能出售任何服务。</translation>
    </message>
    <message>
        <source>This number has been recycled by the carrier and cannot be renewed. Offer the customer a new SIM card.</source>
        <translation>此号码已被运营商回收，不能续期。请向顾客提供新 SIM 卡。</translation>
    </message>
    <message>
        <source>This line expired too long ago to be renewed at the counter (past the carrier&apos;s grace period). Offer the customer a new SIM card.</source>
        <translation>此线路过期太久（已超过运营商的宽限期），不能在柜台续期。请向顾客提供新 SIM 卡。</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>号码：{number}</translation>
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
        <translation>以往交易 — 已作废</translation>
    </message>
    <message>
        <source>Earlier sale — REFUNDED</source>
        <translation>以往交易 — 已退款</translation>
    </message>
    <message>
        <source>Earlier sale</source>
        <translation>以往交易</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>收据 {receipt_no}</translation>
    </message>
    <message>
        <source>{time} · counter {counter} · {clerk}</source>
        <translation>{time} · 柜台 {counter} · {clerk}</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>总额 {total}</translation>
    </message>
    <message>
        <source>Change {change}</source>
        <translation>找零 {change}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s number, SIM card or receipt, and press Enter.</source>
        <translation>请输入或扫描顾客的号码、SIM 卡或收据，然后按 Enter。</translation>
    </message>
    <message>
        <source>Type or scan the customer&apos;s number and press Enter.</source>
        <translation>请输入或扫描顾客的号码，然后按 Enter。</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>尚余 {days} 日</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 日前</translation>
    </message>
    <message>
        <source>Credit top-up, no ID needed (F9)</source>
        <translation>只增值话费，毋须证件 (F9)</translation>
    </message>
    <message>
        <source>&amp;Number or SIM card</source>
        <translation>号码或 SIM 卡(&amp;N)</translation>
    </message>
    <message>
        <source>Type or scan: 9123 4567, +86 138 0013 8000, the SIM card number or a receipt</source>
        <translation>输入或扫描：9123 4567、+86 138 0013 8000、SIM 卡号码或收据</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>查询 (Enter)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡类</translation>
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
        <translation>余额</translation>
    </message>
    <message>
        <source>Data left</source>
        <translation>剩余流量</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>登记人</translation>
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
        <translation>下一位顾客 (Enter)</translation>
    </message>
</context>
<context>
    <name>ServiceCall</name>
    <message>
        <source>Database not available</source>
        <translation>数据库无法使用</translation>
    </message>
    <message>
        <source>The sale in progress is kept. Check the network and retry.</source>
        <translation>进行中的交易已保留。请检查网络后重试。</translation>
    </message>
    <message>
        <source>Not saved yet: the database did not answer.</source>
        <translation>尚未储存：数据库没有回应。</translation>
    </message>
    <message>
        <source>Something went wrong; the sale is kept.</source>
        <translation>发生错误；交易已保留。</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名及密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Sign in to serve at this counter</source>
        <translation>登录此柜台</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign in (Enter)</source>
        <translation>登录 (Enter)</translation>
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
        <translation>↑ ↓ 选择运营商及面值 · Enter 出售 · Esc 返回柜台</translation>
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
        <translation>充值密码：读给顾客或交予打印的充值券</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顾客 (Enter)</translation>
    </message>
    <message>
        <source>Database not available</source>
        <translation>数据库无法使用</translation>
    </message>
    <message>
        <source>There are no PIN vouchers in stock: a supervisor imports them.</source>
        <translation>没有充值券存货：请主管汇入。</translation>
    </message>
    <message>
        <source>Every voucher is sold out.</source>
        <translation>所有充值券已售罄。</translation>
    </message>
    <message>
        <source>The voucher stock could not be read: the database did not answer.</source>
        <translation>无法读取充值券存货：数据库没有回应。</translation>
    </message>
    <message>
        <source>The voucher stock could not be read. Check the network and retry.</source>
        <translation>无法读取充值券存货。请检查网络后重试。</translation>
    </message>
    <message>
        <source>Choose a voucher that is in stock.</source>
        <translation>请选择有存货的充值券。</translation>
    </message>
    <message>
        <source>PIN voucher: {carrier} {face_value}</source>
        <translation>充值券：{carrier} {face_value}</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>收据 {receipt_no}</translation>
    </message>
    <message>
        <source>Paid {total}</source>
        <translation>已付 {total}</translation>
    </message>
    <message>
        <source>Change {change}</source>
        <translation>找零 {change}</translation>
    </message>
    <message>
        <source>{carrier} voucher {face_value}</source>
        <translation>{carrier} 充值券 {face_value}</translation>
    </message>
    <message>
        <source>Serial {serial}</source>
        <translation>序号 {serial}</translation>
    </message>
    <message>
        <source>Use by {date}</source>
        <translation>使用期限 {date}</translation>
    </message>
    <message>
        <source>Fetching the PIN…</source>
        <translation>正在取得充值密码…</translation>
    </message>
    <message>
        <source>The PIN could not be read: the database did not answer.</source>
        <translation>无法读取充值密码：数据库没有回应。</translation>
    </message>
    <message>
        <source>The voucher is sold; its PIN could not be read. Retry to show it.</source>
        <translation>充值券已售出，但未能读取充值密码。请重试以显示。</translation>
    </message>
    <message>
        <source>The PIN could not be shown.</source>
        <translation>未能显示充值密码。</translation>
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
        <translation>{carrier} {face_value} — 存货 {available}</translation>
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
