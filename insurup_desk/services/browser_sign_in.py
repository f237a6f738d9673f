"""'InsurUp ile giriş': the browser round trip around the OAuth client and the loopback listener."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from insurup_desk.api.oauth import OAuthClient, OAuthSignInFailed

from .loopback import LoopbackListener, PageText, default_page
from .session import Session

#: How long the desk waits for the operator to finish on the authorize page.
SIGN_IN_TIMEOUT_S = 300.0

OpenUrl = Callable[[str], Awaitable[None] | None]


class SignInTimedOut(OAuthSignInFailed):
    default_detail = "Tarayıcıdaki giriş 5 dakika içinde tamamlanmadı."


async def sign_in_with_browser(
    session: Session,
    open_url: OpenUrl,
    *,
    timeout_s: float = SIGN_IN_TIMEOUT_S,
    page_text: PageText = default_page,
) -> None:
    """Open the authorize page through ``open_url`` and sign ``session`` in with what comes back.

    Cancelling the awaiting task (the dialog's cancel) closes the listener; nothing is left listening.
    """
    grant = session.oauth_grant
    if not isinstance(grant, OAuthClient):
        raise OAuthSignInFailed("InsurUp ile giriş bu bağlantı için ayarlanmamış.")
    async with LoopbackListener(page_text=page_text) as listener:
        pending = await grant.begin(listener.redirect_uri)
        listener.expect_state(pending.state)
        opened = open_url(pending.authorize_url)
        if opened is not None:
            await opened
        try:
            callback = await listener.wait(timeout_s)
        except TimeoutError:
            raise SignInTimedOut() from None
    await session.login_oauth(await grant.finish(pending, callback))
