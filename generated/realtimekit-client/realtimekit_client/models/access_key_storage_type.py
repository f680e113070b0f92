from ..types import TolerantStrEnum


class AccessKeyStorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"
