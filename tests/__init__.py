"""The test suite, one folder per concern; what the folders share is in tests/support/ (see docs/architecture.md)."""
