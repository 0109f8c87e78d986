"""rasd: Arabic conflict news in, a grounded record of who did what to whom out."""

__version__ = "0.1.0"
