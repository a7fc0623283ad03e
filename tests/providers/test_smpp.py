"""The SMPP gateway against real SMSCs on real sockets: smpp34's server, a relay that cuts
the line, and a small SMSC that refuses binds and answers query_sm (tests/providers/smsc.py).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest
import smpplib.consts

from counter_app.domain.outbox import Outcome, Verdict, sms_text
from counter_app.providers.base import SmsRequest
from counter_app.providers.smpp import (
    BIND_REFUSED_RETRY_S,
    RETRY_AFTER_S,
    SmppGateway,
    source_address,
)
from tests.providers.smsc import (
    HOST,
    PASSWORD,
    SYSTEM_ID,
    Relay,
    SmallSmsc,
    Smsc,
    Submitted,
    smsc,
)

__all__ = ["smsc"]  # the fixture, used by name

NUMBER = "+85291234567"
SENDER = "#SHOPHK"


def _gateway(port: int, *, timeout_s: float = 5.0, password: str = PASSWORD) -> SmppGateway:
    return SmppGateway(HOST, port, SYSTEM_ID, password, SENDER, timeout_s=timeout_s)


@pytest.fixture
def gateway(smsc: Smsc) -> Iterator[SmppGateway]:
    sms = _gateway(smsc.port)
    yield sms
    sms.close()


def _long_text() -> str:
    return sms_text(
        shop_zh="旺角通訊",
        shop_en="Mong Kok Mobile",
        number="+852 9123 ••67",
        item_zh="保號卡年費續期 12 個月",
        item_en="Number-keeping card, 12-month renewal",
        expires_on="2027-11-21",
        balance="",
        receipt_no="C1-000123",
        hotline="2345 6789",
        simplified=False,
    )


def _joined(parts: list[Submitted]) -> str:
    """The text a phone shows: the parts in their UDH order, headers dropped."""
    ordered = sorted(parts, key=lambda part: part.short_message[5])
    return b"".join(part.short_message[6:] for part in ordered).decode("utf-16-be")


# --- sender ID ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "expected"),
    [
        ("#SHOPHK", (5, 0, "#SHOPHK")),  # OFCA registered sender ID: alphanumeric
        ("MongKokMob", (5, 0, "MongKokMob")),
        ("+85221234567", (1, 1, "85221234567")),
        ("85221234567", (1, 1, "85221234567")),
        ("21234567", (2, 1, "21234567")),  # a Hong Kong number without its country code
        ("50123", (3, 0, "50123")),  # a short code
    ],
)
def test_the_sender_id_sets_the_type_of_number(sender: str, expected: tuple[int, int, str]) -> None:
    assert source_address(sender) == expected


@pytest.mark.parametrize("sender", ["", "#TWELVECHARS", "旺角通訊", "1" * 21])
def test_a_sender_id_a_phone_cannot_show_is_refused(sender: str) -> None:
    with pytest.raises(ValueError, match="sender"):
        SmppGateway(HOST, 2775, SYSTEM_ID, PASSWORD, sender)


# --- against smpp34's SMSC ---------------------------------------------------------------------


def test_a_text_is_submitted_and_its_delivery_receipt_confirms_it(
    smsc: Smsc, gateway: SmppGateway, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sent = gateway.send(SmsRequest("C1-000123/sms", NUMBER, "Your number is renewed."))

    assert sent.verdict is Verdict.SUBMITTED
    (submitted,) = smsc.submits
    assert sent.provider_ref == submitted.message_id
    assert (submitted.source_addr, submitted.source_addr_ton, submitted.source_addr_npi) == (
        SENDER,
        smpplib.consts.SMPP_TON_ALNUM,
        smpplib.consts.SMPP_NPI_UNK,
    )
    assert (submitted.destination_addr, submitted.dest_addr_ton, submitted.dest_addr_npi) == (
        "85291234567",
        1,
        1,
    )
    assert submitted.registered_delivery == 1  # a receipt, delivered or not
    assert (submitted.data_coding, submitted.esm_class) == (0, 0)  # GSM 7-bit, one part
    assert submitted.short_message == b"Your number is renewed."

    smsc.acked_receipts.wait_for(1)  # the reader answered the receipt: it has it
    assert gateway.receipts() == [
        (sent.provider_ref, Outcome(Verdict.CONFIRMED, sent.provider_ref))
    ]
    assert gateway.receipts() == []  # each receipt is handed over once
    assert gateway.lookup("C1-000123/sms", sent.provider_ref).verdict is Verdict.CONFIRMED
    # Neither the customer's number nor the bind's password is in the log.
    assert "91234567" not in caplog.text and PASSWORD not in caplog.text
    assert "+852 9123 ••67" in caplog.text


def test_a_chinese_text_goes_as_ucs2(smsc: Smsc, gateway: SmppGateway) -> None:
    body = "【旺角通訊】號碼續期成功。"
    assert gateway.send(SmsRequest("C1-000124/sms", NUMBER, body)).verdict is Verdict.SUBMITTED
    (submitted,) = smsc.submits
    assert submitted.data_coding == 8
    assert submitted.short_message.decode("utf-16-be") == body


def test_a_long_text_is_delivered_once_every_part_is(smsc: Smsc, gateway: SmppGateway) -> None:
    smsc.receipt = None  # the test sends each receipt itself
    body = _long_text()
    sent = gateway.send(SmsRequest("C1-000123/sms", NUMBER, body))

    assert sent.verdict is Verdict.SUBMITTED
    parts = smsc.submits
    assert len(parts) == -(-len(body) // 67) >= 2  # 67 UCS-2 characters per part
    assert sent.provider_ref == parts[0].message_id
    assert {(part.esm_class, part.data_coding) for part in parts} == {(0x40, 8)}
    # One concatenation reference, "part i of n" in each header; the phone joins them.
    headers = [part.short_message[:6] for part in parts]
    assert len({header[3] for header in headers}) == 1
    assert [(header[4], header[5]) for header in headers] == [
        (len(parts), index) for index in range(1, len(parts) + 1)
    ]
    assert _joined(parts) == body

    for part in reversed(parts[1:]):  # receipts come in any order
        smsc.send_receipt(part, "DELIVRD")
    assert gateway.receipts() == []
    assert gateway.lookup("C1-000123/sms", sent.provider_ref).verdict is Verdict.SUBMITTED
    smsc.send_receipt(parts[0], "DELIVRD")
    assert gateway.receipts() == [
        (sent.provider_ref, Outcome(Verdict.CONFIRMED, sent.provider_ref))
    ]


def test_a_text_with_an_undelivered_part_has_failed(smsc: Smsc, gateway: SmppGateway) -> None:
    smsc.receipt = None
    smsc.receipt_tlvs = True  # receipted_message_id and message_state, no text
    sent = gateway.send(SmsRequest("C1-000125/sms", NUMBER, _long_text()))
    first, second, *_ = smsc.submits
    smsc.send_receipt(first, "DELIVRD")
    smsc.send_receipt(second, "UNDELIV")

    ((ref, failed),) = gateway.receipts()
    assert (ref, failed.verdict) == (sent.provider_ref, Verdict.FAILED)
    assert "part 2 of" in failed.reason and "UNDELIV" in failed.reason
    assert gateway.lookup("C1-000125/sms", sent.provider_ref) == failed


def test_a_refused_number_has_failed(smsc: Smsc, gateway: SmppGateway) -> None:
    smsc.answers.append(smpplib.consts.SMPP_ESME_RINVDSTADR)
    sent = gateway.send(SmsRequest("C1-000126/sms", "+85290000000", "hello"))
    assert sent.verdict is Verdict.FAILED
    assert "RINVDSTADR" in sent.reason
    assert smsc.refused == [smpplib.consts.SMPP_ESME_RINVDSTADR] and smsc.submits == []


@pytest.mark.parametrize(
    "status", [smpplib.consts.SMPP_ESME_RTHROTTLED, smpplib.consts.SMPP_ESME_RMSGQFUL]
)
def test_a_throttled_text_was_not_sent_and_says_when_to_try_again(
    smsc: Smsc, gateway: SmppGateway, status: int
) -> None:
    smsc.answers.append(status)
    refused = gateway.send(SmsRequest("C1-000127/sms", NUMBER, "hello"))
    assert refused.verdict is Verdict.NOT_SENT
    assert refused.retry_after_s == RETRY_AFTER_S[status] > 0
    # The SMSC took nothing: the same text sent again is its only copy.
    again = gateway.send(SmsRequest("C1-000127/sms", NUMBER, "hello"))
    assert again.verdict is Verdict.SUBMITTED
    assert len(smsc.submits) == 1


def test_a_throttled_later_part_is_sent_again_within_the_text(
    smsc: Smsc, gateway: SmppGateway
) -> None:
    smsc.answers.extend(["accept", smpplib.consts.SMPP_ESME_RTHROTTLED])
    body = _long_text()
    sent = gateway.send(SmsRequest("C1-000128/sms", NUMBER, body))
    assert sent.verdict is Verdict.SUBMITTED
    assert smsc.refused == [smpplib.consts.SMPP_ESME_RTHROTTLED]
    assert _joined(smsc.submits) == body  # every part once, none twice
    smsc.acked_receipts.wait_for(len(smsc.submits))
    assert gateway.receipts() == [
        (sent.provider_ref, Outcome(Verdict.CONFIRMED, sent.provider_ref))
    ]


def test_an_smsc_that_never_answers_leaves_the_text_unknown_until_its_late_answer(
    smsc: Smsc,
) -> None:
    gateway = _gateway(smsc.port, timeout_s=0.3)
    try:
        smsc.answers.append("hold")
        sent = gateway.send(SmsRequest("C1-000129/sms", NUMBER, "hello"))
        assert sent.verdict is Verdict.UNKNOWN  # it may well be on its way to the phone
        assert "did not answer" in sent.reason and sent.provider_ref == ""
        still = gateway.lookup("C1-000129/sms", "")
        assert still.verdict is Verdict.UNKNOWN and "message id" in still.reason

        smsc.release()  # the answer comes after all, then the receipt
        smsc.acked_receipts.wait_for(1)
        (submitted,) = smsc.submits
        found = gateway.lookup("C1-000129/sms", "")
        assert found == Outcome(Verdict.CONFIRMED, submitted.message_id)
    finally:
        gateway.close()


def test_a_line_cut_after_sending_is_unknown_and_the_next_text_binds_again(smsc: Smsc) -> None:
    relay = Relay(smsc.port)
    gateway = _gateway(relay.port)
    try:
        assert gateway.send(SmsRequest("C1-000130/sms", NUMBER, "one")).verdict is (
            Verdict.SUBMITTED
        )
        relay.cut_next_submit = True
        cut = gateway.send(SmsRequest("C1-000131/sms", NUMBER, "two"))
        assert cut.verdict is Verdict.UNKNOWN  # never "not sent": the SMSC has it
        assert "lost after sending" in cut.reason
        smsc.received.wait_for(2)
        assert [submit.short_message for submit in smsc.submits] == [b"one", b"two"]

        again = gateway.send(SmsRequest("C1-000132/sms", NUMBER, "three"))
        assert again.verdict is Verdict.SUBMITTED
        assert smsc.binds.value == 2 and relay.cuts.value == 1
    finally:
        gateway.close()
        relay.close()


def test_a_closed_gateway_unbinds(smsc: Smsc, gateway: SmppGateway) -> None:
    assert gateway.send(SmsRequest("C1-000133/sms", NUMBER, "hello")).verdict is (Verdict.SUBMITTED)
    gateway.close()
    smsc.unbinds.wait_for(1)


def test_lookup_asks_query_sm_and_smpp34_cannot_answer_it(smsc: Smsc) -> None:
    # A text sent before the program restarted: only the SMSC knows more.
    smsc.receipt = None
    before = _gateway(smsc.port)
    sent = before.send(SmsRequest("C1-000134/sms", NUMBER, "hello"))
    before.close()
    after = _gateway(smsc.port)
    try:
        asked = after.lookup("C1-000134/sms", sent.provider_ref)
        assert asked.verdict is Verdict.SUBMITTED  # smpp34 says ESME_RQUERYFAIL
    finally:
        after.close()


# --- against the small SMSC: a refused bind, query_sm ---------------------------------------


@pytest.fixture
def small_smsc() -> Iterator[SmallSmsc]:
    server = SmallSmsc()
    yield server
    server.close()


def test_a_refused_bind_sends_nothing_and_names_the_setting(
    small_smsc: SmallSmsc, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = _gateway(small_smsc.port, password="wrong-pw")
    try:
        refused = gateway.send(SmsRequest("C1-000140/sms", NUMBER, "hello"))
    finally:
        gateway.close()
    assert refused.verdict is Verdict.NOT_SENT
    assert refused.retry_after_s == BIND_REFUSED_RETRY_S
    assert "RINVPASWD" in refused.reason and "password" in refused.reason
    assert small_smsc.refused_binds == 1 and small_smsc.accepted == []
    assert "wrong-pw" not in caplog.text and "wrong-pw" not in repr(gateway)


def test_a_refused_connection_sends_nothing() -> None:
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind((HOST, 0))
        port = closed.getsockname()[1]
    refused = _gateway(port).send(SmsRequest("C1-000141/sms", NUMBER, "hello"))
    assert refused.verdict is Verdict.NOT_SENT and "refused the connection" in refused.reason


def test_lookup_after_a_restart_asks_the_smsc_with_query_sm(small_smsc: SmallSmsc) -> None:
    before = _gateway(small_smsc.port)
    sent = before.send(SmsRequest("C1-000142/sms", NUMBER, "hello"))
    before.close()
    after = _gateway(small_smsc.port)
    try:
        assert after.lookup("C1-000142/sms", sent.provider_ref).verdict is Verdict.SUBMITTED
        small_smsc.delivered.add(sent.provider_ref)
        assert after.lookup("C1-000142/sms", sent.provider_ref) == Outcome(
            Verdict.CONFIRMED, sent.provider_ref
        )
        assert small_smsc.queries == [sent.provider_ref] * 2
        # Without the SMSC's message id there is nothing to ask: a person must.
        lost = after.lookup("C1-000143/sms", "")
        assert lost.verdict is Verdict.UNKNOWN and "SMSC's operator" in lost.reason
        assert len(small_smsc.queries) == 2
    finally:
        after.close()


def test_an_smsc_without_query_sm_is_asked_once() -> None:
    server = SmallSmsc(answers_query=False)
    gateway = _gateway(server.port)
    try:
        for _ in range(3):
            assert gateway.lookup("C1-000144/sms", "M1").verdict is Verdict.SUBMITTED
        assert server.queries == ["M1"]
    finally:
        gateway.close()
        server.close()
