"""Telegram Desktop channel exports (`result.json`), one record per message with text.

The export is one JSON object: the channel's `name`, `type` and `id`, then
`messages`, each with `id`, `type` ("message" or "service"), `date` (ISO local
time), optional `forwarded_from`, and `text`: a string, or a list mixing
strings and entity objects ({"type": "bold"|"link"|..., "text": "..."}) that
join into the message text. Messages are streamed one at a time.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import BinaryIO

from rasd.readers.dates import normalize_date
from rasd.readers.jsonstream import JsonStream, SkippedValue
from rasd.readers.record import BadInput, Record, replaced_warning, unreadable


def message_text(text: object) -> str:
    """The plain text of a message's `text` field (string or list of parts)."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", ""))
                       if isinstance(p, dict) else "" for p in text)
    return ""


def looks_like_export(head: bytes) -> bool:
    """A Telegram export: a JSON object with a `messages` array near its start."""
    h = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return h.startswith(b"{") and b'"messages"' in head and (
        b'"type"' in head or b'"name"' in head)


def read(stream: BinaryIO, origin: str, **_: object) -> Iterator[Record | BadInput]:
    js = JsonStream(io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace"), origin)
    channel: dict[str, object] = {}
    found = False
    texts = 0
    if js.peek() != "{":
        raise BadInput(f"{origin}: not a Telegram export (no JSON object)")
    for key in js.object_keys():
        if key != "messages":
            try:
                channel[key] = js.value()
            except SkippedValue as exc:  # a channel field we cannot read: not needed
                yield BadInput(f"{exc} (channel field {key!r})")
            continue
        found = True
        if js.peek() != "[":
            raise BadInput(f"{origin}: 'messages' is not a list")
        for n, msg in enumerate(js.array(), 1):
            if isinstance(msg, BadInput):
                yield BadInput(str(msg).replace(origin, f"{origin}#message {n}", 1))
                continue
            try:
                item = _record(msg, channel, origin)
            except Exception as exc:  # one odd message never stops the export
                item = unreadable(f"{origin}#message {n}", exc)
            if item is not None:
                texts += 1
                yield item
    if not found:
        raise BadInput(f"{origin}: not a Telegram export (no 'messages')")
    if not texts:
        raise BadInput(f"{origin}: an empty Telegram export (no message with text)")


def _record(msg: object, channel: dict[str, object], origin: str) -> Record | BadInput | None:
    if not isinstance(msg, dict):
        return BadInput(f"{origin}: a message is not a JSON object")
    if msg.get("type", "message") != "message":
        return None  # service messages: joins, pins, title changes
    text = message_text(msg.get("text"))
    if not text.strip():
        return None  # photos, stickers and polls without a caption
    name = channel.get("name")
    chan_id = channel.get("id")
    msg_id = msg.get("id")
    date = normalize_date(msg.get("date")) or normalize_date(_int(msg.get("date_unixtime")))
    fwd = msg.get("forwarded_from")
    where = f"{origin}#{msg_id}"
    return Record(
        origin=where,
        text=text,
        id=f"telegram:{chan_id}:{msg_id}" if chan_id is not None else None,
        published=date,
        source=str(name) if name else None,
        forwarded_from=str(fwd) if fwd else None,
        warning=replaced_warning(where, text),
    )


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
