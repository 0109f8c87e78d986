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
