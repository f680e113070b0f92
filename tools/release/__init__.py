"""Build, vet and check what is published: `uv run python -m tools.release.build` (docs/release.md)."""
