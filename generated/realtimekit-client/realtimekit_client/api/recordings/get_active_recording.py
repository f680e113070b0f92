from typing import Any
from urllib.parse import quote

from ...client import AuthenticatedClient
from ...models.active_recording_response import ActiveRecordingResponse
from ...types import ApiRequest, Received, Response


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


def _parse_response(response: Received) -> ActiveRecordingResponse:
    response_200 = ActiveRecordingResponse.from_dict(response.json())

    return response_200


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ActiveRecordingResponse]:
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        Response[ActiveRecordingResponse]
    """

    return client.send(
        ApiRequest(
            "get_active_recording",
            {
                "account_id": account_id,
                "app_id": app_id,
                "meeting_id": meeting_id,
            },
            _get_kwargs,
            _parse_response,
        )
    )


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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

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
    """Fetch the active recording of a meeting

     Returns the active recording details for the given meeting ID. Answers 404 when the meeting has no
    active recording.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str):

    Raises:
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        Response[ActiveRecordingResponse]
    """

    return await client.send_async(
        ApiRequest(
            "get_active_recording",
            {
                "account_id": account_id,
                "app_id": app_id,
                "meeting_id": meeting_id,
            },
            _get_kwargs,
            _parse_response,
        )
    )


async def asyncio(
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
        errors.InvalidValueError: An argument the spec does not allow; nothing was sent.
        errors.APIStatusError: A non-2xx answer (a subclass per status, e.g. errors.NotFoundError).
        errors.APIConnectionError: No usable response (errors.APITimeoutError: a timeout).
        errors.ResponseValidationError: A 2xx whose body does not match the spec.

    Returns:
        ActiveRecordingResponse
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            client=client,
        )
    ).parsed
