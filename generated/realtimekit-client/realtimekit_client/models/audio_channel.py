from ..types import TolerantStrEnum


class AudioChannel(TolerantStrEnum):
    MONO = "mono"
    STEREO = "stereo"
