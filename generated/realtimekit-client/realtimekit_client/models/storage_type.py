from .._runtime.models import TolerantStrEnum


class StorageType(TolerantStrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"
    GCS = "gcs"
    SFTP = "sftp"

    def __str__(self) -> str:
        return str(self.value)
