"""Where the app keeps its settings, data and logs.

When ``INSURUP_DESK_HOME`` is set (tests, portable installs, training PCs) everything lives under it;
otherwise the platform's usual per-user folders are used.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from insurup_desk import APP_NAME, ORG_NAME

HOME_ENV = "INSURUP_DESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "insurup-desk.log"

    @property
    def translations_cache(self) -> Path:
        return self.data_dir / "translations"

    def ensure(self) -> AppPaths:
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(environ: dict[str, str] | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV, "").strip()
    if home:
        base = Path(home).expanduser()
        return AppPaths(config_dir=base / "config", data_dir=base / "data", log_dir=base / "logs")
    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, ORG_NAME)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME)),
    )
