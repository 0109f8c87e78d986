"""Input readers: each yields `Record`s, one per raw article, streaming."""

from rasd.readers.record import BadInput, Record

__all__ = ["BadInput", "Record"]
