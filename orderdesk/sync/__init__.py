"""The sync engine (pure Python) and the Qt worker that runs it in its own thread."""
