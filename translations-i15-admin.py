"""The translations of the strings issue 15's admin part added (catalogue provider mapping,
the shift's unconfirmed count, reconcile's error texts), to fill them in again after a merge.

TABLE maps an English source text to its (zh_HK, zh_CN) translation.
"""

TABLE: dict[str, tuple[str, str]] = {
    # AdminCatalogTab
    "By hand, on the carrier's portal": (
        "人手處理（於網絡商代理網站）",
        "手动处理（在运营商代理平台）",
    ),
    "by hand": ("人手處理", "手动处理"),
    "Provider product": ("供應商產品編號", "供应商产品编号"),
    "Fulfilment": ("處理渠道", "处理渠道"),
    "Provider pr&oduct": ("供應商產品編號(&O)", "供应商产品编号(&O)"),
    "empty: the clerk applies it by hand": ("留空：由店員人手處理", "留空：由店员手动处理"),
    "Fulfil&ment": ("處理渠道(&M)", "处理渠道(&M)"),
    "With DT One, the plans that have a provider product id go to DT One; the clerk applies "
    "the others on the carrier's portal.": (
        "選用 DT One 時，設有供應商產品編號的套餐交由 DT One 處理；"
        "其餘由店員在網絡商代理網站人手處理。",
        "选用 DT One 时，设有供应商产品编号的套餐交由 DT One 处理；"
        "其余由店员在运营商代理平台手动处理。",
    ),
    # ShiftTab
    "Awaiting carrier": ("待網絡商確認", "待运营商确认"),
    # ErrorText
    "Choose who applies this carrier's sales: the clerk on the carrier's portal, or DT One.": (
        "請選擇由誰處理此網絡商的銷售：店員在網絡商代理網站人手處理，或 DT One。",
        "请选择由谁处理此运营商的销售：店员在运营商代理平台手动处理，或 DT One。",
    ),
    "A provider's product id is up to {maximum} printable characters; leave it empty for a "
    "plan the clerk applies by hand.": (
        "供應商產品編號最多 {maximum} 個可列印字元；由店員人手處理的套餐請留空。",
        "供应商产品编号最多 {maximum} 个可打印字符；由店员手动处理的套餐请留空。",
    ),
    # ErrorText of the outbox core (on main, not translated there)
    "Type the carrier's reference for this top-up (up to 64 characters).": (
        "請輸入網絡商為此增值提供的參考編號（最多 64 個字元）。",
        "请输入运营商为此充值提供的参考编号（最多 64 个字符）。",
    ),
    "This job is no longer in the outbox. Refresh the list.": (
        "此工作已不在待發送清單中。請重新整理清單。",
        "此任务已不在待发送列表中。请刷新列表。",
    ),
    "This job is already settled or on its way: refresh the list.": (
        "此工作已完成或正在發送：請重新整理清單。",
        "此任务已完成或正在发送：请刷新列表。",
    ),
    # ErrorText of counter-app reconcile
    "Line {line} of the report: the amount is not in HK$ like 100.00.": (
        "報表第 {line} 行：金額不是港幣金額（例如 100.00）。",
        "报表第 {line} 行：金额不是港币金额（例如 100.00）。",
    ),
    "The report lacks a column Counter needs, or names one twice: check its first line.": (
        "報表缺少 Counter 需要的欄位，或同一欄位出現兩次：請檢查報表第一行。",
        "报表缺少 Counter 需要的列，或同一列出现两次：请检查报表第一行。",
    ),
    "Line {line} of the report: the date is not a date and time like 2026-11-21 10:01:05.": (
        "報表第 {line} 行：日期不是日期及時間（例如 2026-11-21 10:01:05）。",
        "报表第 {line} 行：日期不是日期及时间（例如 2026-11-21 10:01:05）。",
    ),
    "The report holds no transactions.": ("報表沒有任何交易。", "报表没有任何交易。"),
    "Line {line} of the report: the number is not a phone number.": (
        "報表第 {line} 行：號碼不是電話號碼。",
        "报表第 {line} 行：号码不是电话号码。",
    ),
    "Line {line} of the report: the reference (external id) is empty or too long.": (
        "報表第 {line} 行：參考編號（external id）空白或太長。",
        "报表第 {line} 行：参考编号（external id）为空或过长。",
    ),
    "A status in the report is not one Counter knows (e.g. COMPLETED, DECLINED).": (
        "報表中有 Counter 不認識的狀態（例如 COMPLETED、DECLINED）。",
        "报表中有 Counter 不认识的状态（例如 COMPLETED、DECLINED）。",
    ),
    "The file is too large to be a provider's report: is it the right file?": (
        "檔案太大，不似是供應商的報表：這是正確的檔案嗎？",
        "文件太大，不像是供应商的报表：这是正确的文件吗？",
    ),
}
