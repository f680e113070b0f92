"""What the tests share; test modules import from here and never from each other.

- `ids`: the account, app and meeting ids (the spec's parameter examples), the test token, the two paths.
- `client`: `make_client`, the one way tests build a client (sleeps recorded); `RecordedSleeps`; `full_request`.
- `spec`: the OpenAPI document, its examples, and validators for its schemas.
- `operation_cases`: every operation of the spec data as test cases (its module, valid arguments, documented
  answers, retry policy), for tests parametrised over the operations.
- `project`: the repository root; scripts/regenerate.py run on it or on a scratch copy of the project.
- `checkers`: a consumer's checkers (pyright strict, mypy --strict, ruff defaults, verifytypes), findings as data.
- `package_index`: a real package index (pypiserver) on 127.0.0.1, for the release tests.

The loopback HTTP server every folder uses is `tools/loopback.py`.
- `official_args`: the argument sets of Cloudflare's own SDK tests, as the SDK takes them and as the models build them.
"""
