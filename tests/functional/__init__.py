"""Functional tests of template branches the project's spec does not reach (see conftest.py)."""
