from typing import Any
from urllib.parse import quote

from ...client import AuthenticatedClient
from ...models.start_recording_request import StartRecordingRequest
from ...models.start_recording_response import StartRecordingResponse
from ...types import ApiRequest, Received, Response


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    body: StartRecordingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/recordings".format(
            account_id=quote(str(account_id), safe=""),
            app_id=quote(str(app_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: Received) -> StartRecordingResponse:
    response_200 = StartRecordingResponse.from_dict(response.json())

    return response_200


def sync_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> Response[StartRecordingResponse]:
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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        Response[StartRecordingResponse]
    """

    return client.send(
        ApiRequest(
            "start_recording",
            {
                "account_id": account_id,
                "app_id": app_id,
                "body": body,
            },
            _get_kwargs,
            _parse_response,
        )
    )


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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        Response[StartRecordingResponse]
    """

    return await client.send_async(
        ApiRequest(
            "start_recording",
            {
                "account_id": account_id,
                "app_id": app_id,
                "body": body,
            },
            _get_kwargs,
            _parse_response,
        )
    )


async def asyncio(
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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        StartRecordingResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
