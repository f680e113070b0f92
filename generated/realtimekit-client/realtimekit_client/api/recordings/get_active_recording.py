from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_recording_response import ActiveRecordingResponse
from ...models.cloudflare_api_error import CloudflareApiError
from ...models.realtime_kit_error import RealtimeKitError
from ...types import Response


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}".format(
            account_id=quote(str(account_id), safe=""),
            app_id=quote(str(app_id), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError | None:
    if response.status_code == 200:
        response_200 = ActiveRecordingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = RealtimeKitError.from_dict(response.json())

        return response_404

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
) -> Response[ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError]:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError | None:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError
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
) -> Response[ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError]:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError | None:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveRecordingResponse | CloudflareApiError | RealtimeKitError | RealtimeKitError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            client=client,
        )
    ).parsed
