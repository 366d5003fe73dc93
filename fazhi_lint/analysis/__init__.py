"""Analysis views computed from a Document on first use and cached in ``Document.cache``."""
