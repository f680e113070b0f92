from enum import StrEnum


class SftpAuthMethod(StrEnum):
    KEY = "KEY"
    PASSWORD = "PASSWORD"

    def __str__(self) -> str:
        return str(self.value)
