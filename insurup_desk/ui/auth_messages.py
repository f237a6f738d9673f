"""Turkish wording for what can go wrong while signing in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from insurup_desk.api.errors import (
    ApiError,
    CertificateError,
    Forbidden,
    MalformedResponseError,
    NetworkError,
    RateLimited,
    RequestTimeout,
    ServerError,
    Unauthorized,
    UpstreamFailure,
    ValidationFailed,
)

_LOCK_CODES = {"ACCOUNT_LOCKED", "USER_LOCKED", "LOCKED_OUT", "ACCOUNT_LOCKED_OUT"}
# Cases the headline already states precisely; repeating the server's wording would only add noise.
_EXPLAINED_CODES = _LOCK_CODES | {"INVALID_CREDENTIALS", "MFA_CODE_INVALID"}


def is_locked(error: ApiError) -> bool:
    return error.status == 423 or error.slug == "account-locked" or bool(_LOCK_CODES & set(error.codes))


def headline(error: BaseException, *, two_factor_step: bool = False) -> str:
    """One sentence saying what happened, in the operator's language."""
    if isinstance(error, CertificateError):
        return QCoreApplication.translate(
            "LoginMessages", "Sunucunun sertifikası doğrulanamadı; bağlantı güvenli değil. Ağ yöneticinize başvurun."
        )
    if isinstance(error, MalformedResponseError):
        return QCoreApplication.translate(
            "LoginMessages", "Sunucudan okunamayan bir yanıt geldi. Biraz sonra yeniden deneyin."
        )
    if isinstance(error, NetworkError):
        return QCoreApplication.translate(
            "LoginMessages", "Sunucuya ulaşılamıyor. İnternet bağlantınızı kontrol edip yeniden deneyin."
        )
    if isinstance(error, RequestTimeout):
        return QCoreApplication.translate(
            "LoginMessages", "Sunucu zamanında yanıt vermedi. Biraz sonra yeniden deneyin."
        )
    if isinstance(error, ApiError) and is_locked(error):
        return QCoreApplication.translate(
            "LoginMessages", "Hesabınız kilitlendi. Açtırmak için acente yöneticinize başvurun."
        )
    if isinstance(error, Unauthorized | ValidationFailed) and two_factor_step:
        return QCoreApplication.translate("LoginMessages", "Doğrulama kodu hatalı ya da süresi dolmuş.")
    if isinstance(error, Unauthorized):
        return QCoreApplication.translate("LoginMessages", "E-posta adresi veya şifre hatalı.")
    if isinstance(error, Forbidden):
        return QCoreApplication.translate("LoginMessages", "Bu hesapla giriş yapma yetkiniz yok.")
    if isinstance(error, RateLimited) and error.retry_after_s:
        seconds = str(max(1, round(error.retry_after_s)))
        return QCoreApplication.translate(
            "LoginMessages", "Sunucu çok yoğun; %1 saniye sonra yeniden deneyin."
        ).replace("%1", seconds)
    if isinstance(error, RateLimited):
        return QCoreApplication.translate(
            "LoginMessages", "Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin."
        )
    if isinstance(error, ServerError | UpstreamFailure):
        return QCoreApplication.translate(
            "LoginMessages", "Sunucuda geçici bir sorun var. Biraz sonra yeniden deneyin."
        )
    return QCoreApplication.translate("LoginMessages", "Giriş yapılamadı.")


def describe(error: BaseException, *, two_factor_step: bool = False) -> str:
    """Headline plus what the server said (detail, suggestions, trace id) when it adds something."""
    lines = [headline(error, two_factor_step=two_factor_step)]
    if isinstance(error, ApiError):
        generic = type(error).default_detail
        explained = bool(_EXPLAINED_CODES & set(error.codes))
        if error.detail and not explained and error.detail not in (generic, lines[0]):
            lines.append(error.detail)
        lines.extend(f"• {s}" for s in error.suggestions)
        if error.trace_id:
            lines.append(QCoreApplication.translate("LoginMessages", "Destek kodu: %1").replace("%1", error.trace_id))
    return "\n".join(lines)
