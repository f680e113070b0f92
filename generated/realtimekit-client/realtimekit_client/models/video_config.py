from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_codec import VideoCodec
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    check_range,
    enum_member,
    is_instance,
    wrong_type,
)

if TYPE_CHECKING:
    from ..models.watermark import Watermark


@_attrs_define
class VideoConfig(AdditionalProperties):
    """Video settings of the recording.

    Attributes:
        codec (VideoCodec | Unset):
        export_file (bool | Unset): Whether to export the video file. Not sent unless set; the API's default: True.
        height (int | Unset): Height of the video in pixels. Not sent unless set; the API's default: 720.
        width (int | Unset): Width of the video in pixels. Not sent unless set; the API's default: 1280.
        watermark (Watermark | Unset): An image laid over the recorded video.
    """

    codec: VideoCodec | Unset = UNSET
    export_file: bool | Unset = UNSET
    height: int | Unset = UNSET
    width: int | Unset = UNSET
    watermark: Watermark | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.codec, Unset) and not is_instance(self.codec, VideoCodec):
            raise ValueError(f"codec must be one of VideoCodec (H264, VP8, VP9), got {self.codec!r}")

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        export_file = self.export_file

        if isinstance(self.height, int | float):
            check_range("height", self.height, 1, 1920)

        height = self.height

        if isinstance(self.width, int | float):
            check_range("width", self.width, 1, 1920)

        width = self.width

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file
        if height is not UNSET:
            field_dict["height"] = height
        if width is not UNSET:
            field_dict["width"] = width
        if watermark is not UNSET:
            field_dict["watermark"] = watermark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("VideoConfig", src_dict, "an object")
        d = dict(src_dict)
        _codec = d.pop("codec", UNSET)
        codec: VideoCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = enum_member(VideoCodec, _codec)

        export_file = d.pop("export_file", UNSET)
        if not isinstance(export_file, Unset) and not (isinstance(export_file, bool)):
            wrong_type("export_file", export_file, "a boolean")

        height = d.pop("height", UNSET)
        if not isinstance(height, Unset) and not (isinstance(height, int) and not isinstance(height, bool)):
            wrong_type("height", height, "an integer")

        width = d.pop("width", UNSET)
        if not isinstance(width, Unset) and not (isinstance(width, int) and not isinstance(width, bool)):
            wrong_type("width", width, "an integer")

        _watermark = d.pop("watermark", UNSET)
        watermark: Watermark | Unset
        if isinstance(_watermark, Unset):
            watermark = UNSET
        else:
            watermark = Watermark.from_dict(_watermark)

        video_config = cls(
            codec=codec,
            export_file=export_file,
            height=height,
            width=width,
            watermark=watermark,
        )

        video_config.additional_properties = d
        return video_config


if not TYPE_CHECKING:  # imported after the class, so that models referring to each other import without a cycle
    from ..models.watermark import Watermark
