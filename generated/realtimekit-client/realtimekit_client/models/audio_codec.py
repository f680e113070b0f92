from .._runtime.models import TolerantStrEnum


class AudioCodec(TolerantStrEnum):
    AAC = "AAC"
    MP3 = "MP3"

    def __str__(self) -> str:
        return str(self.value)
