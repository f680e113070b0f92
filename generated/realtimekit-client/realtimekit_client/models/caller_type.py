from enum import StrEnum


class CallerType(StrEnum):
    ORGANIZATION = "ORGANIZATION"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
