"""Everything process-wide that decides what a log line shows, captured before a test and put back after it.

That is the logging configuration (``logging.disable``, the root logger, every named logger) and the registry
of secrets masked by value. A sale registers the card it pays with (``4242 4242 4242 4242``, CVC ``123``); left
in the registry, those values would be masked by value in every later test, and a test that expects the
pattern's ``[KART]``, or a plate ending in 123 masked only in part, would fail because an earlier test ran.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from insurup_desk.api.secret_registry import SECRETS, RegistryState

if TYPE_CHECKING:
    from logging import _FilterType  # what a logger's filters list holds (a Filter or a callable)


@dataclass(frozen=True, slots=True)
class _LoggerState:
    level: int
    handlers: tuple[logging.Handler, ...]
    filters: tuple[_FilterType, ...]
    propagate: bool
    disabled: bool

    @classmethod
    def of(cls, logger: logging.Logger) -> _LoggerState:
        return cls(logger.level, tuple(logger.handlers), tuple(logger.filters), logger.propagate, logger.disabled)

    def put_back(self, logger: logging.Logger) -> None:
        logger.setLevel(self.level)  # setLevel, not the attribute: it also empties the loggers' level caches
        logger.handlers[:] = self.handlers
        logger.filters[:] = self.filters
        logger.propagate = self.propagate
        logger.disabled = self.disabled


@dataclass(frozen=True, slots=True)
class LogState:
    disable: int
    root: _LoggerState
    named: dict[str, _LoggerState]
    secrets: RegistryState

    @classmethod
    def capture(cls) -> LogState:
        return cls(
            disable=logging.root.manager.disable,
            root=_LoggerState.of(logging.root),
            named={name: _LoggerState.of(logger) for name, logger in _loggers().items()},
            secrets=SECRETS.snapshot(),
        )

    def restore(self) -> None:
        SECRETS.restore(self.secrets)
        logging.disable(self.disable)
        attached = _attached_handlers()
        self.root.put_back(logging.root)
        for name, logger in _loggers().items():
            saved = self.named.get(name)
            if saved is not None:
                saved.put_back(logger)
            else:
                # Created during the test (a library imported, a logger named for the first time): what the
                # library set up on import stays, the levels the test (or the app's logging setup) gave it go.
                logger.setLevel(logging.NOTSET)
                logger.disabled = False
        for handler in attached - _attached_handlers():
            handler.close()  # added during the test and detached now: its file must not stay open


def _loggers() -> dict[str, logging.Logger]:
    return {n: lg for n, lg in logging.root.manager.loggerDict.items() if isinstance(lg, logging.Logger)}


def _attached_handlers() -> set[logging.Handler]:
    return {h for lg in (logging.root, *_loggers().values()) for h in lg.handlers}
