from .._runtime.models import TolerantStrEnum


class InteractiveMetadataType(TolerantStrEnum):
    ID3 = "ID3"

    def __str__(self) -> str:
        return str(self.value)
