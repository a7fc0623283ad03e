"""The HTTP SMS gateway against a local server speaking Twilio's Messages resource
(tests/providers/twilio_server.py) on a real socket."""

from __future__ import annotations

import logging
import socket
from datetime import UTC, datetime, timedelta

import pytest

from counter_app.domain.outbox import Outcome, Verdict
from counter_app.providers.base import SmsRequest
from counter_app.providers.http_sms import ACCOUNT_REFUSED_RETRY_S, LIST_SETTLES, HttpSmsGateway
from tests.providers.twilio_server import ACCOUNT, HOST, TOKEN, TwilioServer, twilio

__all__ = ["twilio"]  # the fixture, used by name

NUMBER = "+85291234567"
SENDER = "#SHOPHK"
BODY = "【旺角通訊】號碼 +852 9123 ••67：續期 12 個月。收據 MK01-C1-000123。"


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


def _gateway(
    server: TwilioServer, *, token: str = TOKEN, timeout_s: float = 5.0, clock: Clock | None = None
) -> HttpSmsGateway:
    return HttpSmsGateway(
        server.url, ACCOUNT, token, SENDER, timeout_s=timeout_s, clock=clock or Clock()
    )


def _request(receipt_no: str = "MK01-C1-000123", body: str = BODY) -> SmsRequest:
    return SmsRequest(f"{receipt_no}/sms", NUMBER, body)


def test_a_text_is_created_then_delivered(
    twilio: TwilioServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = _gateway(twilio)
    sent = gateway.send(_request())

    (message,) = twilio.messages
    assert sent == Outcome(Verdict.SUBMITTED, message["sid"])
    assert (message["to"], message["from"], message["body"]) == (NUMBER, SENDER, BODY)
    assert gateway.lookup("MK01-C1-000123/sms", sent.provider_ref).verdict is Verdict.SUBMITTED
    twilio.set_status(sent.provider_ref, "sent")
    assert gateway.lookup("MK01-C1-000123/sms", sent.provider_ref).verdict is Verdict.SUBMITTED
    twilio.set_status(sent.provider_ref, "delivered")
    assert gateway.lookup("MK01-C1-000123/sms", sent.provider_ref) == Outcome(
        Verdict.CONFIRMED, sent.provider_ref
    )
    assert "91234567" not in caplog.text and TOKEN not in caplog.text
    assert TOKEN not in repr(gateway)


@pytest.mark.parametrize("status", ["failed", "undelivered"])
def test_an_undelivered_text_has_failed(twilio: TwilioServer, status: str) -> None:
    gateway = _gateway(twilio)
    sent = gateway.send(_request())
    twilio.set_status(sent.provider_ref, status, 30003, "Unreachable destination handset")
    failed = gateway.lookup("MK01-C1-000123/sms", sent.provider_ref)
    assert (failed.verdict, failed.provider_ref) == (Verdict.FAILED, sent.provider_ref)
    assert "30003" in failed.reason and status in failed.reason


def test_a_number_twilio_refuses_has_failed_and_is_not_repeated(twilio: TwilioServer) -> None:
    refused = _gateway(twilio).send(SmsRequest("MK01-C1-000124/sms", "+0123", "hello"))
    assert refused.verdict is Verdict.FAILED
    assert "21211" in refused.reason
    assert twilio.messages == []


def test_a_refused_number_is_not_repeated_in_the_reason(twilio: TwilioServer) -> None:
    # Twilio names the number in its message; the job's error text must not.
    refused = _gateway(twilio).send(SmsRequest("MK01-C1-000124/sms", "85291234567", "hello"))
    assert refused.verdict is Verdict.FAILED
    assert "91234567" not in refused.reason and "••" in refused.reason


def test_too_many_requests_is_not_sent_with_twilios_retry_after(twilio: TwilioServer) -> None:
    gateway = _gateway(twilio)
    twilio.faults.append("429")
    slowed = gateway.send(_request())
    assert slowed.verdict is Verdict.NOT_SENT and slowed.retry_after_s == 7
    assert twilio.messages == []
    assert gateway.send(_request()).verdict is Verdict.SUBMITTED
    assert len(twilio.messages) == 1


def test_a_server_error_after_creating_is_unknown_and_the_lookup_finds_it(
    twilio: TwilioServer,
) -> None:
    gateway = _gateway(twilio)
    twilio.faults.append("503")
    failed = gateway.send(_request())
    assert failed.verdict is Verdict.UNKNOWN and "503" in failed.reason

    (message,) = twilio.messages  # Twilio did create it
    found = gateway.lookup("MK01-C1-000123/sms", "")
    assert found == Outcome(Verdict.SUBMITTED, message["sid"])  # no second text
    assert twilio.posts == 1


def test_a_timeout_after_creating_is_unknown_and_the_lookup_finds_it(
    twilio: TwilioServer,
) -> None:
    gateway = _gateway(twilio, timeout_s=0.3)
    twilio.faults.append("hang")
    lost = gateway.send(_request())
    assert lost.verdict is Verdict.UNKNOWN and "no answer" in lost.reason
    (message,) = twilio.messages
    twilio.set_status(message["sid"], "delivered")
    assert gateway.lookup("MK01-C1-000123/sms", "") == Outcome(Verdict.CONFIRMED, message["sid"])
    assert twilio.posts == 1


def test_a_dropped_request_is_unknown_until_the_list_has_settled(twilio: TwilioServer) -> None:
    clock = Clock()
    gateway = _gateway(twilio, clock=clock)
    twilio.faults.append("down")
    dropped = gateway.send(_request())
    assert dropped.verdict is Verdict.UNKNOWN  # it might have been created
    assert gateway.lookup("MK01-C1-000123/sms", "").verdict is Verdict.UNKNOWN  # too soon
    clock.now += LIST_SETTLES
    assert gateway.lookup("MK01-C1-000123/sms", "").verdict is Verdict.NOT_FOUND  # send again


def test_a_refused_connection_is_not_sent() -> None:
    with socket.socket() as closed:
        closed.bind((HOST, 0))
        port = closed.getsockname()[1]
    gateway = HttpSmsGateway(f"http://{HOST}:{port}", ACCOUNT, TOKEN, SENDER, timeout_s=2)
    refused = gateway.send(_request())
    assert refused.verdict is Verdict.NOT_SENT and "connection refused" in refused.reason


def test_a_wrong_token_is_not_sent_and_never_shown(
    twilio: TwilioServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = _gateway(twilio, token="not-the-token")
    refused = gateway.send(_request())
    assert refused.verdict is Verdict.NOT_SENT
    assert refused.retry_after_s == ACCOUNT_REFUSED_RETRY_S
    assert "401" in refused.reason and "auth token" in refused.reason
    assert "not-the-token" not in caplog.text + refused.reason + repr(gateway)
    assert twilio.messages == []


def test_after_a_restart_the_lookup_finds_the_text_by_its_receipt_number(
    twilio: TwilioServer,
) -> None:
    ours = twilio.create(NUMBER, SENDER, BODY)
    twilio.create(NUMBER, SENDER, BODY.replace("000123", "0001234"))  # another sale's
    for index in range(150):  # newer texts to other customers: ours is on page 2
        twilio.create(f"+8529000{index:04d}", SENDER, f"收據 MK01-C1-{index + 500:06d}。")
    restarted = _gateway(twilio)  # no record of having sent it
    assert restarted.lookup("MK01-C1-000123/sms", "") == Outcome(Verdict.SUBMITTED, ours["sid"])
    assert len(twilio.page_size_seen) == 2
    assert restarted.lookup("MK01-C1-000999/sms", "").verdict is Verdict.NOT_FOUND


def test_a_text_older_than_the_search_horizon_is_not_taken_for_ours(twilio: TwilioServer) -> None:
    twilio.create(NUMBER, SENDER, BODY, age=timedelta(days=4))
    assert _gateway(twilio).lookup("MK01-C1-000123/sms", "").verdict is Verdict.NOT_FOUND


def test_a_message_twilio_does_not_have_is_not_found(twilio: TwilioServer) -> None:
    missing = _gateway(twilio).lookup("MK01-C1-000123/sms", "SM" + "f" * 32)
    assert missing.verdict is Verdict.NOT_FOUND


def test_a_status_check_that_fails_keeps_the_text_submitted(twilio: TwilioServer) -> None:
    gateway = _gateway(twilio)
    sent = gateway.send(_request())
    twilio.close()  # Twilio is unreachable now
    asked = gateway.lookup("MK01-C1-000123/sms", sent.provider_ref)
    assert asked.verdict is Verdict.SUBMITTED and "could not ask" in asked.reason
