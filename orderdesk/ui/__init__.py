"""Qt widgets, table models and dialogs: the only GUI layer."""
