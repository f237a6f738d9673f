"""The app log: a rotating file under the home folder, every line redacted."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from insurup_desk.api.secret_registry import forget_secret, register_secret
from insurup_desk.services.logging_setup import QUIET_LIBRARIES, configure_logging
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


@pytest.mark.parametrize("library_level", [logging.WARNING, logging.DEBUG])
def test_at_debug_libraries_stay_quiet_unless_asked_and_a_registered_secret_never_shows(library_level: int) -> None:
    paths = app_paths().ensure()
    root = logging.getLogger()
    level, before = root.level, list(root.handlers)
    secret = "opaque-refresh-7Q2x9LmN"
    register_secret(secret)
    try:
        handler = configure_logging(paths.log_file, level=logging.DEBUG, library_level=library_level)
        for name in QUIET_LIBRARIES:
            assert logging.getLogger(name).level == library_level
        logging.getLogger("qasync._QThreadWorker").debug("got callback partial(_set, 'p/refresh_token', %r)", secret)
        logging.getLogger("some.library").info("library chatter %s", secret)
        logging.getLogger("uvicorn.error").error("server said %s", secret)
        logging.getLogger("insurup_desk.services.session").debug("rotated %s", secret)
        handler.flush()
        text = Path(paths.log_file).read_text(encoding="utf-8")
    finally:
        forget_secret(secret)
        for added in [h for h in root.handlers if h not in before]:
            root.removeHandler(added)
            added.close()
        root.setLevel(level)
        for name in QUIET_LIBRARIES:
            logging.getLogger(name).setLevel(logging.NOTSET)
    assert secret not in text
    assert "server said ***" in text and "rotated ***" in text
    quiet = library_level == logging.WARNING
    assert ("got callback" in text) is not quiet and ("library chatter" in text) is not quiet


def test_configuring_again_adds_no_handler_and_the_quieter_library_level_holds() -> None:
    paths = app_paths().ensure()
    root = logging.getLogger()
    secret = "opaque-access-3Vb8kWq1"
    loud = configure_logging(paths.log_file, level=logging.DEBUG, library_level=logging.DEBUG)
    handler = configure_logging(paths.log_file, level=logging.DEBUG, library_level=logging.WARNING)
    assert handler is loud and [h for h in root.handlers if h is handler] == [handler]
    logging.getLogger("some.library").info("library chatter %s", secret)
    logging.getLogger("insurup_desk.sale").debug("own debug line")
    handler.flush()
    text = Path(paths.log_file).read_text(encoding="utf-8")
    assert "library chatter" not in text and secret not in text
    assert "own debug line" in text
