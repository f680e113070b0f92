from .._runtime.models import TolerantStrEnum


class StartReasonCode(TolerantStrEnum):
    API_CALL = "API_CALL"
    RECORD_ON_START = "RECORD_ON_START"

    def __str__(self) -> str:
        return str(self.value)
