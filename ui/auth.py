"""Who may reach the chat: loopback without a password, any other interface only with GDC_AUTH."""

from __future__ import annotations

import ipaddress
from pathlib import Path


class AuthError(ValueError):
    """GDC_AUTH is malformed, or a non-loopback host was asked for without it."""


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and 'localhost'; any other name or address is reachable from elsewhere.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    host = host.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _pair(entry: str, where: str) -> tuple[str, str]:
    user, sep, password = entry.partition(":")
    if not sep or not user.strip() or not password:
        raise AuthError(f"{where}: expected user:password")
    return user.strip(), password


def parse_auth(spec: str | None) -> list[tuple[str, str]]:
    """GDC_AUTH as (user, password) pairs: 'user:password', or '@/path/file' with one user:password a line.

    Blank lines and lines starting with '#' in the file are ignored.

    >>> parse_auth("raad:geheim:ook"), parse_auth(None)
    ([('raad', 'geheim:ook')], [])
    """
    if spec is None or not spec.strip():
        return []
    spec = spec.strip()
    if not spec.startswith("@"):
        return [_pair(spec, "GDC_AUTH")]
    path = Path(spec[1:]).expanduser()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise AuthError(f"GDC_AUTH file {path}: {exc.strerror or exc}") from None
    pairs = [_pair(line.rstrip("\r"), f"GDC_AUTH file {path}, line {n}")
             for n, line in enumerate(lines, start=1) if line.strip() and not line.lstrip().startswith("#")]
    if not pairs:
        raise AuthError(f"GDC_AUTH file {path} has no user:password line")
    return pairs


def check_exposure(host: str, auth_spec: str | None) -> list[tuple[str, str]]:
    """The credentials to require for `host`; AuthError when a non-loopback host has none (or they are malformed)."""
    pairs = parse_auth(auth_spec)
    if not pairs and not is_loopback(host):
        raise AuthError(f"--host {host} makes the chat reachable from other machines, so it needs a password: "
                        "set GDC_AUTH=user:password (or GDC_AUTH=@/path/to/file with one user:password per line)")
    return pairs
