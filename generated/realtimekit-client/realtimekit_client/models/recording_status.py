from ..types import TolerantStrEnum


class RecordingStatus(TolerantStrEnum):
    ERRORED = "ERRORED"
    INVOKED = "INVOKED"
    PAUSED = "PAUSED"
    RECORDING = "RECORDING"
    UPLOADED = "UPLOADED"
    UPLOADING = "UPLOADING"
