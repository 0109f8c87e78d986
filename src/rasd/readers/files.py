"""Compatibility names: earlier code imports the readers from here.

The dispatcher lives in `rasd.readers.dispatch`, one module per format beside it.
"""

from rasd.readers.dispatch import read_file, read_path, read_stream
from rasd.readers.jsonl import record_from_json
from rasd.readers.stream import MAX_DOCUMENT_BYTES as MAX_BYTES
from rasd.readers.text import decode

__all__ = ["MAX_BYTES", "decode", "read_file", "read_path", "read_stream", "record_from_json"]
