"""The spec (openapi/realtimekit-recordings.yaml) tested: valid OpenAPI 3.1, examples that fit their schemas, the
API's facts, and the corrections against the official definitions."""
