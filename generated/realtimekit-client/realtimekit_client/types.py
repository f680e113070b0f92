"""Contains some shared types for properties, and the request an endpoint hands to the client."""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define, field


class Unset:
    """The type of UNSET: a field the body does not contain (as opposed to null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle and deepcopy give back the singleton: generated code tests `is UNSET`


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A successful (2xx) response: its status, headers, raw body and the body parsed into the spec's model.
    The raw body stays out of repr: the API echoes storage credentials back, and the parsed model redacts them."""

    status_code: int
    content: bytes = field(repr=False)
    headers: MutableMapping[str, str] = field(repr=False)
    parsed: T


class Received:
    """A 2xx response as an endpoint's parser reads it; json() decodes the body once, strictly (RFC 8259). A plain
    slotted class: one is made per call, and import time is every application's."""

    __slots__ = ("_decoded", "content", "headers", "status_code")
    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    _decoded: Any

    def __init__(self, status_code: int, content: bytes, headers: MutableMapping[str, str]) -> None:
        self.status_code = status_code
        self.content = content
        self.headers = headers
        self._decoded = UNSET

    def __repr__(self) -> str:
        return f"Received(status_code={self.status_code})"  # the body may hold echoed credentials

    def json(self) -> Any:
        if self._decoded is UNSET:
            from ._runtime.body import strict_json

            self._decoded = strict_json(self.content)
        return self._decoded

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")


class ApiRequest(Generic[T]):
    """One call of an operation, as its endpoint describes it to Client.send(): the spec's operationId, the
    caller's arguments (checked against the spec before anything is built), the endpoint's function that
    turns them into httpx's request arguments, and its parser of a 2xx response."""

    __slots__ = ("arguments", "build", "operation", "parse")
    operation: str
    arguments: dict[str, Any]
    build: Callable[..., dict[str, Any]]
    parse: Callable[[Received], T]

    def __init__(
        self,
        operation: str,
        arguments: dict[str, Any],
        build: Callable[..., dict[str, Any]],
        parse: Callable[[Received], T],
    ) -> None:
        self.operation = operation
        self.arguments = arguments
        self.build = build
        self.parse = parse

    def __repr__(self) -> str:
        return f"ApiRequest({self.operation!r})"  # the arguments may hold credentials


__all__ = ["UNSET", "ApiRequest", "File", "FileTypes", "Received", "RequestFiles", "Response", "Unset"]
