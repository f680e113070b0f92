from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_channel import AudioChannel
from ..models.audio_codec import AudioCodec
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    enum_member,
    is_instance,
    wrong_type,
)


@_attrs_define
class AudioConfig(AdditionalProperties):
    """Audio settings of the recording.

    Attributes:
        channel (AudioChannel | Unset):
        codec (AudioCodec | Unset):
        export_file (bool | Unset): Whether to export the audio as a separate file. Not sent unless set; the API's
            default: True.
    """

    channel: AudioChannel | Unset = UNSET
    codec: AudioCodec | Unset = UNSET
    export_file: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=cast("Callable[[], dict[str, Any]]", dict))

    def to_dict(self) -> dict[str, Any]:

        if not isinstance(self.channel, Unset) and not is_instance(self.channel, AudioChannel):
            raise ValueError(f"channel must be one of AudioChannel (mono, stereo), got {self.channel!r}")

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        if not isinstance(self.codec, Unset) and not is_instance(self.codec, AudioCodec):
            raise ValueError(f"codec must be one of AudioCodec (MP3, AAC), got {self.codec!r}")

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec.value

        export_file = self.export_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, dict) and not is_instance(src_dict, Mapping):
            wrong_type("AudioConfig", src_dict, "an object")
        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: AudioChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = enum_member(AudioChannel, _channel)

        _codec = d.pop("codec", UNSET)
        codec: AudioCodec | Unset
        if isinstance(_codec, Unset):
            codec = UNSET
        else:
            codec = enum_member(AudioCodec, _codec)

        export_file = d.pop("export_file", UNSET)
        if not isinstance(export_file, Unset) and not (isinstance(export_file, bool)):
            wrong_type("export_file", export_file, "a boolean")

        audio_config = cls(
            channel=channel,
            codec=codec,
            export_file=export_file,
        )

        audio_config.additional_properties = d
        return audio_config
