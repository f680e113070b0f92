from ..types import TolerantStrEnum


class CallerType(TolerantStrEnum):
    ORGANIZATION = "ORGANIZATION"
    USER = "USER"
