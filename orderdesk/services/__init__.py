"""One function per operator action. Each runs in one transaction: the change, its audit entry, its outbox event."""
