"""The translations issue 15's GUI part added: English source → (zh_HK, zh_CN).

Kept to fill the .ts files again after a merge (the words follow tests/gui/test_vocabulary.py:
網絡商 / 运营商 for a carrier, 收據 / 收据, 主管, 短訊 / 短信, 後勤管理 / 后台管理).
"""

TABLE = {
    # The back office's tab
    "Outbox": ("發送跟進", "发送跟进"),
    # The done page
    "Carrier's &reference": ("網絡商參考編號(&R)", "运营商参考编号(&R)"),
    "&Applied": ("已辦理(&A)", "已办理(&A)"),
    # Error texts
    "Type the carrier's reference for this top-up (up to 64 characters).": (
        "請輸入網絡商參考編號（最多 64 個字）。",
        "请输入运营商参考编号（最多 64 个字）。",
    ),
    "This job is no longer in the outbox. Refresh the list.": (
        "此發送任務已不在清單中，請重新整理清單。",
        "此发送任务已不在列表中，请刷新列表。",
    ),
    "This job is already settled or on its way: refresh the list.": (
        "此發送任務已處理或正在發送中，請重新整理清單。",
        "此发送任务已处理或正在发送中，请刷新列表。",
    ),
    # Help > Keys
    "The carrier's reference of an item applied on the carrier's portal; Enter records it": (
        "在網絡商平台辦理的項目之網絡商參考編號；按 Enter 記錄",
        "在运营商平台办理的项目之运营商参考编号；按 Enter 记录",
    ),
    "Reload the list (outbox tab)": (
        "重新整理清單（發送跟進分頁）",
        "刷新列表（发送跟进标签页）",
    ),
    "Try the chosen job again (outbox tab)": (
        "重試所選的發送任務（發送跟進分頁）",
        "重试所选的发送任务（发送跟进标签页）",
    ),
    "The carrier's reference; record the job as applied by hand (outbox tab)": (
        "網絡商參考編號；記錄為已人手辦理（發送跟進分頁）",
        "运营商参考编号；记录为已人工办理（发送跟进标签页）",
    ),
    "Void or refund the chosen job's sale (outbox tab)": (
        "將所選任務的交易作廢或退款（發送跟進分頁）",
        "将所选任务的交易作废或退款（发送跟进标签页）",
    ),
    # The outbox tab
    "For": ("對象", "对象"),
    "Attempts": ("嘗試次數", "尝试次数"),
    "Last error": ("最後錯誤", "最后错误"),
    "{count} job(s) need a person": ("{count} 項任務需要人手處理", "{count} 项任务需要人工处理"),
    "Nothing needs a person: no job failed or is in doubt, and none waits to be applied by hand.": (
        "沒有需要人手處理的任務：沒有發送失敗或結果未明的任務，也沒有待人手辦理的項目。",
        "没有需要人工处理的任务：没有发送失败或结果未明的任务，也没有待人工办理的项目。",
    ),
    "{reference}: tried again; the list is read again.": (
        "{reference}：已重試；清單已重新整理。",
        "{reference}：已重试；列表已刷新。",
    ),
    "{reference}: recorded as applied by hand ({carrier_ref}).": (
        "{reference}：已記錄為人手辦理（{carrier_ref}）。",
        "{reference}：已记录为人工办理（{carrier_ref}）。",
    ),
    "What did not reach the carrier or the customer by itself: jobs that failed, whose fate "
    "is not known, or that are to be applied on the carrier's portal.": (
        "未能自動送達網絡商或客戶的任務：發送失敗、結果未明，或須在網絡商平台辦理的項目。",
        "未能自动送达运营商或客户的任务：发送失败、结果未明，或须在运营商平台办理的项目。",
    ),
    "Re&try": ("重試(&T)", "重试(&T)"),
    "&Void or refund…": ("作廢或退款(&V)…", "作废或退款(&V)…"),
    "as the carrier's portal gave it": ("按網絡商平台所提供", "按运营商平台所提供"),
    "&Applied by hand": ("已人手辦理(&A)", "已人工办理(&A)"),
    # What happened outside (done page, history, outbox tab)
    "SMS": ("短訊", "短信"),
    "by hand": ("人手", "人工"),
    "SMS gateway": ("短訊閘道", "短信网关"),
    "To apply on the carrier's portal": ("須在網絡商平台辦理", "须在运营商平台办理"),
    "Waiting to be sent": ("等待發送", "等待发送"),
    "Being sent": ("發送中", "发送中"),
    "Sent, waiting for the answer": ("已發送，等待回覆", "已发送，等待回复"),
    "Confirmed": ("已確認", "已确认"),
    "Failed": ("失敗", "失败"),
    "Not known: to check": ("結果未明：待查核", "结果未明：待核查"),
    "Cancelled": ("已取消", "已取消"),
    "Applied on the carrier's portal ✓ (carrier's reference {reference})": (
        "已在網絡商平台辦理 ✓（網絡商參考編號 {reference}）",
        "已在运营商平台办理 ✓（运营商参考编号 {reference}）",
    ),
    "Apply it on the carrier's portal.": ("請在網絡商平台辦理。", "请在运营商平台办理。"),
    "Sent to the carrier ✓": ("已送達網絡商 ✓", "已送达运营商 ✓"),
    "Failed — call the supervisor: in the back office's Outbox tab they try it again or "
    "refund the sale.": (
        "失敗 — 請通知主管：主管可在後勤管理的「發送跟進」分頁重試或為交易退款。",
        "失败 — 请通知主管：主管可在后台管理的“发送跟进”标签页重试或为交易退款。",
    ),
    "Not known yet — the supervisor will check.": (
        "結果未明 — 主管會查核。",
        "结果未明 — 主管会核查。",
    ),
    "Not sent to the carrier: the sale was voided.": (
        "未送交網絡商：交易已作廢。",
        "未送交运营商：交易已作废。",
    ),
    "Waiting for the carrier…": ("等待網絡商…", "等待运营商…"),
    "Text to {number} delivered ✓": ("致 {number} 的短訊已送達 ✓", "致 {number} 的短信已送达 ✓"),
    "Text to {number} sent, not delivered yet": (
        "致 {number} 的短訊已發出，尚未送達",
        "致 {number} 的短信已发出，尚未送达",
    ),
    "Text to {number} failed: the receipt is the customer's record.": (
        "致 {number} 的短訊發送失敗：收據即為客戶的記錄。",
        "致 {number} 的短信发送失败：收据即为客户的记录。",
    ),
    "Text to {number} not sent: the sale was voided.": (
        "致 {number} 的短訊未發出：交易已作廢。",
        "致 {number} 的短信未发出：交易已作废。",
    ),
    "Text to {number} not sent: this counter has no SMS gateway.": (
        "致 {number} 的短訊未發出：此櫃檯未設定短訊閘道。",
        "致 {number} 的短信未发出：此柜台未设置短信网关。",
    ),
    "Text to {number} waiting to be sent…": (
        "致 {number} 的短訊等待發送…",
        "致 {number} 的短信等待发送…",
    ),
    "{kind} ({provider}): {state}": (
        "{kind}（{provider}）：{state}",
        "{kind}（{provider}）：{state}",
    ),
    "reference {reference}": ("參考編號 {reference}", "参考编号 {reference}"),
    "attempts {count}": ("嘗試 {count} 次", "尝试 {count} 次"),
    "Last error: {error}": ("最後錯誤：{error}", "最后错误：{error}"),
    # The history's details
    "Carrier and SMS": ("網絡商及短訊", "运营商及短信"),
}
