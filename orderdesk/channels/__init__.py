"""One adapter per sales channel behind one interface; imported by sync only."""
