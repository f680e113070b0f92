"""A client library for accessing Cloudflare RealtimeKit Recordings"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"

__all__ = (
    "AuthenticatedClient",
    "Client",
    "__version__",
)
