from ..types import TolerantStrEnum


class StartReasonCode(TolerantStrEnum):
    API_CALL = "API_CALL"
    RECORD_ON_START = "RECORD_ON_START"
