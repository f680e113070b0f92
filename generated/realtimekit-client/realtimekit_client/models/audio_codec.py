from ..types import TolerantStrEnum


class AudioCodec(TolerantStrEnum):
    AAC = "AAC"
    MP3 = "MP3"
