"""The runtime's private parts, one job per module; `client`, `errors` and `types` are its public face."""
