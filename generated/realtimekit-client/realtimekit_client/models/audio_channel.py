from .._runtime.models import TolerantStrEnum


class AudioChannel(TolerantStrEnum):
    MONO = "mono"
    STEREO = "stereo"

    def __str__(self) -> str:
        return str(self.value)
