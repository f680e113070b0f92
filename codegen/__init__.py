"""The generation code: from the spec in openapi/ to the package in generated/ (see scripts/regenerate.py)."""
