from .._runtime.models import TolerantStrEnum


class RecordingStatus(TolerantStrEnum):
    ERRORED = "ERRORED"
    INVOKED = "INVOKED"
    PAUSED = "PAUSED"
    RECORDING = "RECORDING"
    UPLOADED = "UPLOADED"
    UPLOADING = "UPLOADING"

    def __str__(self) -> str:
        return str(self.value)
