from ..types import TolerantStrEnum


class VideoCodec(TolerantStrEnum):
    H264 = "H264"
    VP8 = "VP8"
    VP9 = "VP9"
