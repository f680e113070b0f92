from ..types import TolerantStrEnum


class SftpAuthMethod(TolerantStrEnum):
    KEY = "KEY"
    PASSWORD = "PASSWORD"
