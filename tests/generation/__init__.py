"""The generation pipeline tested: regeneration and its guards, template overlays, the spec data module, and
small inline specs generated and called over HTTP (the functional tests)."""
