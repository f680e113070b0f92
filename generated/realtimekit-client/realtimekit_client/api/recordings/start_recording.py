from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cloudflare_api_error import CloudflareApiError
from ...models.realtime_kit_error import RealtimeKitError
from ...models.start_recording_request import StartRecordingRequest
from ...models.start_recording_response import StartRecordingResponse
from ...types import Response


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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CloudflareApiError | RealtimeKitError | StartRecordingResponse | None:
    if response.status_code == 200:
        response_200 = StartRecordingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 429:

        def _parse_response_429(data: object) -> CloudflareApiError | RealtimeKitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = RealtimeKitError.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = CloudflareApiError.from_dict(data)

            return componentsschemas_error_body_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if 400 <= response.status_code <= 499:

        def _parse_response_4xx(data: object) -> CloudflareApiError | RealtimeKitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = RealtimeKitError.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = CloudflareApiError.from_dict(data)

            return componentsschemas_error_body_type_1

        response_4xx = _parse_response_4xx(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:

        def _parse_response_5xx(data: object) -> CloudflareApiError | RealtimeKitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_body_type_0 = RealtimeKitError.from_dict(data)

                return componentsschemas_error_body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_body_type_1 = CloudflareApiError.from_dict(data)

            return componentsschemas_error_body_type_1

        response_5xx = _parse_response_5xx(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CloudflareApiError | RealtimeKitError | StartRecordingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> Response[CloudflareApiError | RealtimeKitError | StartRecordingResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudflareApiError | RealtimeKitError | StartRecordingResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> CloudflareApiError | RealtimeKitError | StartRecordingResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudflareApiError | RealtimeKitError | StartRecordingResponse
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
) -> Response[CloudflareApiError | RealtimeKitError | StartRecordingResponse]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloudflareApiError | RealtimeKitError | StartRecordingResponse]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    body: StartRecordingRequest,
) -> CloudflareApiError | RealtimeKitError | StartRecordingResponse | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloudflareApiError | RealtimeKitError | StartRecordingResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
