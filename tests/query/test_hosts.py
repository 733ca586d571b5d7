"""Host names the server answers for (DNS rebinding, issue 13 item 6)."""

from __future__ import annotations

import socket

import pytest

from kzkg.server.hosts import HostPolicy, host_name


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("localhost:7878", "localhost"),
        ("LOCALHOST.", "localhost"),
        ("[::1]:7878", "::1"),
        ("[::1]", "::1"),
        ("127.0.0.1", "127.0.0.1"),
    ],
)
def test_host_header_names(header: str, name: str) -> None:
    assert host_name(header) == name


def test_loopback_answers_only_loopback_names() -> None:
    policy = HostPolicy.for_bind("127.0.0.1")
    for header in ("localhost:7878", "127.0.0.1:7878", "[::1]:7878"):
        assert policy.allows(header)
    for header in ("attacker.example", "localhost.attacker.example", "10.0.0.5", "", None):
        assert not policy.allows(header)


def test_another_address_answers_its_own_names_and_those_allowed() -> None:
    policy = HostPolicy.for_bind("192.0.2.10", ["kzkg.internal"])
    assert policy.allows("192.0.2.10:7878") and policy.allows("kzkg.internal")
    assert policy.allows(socket.gethostname())
    assert not policy.allows("192.0.2.11") and not policy.allows("attacker.example")
    everywhere = HostPolicy.for_bind("0.0.0.0")
    assert everywhere.allows("192.0.2.11:7878") and everywhere.allows("[2001:db8::1]")
    assert not everywhere.allows("attacker.example")
