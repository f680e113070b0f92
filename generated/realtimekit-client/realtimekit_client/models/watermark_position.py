from .._runtime.models import TolerantStrEnum


class WatermarkPosition(TolerantStrEnum):
    LEFT_BOTTOM = "left bottom"
    LEFT_TOP = "left top"
    RIGHT_BOTTOM = "right bottom"
    RIGHT_TOP = "right top"

    def __str__(self) -> str:
        return str(self.value)
