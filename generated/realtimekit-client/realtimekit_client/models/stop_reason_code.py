from enum import StrEnum


class StopReasonCode(StrEnum):
    ALL_PEERS_LEFT = "ALL_PEERS_LEFT"
    API_CALL = "API_CALL"
    INTERNAL_ERROR = "INTERNAL_ERROR"

    def __str__(self) -> str:
        return str(self.value)
