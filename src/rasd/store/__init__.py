"""The corpus store: documents, copies, entities, claims, events, merged events.

`Store.open(url)` gives one data-access layer over SQLite (default, `rasd.db`)
and PostgreSQL (`postgresql://...`); see `rasd.store.store` for the API.
"""

from rasd.store.store import DEFAULT_URL, BadFilter, Filters, Page, Store, StoreError

__all__ = ["DEFAULT_URL", "BadFilter", "Filters", "Page", "Store", "StoreError"]
