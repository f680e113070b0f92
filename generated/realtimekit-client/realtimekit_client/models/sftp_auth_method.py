from .._runtime.models import TolerantStrEnum


class SftpAuthMethod(TolerantStrEnum):
    KEY = "KEY"
    PASSWORD = "PASSWORD"

    def __str__(self) -> str:
        return str(self.value)
