"""What the server refuses, whatever a browser or script sends: oversized input, guessed passwords, uploads,
foreign Host headers, and session cookies in the wrong mode. docs/reliability.md (UI) lists each probe.

`check_input` and `check_comment` are called by the event handlers and the public `ask` API; `GuardMiddleware`
wraps the whole Gradio app (pure ASGI, so streamed responses pass through untouched).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import math
import os
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

from assistant.engine import MAX_QUESTION, InputError

MAX_COMMENT = 2000  # characters in a feedback comment
MAX_HISTORY_TURNS = 100  # earlier messages (user and assistant) a question may bring along
MAX_HISTORY_CHARS = 200_000  # their characters together

Scope = MutableMapping[str, object]
Message = MutableMapping[str, object]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOGIN_PATHS = ("/login", "/login/")
UPLOAD_PATHS = re.compile(r"^(?:/gradio_api)?/upload(?:_progress)?/?$")


def check_input(question: object, history: Sequence[Mapping[str, object]] = ()) -> None:
    """InputError when a question or the history it brings exceeds the server's caps."""
    if isinstance(question, str) and len(question) > MAX_QUESTION:
        raise InputError(f"the question is {len(question)} characters long; the limit is {MAX_QUESTION}")
    if len(history) > MAX_HISTORY_TURNS:
        raise InputError(f"the history has {len(history)} turns; the limit is {MAX_HISTORY_TURNS}: start a new conversation")
    chars = sum(len(str(turn.get("content", ""))) for turn in history)
    if chars > MAX_HISTORY_CHARS:
        raise InputError(f"the history has {chars} characters; the limit is {MAX_HISTORY_CHARS}: start a new conversation")


def check_comment(comment: str) -> None:
    if len(comment) > MAX_COMMENT:
        raise InputError(f"the comment is {len(comment)} characters long; the limit is {MAX_COMMENT}")


@dataclass
class LoginThrottle:
    """Failed logins per client; after `free` failures a client waits `base` seconds, doubling with every further
    failure (at most `cap`), and during the wait every attempt is refused, even with the right password."""

    free: int = 5
    base: float = 30.0
    cap: float = 3600.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, int] = field(default_factory=dict)
    _locked_until: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def wait(self, client: str) -> float:
        """Seconds `client` must still wait before it may try again (0: it may try now)."""
        with self._lock:
            return max(0.0, self._locked_until.get(client, 0.0) - self.clock())

    def failed(self, client: str) -> None:
        with self._lock:
            n = self._failures.get(client, 0) + 1
            self._failures[client] = n
            if n >= self.free:
                self._locked_until[client] = self.clock() + min(self.cap, self.base * 2 ** (n - self.free))
            if len(self._failures) > 10_000:  # a flood of addresses must not grow this without bound
                self._forget_oldest()

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)
            self._locked_until.pop(client, None)

    def _forget_oldest(self) -> None:
        now = self.clock()
        for client in [c for c in self._failures if self._locked_until.get(c, 0.0) < now][: len(self._failures) // 2]:
            self._failures.pop(client, None)
            self._locked_until.pop(client, None)


def _bare(host: str) -> str:
    """A Host header without its port, lower-cased; IPv6 brackets kept off.

    >>> _bare("[::1]:7860"), _bare("LocalHost:80"), _bare("127.0.0.1")
    ('::1', 'localhost', '127.0.0.1')
    """
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_hosts(served: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a request may carry: loopback names, the served address, the machine's own names when
    serving on every interface, and any configured (GDC_ALLOWED_HOSTS)."""
    names = {"localhost", "127.0.0.1", "::1", _bare(served)}
    if served in ("0.0.0.0", "::", ""):
        for name in {socket.gethostname(), socket.getfqdn()}:
            names.add(name.lower())
            with contextlib.suppress(OSError):
                names.update(str(info[4][0]).lower() for info in socket.getaddrinfo(name, None))
    names.update(_bare(h) for h in extra if h.strip())
    return frozenset(n for n in names if n and n not in ("0.0.0.0", "::"))


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    bare = _bare(host)
    if bare in allowed:
        return True
    try:
        return ipaddress.ip_address(bare).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, kw_only=True)
class GuardConfig:
    allowed: frozenset[str]
    https: bool = False  # served behind HTTPS: the session cookie is Secure, and only that one is set
    throttle: LoginThrottle = field(default_factory=LoginThrottle)

    @classmethod
    def from_env(cls, served: str, https: bool = False, env: Mapping[str, str] | None = None) -> GuardConfig:
        """GDC_ALLOWED_HOSTS (comma separated) adds Host names; GDC_FORWARDED_PROTO=https marks HTTPS."""
        env = os.environ if env is None else env
        extra = [h for h in (env.get("GDC_ALLOWED_HOSTS") or "").split(",") if h.strip()]
        https = https or (env.get("GDC_FORWARDED_PROTO") or "").strip().lower() == "https"
        return cls(allowed=allowed_hosts(served, extra), https=https)


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers") or []:  # type: ignore[attr-defined]
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return ""


def cookie_for_mode(cookie: str, https: bool) -> str | None:
    """A Set-Cookie value as this server sends it: behind HTTPS only the Secure session cookie (SameSite=Lax),
    on plain HTTP only the cookie without Secure (a Secure one would never come back); None drops it.

    >>> cookie_for_mode("access-token-x=t; HttpOnly; Path=/; SameSite=none; Secure", https=False) is None
    True
    >>> cookie_for_mode("access-token-unsecure-x=t; HttpOnly; Path=/; SameSite=lax", https=False)
    'access-token-unsecure-x=t; HttpOnly; Path=/; SameSite=lax'
    >>> cookie_for_mode("access-token-x=t; HttpOnly; Path=/; SameSite=none; Secure", https=True)
    'access-token-x=t; HttpOnly; Path=/; SameSite=lax; Secure'
    """
    name = cookie.split("=", 1)[0].strip()
    secure = bool(re.search(r";\s*secure\s*(;|$)", cookie, re.I))
    if name.startswith("access-token-unsecure-"):
        return None if https else re.sub(r";\s*secure\s*(?=;|$)", "", cookie, flags=re.I)
    if name.startswith("access-token-"):
        if not https:
            return None if secure else cookie
        cookie = re.sub(r"samesite=none", "SameSite=lax", cookie, flags=re.I)
        return cookie if secure else cookie + "; Secure"
    return cookie


class GuardMiddleware:
    """Host check, upload refusal, login throttling and cookie mode around the Gradio app."""

    def __init__(self, app: ASGIApp, config: GuardConfig):
        self.app, self.config = app, config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if not host_allowed(_header(scope, b"host"), self.config.allowed):
            await self._refuse(scope, send, 400, "host not allowed (set GDC_ALLOWED_HOSTS to serve under this name)")
            return
        path = str(scope.get("path", ""))
        if scope["type"] == "http" and UPLOAD_PATHS.match(path):
            await self._refuse(scope, send, 403, "uploads are disabled: this app has no upload feature")
            return
        login = scope["type"] == "http" and scope.get("method") == "POST" and path in LOGIN_PATHS
        client = str((scope.get("client") or ("?",))[0])  # type: ignore[index]
        if login:
            wait = self.config.throttle.wait(client)
            if wait > 0:
                seconds = math.ceil(wait)
                await self._refuse(scope, send, 429, f"too many failed logins from this address: try again in {seconds} s",
                                   [(b"retry-after", str(seconds).encode())])
                return
        status: list[int] = []

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))  # type: ignore[call-overload]
                message["headers"] = self._cookies(message.get("headers") or [])  # type: ignore[arg-type]
            await send(message)

        await self.app(scope, receive, guarded_send)
        if login and status:
            if status[0] == 200:
                self.config.throttle.succeeded(client)
            elif status[0] in (400, 401, 403):
                self.config.throttle.failed(client)

    def _cookies(self, headers: Iterable[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
        out = []
        for key, value in headers:
            if key.lower() == b"set-cookie":
                kept = cookie_for_mode(value.decode("latin-1"), self.config.https)
                if kept is None:
                    continue
                value = kept.encode("latin-1")
            out.append((key, value))
        return out

    async def _refuse(self, scope: Scope, send: Send, status: int, detail: str,
                      headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                *headers]})
        await send({"type": "http.response.body", "body": body})
