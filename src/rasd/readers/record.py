"""The raw record every reader yields, before cleaning."""

from __future__ import annotations

from dataclasses import dataclass


class BadInput(Exception):
    """An input that cannot be read: the message is one line naming it and why."""


@dataclass(slots=True)
class Record:
    origin: str  # where it came from, for messages: a path, path:line, or URL
    text: str | None = None  # plain text, or
    html: str | None = None  # an HTML page (the article extractor takes the body)
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD (readers normalise with readers.dates)
    source: str | None = None
    forwarded_from: str | None = None  # Telegram: the channel a message was forwarded from
    warning: str | None = None  # read, but not as written (e.g. bytes that were not UTF-8)


def unreadable(where: str, exc: BaseException) -> BadInput:
    """The one-line BadInput for an unexpected error on one record (or file): its type and
    the first line of its message, so that a batch reports it and goes on."""
    if isinstance(exc, BadInput):
        return exc
    if isinstance(exc, RecursionError):
        return BadInput(f"{where}: nested too deep to read")
    if isinstance(exc, ValueError) and "integer string conversion" in str(exc):
        return BadInput(f"{where}: a number too long to read (over 4,300 digits)")
    first = (str(exc).splitlines() or [""])[0][:200]
    name = type(exc).__name__
    return BadInput(f"{where}: unreadable ({name}: {first})" if first else
                    f"{where}: unreadable ({name})")


REPLACED = "\ufffd"


def replaced_warning(where: str, *texts: str | None) -> str | None:
    """A warning when bytes that were not UTF-8 were replaced (U+FFFD) in `texts`."""
    n = sum(t.count(REPLACED) for t in texts if t)
    if not n:
        return None
    return f"{where}: {n} byte sequence{'s' if n > 1 else ''} not UTF-8, replaced by U+FFFD"
