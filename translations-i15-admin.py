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
    "&Fulfilment": ("處理渠道(&F)", "处理渠道(&F)"),
    "With DT One, the plans that have a provider product id go to DT One; the clerk applies "
    "the others on the carrier's portal.": (
        "選用 DT One 時，設有供應商產品編號的套餐交由 DT One 處理；其餘由店員在網絡商代理網站人手處理。",
        "选用 DT One 时，设有供应商产品编号的套餐交由 DT One 处理；其余由店员在运营商代理平台手动处理。",
    ),
    # ShiftTab
    "Sales not yet confirmed by the carrier": ("網絡商未確認的銷售", "运营商未确认的销售"),
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
}
