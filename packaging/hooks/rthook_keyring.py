"""Runtime hook: frozen builds name their keyring backend instead of relying on discovery.

keyring finds backends through package entry points, which a frozen bundle may lack, and a bundle must
never fall back to a plaintext store silently (keyrings.alt is not bundled). PYTHON_KEYRING_BACKEND is
honoured by keyring before any detection; an operator or support engineer can still override it by
setting the variable before starting the program.

Windows always has the Credential Manager and macOS the Keychain. On Linux the Secret Service is named
only when it answers: a named backend that is not usable makes every keyring call raise RuntimeError,
whereas keyring's own detection then settles on its "fail" backend, whose KeyringError the app handles
(the session is simply not remembered).
"""

import os
import sys


def _secret_service_usable() -> bool:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        from keyring.backends import SecretService

        SecretService.Keyring.priority  # noqa: B018 (raises RuntimeError when the daemon is unreachable)
    except Exception:
        return False
    return True


def _choose_keyring_backend() -> None:
    if "PYTHON_KEYRING_BACKEND" in os.environ:
        return
    if sys.platform == "win32":
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.Windows.WinVaultKeyring"
    elif sys.platform == "darwin":
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.macOS.Keyring"
    elif _secret_service_usable():
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"


_choose_keyring_backend()
