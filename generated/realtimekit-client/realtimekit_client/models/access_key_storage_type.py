from enum import StrEnum
from typing import Self


class AccessKeyStorageType(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """A value the spec does not list (yet): kept, not refused."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
