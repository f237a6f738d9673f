"""Run by the Windows Python: what the desk left in the Windows Credential Manager for one profile.

    python credential_probe.py PROFILE EXPECTED_EMAIL EXPECTED_PASSWORD

Prints one JSON line: which of the sign-in entries exist, whether the e-mail and the remembered password
read back as the desk wrote them (compared here, never printed), and the Credential Manager targets of the
service. It goes through keyring's WinVaultKeyring, the backend the frozen desk names on Windows, and also
lists the raw credentials, so an entry keyring could not see would still show.
"""

from __future__ import annotations

import json
import sys

SERVICE = "InsurUp Desk"
# The names the desk's session keeps per profile (insurup_desk/services/session.py); values carry a "v1:" header.
NAMES = ("email", "password", "refresh_token")
HEADER = "v1:"
ERROR_NOT_FOUND = 1168


def main(argv: list[str]) -> int:
    profile, email, password = argv
    from keyring.backends.Windows import WinVaultKeyring
    from win32ctypes.pywin32 import pywintypes, win32cred

    vault = WinVaultKeyring()
    values = {name: vault.get_password(SERVICE, f"{profile}/{name}") for name in NAMES}
    try:
        credentials = win32cred.CredEnumerate(None, 0)
    except pywintypes.error as exc:
        if exc.winerror != ERROR_NOT_FOUND:
            raise
        credentials = []  # CredEnumerate reports an empty store as an error
    targets = sorted(str(c["TargetName"]) for c in credentials if SERVICE in str(c["TargetName"]))
    report = {
        "backend": f"{type(vault).__module__}.{type(vault).__name__}",
        "present": sorted(name for name, value in values.items() if value is not None),
        "email_matches": values["email"] == HEADER + email,
        "password_matches": values["password"] == HEADER + password,
        "targets": targets,
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
