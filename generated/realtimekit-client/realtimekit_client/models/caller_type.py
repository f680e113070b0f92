from .._runtime.models import TolerantStrEnum


class CallerType(TolerantStrEnum):
    ORGANIZATION = "ORGANIZATION"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)
