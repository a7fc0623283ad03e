"""The outside world's adapters: who applies a sale at the carrier, who sends the SMS.

One interface per kind of job (:mod:`counter_app.providers.base`), adapters behind it.
No database and no Qt here: the dispatcher (:mod:`counter_app.services.outbox`) reads and
writes the jobs and hands each adapter plain data.
"""
