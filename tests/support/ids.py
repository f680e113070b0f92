"""The ids and token every test uses, defined once.

The ids are the spec's parameter examples (the API reference's), so the spec, the cassettes and the tests agree
(tests/spec/test_spec.py checks it); a live recording maps the real ids to these (support.cassette_targets).
"""

from __future__ import annotations

ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353"
APP_ID = "14a396e7-ca44-4937-bf1f-050a69118543"  # a UUID, as the official tests use (api-facts, Corrections)
MEETING_ID = "97440c6a-140b-40a9-9499-b23fd7a3868a"
TOKEN = "test-token-0123456789abcdefghij"  # long enough to look like a real token in a leak check

# The two operations' paths for these ids, relative to the base URL.
START_PATH = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings"
ACTIVE_RECORDING_PATH = f"{START_PATH}/active-recording/{MEETING_ID}"
