from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models import ActiveRecordingResponse
from ...types import Response, check_parameter, path_segment


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
) -> dict[str, Any]:
    check_parameter("account_id", account_id, {"minLength": 1, "maxLength": 32})
    check_parameter("app_id", app_id, {"minLength": 1})
    check_parameter("meeting_id", meeting_id, {"minLength": 1})

    _kwargs: dict[str, Any] = {
        "method": "get",
        "retry_safe": True,
        "operation": "get_active_recording",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}".format(
            account_id=path_segment("account_id", account_id),
            app_id=path_segment("app_id", app_id),
            meeting_id=path_segment("meeting_id", meeting_id),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActiveRecordingResponse:
    try:
        response_200 = ActiveRecordingResponse.from_dict(response.json())

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc, "get_active_recording") from exc


def _build_response(response: httpx.Response) -> Response[ActiveRecordingResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActiveRecordingResponse]:
    """Fetch the active recording of a meeting: as sync(), but returns the Response (status, headers, body)."""

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )
    return _build_response(client._send(kwargs))  # pyright: ignore[reportPrivateUsage]


def sync(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> ActiveRecordingResponse:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        ValueError: An argument is invalid (an empty or dot-segment path parameter, a value out of the spec's
            bounds); nothing was sent.
        errors.APIStatusError: The API answered with a non-2xx status (a subclass per status, e.g.
            errors.NotFoundError), after the retries the client allows.
        errors.APIConnectionError: The request failed in transport (errors.APITimeoutError: it timed out).
        errors.ResponseValidationError: A 2xx body is not JSON or does not match the spec.

    Returns:
        ActiveRecordingResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActiveRecordingResponse]:
    """Fetch the active recording of a meeting: the async sync_detailed()."""

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )
    return _build_response(await client._send_async(kwargs))  # pyright: ignore[reportPrivateUsage]


async def asyncio(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> ActiveRecordingResponse:
    """Fetch the active recording of a meeting: the async sync()."""

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            client=client,
        )
    ).parsed
