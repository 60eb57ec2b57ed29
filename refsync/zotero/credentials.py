"""The Zotero API key: where it comes from, where it is kept, and how it stays secret.

The key comes from ``$ZOTERO_API_KEY`` (which wins) or the OS keyring, where
``refsync auth login`` puts it. It is never read from or written to a file by refsync,
never printed, and kept out of logs by :class:`Redactor`.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import keyring
import keyring.errors

from ..errors import ConfigError, TargetError

ENV = "ZOTERO_API_KEY"
SERVICE = "refsync"
USERNAME = "zotero-api-key"
"""The keyring entry: service ``refsync``, user ``zotero-api-key``."""


@dataclass(frozen=True)
class Credential:
    """An API key and where it came from; its repr never shows the key."""

    key: str = field(repr=False)
    source: str
    """``$ZOTERO_API_KEY`` or ``the OS keyring``."""


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


PLAINTEXT_OPT_IN = "REFSYNC_ALLOW_PLAINTEXT_KEYRING"
"""Set to 1 to let refsync keep the key in a keyring backend that stores it in plain text."""


def plaintext_problem() -> str | None:
    """Why the keyring backend must not hold the key, if it keeps secrets in a readable file.

    keyrings.alt's ``PlaintextKeyring`` (installed with other packages, or chosen by
    keyring when nothing better exists) writes the key base64-encoded to a file: that is
    not the "OS keyring" refsync promises, so it is refused unless asked for.
    """
    if os.environ.get(PLAINTEXT_OPT_IN) == "1":
        return None
    backend = keyring.get_keyring()
    for one in getattr(backend, "backends", None) or [backend]:
        if "plaintext" in type(one).__name__.lower():
            name = f"{type(one).__module__}.{type(one).__name__}"
            return (f"the keyring backend {name} stores secrets in a plain file; refsync will not use it: "
                    f"set {ENV} instead (or {PLAINTEXT_OPT_IN}=1 to accept that backend)")
    return None


def find_key() -> tuple[Credential | None, str | None]:
    """The key to use, or None and why not. The environment overrides the keyring."""
    from_env = os.environ.get(ENV, "").strip()
    if from_env:
        return Credential(from_env, f"${ENV}"), None
    if problem := plaintext_problem():
        return None, problem
    try:
        stored = keyring.get_password(SERVICE, USERNAME)
    except Exception as error:  # noqa: BLE001 - any backend, any failure: the environment is the way out
        return None, f"the OS keyring could not be read ({_reason(error)}); set {ENV} instead"
    if not stored:
        return None, f"no Zotero API key: run `refsync auth login` or set {ENV}"
    return Credential(stored, "the OS keyring"), None


def load_key() -> Credential:
    """The key, or a one-line error saying how to provide one."""
    credential, problem = find_key()
    if credential is None:
        raise ConfigError(problem or f"no Zotero API key: set {ENV}")
    return credential


def store_key(key: str) -> str:
    """Keep ``key`` in the OS keyring; returns the backend's name."""
    if problem := plaintext_problem():
        raise ConfigError(problem)
    try:
        keyring.set_password(SERVICE, USERNAME, key)
    except Exception as error:  # noqa: BLE001 - third-party backends raise anything
        raise TargetError(f"could not store the key in the OS keyring ({_reason(error)}); "
                          f"set {ENV} in your environment instead") from None
    return backend_name()


def forget_key() -> bool:
    """Remove the stored key; False if there was none."""
    try:
        keyring.delete_password(SERVICE, USERNAME)
    except keyring.errors.PasswordDeleteError:
        return False
    except Exception as error:  # noqa: BLE001 - third-party backends raise anything
        raise TargetError(f"could not remove the key from the OS keyring ({_reason(error)})") from None
    return True


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


class Redactor(logging.Filter):
    """Replaces a secret in every log record a handler emits, whoever logged it."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._secret in message:
            record.msg, record.args = message.replace(self._secret, "[API key]"), None
        return True


def redact_logs(secret: str) -> None:
    """Keep ``secret`` out of everything the root logger's handlers write."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(Redactor(secret))
