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
    <name>AdminCatalogTab</name>
    <message>
        <source>By hand, on the carrier&apos;s portal</source>
        <translation>手动处理（在运营商代理平台）</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动处理</translation>
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
        <translation>运营商</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Provider product</source>
        <translation>供应商产品编号</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>处理渠道</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Credit top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>Data add-on</source>
        <translation>流量包</translation>
    </message>
    <message>
        <source>The plans could not be read: the database did not answer.</source>
        <translation>无法读取套餐：数据库没有回应。</translation>
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
        <translation>套餐 {code} 已保存：从下一笔交易起收费 {price}。</translation>
    </message>
    <message>
        <source>Promotion {code}</source>
        <translation>促销 {code}</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>新促销</translation>
    </message>
    <message>
        <source>Promotion {code} saved.</source>
        <translation>促销 {code} 已保存。</translation>
    </message>
    <message>
        <source>Promotion {code} ended.</source>
        <translation>促销 {code} 已结束。</translation>
    </message>
    <message>
        <source>Carrier {code} saved.</source>
        <translation>运营商 {code} 已保存。</translation>
    </message>
    <message>
        <source>Plans, promotions and carriers</source>
        <translation>套餐、促销及运营商</translation>
    </message>
    <message>
        <source>A price change applies to the next sale; past sales and their receipts keep the price they were sold at.</source>
        <translation>价格更改从下一笔交易起生效；以往交易及其收据保留原售价。</translation>
    </message>
    <message>
        <source>Plans and prices</source>
        <translation>套餐及价格</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Ca&amp;rrier</source>
        <translation>运营商(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <source>Chinese &amp;name</source>
        <translation>中文名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;English name</source>
        <translation>英文名称(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Price (HK$)</source>
        <translation>价格（HK$）(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. 48.00</source>
        <translation>例如 48.00</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>月数(&amp;M)</translation>
    </message>
    <message>
        <source>Cre&amp;dit (HK$)</source>
        <translation>话费（HK$）(&amp;D)</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Da&amp;ta (MB)</source>
        <translation>流量（MB）(&amp;T)</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>通话分钟(&amp;I)</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>卡类</translation>
    </message>
    <message>
        <source>Number-keeping</source>
        <translation>保号卡</translation>
    </message>
    <message>
        <source>HK registered</source>
        <translation>香港注册卡</translation>
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
        <translation>供应商产品编号(&amp;O)</translation>
    </message>
    <message>
        <source>empty: the clerk applies it by hand</source>
        <translation>留空：由店员手动处理</translation>
    </message>
    <message>
        <source>Needs the identity check</source>
        <translation>须实名核对</translation>
    </message>
    <message>
        <source>On sale (active)</source>
        <translation>在售（启用）</translation>
    </message>
    <message>
        <source>Ne&amp;w plan</source>
        <translation>新套餐(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>保存套餐(&amp;S)</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>开始 – 结束</translation>
    </message>
    <message>
        <source>&amp;Plans (codes)</source>
        <translation>套餐（代码）(&amp;P)</translation>
    </message>
    <message>
        <source>any plan, or e.g. BAU-R12, PEA-R12</source>
        <translation>任意套餐，或例如 BAU-R12、PEA-R12</translation>
    </message>
    <message>
        <source>Ca&amp;rriers (codes)</source>
        <translation>运营商（代码）(&amp;R)</translation>
    </message>
    <message>
        <source>any carrier, or e.g. BAUHINIA</source>
        <translation>任意运营商，或例如 BAUHINIA</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount &amp;off (HK$)</source>
        <translation>减免金额（HK$）(&amp;O)</translation>
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
        <translation>赠送流量（MB）(&amp;D)</translation>
    </message>
    <message>
        <source>Bonus m&amp;inutes</source>
        <translation>赠送通话分钟(&amp;I)</translation>
    </message>
    <message>
        <source>Bonus da&amp;ys</source>
        <translation>赠送天数(&amp;Y)</translation>
    </message>
    <message>
        <source>Priori&amp;ty</source>
        <translation>优先级(&amp;T)</translation>
    </message>
    <message>
        <source>New pro&amp;motion</source>
        <translation>新促销(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save promotion</source>
        <translation>保存促销(&amp;S)</translation>
    </message>
    <message>
        <source>End no&amp;w</source>
        <translation>立即结束(&amp;W)</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>Accepted documents</source>
        <translation>接受的证件</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>Mainland Resident ID / Residence Permit</source>
        <translation>内地居民身份证／居住证</translation>
    </message>
    <message>
        <source>Macao Resident ID card</source>
        <translation>澳门居民身份证</translation>
    </message>
    <message>
        <source>Exit-Entry Permit to HK and Macao</source>
        <translation>往来港澳通行证</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>回乡证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>&amp;Hotline</source>
        <translation>热线(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Grace days</source>
        <translation>宽限天数(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Recycled after (days)</source>
        <translation>过期后回收（天）(&amp;R)</translation>
    </message>
    <message>
        <source>Fulfil&amp;ment</source>
        <translation>处理渠道(&amp;M)</translation>
    </message>
    <message>
        <source>With DT One, the plans that have a provider product id go to DT One; the clerk applies the others on the carrier&apos;s portal.</source>
        <translation>选用 DT One 时，设有供应商产品编号的套餐交由 DT One 处理；其余由店员在运营商代理平台手动处理。</translation>
    </message>
    <message>
        <source>&amp;Save carrier</source>
        <translation>保存运营商(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AdminSettingsTab</name>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm 卷纸</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm 卷纸</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>This PC&apos;s setting</source>
        <translation>此电脑的设置</translation>
    </message>
    <message>
        <source>Yes, when a sale completes</source>
        <translation>是，交易完成时</translation>
    </message>
    <message>
        <source>No, the clerk presses Print</source>
        <translation>否，由店员点击“打印”</translation>
    </message>
    <message>
        <source>Pin 2 (most drawers)</source>
        <translation>第 2 针（大部分钱箱）</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>第 5 针</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>系统默认打印机</translation>
    </message>
    <message>
        <source>{printer} (not found on this PC)</source>
        <translation>{printer}（此电脑上未找到）</translation>
    </message>
    <message>
        <source>No cash drawer at this counter</source>
        <translation>此柜台没有钱箱</translation>
    </message>
    <message>
        <source>This counter ({counter})</source>
        <translation>此柜台（{counter}）</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>No identity data is due for erasure.</source>
        <translation>没有需要删除的身份信息。</translation>
    </message>
    <message>
        <source>Erase identity data</source>
        <translation>删除身份信息</translation>
    </message>
    <message>
        <source>Erase the names, dates of birth and document numbers of {count} holders whose lines all closed more than {months} months ago? Their sales and receipts stay. This cannot be undone.</source>
        <translation>删除 {count} 位登记人的姓名、出生日期及证件号码？其所有线路均已关闭超过 {months} 个月。其交易及收据将保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase {count} holders</source>
        <translation>删除 {count} 位登记人信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Erased the identity data of {count} holders (lines closed before {date}).</source>
        <translation>已删除 {count} 位登记人的身份信息（线路于 {date} 前关闭）。</translation>
    </message>
    <message>
        <source>Shop and counter settings</source>
        <translation>门店及柜台设置</translation>
    </message>
    <message>
        <source>Shop and receipts</source>
        <translation>门店及收据</translation>
    </message>
    <message>
        <source>Shop name (Chinese)</source>
        <translation>门店名称（中文）</translation>
    </message>
    <message>
        <source>Shop name (English)</source>
        <translation>门店名称（英文）</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <source>BR number</source>
        <translation>商业登记号码</translation>
    </message>
    <message>
        <source>Hotline on receipts</source>
        <translation>收据上的热线</translation>
    </message>
    <message>
        <source>Receipt footer (Chinese)</source>
        <translation>收据页脚（中文）</translation>
    </message>
    <message>
        <source>Receipt footer (English)</source>
        <translation>收据页脚（英文）</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>收据纸张</translation>
    </message>
    <message>
        <source>Chinese on receipts</source>
        <translation>收据所用中文</translation>
    </message>
    <message>
        <source>Low-stock warning below</source>
        <translation>存货低于此数时提醒</translation>
    </message>
    <message>
        <source>Never warn</source>
        <translation>从不提醒</translation>
    </message>
    <message>
        <source> vouchers</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>Cash variance needing a reason</source>
        <translation>需填写原因的现金差额</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>此柜台</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>收据打印机</translation>
    </message>
    <message>
        <source>Copies of each receipt</source>
        <translation>每张收据打印份数</translation>
    </message>
    <message>
        <source>Print automatically</source>
        <translation>自动打印</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>闲置后锁定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Identity data</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Keep identity data</source>
        <translation>身份信息保留期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Identity data (names, date of birth, document number) of holders whose lines all closed longer ago than this is erased; their sales stay.</source>
        <translation>登记人的所有线路关闭超过此期限后，其身份信息（姓名、出生日期、证件号码）将被删除；交易记录保留。</translation>
    </message>
    <message>
        <source>&amp;Erase expired identity data now…</source>
        <translation>立即删除过期身份信息(&amp;E)…</translation>
    </message>
    <message>
        <source>FPS payments</source>
        <translation>转数快付款</translation>
    </message>
    <message>
        <source>FPS ID, mobile or email</source>
        <translation>转数快识别码、手机号码或电邮</translation>
    </message>
    <message>
        <source>Merchant name (English)</source>
        <translation>商户名称（英文）</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>城市（英文）</translation>
    </message>
    <message>
        <source>The payment page shows FPS customers a QR code for the exact amount, paid to this FPS ID. Leave it empty for no code.</source>
        <translation>付款页会向以转数快付款的顾客显示准确金额的二维码，款项付至此转数快识别码。留空则不显示二维码。</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>撤销更改(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cash drawer on printer</source>
        <translation>钱箱所接打印机</translation>
    </message>
    <message>
        <source>Drawer port pin</source>
        <translation>钱箱接口针脚</translation>
    </message>
    <message>
        <source>Drawer pulse</source>
        <translation>开箱脉冲</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Rest after the pulse</source>
        <translation>脉冲后间隔</translation>
    </message>
</context>
<context>
    <name>AdminStaffTab</name>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
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
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职级</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>重新启用(&amp;V)</translation>
    </message>
    <message>
        <source>Deacti&amp;vate</source>
        <translation>停用(&amp;V)</translation>
    </message>
    <message>
        <source>Choose someone in the list.</source>
        <translation>请在列表中选择一位员工。</translation>
    </message>
    <message>
        <source>{name} ({username})</source>
        <translation>{name}（{username}）</translation>
    </message>
    <message>
        <source>The staff list could not be read: the database did not answer.</source>
        <translation>无法读取员工名单：数据库没有回应。</translation>
    </message>
    <message>
        <source>{username} added: they choose their own password at sign-in.</source>
        <translation>已添加 {username}：该员工将在登录时自行设置密码。</translation>
    </message>
    <message>
        <source>{username} is now: {role}.</source>
        <translation>{username} 现为：{role}。</translation>
    </message>
    <message>
        <source>Password of {username} reset: they choose a new one at sign-in.</source>
        <translation>已重置 {username} 的密码：该员工将在登录时设置新密码。</translation>
    </message>
    <message>
        <source>{username} is unlocked.</source>
        <translation>{username} 已解锁。</translation>
    </message>
    <message>
        <source>{username} can sign in again.</source>
        <translation>{username} 可再次登录。</translation>
    </message>
    <message>
        <source>{username} can no longer sign in.</source>
        <translation>{username} 已无法登录。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>A new member of staff, or one whose password is reset, chooses their own password at the next sign-in.</source>
        <translation>新员工或密码已重置的员工，将在下次登录时自行设置密码。</translation>
    </message>
    <message>
        <source>Selected member of staff</source>
        <translation>所选员工</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>职级(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>更改职级(&amp;C)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>解锁(&amp;K)</translation>
    </message>
    <message>
        <source>Add a member of staff</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>N&amp;ame shown</source>
        <translation>显示名称(&amp;A)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>职级(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>临时密码(&amp;T)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
</context>
<context>
    <name>AdminStockTab</name>
    <message>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
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
        <translation>过期未售</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>存货</translation>
    </message>
    <message>
        <source>Out of stock: import more</source>
        <translation>已售罄：请导入更多</translation>
    </message>
    <message>
        <source>Low stock: only {available} left</source>
        <translation>存货不足：仅剩 {available} 张</translation>
    </message>
    <message>
        <source>Enough</source>
        <translation>充足</translation>
    </message>
    <message>
        <source>There are no PIN vouchers in stock yet.</source>
        <translation>暂无充值券存货。</translation>
    </message>
    <message>
        <source>Low stock: {count} carrier and face value rows need more vouchers.</source>
        <translation>存货不足：有 {count} 项运营商及面值需要补充充值券。</translation>
    </message>
    <message>
        <source>Import PIN vouchers from a CSV file</source>
        <translation>从 CSV 文件导入充值券</translation>
    </message>
    <message>
        <source>Import lines from a CSV file</source>
        <translation>从 CSV 文件导入线路</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡类</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <translation>{lines} 行中有 {problems} 个问题：无法导入任何数据。请修正文件后重新选择。</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>文件中没有可导入的数据行。</translation>
    </message>
    <message>
        <source>Every row is correct. Import adds them all.</source>
        <translation>所有数据行均正确。点击“导入”将全部添加。</translation>
    </message>
    <message>
        <source>Vouchers without a problem: {count}, face value {total} in all.</source>
        <translation>无问题的充值券：{count} 张，总面值 {total}。</translation>
    </message>
    <message>
        <source>Batches: {batches}</source>
        <translation>批次：{batches}</translation>
    </message>
    <message>
        <source>Lines without a problem: {count}.</source>
        <translation>无问题的线路：{count} 条。</translation>
    </message>
    <message>
        <source>Imported {count} vouchers from {file}.</source>
        <translation>已从 {file} 导入 {count} 张充值券。</translation>
    </message>
    <message>
        <source>Imported {count} lines from {file}.</source>
        <translation>已从 {file} 导入 {count} 条线路。</translation>
    </message>
    <message>
        <source>Voucher stock</source>
        <translation>充值券存货</translation>
    </message>
    <message>
        <source>Import &amp;vouchers…</source>
        <translation>导入充值券(&amp;V)…</translation>
    </message>
    <message>
        <source>Import li&amp;nes…</source>
        <translation>导入线路(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
</context>
<context>
    <name>BackOfficeScreen</name>
    <message>
        <source>Back office</source>
        <translation>后台管理</translation>
    </message>
    <message>
        <source>Back to the counter (Esc)</source>
        <translation>返回柜台 (Esc)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次及现金</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Stock and imports</source>
        <translation>存货及导入</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>套餐及促销</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发送跟进</translation>
    </message>
</context>
<context>
    <name>CashCountPanel</name>
    <message>
        <source>{amount} short</source>
        <translation>短缺 {amount}</translation>
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
        <translation>必填：差额超过 {threshold}。</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Optional: up to {threshold} needs no reason.</source>
        <translation>选填：{threshold} 以内无需填写原因。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>纸币</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>硬币</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>清点</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Reason for the &amp;variance</source>
        <translation>差额原因(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>{name}, your password was reset by an admin. Choose your own password before you start: only you will know it.</source>
        <translation>{name}，你的密码已由管理员重设。开始工作前请设置你自己的密码：只有你会知道。</translation>
    </message>
    <message>
        <source>Sign out (Esc)</source>
        <translation>登出 (Esc)</translation>
    </message>
    <message>
        <source>{name}: change your password.</source>
        <translation>{name}：更改你的密码。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消 (Esc)</translation>
    </message>
    <message>
        <source>Enter the password you have now.</source>
        <translation>请输入你现在的密码。</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password twice.</source>
        <translation>两次输入的新密码不同：请再输入新密码两次。</translation>
    </message>
    <message>
        <source>&amp;Your password</source>
        <translation>你的密码(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再输入新密码(&amp;A)</translation>
    </message>
    <message>
        <source>Change password (Enter)</source>
        <translation>更改密码 (Enter)</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Customer&apos;s screen</source>
        <translation>顾客屏幕</translation>
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
    <name>DonePanel</name>
    <message>
        <source>{problem} The sale is complete.</source>
        <translation>{problem}交易已完成。</translation>
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
        <source>Number {number}</source>
        <translation>号码 {number}</translation>
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
        <source>Serial {serial} · use by {date}</source>
        <translation>序号 {serial} · 请于 {date} 前使用</translation>
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
        <source>Voucher sold</source>
        <translation>充值券已售出</translation>
    </message>
    <message>
        <source>New SIM card registered and sold</source>
        <translation>新 SIM 卡已登记并售出</translation>
    </message>
    <message>
        <source>Sale complete</source>
        <translation>交易完成</translation>
    </message>
    <message>
        <source>Fetching the PIN…</source>
        <translation>正在取得充值密码…</translation>
    </message>
    <message>
        <source>The voucher is sold; its PIN could not be read. Retry to show it.</source>
        <translation>充值券已售出，但未能读取充值密码。请重试以显示。</translation>
    </message>
    <message>
        <source>Carrier&apos;s &amp;reference</source>
        <translation>运营商参考编号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Applied</source>
        <translation>已办理(&amp;A)</translation>
    </message>
    <message>
        <source>PIN — read it to the customer or give the printed voucher</source>
        <translation>充值密码：读给顾客或交予打印的充值券</translation>
    </message>
    <message>
        <source>Next customer: type or scan the number, or just press Enter</source>
        <translation>下一位顾客：输入或扫描号码，或直接按 Enter</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顾客 (Enter)</translation>
    </message>
</context>
<context>
    <name>Drawer</name>
    <message>
        <source>The cash drawer did not open: {why} Open it with its key.</source>
        <translation>钱箱未能打开：{why} 请用钥匙打开。</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>请说明为何在没有交易时打开钱箱。</translation>
    </message>
    <message>
        <source>Open the cash drawer</source>
        <translation>打开钱箱</translation>
    </message>
    <message>
        <source>Open the drawer without a sale. The reason is kept with your name and the time, and shown on the X and Z reports.</source>
        <translation>在没有交易时打开钱箱。原因会连同你的名字及时间记录，并列于 X 及 Z 报表。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. change for a HK$500 note</source>
        <translation>例如：找换 HK$500 纸币</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
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
        <source>This database already has a shop.</source>
        <translation>此数据库已有门店。</translation>
    </message>
    <message>
        <source>The shop needs a code and both names; the counter needs a code and a name.</source>
        <translation>门店须有代码及中英文名称；柜台须有代码及名称。</translation>
    </message>
    <message>
        <source>There is no shop yet: create it first.</source>
        <translation>尚未创建门店：请先创建。</translation>
    </message>
    <message>
        <source>There is no such shop in this database.</source>
        <translation>此数据库没有这家门店。</translation>
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
        <source>A reprint is recorded against who makes it: give --staff USERNAME with --copy.</source>
        <translation>重印会记录由谁进行：使用 --copy 时请同时提供 --staff 用户名。</translation>
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
        <translation>请输入收据上信用卡号码的最后 4 位。</translation>
    </message>
    <message>
        <source>Enter the approval code from the terminal slip.</source>
        <translation>请输入信用卡收据上的授权编号。</translation>
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
        <source>A username is 1 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>用户名须为 1 至 40 个英文字母、数字、句点、连字号或下划线。</translation>
    </message>
    <message>
        <source>This username is already taken: choose another.</source>
        <translation>此用户名已被使用：请选择另一个。</translation>
    </message>
    <message>
        <source>A batch name is up to 40 letters, digits, spaces and _ . / -, starting with a letter or digit.</source>
        <translation>批次名称最多 40 个英文字母、数字、空格及 _ . / -，并须以字母或数字开头。</translation>
    </message>
    <message>
        <source>This voucher has already expired.</source>
        <translation>此充值券已过期。</translation>
    </message>
    <message>
        <source>No voucher was sold in this sale.</source>
        <translation>此交易没有售出充值券。</translation>
    </message>
    <message>
        <source>No voucher of this value is left in stock.</source>
        <translation>此面值的充值券已无存货。</translation>
    </message>
    <message>
        <source>A code is 1-32 capital letters, digits, dashes or underscores.</source>
        <translation>代码须为 1 至 32 个大写英文字母、数字、连字号或下划线。</translation>
    </message>
    <message>
        <source>There is already a plan with this code.</source>
        <translation>已有套餐使用此代码。</translation>
    </message>
    <message>
        <source>Type the name in Chinese and in English.</source>
        <translation>请输入中文及英文名称。</translation>
    </message>
    <message>
        <source>The price is HK$0.01 to HK$100,000.</source>
        <translation>价格须为 HK$0.01 至 HK$100,000。</translation>
    </message>
    <message>
        <source>A renewal lasts 1 to 36 months; other plans have no months.</source>
        <translation>续期套餐为 1 至 36 个月；其他套餐不设月数。</translation>
    </message>
    <message>
        <source>A credit top-up must add credit; other plans add none.</source>
        <translation>话费充值必须增加话费；其他套餐不可增加话费。</translation>
    </message>
    <message>
        <source>A data add-on must add some data (up to 10,000,000 MB).</source>
        <translation>流量包必须增加流量（最多 10,000,000 MB）。</translation>
    </message>
    <message>
        <source>The minutes are 0 to 100,000.</source>
        <translation>通话分钟须为 0 至 100,000。</translation>
    </message>
    <message>
        <source>Tick at least one card type the plan is sold for.</source>
        <translation>请至少勾选一种适用此套餐的卡类。</translation>
    </message>
    <message>
        <source>Choose the kind of plan.</source>
        <translation>请选择套餐类别。</translation>
    </message>
    <message>
        <source>The first day is after the last day: check the dates.</source>
        <translation>开始日期晚于结束日期：请检查日期。</translation>
    </message>
    <message>
        <source>This cannot be done as typed: check it and try again.</source>
        <translation>无法按所输入的内容处理：请检查后再试。</translation>
    </message>
    <message>
        <source>A file with this name already exists: choose a new file name or a folder.</source>
        <translation>已有同名文件：请输入新的文件名或选择文件夹。</translation>
    </message>
    <message>
        <source>This folder does not exist: choose a folder that exists.</source>
        <translation>此文件夹不存在：请选择已有的文件夹。</translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself: choose another file.</source>
        <translation>备份不能覆盖数据库本身：请选择其他文件。</translation>
    </message>
    <message>
        <source>This carrier&apos;s details are not valid: check its code, grace days and recycle days in the back office.</source>
        <translation>此运营商的资料无效：请在后台管理检查其代码、宽限天数及回收天数。</translation>
    </message>
    <message>
        <source>Choose who applies this carrier&apos;s sales: the clerk on the carrier&apos;s portal, or DT One.</source>
        <translation>请选择由谁处理此运营商的销售：店员在运营商代理平台手动处理，或 DT One。</translation>
    </message>
    <message>
        <source>The database belongs to another version of Counter: ask the administrator to update Counter or the database.</source>
        <translation>此数据库属于另一个版本的 Counter：请管理员更新 Counter 或数据库。</translation>
    </message>
    <message>
        <source>The database is busy with another counter&apos;s work. Wait a moment, then retry.</source>
        <translation>数据库正忙于处理另一个柜台的工作。请稍候，然后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Stop using this counter and restore the latest backup (ask the shop owner).</source>
        <translation>数据库文件已损坏。请停止使用此柜台，并恢复最近的备份（请联系店主）。</translation>
    </message>
    <message>
        <source>The database&apos;s disk is full. Free some space (or ask the shop owner), then retry.</source>
        <translation>数据库所在的磁盘已满。请腾出空间（或联系店主），然后重试。</translation>
    </message>
    <message>
        <source>The database cannot be written to (it is read-only). Ask the shop owner, then retry.</source>
        <translation>无法写入数据库（只读）。请联系店主，然后重试。</translation>
    </message>
    <message>
        <source>The database is not answering. Check the network or the shop&apos;s server, then retry.</source>
        <translation>数据库没有回应。请检查网络或门店的服务器，然后重试。</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database: this one already has carriers or lines.</source>
        <translation>示范数据只能放入空数据库：此数据库已有运营商或线路。</translation>
    </message>
    <message>
        <source>This counter has no cash drawer: a supervisor chooses its printer in the settings.</source>
        <translation>此柜台没有钱箱：请主管在设置中选择钱箱所接的打印机。</translation>
    </message>
    <message>
        <source>The cash drawer did not open: there is no printer {printer} on this PC. Open it with its key.</source>
        <translation>钱箱未能打开：此电脑没有打印机 {printer}。请用钥匙打开。</translation>
    </message>
    <message>
        <source>Say why the drawer is opened without a sale.</source>
        <translation>请说明为何在没有交易时打开钱箱。</translation>
    </message>
    <message>
        <source>The cash drawer did not open: the printer {printer} did not answer. Is it on? Open the drawer with its key.</source>
        <translation>钱箱未能打开：打印机 {printer} 没有回应。打印机开着吗？请用钥匙打开钱箱。</translation>
    </message>
    <message>
        <source>{path} cannot be read: check that it is still there and not open in another program.</source>
        <translation>无法读取 {path}：请检查文件是否仍在，并且没有被其他程序打开。</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be written. Choose another folder, or check that the disk is not full.</source>
        <translation>未保存：无法写入 {path}。请选择另一个文件夹，或检查磁盘是否已满。</translation>
    </message>
    <message>
        <source>The date of birth in a mainland ID number (characters 7 to 14) is after today: check each digit against the card.</source>
        <translation>内地身份证号码中的出生日期（第 7 至 14 位）晚于今天：请对照证件逐位检查。</translation>
    </message>
    <message>
        <source>Auto-renew is yes or no (also true/false or 1/0; empty means no).</source>
        <translation>自动续期须填 yes 或 no（也可填 true/false 或 1/0；留空即为 no）。</translation>
    </message>
    <message>
        <source>Another counter added some of the same numbers, SIM cards or vouchers during the import. Nothing was imported: import the file again to see which rows.</source>
        <translation>导入期间，另一个柜台添加了部分相同的号码、SIM 卡或充值券。没有导入任何数据：请重新导入文件，查看是哪些数据行。</translation>
    </message>
    <message>
        <source>This row is not well-formed CSV: check the double quotes.</source>
        <translation>此数据行不是格式正确的 CSV：请检查双引号。</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-11-21, and make it a real date.</source>
        <translation>请以 YYYY-MM-DD 格式填写有效日期，例如 2026-11-21。</translation>
    </message>
    <message>
        <source>This date is out of range: it must be from {minimum} to {maximum}.</source>
        <translation>此日期超出范围：必须在 {minimum} 至 {maximum} 之间。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是 UTF-8 文本：请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>Line {line} has a value longer than {maximum} characters, the most a field may hold: is this the right file?</source>
        <translation>第 {line} 行有一个值超过 {maximum} 个字符，即每栏的上限：这是正确的文件吗？</translation>
    </message>
    <message>
        <source>This row has the wrong number of values: a value with a comma needs double quotes around it.</source>
        <translation>此数据行的字段数目不对：含逗号的值须用双引号括起来。</translation>
    </message>
    <message>
        <source>The first row must be the header with the template&apos;s column names.</source>
        <translation>第一行必须是标题行，列出模板的字段名称。</translation>
    </message>
    <message>
        <source>There is no CSV file at this path: choose the file again.</source>
        <translation>此路径没有 CSV 文件：请重新选择文件。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name for the invoice.</source>
        <translation>请输入发票上的顾客名称。</translation>
    </message>
    <message>
        <source>The customer&apos;s name must not hold an ID, card or phone number.</source>
        <translation>顾客名称不能包含证件号码、卡号或电话号码。</translation>
    </message>
    <message>
        <source>This line is closed: it cannot be renewed or topped up. Find the customer&apos;s current line, or sell a new SIM.</source>
        <translation>此线路已关闭，不能续期或充值。请查找顾客现用的线路，或出售新 SIM 卡。</translation>
    </message>
    <message>
        <source>Type a password: it cannot be empty.</source>
        <translation>请输入密码：密码不能为空。</translation>
    </message>
    <message>
        <source>The two passwords differ, so nothing was changed: type the same password twice.</source>
        <translation>两次输入的密码不同，因此没有更改：请输入相同的密码两次。</translation>
    </message>
    <message>
        <source>Choose a new password that is not the same as the old one.</source>
        <translation>新密码不可与旧密码相同，请另选一个。</translation>
    </message>
    <message>
        <source>A password has at most {maximum} characters.</source>
        <translation>密码最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>Only cash gives change: other payments are for the exact amount.</source>
        <translation>只有现金付款可以找零：其他付款方式须支付准确金额。</translation>
    </message>
    <message>
        <source>A stored number is not in the form the counter keeps (e.g. +85291234567): the line&apos;s record needs checking.</source>
        <translation>已保存的号码不符合系统格式（例如 +85291234567）：需检查此线路的记录。</translation>
    </message>
    <message>
        <source>A plan&apos;s carrier and kind cannot change: make a new plan instead.</source>
        <translation>套餐的运营商及类别不可更改：请改为新建套餐。</translation>
    </message>
    <message>
        <source>This plan&apos;s details are not valid: check its kind, amounts and dates in the back office.</source>
        <translation>此套餐的资料无效：请在后台管理检查其类别、金额及日期。</translation>
    </message>
    <message>
        <source>This line has expired: renew it before adding data.</source>
        <translation>此线路已过期：请先续期，再加购流量。</translation>
    </message>
    <message>
        <source>A provider&apos;s product id is up to {maximum} printable characters; leave it empty for a plan the clerk applies by hand.</source>
        <translation>供应商产品编号最多 {maximum} 个可打印字符；由店员手动处理的套餐请留空。</translation>
    </message>
    <message>
        <source>There is no plan with this code.</source>
        <translation>没有此代码的套餐。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} is not installed on this PC.</source>
        <translation>未能打印：这台电脑没有安装打印机 {printer}。</translation>
    </message>
    <message>
        <source>Not printed: this PC has no default printer; choose one in the settings.</source>
        <translation>未能打印：这台电脑没有默认打印机，请在设置中选择。</translation>
    </message>
    <message>
        <source>Not printed: the printer {printer} did not take the job. Is it on and online?</source>
        <translation>未能打印：打印机 {printer} 没有接收打印任务。请检查是否已开机并联网。</translation>
    </message>
    <message>
        <source>There is already a promotion with this code.</source>
        <translation>已有促销使用此代码。</translation>
    </message>
    <message>
        <source>Take either an amount or a percentage off, not both.</source>
        <translation>只能选择减免金额或折扣百分比，不能同时使用。</translation>
    </message>
    <message>
        <source>This promotion&apos;s details are not valid: check its bonus, discount, priority and dates in the back office.</source>
        <translation>此促销的资料无效：请在后台管理检查其赠送、折扣、优先级及日期。</translation>
    </message>
    <message>
        <source>The promotion gives the customer nothing: add a bonus or a discount.</source>
        <translation>此促销没有给顾客任何优惠：请添加赠送或折扣。</translation>
    </message>
    <message>
        <source>The percentage off is 0 to 100.</source>
        <translation>折扣百分比须为 0 至 100。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the amount is not in HK$ like 100.00.</source>
        <translation>报表第 {line} 行：金额不是港币金额（例如 100.00）。</translation>
    </message>
    <message>
        <source>The report lacks a column Counter needs, or names one twice: check its first line.</source>
        <translation>报表缺少 Counter 需要的列，或同一列出现两次：请检查报表第一行。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the date is not a date and time like 2026-11-21 10:01:05.</source>
        <translation>报表第 {line} 行：日期不是日期及时间（例如 2026-11-21 10:01:05）。</translation>
    </message>
    <message>
        <source>The report holds no transactions.</source>
        <translation>报表没有任何交易。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the number is not a phone number.</source>
        <translation>报表第 {line} 行：号码不是电话号码。</translation>
    </message>
    <message>
        <source>Line {line} of the report: the reference (external id) is empty or too long.</source>
        <translation>报表第 {line} 行：参考编号（external id）为空或过长。</translation>
    </message>
    <message>
        <source>A status in the report is not one Counter knows (e.g. COMPLETED, DECLINED).</source>
        <translation>报表中有 Counter 不认识的状态（例如 COMPLETED、DECLINED）。</translation>
    </message>
    <message>
        <source>The file is too large to be a provider&apos;s report: is it the right file?</source>
        <translation>文件太大，不像是供应商的报表：这是正确的文件吗？</translation>
    </message>
    <message>
        <source>Type the carrier&apos;s reference for this top-up (up to 64 characters).</source>
        <translation>请输入运营商为此充值提供的参考编号（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>This job is no longer in the outbox. Refresh the list.</source>
        <translation>此任务已不在待发送列表中。请刷新列表。</translation>
    </message>
    <message>
        <source>This job is already settled or on its way: refresh the list.</source>
        <translation>此任务已完成或正在发送：请刷新列表。</translation>
    </message>
    <message>
        <source>Type the city in up to 15 English letters, digits, spaces and . , &amp; &apos; ( ) / -.</source>
        <translation>城市最多 15 个字符，只可用英文字母、数字、空格及 . , &amp; &apos; ( ) / -。</translation>
    </message>
    <message>
        <source>Type the name in up to 25 English letters, digits, spaces and . , &amp; &apos; ( ) / -: banking apps do not show Chinese here.</source>
        <translation>名称最多 25 个字符，只可用英文字母、数字、空格及 . , &amp; &apos; ( ) / -：银行应用程序在此不会显示中文。</translation>
    </message>
    <message>
        <source>Type the shop&apos;s FPS ID (7 or 9 digits), its Hong Kong mobile number (8 digits) or its email address.</source>
        <translation>请输入本店的转数快识别码（7 或 9 位数字）、香港手机号码（8 位数字）或电邮地址。</translation>
    </message>
    <message>
        <source>The rest after the pulse is 2 to 510 ms.</source>
        <translation>脉冲后间隔须为 2 至 510 毫秒。</translation>
    </message>
    <message>
        <source>The drawer&apos;s pulse is 2 to 510 ms.</source>
        <translation>开箱脉冲须为 2 至 510 毫秒。</translation>
    </message>
    <message>
        <source>Choose pin 2 or pin 5.</source>
        <translation>请选择第 2 或第 5 针。</translation>
    </message>
    <message>
        <source>This printer name cannot start with - or hold a control character.</source>
        <translation>打印机名称不可以 - 开头，也不可含控制字符。</translation>
    </message>
    <message>
        <source>Leave the card number out (its last 4 digits are enough): this text is kept and may be printed.</source>
        <translation>请勿填写卡号（卡号最后 4 位已足够）：此文字会被保存，并可能被打印。</translation>
    </message>
    <message>
        <source>Leave the identity document number out: this text is kept and may be printed.</source>
        <translation>请勿填写身份证明文件号码：此文字会被保存，并可能被打印。</translation>
    </message>
    <message>
        <source>A PIN is 6 to 24 digits.</source>
        <translation>充值密码为 6 至 24 位数字。</translation>
    </message>
    <message>
        <source>This PIN is already in stock.</source>
        <translation>此充值密码已在存货中。</translation>
    </message>
    <message>
        <source>A serial number is 4 to 40 letters and digits.</source>
        <translation>序号为 4 至 40 个英文字母或数字。</translation>
    </message>
    <message>
        <source>A voucher with this serial number is already in stock.</source>
        <translation>已有此序号的充值券在存货中。</translation>
    </message>
    <message>
        <source>The amount off is HK$0 to HK$100,000.</source>
        <translation>减免金额须为 HK$0 至 HK$100,000。</translation>
    </message>
    <message>
        <source>A bonus is too large (data up to 10,000,000 MB, minutes 100,000, days 366).</source>
        <translation>赠送额度过大（流量最多 10,000,000 MB、通话最多 100,000 分钟、最多 366 天）。</translation>
    </message>
    <message>
        <source>The priority is 0 to 1000.</source>
        <translation>优先级须为 0 至 1000。</translation>
    </message>
    <message>
        <source>A plan code in the list does not exist.</source>
        <translation>列表中有套餐代码不存在。</translation>
    </message>
    <message>
        <source>A carrier code in the list does not exist.</source>
        <translation>列表中有运营商代码不存在。</translation>
    </message>
    <message>
        <source>Unknown card type.</source>
        <translation>未知的卡类。</translation>
    </message>
    <message>
        <source>Unknown kind of plan.</source>
        <translation>未知的套餐类别。</translation>
    </message>
    <message>
        <source>There is no promotion with this code.</source>
        <translation>没有此代码的促销。</translation>
    </message>
    <message>
        <source>Tick at least one identity document the carrier accepts.</source>
        <translation>请至少勾选一种运营商接受的身份证件。</translation>
    </message>
    <message>
        <source>A hotline is digits, spaces and dashes, with an optional leading +.</source>
        <translation>热线只能包含数字、空格及连字号，开头可加 +。</translation>
    </message>
    <message>
        <source>Grace and recycle days are 0 to 3,650, and recycling cannot come before the grace period ends.</source>
        <translation>宽限及回收天数须为 0 至 3,650，且回收不能早于宽限期结束。</translation>
    </message>
    <message>
        <source>You cannot change your own role or deactivate yourself: ask another admin.</source>
        <translation>你不能更改自己的职级或停用自己：请联系另一位管理员。</translation>
    </message>
    <message>
        <source>This is the last active admin: make another admin first.</source>
        <translation>这是最后一位启用中的管理员：请先将另一位员工设为管理员。</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>没有此用户。</translation>
    </message>
    <message>
        <source>Choose clerk, supervisor or admin.</source>
        <translation>请选择店员、主管或管理员。</translation>
    </message>
    <message>
        <source>Type a phone number, or a receipt number such as DEMO-C1-000123.</source>
        <translation>请输入电话号码或收据编号，例如 DEMO-C1-000123。</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>There is no member of staff with this username.</source>
        <translation>没有使用此用户名的员工。</translation>
    </message>
    <message>
        <source>There is no such counter.</source>
        <translation>没有此柜台。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>A report covers at most two years: choose a shorter range.</source>
        <translation>报表最多涵盖两年：请选择较短的时间范围。</translation>
    </message>
    <message>
        <source>There is no such shift.</source>
        <translation>没有此班次。</translation>
    </message>
    <message>
        <source>A variance this large needs a reason: say why the cash is short or over.</source>
        <translation>差额较大，需填写原因：请说明现金短缺或多出的原因。</translation>
    </message>
    <message>
        <source>The notes and coins counted do not add up to the total entered.</source>
        <translation>清点的纸币及硬币与输入的总额不符。</translation>
    </message>
    <message>
        <source>This account is locked after {failures} wrong passwords in a day. A supervisor can unlock it.</source>
        <translation>此账户一天内输入错误密码 {failures} 次，已被锁定。主管可以解锁。</translation>
    </message>
    <message>
        <source>This account is locked for {minutes} minutes after {failures} wrong passwords, until {until}. A supervisor can unlock it sooner.</source>
        <translation>此账户输入错误密码 {failures} 次，已锁定 {minutes} 分钟，至 {until}。主管可以提前解锁。</translation>
    </message>
    <message>
        <source>Your password was reset: choose your own password before you go on.</source>
        <translation>你的密码已被重设：请先设置你自己的密码才可继续。</translation>
    </message>
    <message>
        <source>Too many sign-ins with unknown usernames at this counter: wait {seconds} seconds, then try again.</source>
        <translation>此柜台有太多次以不存在的用户名登录：请等 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>Count each note and coin as a whole number from 0 to 99,999.</source>
        <translation>每种纸币及硬币的数量须为 0 至 99,999 的整数。</translation>
    </message>
    <message>
        <source>That is not a Hong Kong note or coin.</source>
        <translation>这不是港币纸币或硬币。</translation>
    </message>
    <message>
        <source>This SIM card is already on line {line} of the file.</source>
        <translation>此 SIM 卡已在文件第 {line} 行出现。</translation>
    </message>
    <message>
        <source>This number is already on line {line} of the file.</source>
        <translation>此号码已在文件第 {line} 行出现。</translation>
    </message>
    <message>
        <source>This PIN is already on line {line} of the file.</source>
        <translation>此充值密码已在文件第 {line} 行出现。</translation>
    </message>
    <message>
        <source>This serial number is already on line {line} of the file.</source>
        <translation>此序号已在文件第 {line} 行出现。</translation>
    </message>
    <message>
        <source>The amount is too large: at most HK${maximum}.</source>
        <translation>金额太大：最多 {maximum} 港元。</translation>
    </message>
    <message>
        <source>Each payment must be more than HK$0.00 and at most HK${maximum}.</source>
        <translation>每笔付款金额须大于 0，最多 {maximum} 港元。</translation>
    </message>
    <message>
        <source>That is more cash than one sale takes (at most HK${maximum}): check the amount handed over.</source>
        <translation>现金超过一笔交易可收的金额（最多 {maximum} 港元）：请核对收到的金额。</translation>
    </message>
    <message>
        <source>Receipts and reports cannot be made: this PC has no Chinese font that can be embedded. Install one (fonts-wqy-microhei on Debian/Ubuntu, Microsoft JhengHei on Windows) or set the shop setting cjk_font_path.</source>
        <translation>无法生成收据及报表：这台电脑没有可嵌入的中文字体。请安装一款（Debian/Ubuntu 安装 fonts-wqy-microhei，Windows 使用 Microsoft JhengHei），或在门店设置中设定 cjk_font_path。</translation>
    </message>
    <message>
        <source>Choose a card type from the list.</source>
        <translation>请从列表中选择卡类。</translation>
    </message>
    <message>
        <source>Choose a carrier from the list.</source>
        <translation>请从列表中选择运营商。</translation>
    </message>
    <message>
        <source>Remind about lines expiring within 1 to 90 days (usually 7, 14 or 30).</source>
        <translation>提醒范围须为 1 至 90 天内到期的线路（一般为 7、14 或 30 天）。</translation>
    </message>
    <message>
        <source>The list holds 1 to 10,000 lines.</source>
        <translation>列表可列出 1 至 10,000 条线路。</translation>
    </message>
    <message>
        <source>No shift was closed at this counter on that day: there is no Z report to print.</source>
        <translation>此柜台当天没有结班：没有 Z 报表可打印。</translation>
    </message>
    <message>
        <source>This shift is closed: print its Z report instead.</source>
        <translation>此班次已结束：请改为打印其 Z 报表。</translation>
    </message>
    <message>
        <source>This shift is still open: print an X report until it is closed.</source>
        <translation>此班次尚未结束：结班前请打印 X 报表。</translation>
    </message>
    <message>
        <source>Write the reason (at least a few words).</source>
        <translation>请写下原因（至少几个字）。</translation>
    </message>
    <message>
        <source>Only a completed sale can be voided or refunded: this one is already voided, refunded or unfinished.</source>
        <translation>只有已完成的交易可以作废或退款：此交易已作废、已退款或未完成。</translation>
    </message>
    <message>
        <source>This sale is already finished.</source>
        <translation>此交易已结束。</translation>
    </message>
    <message>
        <source>This sale is no longer open: find the line again.</source>
        <translation>此交易已不在进行中：请重新查找线路。</translation>
    </message>
    <message>
        <source>This counter&apos;s installation secret is missing, damaged or not the shop&apos;s: copy installation-secret.json from the shop&apos;s first counter into this counter&apos;s config folder.</source>
        <translation>此柜台的安装密钥文件丢失、损坏或不属于本店：请从本店第一个柜台复制 installation-secret.json 到此柜台的配置文件夹。</translation>
    </message>
    <message>
        <source>Enter the cash counted in the till.</source>
        <translation>请输入钱箱内清点的现金。</translation>
    </message>
    <message>
        <source>A sale of this shift is unfinished: complete or abandon it first.</source>
        <translation>本班次有未完成的交易：请先完成或放弃。</translation>
    </message>
    <message>
        <source>Enter the amount of cash moved.</source>
        <translation>请输入存入或取出的现金金额。</translation>
    </message>
    <message>
        <source>Say why the cash is moved.</source>
        <translation>请说明存取现金的原因。</translation>
    </message>
    <message>
        <source>This line is closed or recycled: there is nothing to remind its holder of.</source>
        <translation>此线路已关闭或已回收：无需提醒登记人。</translation>
    </message>
    <message>
        <source>Choose a folder that exists and a file name.</source>
        <translation>请选择已有的文件夹并输入文件名。</translation>
    </message>
    <message>
        <source>The shop&apos;s name cannot be empty.</source>
        <translation>门店名称不能为空。</translation>
    </message>
    <message>
        <source>This text has a character that cannot be printed, or is too long.</source>
        <translation>此文字含有无法打印的字符，或过长。</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ).</source>
        <translation>电话号码只能包含数字、空格及 + - ( )。</translation>
    </message>
    <message>
        <source>A BR number has only letters, digits, spaces and -.</source>
        <translation>商业登记号码只能包含英文字母、数字、空格及 -。</translation>
    </message>
    <message>
        <source>There is no file at this path on this PC.</source>
        <translation>此电脑上没有此路径的文件。</translation>
    </message>
    <message>
        <source>Choose 80 mm, 58 mm or A4.</source>
        <translation>请选择 80 mm、58 mm 或 A4。</translation>
    </message>
    <message>
        <source>Choose Traditional or Simplified Chinese.</source>
        <translation>请选择繁体或简体中文。</translation>
    </message>
    <message>
        <source>Keep identity data 1 to 84 months.</source>
        <translation>身份信息保留期须为 1 至 84 个月。</translation>
    </message>
    <message>
        <source>Type a whole number from 0 to 100000.</source>
        <translation>请输入 0 至 100000 的整数。</translation>
    </message>
    <message>
        <source>Type an amount from 0 to 10,000.00.</source>
        <translation>请输入 0 至 10,000.00 的金额。</translation>
    </message>
    <message>
        <source>This printer name has a character that cannot be used.</source>
        <translation>此打印机名称含有不可使用的字符。</translation>
    </message>
    <message>
        <source>Print 1 to 5 copies.</source>
        <translation>打印份数须为 1 至 5。</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>请从列表中选择语言。</translation>
    </message>
    <message>
        <source>Lock after 1 to 120 minutes.</source>
        <translation>锁定时间须为 1 至 120 分钟。</translation>
    </message>
    <message>
        <source>There is no such counter in this shop.</source>
        <translation>本店没有此柜台。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Renewal / top-up</source>
        <translation>续期／充值</translation>
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
        <translation>已作废</translation>
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
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>(no receipt)</source>
        <translation>（无收据）</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Everyone</source>
        <translation>所有店员</translation>
    </message>
    <message>
        <source>All finished sales</source>
        <translation>所有已结束的交易</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not finished / abandoned</source>
        <translation>未完成／已放弃</translation>
    </message>
    <message>
        <source>Voi&amp;d…</source>
        <translation>作废(&amp;D)…</translation>
    </message>
    <message>
        <source>Refun&amp;d…</source>
        <translation>退款(&amp;D)…</translation>
    </message>
    <message>
        <source>Voi&amp;d or refund…</source>
        <translation>作废或退款(&amp;D)…</translation>
    </message>
    <message>
        <source>A sale of this shift is voided.</source>
        <translation>本班次的交易以“作废”处理。</translation>
    </message>
    <message>
        <source>A sale of an earlier shift is refunded.</source>
        <translation>以往班次的交易以“退款”处理。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided.</source>
        <translation>收据 {receipt} 已作废。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is refunded.</source>
        <translation>收据 {receipt} 已退款。</translation>
    </message>
    <message>
        <source>{count} sales shown, more below</source>
        <translation>已显示 {count} 笔交易，下方还有更多</translation>
    </message>
    <message>
        <source>{count} sales</source>
        <translation>{count} 笔交易</translation>
    </message>
    <message>
        <source>No sale matches this search.</source>
        <translation>没有符合搜索条件的交易。</translation>
    </message>
    <message>
        <source>Receipt or phone number (any date)</source>
        <translation>收据或电话号码（不限日期）</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>搜索(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>店员(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
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
        <translation>详情</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
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
        <source>Supervisor override… (Enter)</source>
        <translation>主管批准… (Enter)</translation>
    </message>
    <message>
        <source>Verify (Enter)</source>
        <translation>核对 (Enter)</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Find the line</source>
        <translation>搜索号码</translation>
    </message>
    <message>
        <source>Look up the number, SIM card (ICCID) or receipt typed or scanned</source>
        <translation>查找输入或扫描的号码、SIM 卡 (ICCID) 或收据</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>实名核对</translation>
    </message>
    <message>
        <source>The photo matches the customer</source>
        <translation>照片与顾客相符</translation>
    </message>
    <message>
        <source>Check the document; after 3 mismatches, the supervisor override</source>
        <translation>核对证件；3 次不符后由主管批准</translation>
    </message>
    <message>
        <source>Credit top-up, no ID needed</source>
        <translation>只充值话费，无须证件</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Choose a plan</source>
        <translation>选择套餐</translation>
    </message>
    <message>
        <source>Take the chosen plan</source>
        <translation>确定所选套餐</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card (last 4 digits and approval code)</source>
        <translation>信用卡（末 4 位数字及授权码）</translation>
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
        <source>FPS (with its reference)</source>
        <translation>转数快（连参考编号）</translation>
    </message>
    <message>
        <source>Add this tender to a split payment</source>
        <translation>加入此付款方式（拆分付款）</translation>
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
        <translation>打印收据（再印为副本，并有记录）</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>将收据保存为 PDF</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>下一位顾客</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference of an item applied on the carrier&apos;s portal; Enter records it</source>
        <translation>在运营商平台办理的项目之运营商参考编号；按 Enter 记录</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任何画面</translation>
    </message>
    <message>
        <source>Go back; nothing typed is lost</source>
        <translation>返回；已输入的内容不会丢失</translation>
    </message>
    <message>
        <source>Retry when the database banner shows</source>
        <translation>数据库横幅出现时重试</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台管理</translation>
    </message>
    <message>
        <source>Go to a tab</source>
        <translation>前往标签页</translation>
    </message>
    <message>
        <source>X report (shift tab)</source>
        <translation>X 报表（班次及现金标签页）</translation>
    </message>
    <message>
        <source>Print the shift report (shift tab)</source>
        <translation>打印班次报表（班次及现金标签页）</translation>
    </message>
    <message>
        <source>Print the receipt shown (history tab)</source>
        <translation>打印显示中的收据（销售记录标签页）</translation>
    </message>
    <message>
        <source>Save the receipt shown as PDF (history tab)</source>
        <translation>将显示中的收据保存为 PDF（销售记录标签页）</translation>
    </message>
    <message>
        <source>Reload the list (reminders tab)</source>
        <translation>刷新列表（到期提醒标签页）</translation>
    </message>
    <message>
        <source>Reload the list (outbox tab)</source>
        <translation>刷新列表（发送跟进标签页）</translation>
    </message>
    <message>
        <source>Try the chosen job again (outbox tab)</source>
        <translation>重试所选的发送任务（发送跟进标签页）</translation>
    </message>
    <message>
        <source>The carrier&apos;s reference; record the job as applied by hand (outbox tab)</source>
        <translation>运营商参考编号；记录为已人工办理（发送跟进标签页）</translation>
    </message>
    <message>
        <source>Void or refund the chosen job&apos;s sale (outbox tab)</source>
        <translation>将所选任务的交易作废或退款（发送跟进标签页）</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>返回柜台</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Everything at the counter is done from the keyboard. Each button names its key.</source>
        <translation>柜台的一切操作都可用键盘完成；每个按钮都注明其按键。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
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
        <source>Type or scan the customer&apos;s number, SIM card or receipt, and press Enter.</source>
        <translation>请输入或扫描顾客的号码、SIM 卡或收据，然后按 Enter。</translation>
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
        <translation>只充值话费，无需证件 (F9)</translation>
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
        <source>Type or scan the customer&apos;s number and press Enter.</source>
        <translation>请输入或扫描顾客的号码，然后按 Enter。</translation>
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
        <translation>后台管理 (F12)</translation>
    </message>
    <message>
        <source>Open drawer (F7)</source>
        <translation>开钱箱 (F7)</translation>
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
        <source>Demo: clerk, supervisor or manager, password {password}</source>
        <translation>示范：clerk、supervisor 或 manager，密码 {password}</translation>
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
        <source>Your password is changed.</source>
        <translation>你的密码已更改。</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Open a shift first: only a supervisor or a manager may use the back office without one.</source>
        <translation>请先开班：只有主管或经理可在未开班时使用后台。</translation>
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
        <translation>店员：{name}</translation>
    </message>
    <message>
        <source>Clerk: not signed in</source>
        <translation>店员：未登录</translation>
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
        <source>{reason} The sale in progress is kept; nothing is lost.</source>
        <translation>{reason}进行中的交易已保留，没有丢失任何数据。</translation>
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
        <source>&amp;Back office: history, shift, reports, admin</source>
        <translation>后台管理：记录、班次、报表、管理(&amp;B)</translation>
    </message>
    <message>
        <source>Open the cash &amp;drawer (no sale)…</source>
        <translation>打开钱箱（无交易）(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Lock the counter</source>
        <translation>锁定柜台(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch clerk</source>
        <translation>更换店员(&amp;S)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>更改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>按键一览(&amp;K)…</translation>
    </message>
    <message>
        <source>Show the &amp;customer&apos;s screen</source>
        <translation>显示顾客屏幕(&amp;C)</translation>
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
</context>
<context>
    <name>NotDone</name>
    <message>
        <source>Something went wrong; see the message with its reference.</source>
        <translation>出现问题；请参阅附有参考编号的消息。</translation>
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
    <message>
        <source>Back office without a shift (F12)</source>
        <translation>不开班进入后台 (F12)</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最后错误</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>{count} job(s) need a person</source>
        <translation>{count} 项任务需要人工处理</translation>
    </message>
    <message>
        <source>Nothing needs a person: no job failed or is in doubt, and none waits to be applied by hand.</source>
        <translation>没有需要人工处理的任务：没有发送失败或结果未明的任务，也没有待人工办理的项目。</translation>
    </message>
    <message>
        <source>{reference}: tried again; the list is read again.</source>
        <translation>{reference}：已重试；列表已刷新。</translation>
    </message>
    <message>
        <source>{reference}: recorded as applied by hand ({carrier_ref}).</source>
        <translation>{reference}：已记录为人工办理（{carrier_ref}）。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is voided.</source>
        <translation>收据 {receipt} 已作废。</translation>
    </message>
    <message>
        <source>Receipt {receipt} is refunded.</source>
        <translation>收据 {receipt} 已退款。</translation>
    </message>
    <message>
        <source>What did not reach the carrier or the customer by itself: jobs that failed, whose fate is not known, or that are to be applied on the carrier&apos;s portal.</source>
        <translation>未能自动送达运营商或客户的任务：发送失败、结果未明，或须在运营商平台办理的项目。</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Void or refund…</source>
        <translation>作废或退款(&amp;V)…</translation>
    </message>
    <message>
        <source>Carrier&apos;s &amp;reference</source>
        <translation>运营商参考编号(&amp;R)</translation>
    </message>
    <message>
        <source>as the carrier&apos;s portal gave it</source>
        <translation>按运营商平台所提供</translation>
    </message>
    <message>
        <source>&amp;Applied by hand</source>
        <translation>已人工办理(&amp;A)</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Carrier</source>
        <translation>运营商</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动处理</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>短信网关</translation>
    </message>
    <message>
        <source>To apply on the carrier&apos;s portal</source>
        <translation>须在运营商平台办理</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Sent, waiting for the answer</source>
        <translation>已发送，等待回复</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not known: to check</source>
        <translation>结果未明：待核查</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Applied on the carrier&apos;s portal ✓ (carrier&apos;s reference {reference})</source>
        <translation>已在运营商平台办理 ✓（运营商参考编号 {reference}）</translation>
    </message>
    <message>
        <source>Apply it on the carrier&apos;s portal.</source>
        <translation>请在运营商平台办理。</translation>
    </message>
    <message>
        <source>Sent to the carrier ✓</source>
        <translation>已送达运营商 ✓</translation>
    </message>
    <message>
        <source>Failed — call the supervisor: in the back office&apos;s Outbox tab they try it again or refund the sale.</source>
        <translation>失败 — 请通知主管：主管可在后台管理的“发送跟进”标签页重试或为交易退款。</translation>
    </message>
    <message>
        <source>Not known yet — the supervisor will check.</source>
        <translation>结果未明 — 主管会核查。</translation>
    </message>
    <message>
        <source>Not sent to the carrier: the sale was voided.</source>
        <translation>未送交运营商：交易已作废。</translation>
    </message>
    <message>
        <source>Waiting for the carrier…</source>
        <translation>等待运营商…</translation>
    </message>
    <message>
        <source>Text to {number} delivered ✓</source>
        <translation>致 {number} 的短信已送达 ✓</translation>
    </message>
    <message>
        <source>Text to {number} sent, not delivered yet</source>
        <translation>致 {number} 的短信已发出，尚未送达</translation>
    </message>
    <message>
        <source>Text to {number} failed: the receipt is the customer&apos;s record.</source>
        <translation>致 {number} 的短信发送失败：收据即为客户的记录。</translation>
    </message>
    <message>
        <source>Text to {number} not sent: the sale was voided.</source>
        <translation>致 {number} 的短信未发出：交易已作废。</translation>
    </message>
    <message>
        <source>Text to {number} not sent: this counter has no SMS gateway.</source>
        <translation>致 {number} 的短信未发出：此柜台未设置短信网关。</translation>
    </message>
    <message>
        <source>Text to {number} waiting to be sent…</source>
        <translation>致 {number} 的短信等待发送…</translation>
    </message>
    <message>
        <source>{kind} ({provider}): {state}</source>
        <translation>{kind}（{provider}）：{state}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>参考编号 {reference}</translation>
    </message>
    <message>
        <source>attempts {count}</source>
        <translation>尝试 {count} 次</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最后错误：{error}</translation>
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
        <translation>信用卡</translation>
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
        <source>Scan with your bank app to pay {amount} by FPS</source>
        <translation>以银行应用程序扫描，
以转数快付款 {amount}</translation>
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
        <translation>信用卡 (F2)</translation>
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
        <translation>信用卡号码最后 4 位</translation>
    </message>
    <message>
        <source>From the terminal slip, e.g. 1234</source>
        <translation>见信用卡收据，例如 1234</translation>
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
        <source>No FPS QR code: the shop&apos;s FPS ID is not set. An admin can set it in Back office &gt; Settings.</source>
        <translation>没有转数快二维码：本店未设置转数快识别码。管理员可在「后台管理 &gt; 设置」设置。</translation>
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
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>Credit +{amount}</source>
        <translation>充值 {amount}</translation>
    </message>
    <message>
        <source>Balance {amount}</source>
        <translation>余额 {amount}</translation>
    </message>
    <message>
        <source>Data +{data}</source>
        <translation>流量 +{data}</translation>
    </message>
    <message>
        <source>Voice +{minutes} min</source>
        <translation>通话 +{minutes} 分钟</translation>
    </message>
    <message>
        <source>Bonus data +{data}</source>
        <translation>赠送流量 +{data}</translation>
    </message>
    <message>
        <source>Bonus voice +{minutes} min</source>
        <translation>赠送通话 +{minutes} 分钟</translation>
    </message>
    <message>
        <source>Bonus validity +{days} day</source>
        <translation>赠送有效期 +{days} 天</translation>
    </message>
    <message>
        <source>Bonus validity +{days} days</source>
        <translation>赠送有效期 +{days} 天</translation>
    </message>
    <message>
        <source>{promotion}: {amount} off</source>
        <translation>{promotion}：减 {amount}</translation>
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
        <source>The sale is saved.</source>
        <translation>交易已保存。</translation>
    </message>
    <message>
        <source>Not saved: {path} cannot be written. Choose another folder.</source>
        <translation>未能保存：无法写入 {path}。请选择其他文件夹。</translation>
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
    <name>RemindersModel</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>登记人</translation>
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
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>已致电</translation>
    </message>
    <message>
        <source>{days} (in grace)</source>
        <translation>{days}（宽限期内）</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <source>All carriers</source>
        <translation>所有运营商</translation>
    </message>
    <message>
        <source>All card types</source>
        <translation>所有卡类</translation>
    </message>
    <message>
        <source>{count} line(s) exported to {file}.</source>
        <translation>已导出 {count} 个号码至 {file}。</translation>
    </message>
    <message>
        <source>{count} line(s) to phone</source>
        <translation>{count} 个号码待致电</translation>
    </message>
    <message>
        <source>today {date}</source>
        <translation>今天 {date}</translation>
    </message>
    <message>
        <source>{number} marked as phoned.</source>
        <translation>已将 {number} 标记为已致电。</translation>
    </message>
    <message>
        <source>Export the reminders as CSV</source>
        <translation>将到期提醒导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Expiring &amp;within</source>
        <translation>到期范围(&amp;W)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天内</translation>
    </message>
    <message>
        <source>14 days</source>
        <translation>14 天内</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天内</translation>
    </message>
    <message>
        <source>and in &amp;grace</source>
        <translation>及宽限期内(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>运营商(&amp;C)</translation>
    </message>
    <message>
        <source>Card &amp;type</source>
        <translation>卡类(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mark contacted</source>
        <translation>标记为已联系(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Show lines already phoned</source>
        <translation>显示已致电的线路(&amp;S)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新 (F5)</translation>
    </message>
    <message>
        <source>&amp;Outcome of the call</source>
        <translation>致电结果(&amp;O)</translation>
    </message>
    <message>
        <source>e.g. will renew on Friday, no answer</source>
        <translation>例如：周五续期、无人接听</translation>
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
        <translation>运营商</translation>
    </message>
    <message>
        <source>card type</source>
        <translation>卡类</translation>
    </message>
    <message>
        <source>tender</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>All counters</source>
        <translation>所有柜台</translation>
    </message>
    <message>
        <source>No sales in these days.</source>
        <translation>此期间没有交易。</translation>
    </message>
    <message>
        <source>{count} sales · gross {gross} · voided {voided} · refunded {refunded} · net {net}</source>
        <translation>{count} 笔交易 · 总额 {gross} · 作废 {voided} · 退款 {refunded} · 净额 {net}</translation>
    </message>
    <message>
        <source>Net sales by {breakdown}, {first} to {last}</source>
        <translation>按{breakdown}划分的净销售额，{first} 至 {last}</translation>
    </message>
    <message>
        <source>The report could not be made: {error}</source>
        <translation>未能生成报表：{error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>将报表保存为 CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>电子表格用 CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Sales reports</source>
        <translation>销售报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
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
        <translation>本周(&amp;W)</translation>
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
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>保存 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <source>Sales by</source>
        <translation>划分方式</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Void a sale</source>
        <translation>作废交易</translation>
    </message>
    <message>
        <source>Refund a sale</source>
        <translation>交易退款</translation>
    </message>
    <message>
        <source>Void receipt {receipt}</source>
        <translation>作废收据 {receipt}</translation>
    </message>
    <message>
        <source>Refund receipt {receipt}</source>
        <translation>退款：收据 {receipt}</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>金额：{amount}</translation>
    </message>
    <message>
        <source>The line&apos;s expiry goes back to {date}, with its balance and data.</source>
        <translation>线路有效期将恢复至 {date}，余额及流量也将还原。</translation>
    </message>
    <message>
        <source>The new SIM&apos;s line is closed; its number can be used again.</source>
        <translation>新 SIM 卡的线路将关闭；其号码可再次使用。</translation>
    </message>
    <message>
        <source>The line stays as it is: a later sale has changed it since.</source>
        <translation>线路保持现状：之后的交易已更改此线路。</translation>
    </message>
    <message>
        <source>The voucher PIN is voided: it can never be sold again.</source>
        <translation>充值券密码将作废，永不再出售。</translation>
    </message>
    <message>
        <source>The sale keeps its receipt number; nothing is deleted.</source>
        <translation>交易保留原收据编号，不会删除任何数据。</translation>
    </message>
    <message>
        <source>Cash: give back {amount} from the drawer.</source>
        <translation>现金：从钱箱退还 {amount}。</translation>
    </message>
    <message>
        <source>Card: refund {amount} on the card terminal to the card ending {last4} (original approval code {code}).</source>
        <translation>信用卡：在刷卡终端退款 {amount} 至尾号 {last4} 的卡（原授权码 {code}）。</translation>
    </message>
    <message>
        <source>{tender}: give back {amount} through {tender} (the channel it was paid by), quoting the original reference {reference}.</source>
        <translation>{tender}：通过{tender}（原支付渠道）退还 {amount}，注明原参考编号 {reference}。</translation>
    </message>
    <message>
        <source>Write the reason (at least {count} characters).</source>
        <translation>请写下原因（最少 {count} 个字）。</translation>
    </message>
    <message>
        <source>A supervisor types their username here.</source>
        <translation>主管在此输入用户名。</translation>
    </message>
    <message>
        <source>The supervisor types their password here.</source>
        <translation>主管在此输入密码。</translation>
    </message>
    <message>
        <source>Void or refund</source>
        <translation>作废或退款</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Supervisor &amp;username</source>
        <translation>主管用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>{when} at {counter} by {clerk}</source>
        <translation>{when}，柜台 {counter}，店员 {clerk}</translation>
    </message>
    <message>
        <source>(second number {number})</source>
        <translation>（第二号码 {number}）</translation>
    </message>
    <message>
        <source>Voucher serial {serial}</source>
        <translation>充值券序号 {serial}</translation>
    </message>
    <message>
        <source>Printed again {count} time(s).</source>
        <translation>已重印 {count} 次。</translation>
    </message>
    <message>
        <source>card ending {last4}, approval {code}</source>
        <translation>卡号尾 {last4}，授权 {code}</translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation>参考编号 {reference}</translation>
    </message>
    <message>
        <source>(new SIM)</source>
        <translation>（新 SIM 卡）</translation>
    </message>
    <message>
        <source>the document matched the registration</source>
        <translation>证件与登记资料相符</translation>
    </message>
    <message>
        <source>the document did not match</source>
        <translation>证件不符</translation>
    </message>
    <message>
        <source>overridden by {name}</source>
        <translation>由 {name} 批准</translation>
    </message>
    <message>
        <source>Identity check: {result}</source>
        <translation>实名核对：{result}</translation>
    </message>
    <message>
        <source>Identity check ({document}): {result}</source>
        <translation>实名核对（{document}）：{result}</translation>
    </message>
    <message>
        <source>{when}, approved by {approver} (asked by {clerk})</source>
        <translation>{when}，由 {approver} 批准（{clerk} 申请）</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Amount {amount}; cash given back {cash}; line restored: {restored}</source>
        <translation>金额 {amount}；退还现金 {cash}；线路已还原：{restored}</translation>
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
        <translation>请选择交易以查看详情。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>实收金额</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>The line, before → after</source>
        <translation>号码：之前 → 之后</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>到期日</translation>
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
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Carrier and SMS</source>
        <translation>运营商及短信</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>Not saved yet: the database did not answer.</source>
        <translation>尚未保存：数据库没有响应。</translation>
    </message>
    <message>
        <source>Something went wrong; the sale is kept.</source>
        <translation>出现问题；交易已保留。</translation>
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
        <translation>运营商</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡类</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款笔数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
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
        <translation>无法使用数据库</translation>
    </message>
    <message>
        <source>The sale in progress is kept. Check the network and retry.</source>
        <translation>进行中的交易已保留。请检查网络后重试。</translation>
    </message>
</context>
<context>
    <name>ShiftReportPanel</name>
    <message>
        <source>Preparing the X report…</source>
        <translation>正在准备 X 报表…</translation>
    </message>
    <message>
        <source>X report of shift {number} at {time}: figures so far, not a close.</source>
        <translation>班次 {number} 于 {time} 的 X 报表：截至目前的数据，并非结班。</translation>
    </message>
    <message>
        <source>Preparing the Z report…</source>
        <translation>正在准备 Z 报表…</translation>
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
        <source>Archived as {file}.</source>
        <translation>已存档为 {file}。</translation>
    </message>
    <message>
        <source>The shift is closed all the same.</source>
        <translation>班次仍已结束。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>X report (F9)</source>
        <translation>X 报表 (F9)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>{tender} {taken} taken · {back} voided/refunded · net {net}</source>
        <translation>{tender} 收款 {taken} · 作废及退款 {back} · 净额 {net}</translation>
    </message>
    <message>
        <source>Shift {number} at counter {counter}</source>
        <translation>柜台 {counter} 班次 {number}</translation>
    </message>
    <message>
        <source>Opened by {name}, {date} {time}</source>
        <translation>由 {name} 开班，{date} {time}</translation>
    </message>
    <message>
        <source>Say why the cash goes in or out.</source>
        <translation>请说明现金存入或取出的原因。</translation>
    </message>
    <message>
        <source>{amount} put into the till.</source>
        <translation>已存入钱箱 {amount}。</translation>
    </message>
    <message>
        <source>{amount} taken out of the till.</source>
        <translation>已从钱箱取出 {amount}。</translation>
    </message>
    <message>
        <source>Say why the cash is {variance}: a variance over {threshold} needs a reason.</source>
        <translation>请说明现金{variance}的原因：差额超过 {threshold} 需填写原因。</translation>
    </message>
    <message>
        <source>Close the shift?</source>
        <translation>确定结班？</translation>
    </message>
    <message>
        <source>Close shift {number} with {counted} counted (expected {expected}, variance {variance})? The Z report is printed and archived; a closed shift cannot be reopened.</source>
        <translation>以清点金额 {counted} 结束班次 {number}（应有 {expected}，差额 {variance}）？Z 报表将打印并存档；已结束的班次无法重新开启。</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>结班</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Closing the shift…</source>
        <translation>正在结班…</translation>
    </message>
    <message>
        <source>Shift {number} is closed</source>
        <translation>班次 {number} 已结束</translation>
    </message>
    <message>
        <source>Counted {counted}, expected {expected}: {variance}.</source>
        <translation>清点 {counted}，应有 {expected}：{variance}。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>No shift is open at this counter. Open one on the counter screen by counting the float into the till.</source>
        <translation>此柜台未开班。请在柜台界面清点备用金放入钱箱以开班。</translation>
    </message>
    <message>
        <source>This shift so far</source>
        <translation>本班次至今</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>按付款方式</translation>
    </message>
    <message>
        <source>Cash takings</source>
        <translation>现金收入</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Awaiting carrier</source>
        <translation>待运营商确认</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash refunded</source>
        <translation>现金退款</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>现金存入</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>现金取出</translation>
    </message>
    <message>
        <source>Expected cash in the till</source>
        <translation>钱箱应有现金</translation>
    </message>
    <message>
        <source>Cash in or out of the till</source>
        <translation>钱箱存取现金</translation>
    </message>
    <message>
        <source>&amp;Amount (HK$)</source>
        <translation>金额（HK$）(&amp;A)</translation>
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
        <translation>例如：从银行换来的硬币</translation>
    </message>
    <message>
        <source>Cash &amp;out</source>
        <translation>取出(&amp;O)</translation>
    </message>
    <message>
        <source>Close the shift: count the cash (Enter moves down)</source>
        <translation>结班：清点现金（按 Enter 移到下一项）</translation>
    </message>
    <message>
        <source>&amp;Close the shift…</source>
        <translation>结班(&amp;C)…</translation>
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
    <name>Vocabulary</name>
    <message>
        <source>Number-keeping card</source>
        <translation>保号卡</translation>
    </message>
    <message>
        <source>HK registered card</source>
        <translation>香港注册卡</translation>
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
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Recycled</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>HKID card</source>
        <translation>香港身份证</translation>
    </message>
    <message>
        <source>Mainland Resident ID / Residence Permit</source>
        <translation>内地居民身份证／居住证</translation>
    </message>
    <message>
        <source>Macao Resident ID card</source>
        <translation>澳门居民身份证</translation>
    </message>
    <message>
        <source>Exit-Entry Permit to HK and Macao</source>
        <translation>往来港澳通行证</translation>
    </message>
    <message>
        <source>Home Return Permit</source>
        <translation>回乡证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Octopus</source>
        <translation>八达通</translation>
    </message>
    <message>
        <source>FPS</source>
        <translation>转数快</translation>
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
        <source>Choose a voucher that is in stock.</source>
        <translation>请选择有存货的充值券。</translation>
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
