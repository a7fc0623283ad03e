"""A renewal sold at the counter reaches the customer's phone: the real dispatcher sends its
text through the SMPP gateway to a real SMSC, and the delivery receipt confirms it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from counter_app.domain.outbox import JobKind, JobState
from counter_app.domain.staff import Clerk
from counter_app.providers.smpp import SmppGateway
from counter_app.services.outbox import Dispatcher
from counter_app.store.models import OutboxJob
from tests.providers.smsc import HOST, PASSWORD, SYSTEM_ID, Smsc, smsc
from tests.services.conftest import Shop, clerk, clock, open_shift, secret, shop
from tests.services.test_checkout import _price, _renew, _verified

__all__ = ["clerk", "clock", "open_shift", "secret", "shop", "smsc"]  # fixtures, by name


def _text_job(shop: Shop, receipt_no: str) -> OutboxJob:
    with shop.db.read() as session:
        job = session.scalars(
            select(OutboxJob).where(OutboxJob.reference == f"{receipt_no}/sms")
        ).one()
        session.expunge(job)
    assert job.kind == JobKind.SMS.value
    return job


@pytest.mark.usefixtures("open_shift")
def test_a_renewal_text_goes_pending_submitted_confirmed(
    shop: Shop, clerk: Clerk, smsc: Smsc
) -> None:
    line_id, uuid = _verified(shop, clerk)
    sale = _renew(shop, clerk, uuid, "BAU-R01", _price(shop, line_id, "BAU-R01"))
    assert sale.receipt_no is not None
    assert _text_job(shop, sale.receipt_no).state == JobState.PENDING.value

    gateway = SmppGateway(HOST, smsc.port, SYSTEM_ID, PASSWORD, "#SHOPHK", timeout_s=5)
    dispatcher = Dispatcher(shop.db, name="counter-1", fulfilment={}, sms=gateway, clock=shop.clock)
    try:
        assert dispatcher.run_once() == 1  # the manual fulfilment job waits for the clerk
        sent = _text_job(shop, sale.receipt_no)
        assert sent.state == JobState.SUBMITTED.value
        assert sent.provider_ref == smsc.submits[0].message_id

        smsc.acked_receipts.wait_for(len(smsc.submits))  # every part delivered
        assert dispatcher.run_once() == 0  # nothing to send: the receipts settle it
    finally:
        gateway.close()

    done = _text_job(shop, sale.receipt_no)
    assert done.state == JobState.CONFIRMED.value
    assert done.sends == 1 and done.finished_at is not None
    # The phone joins the parts into the very text the sale wrote (UCS-2, concatenated).
    parts = sorted(smsc.submits, key=lambda part: part.short_message[5])
    assert len(parts) > 1 and {part.data_coding for part in parts} == {8}
    joined = b"".join(part.short_message[6:] for part in parts).decode("utf-16-be")
    assert joined == done.body
    assert {part.destination_addr for part in parts} == {done.msisdn.removeprefix("+")}
