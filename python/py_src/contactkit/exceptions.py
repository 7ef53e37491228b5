"""The exceptions of contactkit.

Bad data is never an exception: an invalid address is a verdict in the result
(``EmailResult(valid=False, reason="missing_at")``). These exceptions are for misuse: a wrong
argument type, an unknown option, kind or profile, a bad key, a corrupt file.

Every class subclasses :class:`ValueError`; the type-shaped ones also subclass :class:`TypeError`,
so both ``except ValueError`` and ``except TypeError`` keep working. Every instance has a stable
lower-case slug in ``.code`` (``contactkit.reason_codes("error")`` lists the slugs of the core's
errors). Messages never contain the value that was passed in: inputs may be personal data or keys.

Failures of the operating system (a missing file) stay the built-in :class:`OSError` subclasses.

Hierarchy::

    ContactKitError(Exception)
    ├── InvalidInputError(ContactKitError, ValueError)
    ├── ConfigError(ContactKitError, ValueError)
    │   └── UnknownOptionError(ConfigError, TypeError)
    ├── ArgumentTypeError(ContactKitError, ValueError, TypeError)
    └── FileFormatError(ContactKitError, ValueError)
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "ArgumentTypeError",
    "ConfigError",
    "ContactKitError",
    "FileFormatError",
    "InvalidInputError",
    "UnknownOptionError",
]


class ContactKitError(Exception):
    """Base class of every contactkit exception.

    Args:
        message: A sentence that says what went wrong (never the input value).
        code: The stable slug of the error; the class's ``default_code`` when omitted.

    Attributes:
        code: The stable lower-case slug of the error, such as ``"unknown_option"``.
    """

    default_code: ClassVar[str] = "error"
    code: str

    def __init__(self, message: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.code = self.default_code if code is None else code

    def __reduce__(self) -> tuple[type[ContactKitError], tuple[str, str]]:
        message = self.args[0] if self.args else ""
        return (type(self), (str(message), self.code))

    def __repr__(self) -> str:
        message = self.args[0] if self.args else ""
        return f"{type(self).__name__}({message!r}, code={self.code!r})"


class InvalidInputError(ContactKitError, ValueError):
    """A value has no canonical form (``.code`` gives the specific reason, such as
    ``"missing_at"``), or an input exceeds a documented size limit (``"too_large"``)."""

    default_code: ClassVar[str] = "invalid_input"


class ConfigError(ContactKitError, ValueError):
    """A configuration value is not acceptable: an unknown region alias, kind or profile, a bad or
    missing key, an option value out of range (``"unknown_kind"``, ``"bad_key"``,
    ``"invalid_argument"``, ...)."""

    default_code: ClassVar[str] = "invalid_argument"


class UnknownOptionError(ConfigError, TypeError):
    """An unexpected keyword argument (``.code == "unknown_option"``)."""

    default_code: ClassVar[str] = "unknown_option"


class ArgumentTypeError(ContactKitError, ValueError, TypeError):
    """An argument has the wrong type, such as a non-``str`` address or a non-``bool`` option
    (``.code == "invalid_argument"``)."""

    default_code: ClassVar[str] = "invalid_argument"


class FileFormatError(ContactKitError, ValueError):
    """A file or serialised input is corrupt, truncated, tampered with, expired, rolled back, or of
    an unsupported version (``"file_corrupt"``, ``"file_tampered"``, ``"invalid_json"``, ...)."""

    default_code: ClassVar[str] = "file_corrupt"
