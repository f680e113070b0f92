"""Tools apart from the generation code: release, benchmark, recording."""
