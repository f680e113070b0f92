"""A client library for accessing Cloudflare RealtimeKit Recordings"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
