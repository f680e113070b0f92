from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient
from ...models import StartRecordingRequest, StartRecordingResponse
from ...types import Response, check_parameter, path_segment


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest,
) -> dict[str, Any]:
    check_parameter("account_id", account_id, {"minLength": 1, "maxLength": 32})
    check_parameter("app_id", app_id, {"minLength": 1})

    _kwargs: dict[str, Any] = {
        "method": "post",
        "retry_safe": False,
        "operation": "start_recording",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/recordings".format(
            account_id=path_segment("account_id", account_id),
            app_id=path_segment("app_id", app_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> StartRecordingResponse:
    try:
        response_200 = StartRecordingResponse.from_dict(response.json())

        return response_200

    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise errors.invalid_response(response, exc, "start_recording") from exc


def _build_response(response: httpx.Response) -> Response[StartRecordingResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> Response[StartRecordingResponse]:
    """Start recording a meeting: as sync(), but returns the Response (status, headers, body)."""

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        body=body,
    )
    return _build_response(client._send(kwargs))  # pyright: ignore[reportPrivateUsage]


def sync(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> StartRecordingResponse:
    """Start recording a meeting

     Starts recording a meeting (beta). The meeting can be started by an App admin directly, or a
    participant with permissions to start a recording, based on the type of authorization used. Without
    `allow_multiple_recordings` a meeting has at most one active recording. A retried start can create a
    second recording, so this call is not idempotent.

    Args:
        account_id (str):
        app_id (str):
        body (StartRecordingRequest): What to record and how.

    Raises:
        ValueError: An argument is invalid (an empty or dot-segment path parameter, a value out of the spec's
            bounds); nothing was sent.
        errors.APIStatusError: The API answered with a non-2xx status (a subclass per status, e.g.
            errors.NotFoundError), after the retries the client allows.
        errors.APIConnectionError: The request failed in transport (errors.APITimeoutError: it timed out).
        errors.ResponseValidationError: A 2xx body is not JSON or does not match the spec.

    Returns:
        StartRecordingResponse
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> Response[StartRecordingResponse]:
    """Start recording a meeting: the async sync_detailed()."""

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        body=body,
    )
    return _build_response(await client._send_async(kwargs))  # pyright: ignore[reportPrivateUsage]


async def asyncio(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> StartRecordingResponse:
    """Start recording a meeting: the async sync()."""

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
