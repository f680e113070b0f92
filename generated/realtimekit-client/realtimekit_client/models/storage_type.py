from ..types import TolerantStrEnum


class StorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"
    GCS = "gcs"
    SFTP = "sftp"
