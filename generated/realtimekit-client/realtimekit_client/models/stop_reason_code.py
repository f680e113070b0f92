from .._runtime.models import TolerantStrEnum


class StopReasonCode(TolerantStrEnum):
    ALL_PEERS_LEFT = "ALL_PEERS_LEFT"
    API_CALL = "API_CALL"
    INTERNAL_ERROR = "INTERNAL_ERROR"

    def __str__(self) -> str:
        return str(self.value)
