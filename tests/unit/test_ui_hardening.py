"""Server-side caps, login throttling, Host check and cookie mode, without a server (the HTTP probes are in
tests/integration/test_ui_hardening.py)."""

from __future__ import annotations

import pytest

from assistant.engine import InputError
from ui.hardening import (
    MAX_COMMENT,
    MAX_HISTORY_CHARS,
    MAX_HISTORY_TURNS,
    GuardConfig,
    LoginThrottle,
    allowed_hosts,
    check_comment,
    check_input,
    cookie_for_mode,
    host_allowed,
)


@pytest.mark.parametrize(("question", "history", "message"), [
    ("x" * 2001, [], "2001 characters"),
    ("q", [{"role": "user", "content": "a"}] * (MAX_HISTORY_TURNS + 1), f"{MAX_HISTORY_TURNS + 1} turns"),
    ("q", [{"role": "user", "content": "a" * (MAX_HISTORY_CHARS // 2 + 1)}] * 2, "characters"),
])
def test_check_input_refuses_oversized_question_or_history(question, history, message):
    with pytest.raises(InputError, match=message):
        check_input(question, history)


def test_check_input_and_comment_accept_what_is_within_the_caps():
    check_input("x" * 2000, [{"role": "user", "content": "a"}] * MAX_HISTORY_TURNS)
    check_comment("x" * MAX_COMMENT)
    with pytest.raises(InputError, match="limit is 2000"):
        check_comment("x" * (MAX_COMMENT + 1))


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_login_throttle_locks_out_after_failures_and_backs_off():
    clock = Clock()
    throttle = LoginThrottle(free=3, base=10, cap=25, clock=clock)
    for _ in range(2):
        throttle.failed("1.2.3.4")
    assert throttle.wait("1.2.3.4") == 0
    throttle.failed("1.2.3.4")
    assert throttle.wait("1.2.3.4") == 10 and throttle.wait("5.6.7.8") == 0
    clock.now += 10
    assert throttle.wait("1.2.3.4") == 0
    throttle.failed("1.2.3.4")  # the next failure doubles the wait
    assert throttle.wait("1.2.3.4") == 20
    clock.now += 20
    throttle.failed("1.2.3.4")
    assert throttle.wait("1.2.3.4") == 25  # capped
    throttle.succeeded("1.2.3.4")
    assert throttle.wait("1.2.3.4") == 0


@pytest.mark.parametrize(("host", "allowed"), [
    ("127.0.0.1:7860", True), ("localhost", True), ("[::1]:7860", True), ("127.0.0.2", True),
    ("gdc.example:7860", True), ("evil.example", False), ("", False), ("10.0.0.7", False),
])
def test_host_allowed_only_for_loopback_served_and_configured_names(host, allowed):
    names = allowed_hosts("127.0.0.1", ["gdc.example"])
    assert host_allowed(host, names) is allowed


def test_guard_config_reads_allowed_hosts_and_https_from_env():
    config = GuardConfig.from_env("127.0.0.1", env={"GDC_ALLOWED_HOSTS": "raad.example, intern", "GDC_FORWARDED_PROTO": "https"})
    assert {"raad.example", "intern"} <= config.allowed and config.https
    assert not GuardConfig.from_env("127.0.0.1", env={}).https


SECURE = "access-token-abc=t; HttpOnly; Path=/; SameSite=none; Secure"
PLAIN = "access-token-unsecure-abc=t; HttpOnly; Path=/; SameSite=lax"


@pytest.mark.parametrize(("https", "kept"), [(False, [PLAIN]), (True, [SECURE.replace("SameSite=none", "SameSite=lax")])])
def test_cookie_for_mode_keeps_only_the_session_cookie_that_fits_the_scheme(https, kept):
    out = [c for c in (cookie_for_mode(SECURE, https), cookie_for_mode(PLAIN, https)) if c is not None]
    assert out == kept
    assert all(("Secure" in c) is https for c in out)
