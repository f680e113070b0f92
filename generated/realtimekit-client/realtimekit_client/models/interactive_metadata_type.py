from enum import StrEnum


class InteractiveMetadataType(StrEnum):
    ID3 = "ID3"

    def __str__(self) -> str:
        return str(self.value)
