"""The DT One adapter against a real local DVS server: every HTTP answer, honestly mapped.

A request that certainly never arrived is ``not_sent``; one that may have arrived is
``unknown``; a look-up never answers ``not_sent``; a used reference is looked up, never
sent again; no number, key or secret in a reason, a log line or a repr.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from counter_app.domain.outbox import Verdict
from counter_app.providers.base import FulfilmentRequest
from counter_app.providers.dtone import DtOneProvider
from tests.providers.dtone_server import (
    KEY,
    SECRET,
    DtOneServer,
    hang,
    reset,
    running,
    server_error,
    throttle,
)

NUMBER = "+85296000010"  # an ending the sandbox does not list: completes
PRODUCT = "2001"


@pytest.fixture
def dtone() -> Iterator[DtOneServer]:
    with running() as server:
        yield server
        assert server.errors == []


@pytest.fixture
def provider(dtone: DtOneServer) -> DtOneProvider:
    return DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=2.0)


def _request(reference: str = "DEMO-C1-000001/1", number: str = NUMBER) -> FulfilmentRequest:
    return FulfilmentRequest(reference, number, PRODUCT, 10_000)


def test_a_top_up_is_created_once_under_our_reference_and_confirmed(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    sent = provider.submit(_request())
    # The asynchronous create answers "CONFIRMED" (auto_confirm): on its way, not done.
    assert sent.verdict is Verdict.SUBMITTED
    (made,) = dtone.ledger.find("DEMO-C1-000001/1")
    assert sent.provider_ref == str(made.id)
    assert (made.product_id, made.mobile_number, made.auto_confirm) == (2001, NUMBER, True)
    found = provider.lookup("DEMO-C1-000001/1")
    assert (found.verdict, found.provider_ref) == (Verdict.CONFIRMED, str(made.id))
    assert dtone.ledger.requests["create"] == 1


@pytest.mark.parametrize(
    ("ending", "verdict", "status"),
    [
        ("100", Verdict.CONFIRMED, ""),
        ("301", Verdict.CONFIRMED, ""),
        ("102", Verdict.FAILED, "DECLINED-INVALID-CREDIT-PARTY"),
        ("203", Verdict.FAILED, "DECLINED-BARRED-CREDIT-PARTY"),
        ("106", Verdict.FAILED, "DECLINED"),
    ],
)
def test_the_sandbox_ending_of_the_number_decides_the_outcome(
    provider: DtOneProvider, ending: str, verdict: Verdict, status: str
) -> None:
    assert provider.submit(_request(number=f"+85296000{ending}")).verdict is Verdict.SUBMITTED
    found = provider.lookup("DEMO-C1-000001/1")
    assert found.verdict is verdict
    assert found.reason == (f"DT One: {status}" if status else "")


def test_a_transaction_on_its_way_is_submitted_until_it_completes() -> None:
    # The sandbox's 2xx endings take 20 s; scaled by 1, a look-up finds it still submitted.
    with running(time_scale=1.0) as dtone:
        provider = DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=2.0)
        provider.submit(_request(number="+85296000200"))
        found = provider.lookup("DEMO-C1-000001/1")
        assert found.verdict is Verdict.SUBMITTED
        assert found.reason == "DT One: SUBMITTED"


def test_a_refused_connection_is_not_sent_and_a_look_up_then_is_unknown(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    dtone.down()
    sent = provider.submit(_request())
    assert sent.verdict is Verdict.NOT_SENT
    assert "ConnectionRefusedError" in sent.reason
    # A look-up that could not be made says nothing: never "not sent" (that would resend).
    assert provider.lookup("DEMO-C1-000001/1").verdict is Verdict.UNKNOWN
    dtone.up()  # the same port again
    assert provider.submit(_request()).verdict is Verdict.SUBMITTED
    assert dtone.ledger.count("DEMO-C1-000001/1") == 1


@pytest.mark.parametrize("retry_after", ["7", "date"])
def test_429_is_not_sent_and_says_how_long_to_wait(
    dtone: DtOneServer, provider: DtOneProvider, retry_after: str
) -> None:
    if retry_after == "date":
        retry_after = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    dtone.inject(throttle(retry_after))
    sent = provider.submit(_request())
    assert sent.verdict is Verdict.NOT_SENT
    assert sent.retry_after_s is not None
    if retry_after == "7":
        assert sent.retry_after_s == 7
    else:
        assert 100 <= sent.retry_after_s <= 120
    assert "1000429" in sent.reason
    assert dtone.ledger.count("DEMO-C1-000001/1") == 0


@pytest.mark.parametrize("status", [500, 502, 503])
@pytest.mark.parametrize("committed", [False, True])
def test_5xx_is_unknown_and_the_look_up_tells_what_happened(
    dtone: DtOneServer, provider: DtOneProvider, status: int, committed: bool
) -> None:
    dtone.inject(server_error(status, commit=committed))
    sent = provider.submit(_request())
    assert sent.verdict is Verdict.UNKNOWN
    assert f"HTTP {status}" in sent.reason
    found = provider.lookup("DEMO-C1-000001/1")
    assert found.verdict is (Verdict.CONFIRMED if committed else Verdict.NOT_FOUND)


def test_a_timeout_after_the_provider_committed_is_unknown_and_found_by_the_look_up(
    dtone: DtOneServer,
) -> None:
    impatient = DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=0.3)
    dtone.inject(hang())
    sent = impatient.submit(_request())
    assert sent.verdict is Verdict.UNKNOWN
    assert "timed out" in sent.reason
    assert dtone.holding.is_set()
    dtone.release()
    found = impatient.lookup("DEMO-C1-000001/1")
    assert found.verdict is Verdict.CONFIRMED
    assert dtone.ledger.count("DEMO-C1-000001/1") == 1


@pytest.mark.parametrize("committed", [False, True])
def test_a_connection_reset_after_sending_is_unknown(
    dtone: DtOneServer, provider: DtOneProvider, committed: bool
) -> None:
    dtone.inject(reset(commit=committed))
    sent = provider.submit(_request())
    assert sent.verdict is Verdict.UNKNOWN
    assert dtone.ledger.count("DEMO-C1-000001/1") == int(committed)


def test_a_used_reference_is_looked_up_and_never_sent_twice(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    earlier = dtone.ledger.seed("DEMO-C1-000001/1", NUMBER)
    sent = provider.submit(_request())
    assert dtone.ledger.requests["create"] == 1
    assert dtone.ledger.requests["lookup"] == 1
    assert (sent.verdict, sent.provider_ref) == (Verdict.CONFIRMED, str(earlier.id))
    assert sent.reason == "already at DT One"
    assert dtone.ledger.count("DEMO-C1-000001/1") == 1


def test_a_used_reference_that_is_declined_at_dt_one_is_failed(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    dtone.ledger.seed("DEMO-C1-000001/1", "+85296000106")
    sent = provider.submit(_request())
    assert sent.verdict is Verdict.FAILED
    assert sent.reason == "already at DT One; DT One: DECLINED"


def test_wrong_credentials_are_not_sent_and_never_shown(
    dtone: DtOneServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "wrong-secret-0f9e8d7c"
    stranger = DtOneProvider(dtone.base_url, "wrong-key-123", secret, timeout_s=2.0)
    with caplog.at_level(logging.DEBUG, logger="counter"):
        sent = stranger.submit(_request())
        found = stranger.lookup("DEMO-C1-000001/1")
    assert sent.verdict is Verdict.NOT_SENT
    assert "key and secret" in sent.reason and "HTTP 401" in sent.reason
    assert found.verdict is Verdict.UNKNOWN and "key and secret" in found.reason
    shown = " ".join([sent.reason, found.reason, repr(stranger), caplog.text])
    assert secret not in shown and "wrong-key-123" not in shown
    assert dtone.ledger.requests["unauthorised"] == 2
    assert dtone.ledger.count("DEMO-C1-000001/1") == 0


def test_a_refusal_before_processing_fails_with_dt_ones_words() -> None:
    with running(products={2001}) as dtone:
        provider = DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=2.0)
        sent = provider.submit(FulfilmentRequest("DEMO-C1-000001/1", NUMBER, "9999", 100))
        assert sent.verdict is Verdict.FAILED
        assert sent.reason == (
            "DT One refused it (HTTP 404): 1003001 Product is not available in your account"
        )
        assert dtone.ledger.count("DEMO-C1-000001/1") == 0


@pytest.mark.parametrize(
    ("product", "number", "reference"),
    [
        ("", NUMBER, "DEMO-C1-000001/1"),
        ("TOPUP-100", NUMBER, "DEMO-C1-000001/1"),
        ("2001", "96000010", "DEMO-C1-000001/1"),
        ("2001", NUMBER, "R" * 41),
    ],
)
def test_what_dt_one_would_refuse_is_failed_without_sending(
    dtone: DtOneServer, provider: DtOneProvider, product: str, number: str, reference: str
) -> None:
    sent = provider.submit(FulfilmentRequest(reference, number, product, 100))
    assert sent.verdict is Verdict.FAILED
    assert dtone.ledger.requests["create"] == 0


def test_the_look_up_of_a_reference_dt_one_never_had_is_not_found(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    provider.submit(_request("DEMO-C1-000001/1"))
    assert provider.lookup("DEMO-C1-000002/1").verdict is Verdict.NOT_FOUND
    assert provider.lookup("DEMO-C1-000001/1").verdict is Verdict.CONFIRMED


@pytest.mark.parametrize("fault", ["500", "429", "reset", "hang"])
def test_a_look_up_that_fails_is_unknown_never_not_found(dtone: DtOneServer, fault: str) -> None:
    provider = DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=0.3)
    injected = {
        "500": server_error(500),
        "429": throttle("9"),
        "reset": reset(commit=False),
        "hang": hang(),
    }[fault]
    dtone.inject(injected, on="lookup")
    found = provider.lookup("DEMO-C1-000001/1")
    dtone.release()
    assert found.verdict is Verdict.UNKNOWN
    assert found.retry_after_s == (9 if fault == "429" else None)


def test_a_look_up_finding_two_transactions_reports_the_duplicate(
    dtone: DtOneServer, provider: DtOneProvider, caplog: pytest.LogCaptureFixture
) -> None:
    dtone.leaky_duplicate_guard = True
    first = provider.submit(_request())
    second = provider.submit(_request())  # a replay: the leaky guard lets it through
    assert dtone.ledger.duplicates() == {"DEMO-C1-000001/1": 2}
    with caplog.at_level(logging.ERROR, logger="counter"):
        found = provider.lookup("DEMO-C1-000001/1")
    assert found.verdict is Verdict.UNKNOWN
    assert f"ids {first.provider_ref}, {second.provider_ref}" in found.reason
    assert "a duplicate" in found.reason and "2 transactions" in caplog.text


def test_a_list_that_ignores_the_reference_is_not_trusted(
    dtone: DtOneServer, provider: DtOneProvider
) -> None:
    provider.submit(_request("DEMO-C1-000001/1"))
    dtone.list_ignores_filter = True
    # Ours is not in it, but the list is not about ours: not "not found" (that would resend).
    assert provider.lookup("DEMO-C1-000002/1").verdict is Verdict.UNKNOWN


def test_no_full_number_in_logs_or_reasons(
    dtone: DtOneServer, provider: DtOneProvider, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="counter"):
        outcomes = [provider.submit(_request("A/1"))]
        dtone.inject(server_error(502, commit=True))
        outcomes.append(provider.submit(_request("A/2")))
        dtone.inject(hang())
        outcomes.append(
            DtOneProvider(dtone.base_url, KEY, SECRET, timeout_s=0.2).submit(_request("A/3"))
        )
        dtone.release()
        outcomes.append(provider.lookup("A/3"))
    assert caplog.records, "the adapter logs what it did"
    text = caplog.text + " ".join(outcome.reason for outcome in outcomes)
    assert NUMBER not in text and NUMBER[1:] not in text and NUMBER[4:] not in text
    assert "+852 9600 ••10" in caplog.text


def test_a_base_url_is_checked_and_never_carries_credentials() -> None:
    with pytest.raises(ValueError, match="secret file"):
        DtOneProvider(f"https://{KEY}:{SECRET}@dvs-api.dtone.com/v1", KEY, SECRET)
    with pytest.raises(ValueError, match="http"):
        DtOneProvider("ftp://dvs-api.dtone.com/v1", KEY, SECRET)
    provider = DtOneProvider("https://preprod-dvs-api.dtone.com/v1/", KEY, SECRET)
    assert repr(provider) == (
        "DtOneProvider(name='dtone', base_url='https://preprod-dvs-api.dtone.com/v1')"
    )
