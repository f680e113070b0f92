from .._runtime.models import TolerantStrEnum


class AccessKeyStorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"

    def __str__(self) -> str:
        return str(self.value)
