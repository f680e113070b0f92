from enum import StrEnum


class RecordingStatus(StrEnum):
    ERRORED = "ERRORED"
    INVOKED = "INVOKED"
    PAUSED = "PAUSED"
    RECORDING = "RECORDING"
    UPLOADED = "UPLOADED"
    UPLOADING = "UPLOADING"

    def __str__(self) -> str:
        return str(self.value)
