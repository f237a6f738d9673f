"""The app log: a rotating file under the home folder, every line redacted."""

from __future__ import annotations

import logging
from pathlib import Path

from insurup_desk.services.logging_setup import configure_logging
from insurup_desk.services.paths import app_paths


def test_log_file_is_redacted_and_lives_in_the_log_folder() -> None:
    paths = app_paths().ensure()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(paths.log_file)
    try:
        assert configure_logging(paths.log_file) is handler  # idempotent: one file handler only
        log = logging.getLogger("insurup_desk.test")
        log.info("charging card %s with Authorization: Bearer %s", "4242 4242 4242 4242", "eyJabc.def.ghi")
        log.warning("customer 11111111110 phone +90 532 123 45 67")
        handler.flush()
        text = Path(paths.log_file).read_text(encoding="utf-8")
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(level)
    assert str(paths.log_file).startswith(str(paths.log_dir))
    assert "4242 4242 4242 4242" not in text and "eyJabc.def.ghi" not in text
    assert "11111111110" not in text and "123 45 67" not in text
    assert "charging card" in text and "customer" in text
