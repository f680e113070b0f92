"""What the runtime reads of the spec (realtimekit-recordings.yaml): see codegen/runtime_data.py. Generated; not edited."""

from typing import Any

SERVERS: tuple[str, ...] = ("https://api.cloudflare.com/client/v4",)

MODELS: dict[str, Any] = {
    "ActiveRecordingResponse": {
        "fields": (
            ("success", "success", True, {"type": "bool"}),
            ("data", "data", True, {"type": "model", "class": "Recording"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "StartRecordingResponse": {
        "fields": (
            ("success", "success", True, {"type": "bool"}),
            (
                "data",
                "data",
                False,
                {"type": "union", "of": [{"type": "model", "class": "StartedRecording"}, {"type": "none"}]},
            ),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "Recording": {
        "fields": (
            ("id", "id", True, {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}]}),
            (
                "audio_download_url",
                "audio_download_url",
                True,
                {"type": "union", "of": [{"type": "str"}, {"type": "none"}]},
            ),
            ("download_url", "download_url", True, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            (
                "download_url_expiry",
                "download_url_expiry",
                True,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("file_size", "file_size", True, {"type": "union", "of": [{"type": "float"}, {"type": "none"}]}),
            ("invoked_time", "invoked_time", True, {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}]}),
            ("output_file_name", "output_file_name", True, {"type": "str"}),
            (
                "session_id",
                "session_id",
                True,
                {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}, {"type": "none"}]},
            ),
            (
                "started_time",
                "started_time",
                True,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("status", "status", True, {"type": "enum", "class": "RecordingStatus"}),
            (
                "stopped_time",
                "stopped_time",
                False,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("recording_duration", "recording_duration", False, {"type": "float"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "StartedRecording": {
        "fields": (
            ("id", "id", True, {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}]}),
            (
                "audio_download_url",
                "audio_download_url",
                True,
                {"type": "union", "of": [{"type": "str"}, {"type": "none"}]},
            ),
            ("download_url", "download_url", True, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            (
                "download_url_expiry",
                "download_url_expiry",
                True,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("file_size", "file_size", True, {"type": "union", "of": [{"type": "float"}, {"type": "none"}]}),
            ("invoked_time", "invoked_time", True, {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}]}),
            ("output_file_name", "output_file_name", True, {"type": "str"}),
            (
                "session_id",
                "session_id",
                True,
                {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}, {"type": "none"}]},
            ),
            (
                "started_time",
                "started_time",
                True,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("status", "status", True, {"type": "enum", "class": "RecordingStatus"}),
            (
                "stopped_time",
                "stopped_time",
                False,
                {"type": "union", "of": [{"type": "datetime"}, {"type": "str"}, {"type": "none"}]},
            ),
            ("recording_duration", "recording_duration", False, {"type": "float"}),
            ("start_reason", "start_reason", False, {"type": "model", "class": "StartReason"}),
            ("stop_reason", "stop_reason", False, {"type": "model", "class": "StopReason"}),
            (
                "storage_config",
                "storage_config",
                False,
                {"type": "union", "of": [{"type": "model", "class": "RecordingStorageConfig"}, {"type": "none"}]},
            ),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "StartReason": {
        "fields": (
            ("caller", "caller", False, {"type": "model", "class": "RecordingCaller"}),
            ("reason", "reason", False, {"type": "enum", "class": "StartReasonCode"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "StopReason": {
        "fields": (
            ("caller", "caller", False, {"type": "model", "class": "RecordingCaller"}),
            ("reason", "reason", False, {"type": "enum", "class": "StopReasonCode"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "RecordingCaller": {
        "fields": (
            ("name", "name", False, {"type": "str"}),
            ("type_", "type", False, {"type": "enum", "class": "CallerType"}),
            ("user_id", "user_Id", False, {"type": "union", "of": [{"type": "uuid"}, {"type": "str"}]}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "StartRecordingRequest": {
        "fields": (
            ("meeting_id", "meeting_id", True, {"type": "uuid"}),
            ("allow_multiple_recordings", "allow_multiple_recordings", False, {"type": "bool"}),
            ("audio_config", "audio_config", False, {"type": "model", "class": "AudioConfig"}),
            ("file_name_prefix", "file_name_prefix", False, {"type": "str"}),
            ("interactive_config", "interactive_config", False, {"type": "model", "class": "InteractiveConfig"}),
            ("max_seconds", "max_seconds", False, {"type": "int", "minimum": 60, "maximum": 86400}),
            (
                "realtimekit_bucket_config",
                "realtimekit_bucket_config",
                False,
                {"type": "model", "class": "RealtimeKitBucketConfig"},
            ),
            ("rtmp_out_config", "rtmp_out_config", False, {"type": "model", "class": "RtmpOutConfig"}),
            (
                "storage_config",
                "storage_config",
                False,
                {
                    "type": "union",
                    "of": [
                        {"type": "model", "class": "GcsStorageConfig"},
                        {"type": "model", "class": "AccessKeyStorageConfig"},
                        {"type": "model", "class": "SftpKeyStorageConfig"},
                        {"type": "model", "class": "SftpPasswordStorageConfig"},
                        {"type": "none"},
                    ],
                },
            ),
            ("url", "url", False, {"type": "str"}),
            ("video_config", "video_config", False, {"type": "model", "class": "VideoConfig"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "AudioConfig": {
        "fields": (
            ("channel", "channel", False, {"type": "enum", "class": "AudioChannel"}),
            ("codec", "codec", False, {"type": "enum", "class": "AudioCodec"}),
            ("export_file", "export_file", False, {"type": "bool"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "InteractiveConfig": {
        "fields": (("type_", "type", False, {"type": "enum", "class": "InteractiveMetadataType"}),),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "RealtimeKitBucketConfig": {
        "fields": (("enabled", "enabled", True, {"type": "bool"}),),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "RtmpOutConfig": {
        "fields": (("rtmp_url", "rtmp_url", False, {"type": "str"}),),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "VideoConfig": {
        "fields": (
            ("codec", "codec", False, {"type": "enum", "class": "VideoCodec"}),
            ("export_file", "export_file", False, {"type": "bool"}),
            ("height", "height", False, {"type": "int", "minimum": 1, "maximum": 1920}),
            ("width", "width", False, {"type": "int", "minimum": 1, "maximum": 1920}),
            ("watermark", "watermark", False, {"type": "model", "class": "Watermark"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "Watermark": {
        "fields": (
            ("position", "position", False, {"type": "enum", "class": "WatermarkPosition"}),
            ("size", "size", False, {"type": "model", "class": "WatermarkSize"}),
            ("url", "url", False, {"type": "str"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "WatermarkSize": {
        "fields": (
            ("height", "height", False, {"type": "int", "minimum": 1}),
            ("width", "width", False, {"type": "int", "minimum": 1}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "GcsStorageConfig": {
        "fields": (
            ("type_", "type", False, {"type": "const", "const": "gcs"}),
            ("access_key", "access_key", False, {"type": "str"}),
            ("secret", "secret", False, {"type": "str"}),
            ("bucket", "bucket", False, {"type": "str"}),
            ("region", "region", False, {"type": "str"}),
            ("path", "path", False, {"type": "str"}),
            ("auth_method", "auth_method", False, {"type": "enum", "class": "SftpAuthMethod"}),
            ("username", "username", False, {"type": "str"}),
            ("password", "password", False, {"type": "str"}),
            ("host", "host", False, {"type": "str"}),
            ("port", "port", False, {"type": "float"}),
            ("private_key", "private_key", False, {"type": "str"}),
        ),
        "additional": {"type": "any"},
        "credentials": ("access_key", "secret", "password", "private_key"),
    },
    "AccessKeyStorageConfig": {
        "fields": (
            ("access_key", "access_key", True, {"type": "str", "minLength": 1}),
            ("region", "region", True, {"type": "str", "minLength": 1}),
            ("type_", "type", False, {"type": "enum", "class": "AccessKeyStorageType"}),
            ("secret", "secret", False, {"type": "str"}),
            ("bucket", "bucket", False, {"type": "str"}),
            ("path", "path", False, {"type": "str"}),
            ("auth_method", "auth_method", False, {"type": "enum", "class": "SftpAuthMethod"}),
            ("username", "username", False, {"type": "str"}),
            ("password", "password", False, {"type": "str"}),
            ("host", "host", False, {"type": "str"}),
            ("port", "port", False, {"type": "float"}),
            ("private_key", "private_key", False, {"type": "str"}),
        ),
        "additional": {"type": "any"},
        "credentials": ("access_key", "secret", "password", "private_key"),
    },
    "SftpKeyStorageConfig": {
        "fields": (
            ("private_key", "private_key", True, {"type": "str"}),
            ("type_", "type", False, {"type": "enum", "class": "StorageType"}),
            ("access_key", "access_key", False, {"type": "str"}),
            ("secret", "secret", False, {"type": "str"}),
            ("bucket", "bucket", False, {"type": "str"}),
            ("region", "region", False, {"type": "str"}),
            ("path", "path", False, {"type": "str"}),
            ("auth_method", "auth_method", False, {"type": "const", "const": "KEY"}),
            ("username", "username", False, {"type": "str"}),
            ("password", "password", False, {"type": "str"}),
            ("host", "host", False, {"type": "str"}),
            ("port", "port", False, {"type": "float"}),
        ),
        "additional": {"type": "any"},
        "credentials": ("private_key", "access_key", "secret", "password"),
    },
    "SftpPasswordStorageConfig": {
        "fields": (
            ("password", "password", True, {"type": "str"}),
            ("type_", "type", False, {"type": "enum", "class": "StorageType"}),
            ("access_key", "access_key", False, {"type": "str"}),
            ("secret", "secret", False, {"type": "str"}),
            ("bucket", "bucket", False, {"type": "str"}),
            ("region", "region", False, {"type": "str"}),
            ("path", "path", False, {"type": "str"}),
            ("auth_method", "auth_method", False, {"type": "const", "const": "PASSWORD"}),
            ("username", "username", False, {"type": "str"}),
            ("host", "host", False, {"type": "str"}),
            ("port", "port", False, {"type": "float"}),
            ("private_key", "private_key", False, {"type": "str"}),
        ),
        "additional": {"type": "any"},
        "credentials": ("password", "access_key", "secret", "private_key"),
    },
    "RecordingStorageConfig": {
        "fields": (
            (
                "type_",
                "type",
                False,
                {"type": "union", "of": [{"type": "enum", "class": "StorageType"}, {"type": "none"}]},
            ),
            ("access_key", "access_key", False, {"type": "any"}),
            ("secret", "secret", False, {"type": "any"}),
            ("bucket", "bucket", False, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            ("region", "region", False, {"type": "any"}),
            ("path", "path", False, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            (
                "auth_method",
                "auth_method",
                False,
                {"type": "union", "of": [{"type": "enum", "class": "SftpAuthMethod"}, {"type": "none"}]},
            ),
            ("username", "username", False, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            ("password", "password", False, {"type": "any"}),
            ("host", "host", False, {"type": "union", "of": [{"type": "str"}, {"type": "none"}]}),
            ("port", "port", False, {"type": "union", "of": [{"type": "float"}, {"type": "none"}]}),
            ("private_key", "private_key", False, {"type": "any"}),
        ),
        "additional": {"type": "any"},
        "credentials": ("access_key", "secret", "password", "private_key"),
    },
    "RealtimeKitErrorBody": {
        "fields": (
            ("success", "success", True, {"type": "bool", "enum": [False]}),
            ("error", "error", True, {"type": "model", "class": "RealtimeKitErrorDetail"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "RealtimeKitErrorDetail": {
        "fields": (("code", "code", True, {"type": "float"}), ("message", "message", True, {"type": "str"})),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "GatewayErrorBody": {
        "fields": (
            ("success", "success", True, {"type": "bool", "enum": [False]}),
            ("errors", "errors", True, {"type": "list", "items": {"type": "model", "class": "GatewayErrorItem"}}),
            ("messages", "messages", False, {"type": "list", "items": {"type": "model", "class": "GatewayErrorItem"}}),
            ("result", "result", False, {"type": "none"}),
        ),
        "additional": {"type": "any"},
        "credentials": (),
    },
    "GatewayErrorItem": {
        "fields": (("code", "code", True, {"type": "int"}), ("message", "message", True, {"type": "str"})),
        "additional": {"type": "any"},
        "credentials": (),
    },
}

OPERATIONS: dict[str, Any] = {
    "start_recording": {
        "method": "POST",
        "retry": "unsafe",
        "parameters": (
            ("account_id", "account_id", "path", True, {"type": "str", "minLength": 1, "maxLength": 32}),
            ("app_id", "app_id", "path", True, {"type": "str", "minLength": 1}),
        ),
        "body": {"required": True, "node": {"type": "model", "class": "StartRecordingRequest"}},
        "delimiters": {},
    },
    "get_active_recording": {
        "method": "GET",
        "retry": "safe",
        "parameters": (
            ("account_id", "account_id", "path", True, {"type": "str", "minLength": 1, "maxLength": 32}),
            ("app_id", "app_id", "path", True, {"type": "str", "minLength": 1}),
            ("meeting_id", "meeting_id", "path", True, {"type": "str", "minLength": 1}),
        ),
        "body": None,
        "delimiters": {},
    },
}

CREDENTIAL_KEYS: tuple[str, ...] = ("access_key", "password", "private_key", "secret")
