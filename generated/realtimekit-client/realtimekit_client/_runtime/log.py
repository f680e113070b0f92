"""The package's logger: attempts at DEBUG, retries at INFO, never a header or a body.

`REALTIMEKIT_LOG=info` or `=debug` in the environment switches it on with a handler of its own; otherwise it is
configured as any library logger, through `logging.getLogger("realtimekit_client")`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from .constants import LOG_ENVIRONMENT_VARIABLE, LOGGER_NAME

logger: logging.Logger = logging.getLogger(LOGGER_NAME)


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler REALTIMEKIT_LOG adds (at most one)."""


def configure_from_env(environ: Mapping[str, str] | None = None) -> None:
    level = (os.environ if environ is None else environ).get(LOG_ENVIRONMENT_VARIABLE, "").strip().lower()
    if level not in ("debug", "info") or any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        return
    handler = _EnvironmentHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


def attempt(operation: str, method: str, path: str, number: int) -> None:
    logger.debug("%s: attempt %d: %s %s", operation, number + 1, method, path)


def retrying(operation: str, number: int, cause: str, ray_id: str | None, retries: int, delay: float) -> None:
    logger.info(
        "%s: attempt %d failed (%s, cf-ray %s); retry %d of %d in %.2f s",
        operation, number + 1, cause, ray_id or "-", number + 1, retries, delay,
    )  # fmt: skip
