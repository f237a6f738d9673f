"""Banks, their branches and financial institutions for a property's loss-payee clause (addendum §A.1)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import current_user
from .problems import not_found
from .web import ok, path_param

# Ids are strings on the wire (addendum §A.1); these are the banks' EFT codes.
BANKS: tuple[tuple[str, str], ...] = (
    ("10", "T.C. Ziraat Bankası A.Ş."), ("12", "Türkiye Halk Bankası A.Ş."), ("15", "Türkiye Vakıflar Bankası T.A.O."),
    ("46", "Akbank T.A.Ş."), ("62", "Türkiye Garanti Bankası A.Ş."), ("64", "Türkiye İş Bankası A.Ş."),
    ("67", "Yapı ve Kredi Bankası A.Ş."), ("111", "QNB Bank A.Ş."), ("134", "Denizbank A.Ş."),
    ("205", "Kuveyt Türk Katılım Bankası A.Ş."),
)
_BRANCH_NAMES = ("Kadıköy", "Beşiktaş", "Kızılay", "Çankaya", "Alsancak", "Bornova", "Merkez")
INSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("fk-1", "Koç Fiat Kredi Finansman A.Ş."), ("fk-2", "Garanti Finansal Kiralama A.Ş."),
    ("fk-3", "İş Finansal Kiralama A.Ş."), ("fk-4", "Emlak Katılım Varlık Kiralama A.Ş."),
)


def find_bank(bank_id: str) -> dict[str, Any] | None:
    return next(({"id": i, "name": n} for i, n in BANKS if i == bank_id), None)


def branches_of(bank_id: str) -> list[dict[str, Any]]:
    return [{"id": f"{bank_id}-{k + 1:04d}", "name": f"{name} Şubesi", "bankId": bank_id}
            for k, name in enumerate(_BRANCH_NAMES)]


def bank_branch(bank_id: str, branch_id: str) -> dict[str, Any] | None:
    return next((b for b in branches_of(bank_id) if b["id"] == branch_id), None)


def find_institution(institution_id: str) -> dict[str, Any] | None:
    return next(({"id": i, "name": n} for i, n in INSTITUTIONS if i == institution_id), None)


async def banks(request: Request) -> JSONResponse:
    current_user(request)
    return ok([{"id": i, "name": n} for i, n in BANKS])


async def bank_branches(request: Request) -> JSONResponse:
    current_user(request)
    bank_id = path_param(request, "bank_id")
    if find_bank(bank_id) is None:
        raise not_found("Banka", "BANK_NOT_FOUND")
    return ok(branches_of(bank_id))


async def financial_institutions(request: Request) -> JSONResponse:
    current_user(request)
    return ok([{"id": i, "name": n} for i, n in INSTITUTIONS])
