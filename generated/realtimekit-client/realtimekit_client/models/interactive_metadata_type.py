from ..types import TolerantStrEnum


class InteractiveMetadataType(TolerantStrEnum):
    ID3 = "ID3"
