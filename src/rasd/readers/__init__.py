"""Input readers: one module per format, each yielding raw `Record`s, streaming.

`read_path(path, **options)` (rasd.readers.dispatch) picks the reader.
"""

from rasd.readers.record import BadInput, Record

__all__ = ["BadInput", "Record", "read_path"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # lazy: importing a Record must not import every reader
    if name == "read_path":
        from rasd.readers.dispatch import read_path

        return read_path
    raise AttributeError(name)
