"""Which Host headers the server answers: the names of the address it is bound to.

A web page the user visits can point its own domain at 127.0.0.1 (DNS
rebinding) and then read a loopback server as same-origin; its requests still
carry the attacker's domain in the Host header. Answering only the names of
the bound address (`localhost`, `127.0.0.1`, `[::1]` on loopback; the
machine's names and IP addresses on other interfaces) defeats that.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from starlette.responses import PlainTextResponse

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def host_name(header: str) -> str:
    """The name in a Host header, without port, brackets or a final dot, lower case."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    if header.count(":") == 1:
        header = header.split(":")[0]
    return header.rstrip(".")


@dataclass(frozen=True)
class HostPolicy:
    names: frozenset[str]
    any_ip: bool = False  # bound to every interface: any address literal is fine

    @classmethod
    def for_bind(cls, bind: str, extra: Iterable[str] = ()) -> HostPolicy:
        names = {host_name(bind), *(host_name(e) for e in extra)}
        if is_loopback(bind):
            return cls(frozenset(names | set(LOOPBACK_NAMES)))
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        wildcard = _is_ip(bind) and ipaddress.ip_address(bind).is_unspecified
        return cls(frozenset(names | set(LOOPBACK_NAMES)), any_ip=wildcard)

    def allows(self, header: str | None) -> bool:
        if not header:
            return False
        name = host_name(header)
        return name in self.names or (self.any_ip and _is_ip(name))


class HostCheck:
    """ASGI middleware: 400 for a request whose Host is not one of the policy's names."""

    def __init__(self, app: Any, policy: HostPolicy) -> None:
        self.app, self.policy = app, policy

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            header = headers.get(b"host", b"").decode("latin-1")
            if not self.policy.allows(header):
                served = ", ".join(sorted(self.policy.names))
                message = f"this server answers only for the host names {served}\n"
                await PlainTextResponse(message, status_code=400)(scope, receive, send)
                return
        await self.app(scope, receive, send)
