"""What recovering full HKIDs costs someone who holds the installation secret and the database.

    python benchmarks/hkid_recovery.py [--people 251] [--sample 200] [--seed 1]

The attack of issue 13 (part 4): the stored identity hash is keyed with the secret file's
key, so with the file (same disk, same user) an attacker enumerates every HKID that agrees
with the stored mask, check digit included, hashes each and compares. Run for the two
schemes on the same machine in the same run:

- old (before schema 0006): HMAC-SHA256, mask "A123•••(•)" (4 of 8 characters shown).
  Every one of ``--people`` made-up holders is actually recovered, and timed.
- new: scrypt of that HMAC (:func:`~counter_app.domain.identity.slow_id_hash`), mask
  "A••••••(•)" (the letters only). Enumerating 1,000,000 numbers at ~10 ms each is hours
  per person, so ``--sample`` candidate hashes are timed and the cost extrapolated; the
  first holder's candidates are checked to contain the number, with the same mask.

Prints candidates per person (the mask's whole space; an attacker finds the number after
half of it on average), seconds per person (worst case and on average) and for all
``--people``, on one core, and the ratio new/old. Also the cost of one identity hash (what an
identity check, a registration or each imported line pays) and, because the hash has no
per-person salt (it must find the same person across customers for the line limit), the
cost of hashing every single-letter HKID once, which finds every such holder at once.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import random
import secrets
import statistics
import string
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import product

from counter_app.domain.identity import (
    IdentityDocument,
    IdType,
    hkid_check_digit,
    parse_document,
    slow_id_hash,
)

# An HKID says nothing about its holder's birth, so any day will do for parsing.
TODAY = date(2026, 11, 23)
_SINGLE_LETTER_SPACE = 26 * 10**6


@dataclass(frozen=True)
class Stored:
    """What the customers table holds for one person: the hash and the mask."""

    id_hash: str
    id_masked: str


def old_hash(key: bytes, document: IdentityDocument) -> str:
    message = f"{document.id_type.value}|{document.country}|{document.number}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def old_mask(document: IdentityDocument) -> str:
    """The HKID mask before schema 0006: the first 4 characters."""
    number = document.number
    return f"{number[:4]}{'•' * (len(number) - 5)}(•)"


def hkid_candidates(masked: str) -> Iterator[str]:
    """Every HKID (normalised, check digit computed) that agrees with *masked*."""
    characters = masked.replace("(", "").replace(")", "")[:-1]  # the check digit is computed
    letters = characters[: len(characters) - 6]
    digits = characters[len(letters) :]
    hidden = [i for i, c in enumerate(digits) if not c.isdigit()]
    for filling in product(string.digits, repeat=len(hidden)):
        chosen = list(digits)
        for position, digit in zip(hidden, filling, strict=True):
            chosen[position] = digit
        body = "".join(chosen)
        yield f"{letters}{body}{hkid_check_digit(letters, body)}"


def candidate_count(masked: str) -> int:
    characters = masked.replace("(", "").replace(")", "")[:-1]
    return 10 ** sum(1 for c in characters[-6:] if not c.isdigit())


def people(count: int, rng: random.Random) -> list[IdentityDocument]:
    documents = []
    for _ in range(count):
        # About 1 in 10 HKIDs has two letters (e.g. XA, WX for older issues).
        letters = rng.choice(string.ascii_uppercase)
        if rng.random() < 0.1:
            letters = rng.choice("WX") + letters
        digits = f"{rng.randrange(10**6):06d}"
        number = f"{letters}{digits}{hkid_check_digit(letters, digits)}"
        documents.append(parse_document(IdType.HKID, number, today=TODAY))
    return documents


def recover_old(key: bytes, stored: Stored) -> tuple[str | None, int]:
    """(the number, how many candidates were hashed) for the old scheme."""
    tried = 0
    for candidate in hkid_candidates(stored.id_masked):
        tried += 1
        message = f"hkid||{candidate}".encode()
        if hmac.compare_digest(hmac.new(key, message, hashlib.sha256).hexdigest(), stored.id_hash):
            return candidate, tried
    return None, tried


def time_new_candidates(key: bytes, stored: Stored, sample: int) -> list[float]:
    """Seconds per candidate of the new scheme, for the first *sample* candidates."""
    seconds = []
    for candidate, _ in zip(hkid_candidates(stored.id_masked), range(sample), strict=False):
        started = time.perf_counter()
        message = f"hkid||{candidate}".encode()
        digest = slow_id_hash(key, hmac.new(key, message, hashlib.sha256).hexdigest())
        hmac.compare_digest(digest, stored.id_hash)
        seconds.append(time.perf_counter() - started)
    return seconds


def _duration(seconds: float) -> str:
    for unit, size in (("days", 86_400), ("h", 3_600), ("min", 60)):
        if seconds >= size:
            return f"{seconds / size:,.1f} {unit}"
    return f"{seconds:,.3f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=251)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 - made-up holders
    key = secrets.token_bytes(32)
    documents = people(args.people, rng)

    old = [Stored(old_hash(key, d), old_mask(d)) for d in documents]
    started = time.perf_counter()
    found = 0
    old_candidates = []
    for document, stored in zip(documents, old, strict=True):
        number, _tried = recover_old(key, stored)
        found += number == document.number
        old_candidates.append(candidate_count(stored.id_masked))
    old_total = time.perf_counter() - started
    old_per_candidate = old_total / sum(old_candidates) * 2  # found after half on average

    new = [Stored(d.keyed_hash(key), d.masked) for d in documents]
    first = new[0]
    assert documents[0].number in hkid_candidates(first.id_masked)
    assert all(
        IdentityDocument(IdType.HKID, c).masked == first.id_masked
        for _, c in zip(range(1000), hkid_candidates(first.id_masked), strict=False)
    )
    per_candidate = statistics.median(time_new_candidates(key, first, args.sample))
    new_candidates = [candidate_count(s.id_masked) for s in new]

    old_space = statistics.mean(old_candidates)
    new_space = statistics.mean(new_candidates)
    old_person = old_total / args.people
    new_person_worst = new_space * per_candidate
    new_person = new_person_worst / 2
    new_all = sum(new_candidates) * per_candidate / 2
    table_all = _SINGLE_LETTER_SPACE * per_candidate

    print(f"{args.people} made-up holders, one core, this machine, one run")
    print(f"old scheme (HMAC-SHA256, 4 of 8 shown): recovered {found}/{args.people}")
    print(f"  candidates per person      {old_space:>14,.0f}")
    print(f"  seconds per candidate      {old_per_candidate * 1e6:>14.1f} µs")
    print(f"  per person (measured)      {_duration(old_person):>14}")
    print(f"  all {args.people} (measured)         {_duration(old_total):>14}")
    print("new scheme (scrypt N=2**12 r=8 p=1 of the HMAC, letters only shown)")
    print(f"  candidates per person      {new_space:>14,.0f}")
    print(f"  seconds per candidate      {per_candidate * 1e3:>14.1f} ms (median of {args.sample})")
    print(f"  per person (average)       {_duration(new_person):>14}")
    print(f"  per person (worst case)    {_duration(new_person_worst):>14}")
    print(f"  all {args.people} one by one         {_duration(new_all):>14}")
    print(f"  every 1-letter HKID once   {_duration(table_all):>14} (finds all such holders)")
    print(f"ratio new/old per person     {new_person / old_person:>14,.0f} x")
    print(f"one identity hash (a check)  {per_candidate * 1e3:>14.1f} ms")


if __name__ == "__main__":
    main()
