"""UUID parsing for the decoder: the form APIs send, without UUID()'s general parser."""

from __future__ import annotations

from uuid import UUID, SafeUUID

# UUID's slot descriptors, set directly (UUID.__setattr__ refuses; object.__setattr__ is slower).
_new_object = object.__new__
_set_int = UUID.__dict__["int"].__set__
_set_safety = UUID.__dict__["is_safe"].__set__
_UNKNOWN_SAFETY = SafeUUID.unknown


def parse_uuid(value: str) -> UUID:
    """UUID(value), faster for 32 hex digits and hyphens; other spellings (braces, "urn:uuid:") get UUID(),
    which accepts the same hyphen placements. ValueError for anything else."""
    digits = value.replace("-", "")
    if len(digits) == 32 and digits.isalnum() and digits.isascii():
        parsed = _new_object(UUID)
        _set_int(parsed, int(digits, 16))  # ValueError for a non-hex letter
        _set_safety(parsed, _UNKNOWN_SAFETY)
        return parsed
    return UUID(value)
