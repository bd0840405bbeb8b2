"""Pure rules with no I/O: statuses, split arithmetic, commission, validation, channel-neutral records."""
