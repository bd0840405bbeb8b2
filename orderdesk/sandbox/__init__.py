"""Runnable simulators of every channel: real HTTP on loopback, in-memory state, seeded sample orders.

Only the demo mode and the `orderdesk sandbox` command start them; nothing on the product's path uses them.
"""
