"""Use cases: one function per counter action, each a unit of work returning plain data."""
