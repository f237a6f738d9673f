"""The authorize pages a browser sees: sign-in form, 2FA form, and the refusal page."""

from __future__ import annotations

import html

from starlette.responses import HTMLResponse

from .seed import DEMO_PASSWORD, DEMO_USERS

_HEAD = ("<!doctype html><html lang='tr'><head><meta charset='utf-8'><title>InsurUp ile giriş</title></head>"
         "<body style='font-family:sans-serif;max-width:28em;margin:3em auto'>")
_TAIL = "</body></html>"


def _demo_list() -> str:
    rows = "".join(
        f"<li><code>{html.escape(email)}</code> / <code>{html.escape(DEMO_PASSWORD)}</code>"
        f"{' (2FA: 123456)' if mfa else ''}</li>" for email, _name, mfa in DEMO_USERS
    )
    return f"<p>Deneme hesapları:</p><ul>{rows}</ul>"


def login_page(txn: str, error: str = "", status: int = 200) -> HTMLResponse:
    err = f"<p role='alert' style='color:#b00'>{html.escape(error)}</p>" if error else ""
    body = (
        f"<h1>InsurUp ile giriş</h1>{err}"
        "<form method='post' action='/connect/authorize'>"
        f"<input type='hidden' name='txn' value='{html.escape(txn)}'>"
        "<p><label>E-posta <input name='email' type='email' autocomplete='username'></label></p>"
        "<p><label>Parola <input name='password' type='password' autocomplete='current-password'></label></p>"
        "<p><button type='submit'>Giriş yap</button></p></form>" + _demo_list()
    )
    return HTMLResponse(_HEAD + body + _TAIL, status_code=status)


def mfa_page(txn: str, error: str = "", status: int = 200) -> HTMLResponse:
    err = f"<p role='alert' style='color:#b00'>{html.escape(error)}</p>" if error else ""
    body = (
        f"<h1>Doğrulama kodu</h1>{err}<p>Telefonunuza gelen 6 haneli kodu girin.</p>"
        "<form method='post' action='/connect/authorize'>"
        f"<input type='hidden' name='txn' value='{html.escape(txn)}'>"
        "<p><label>Kod <input name='code' inputmode='numeric' autocomplete='one-time-code'></label></p>"
        "<p><button type='submit'>Doğrula</button></p></form>"
    )
    return HTMLResponse(_HEAD + body + _TAIL, status_code=status)


def refusal_page(message: str, status: int = 400) -> HTMLResponse:
    # Shown instead of redirecting: a request we cannot trust must not send the browser anywhere.
    return HTMLResponse(_HEAD + f"<h1>Giriş isteği geçersiz</h1><p>{html.escape(message)}</p>" + _TAIL,
                        status_code=status)
