"""Builds this installation's dispatcher from its settings and its secret file.

Which providers exist here: DT One when its credentials are in the secret file; the SMS
gateway the ``sms_gateway`` setting names, when its address and credentials are set. What
is missing is said in words (:func:`describe`), for ``counter-app outbox status`` and the
log, never with a secret in it.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

from counter_app.config import Settings
from counter_app.providers.base import FulfilmentProvider, SmsGateway
from counter_app.services.keys import ProviderCredentials, provider_credentials, secret_path
from counter_app.services.outbox import SMS_PROVIDER, Dispatcher
from counter_app.store.engine import Database


@dataclass
class Setup:
    """The adapters this installation can use, and why any other is missing."""

    fulfilment: dict[str, FulfilmentProvider] = field(default_factory=dict)
    sms: SmsGateway | None = None
    missing: list[str] = field(default_factory=list)


def adapters(settings: Settings, credentials: ProviderCredentials | None = None) -> Setup:
    """The adapters *settings* and the secret file's *credentials* make available."""
    if credentials is None:
        credentials = provider_credentials(secret_path(settings.paths.config_dir))
    setup = Setup()
    _fulfilment(settings, credentials, setup)
    _sms(settings, credentials, setup)
    return setup


def _fulfilment(settings: Settings, credentials: ProviderCredentials, setup: Setup) -> None:
    found = credentials.get("dtone")
    if found is None:
        setup.missing.append(
            "DT One: no credentials (counter-app outbox credentials dtone); "
            "carriers set to DT One wait"
        )
        return
    from counter_app.providers.dtone import DtOneProvider  # noqa: PLC0415 - only when used

    setup.fulfilment["dtone"] = DtOneProvider(settings.dtone_url, found["key"], found["secret"])


def _sms(settings: Settings, credentials: ProviderCredentials, setup: Setup) -> None:
    if settings.sms_gateway == "none":
        setup.missing.append("SMS: sms_gateway is none; confirmation texts wait")
        return
    if settings.sms_gateway == "smpp":
        found = credentials.get("smpp")
        if not settings.smpp_address or found is None:
            setup.missing.append(
                "SMS over SMPP: set smpp_address and the credentials "
                "(counter-app outbox credentials smpp); texts wait"
            )
            return
        from counter_app.providers.smpp import SmppGateway  # noqa: PLC0415 - only when used

        host, _, port = settings.smpp_address.rpartition(":")
        setup.sms = SmppGateway(
            host.strip("[]"),
            int(port),
            found["system_id"],
            found["password"],
            settings.sms_sender,
        )
        return
    found = credentials.get("twilio")
    if found is None:
        setup.missing.append(
            "SMS over HTTP: no credentials (counter-app outbox credentials twilio); texts wait"
        )
        return
    from counter_app.providers.http_sms import HttpSmsGateway  # noqa: PLC0415 - only when used

    setup.sms = HttpSmsGateway(
        settings.sms_http_url, found["account_sid"], found["auth_token"], settings.sms_sender
    )


def dispatcher_name() -> str:
    """This process's name in the jobs it claims: host and process id."""
    return f"{socket.gethostname()[:48]}:{os.getpid()}"


def build_dispatcher(
    db: Database, settings: Settings, *, setup: Setup | None = None, name: str | None = None
) -> Dispatcher:
    """A dispatcher with every adapter this installation has (maybe none: it then idles)."""
    setup = setup if setup is not None else adapters(settings)
    return Dispatcher(
        db,
        name=name or dispatcher_name(),
        fulfilment=setup.fulfilment,
        sms=setup.sms,
        rate_limits={"dtone": settings.dtone_rate, SMS_PROVIDER: settings.sms_rate},
    )
