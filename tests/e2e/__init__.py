"""End-to-end tests: the real bot against SimCord's in-memory Discord."""
