"""The UI hardening probes of docs/reliability.md (UI), as real HTTP against a real `gdc chat` server on 127.0.0.1."""

from __future__ import annotations

import http.client
import json
import socket
import time
import urllib.parse

import pytest

import ui.app
from ui.feedback import read_feedback

PASSWORD = ("raad", "geheim")


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(settings, assistant, auth=None, https=False):
    port = _port()
    demo = ui.app.build_app(settings, assistant)
    ui.app.launch(demo, "127.0.0.1", port, auth, block=False, quiet=True, https=https)
    return demo, port


def _request(port: int, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None,
             source: str = "127.0.0.1") -> tuple[int, dict[str, list[str]], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(source, 0))
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        found: dict[str, list[str]] = {}
        for key, value in response.getheaders():
            found.setdefault(key.lower(), []).append(value)
        return response.status, found, response.read()
    finally:
        conn.close()


def _login(port: int, password: str, source: str = "127.0.0.1"):
    form = urllib.parse.urlencode({"username": PASSWORD[0], "password": password}).encode()
    return _request(port, "POST", "/login", form, {"Content-Type": "application/x-www-form-urlencoded"}, source)


@pytest.fixture(scope="module")
def server(shared_settings, assistant):
    demo, port = _serve(shared_settings, assistant)
    yield port
    demo.close()


@pytest.mark.parametrize(("host", "status"), [("127.0.0.1", 200), ("localhost", 200), ("[::1]", 200),
                                               ("evil.example", 400), ("gdc.attacker.test:80", 400)])
def test_host_header_outside_the_served_names_is_refused(server, host, status):
    code, _, body = _request(server, "GET", "/", headers={"Host": f"{host}:{server}" if ":" not in host[1:] or host.startswith("[") else host})
    assert code == status, body[:200]
    if status == 400:
        assert b"host not allowed" in body


def test_upload_is_refused_from_any_origin_without_reading_20_mb(server):
    boundary = "gdc"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.bin\"\r\n\r\n").encode() \
        + b"\0" * (20 * 1024 * 1024) + f"\r\n--{boundary}--\r\n".encode()
    for origin in ("http://evil.example", f"http://127.0.0.1:{server}"):
        started = time.monotonic()
        try:
            code, _, answer = _request(server, "POST", "/gradio_api/upload", body,
                                       {"Content-Type": f"multipart/form-data; boundary={boundary}", "Origin": origin})
        except (ConnectionResetError, BrokenPipeError):
            continue  # refused before the body was read: also a refusal
        assert code == 403 and b"uploads are disabled" in answer
        assert time.monotonic() - started < 20


def _call_ask(port: int, **data: object) -> str:
    code, _, body = _request(port, "POST", "/gradio_api/call/ask", json.dumps({"data": list(data.values())}).encode(),
                             {"Content-Type": "application/json"})
    assert code == 200, body
    event = json.loads(body)["event_id"]
    code, _, stream = _request(port, "GET", f"/gradio_api/call/ask/{event}")
    data = [line[6:] for line in stream.decode().splitlines() if line.startswith("data: ")]
    return json.dumps([json.loads(d) for d in data], ensure_ascii=False)


def test_api_ask_refuses_overlong_question_and_history(server):
    assert "limit is 2000" in _call_ask(server, question="x" * 2001, history=[])
    history = [{"role": "user", "content": "Hoeveel kreeg PyGrunn?"}] * 101
    assert "limit is 100" in _call_ask(server, question="En wie?", history=history)
    assert "€ 1.500" in _call_ask(server, question="Hoeveel kreeg PyGrunn?", history=[])


def test_login_throttle_refuses_even_the_right_password_after_a_flood(shared_settings, assistant):
    demo, port = _serve(shared_settings, assistant, auth=[PASSWORD])
    try:
        codes = [_login(port, f"fout{i}")[0] for i in range(100)]
        assert codes[:5] == [400] * 5 and set(codes[5:]) == {429}
        code, headers, body = _login(port, PASSWORD[1])
        assert code == 429 and "try again in" in json.loads(body)["detail"] and int(headers["retry-after"][0]) > 0
        # another client is not locked out by this one
        code, headers, _ = _login(port, PASSWORD[1], source="127.0.0.2")
        assert code == 200
        # plain HTTP: no Secure session cookie (it would never come back), and the one sent is HttpOnly
        cookies = headers["set-cookie"]
        assert cookies and not any("; secure" in c.lower() for c in cookies) and all("httponly" in c.lower() for c in cookies)
    finally:
        demo.close()


def test_session_cookie_is_secure_behind_https(shared_settings, assistant):
    demo, port = _serve(shared_settings, assistant, auth=[PASSWORD], https=True)
    try:
        code, headers, _ = _login(port, PASSWORD[1])
        assert code == 200
        cookies = headers["set-cookie"]
        assert cookies and all("; secure" in c.lower() for c in cookies)
        assert not any(c.startswith("access-token-unsecure-") for c in cookies)
    finally:
        demo.close()


def _handler(demo, name: str):
    return next(fn.fn for fn in demo.fns.values() if getattr(fn, "name", "") == name)


def test_event_handlers_cap_question_history_and_comment(shared_settings, assistant, tmp_path):
    import dataclasses

    settings = dataclasses.replace(shared_settings, feedback_file=tmp_path / "feedback.jsonl")
    demo = ui.app.build_app(settings, assistant)
    steps = list(_handler(demo, "respond")("x" * 2001, [], [], {}, "nl"))
    assert "limit is 2000" in steps[-1][4]  # the panel says why; nothing was asked
    long_history = [{"role": "user", "content": "a"}] * 101
    steps = list(_handler(demo, "respond")("En wie?", [], long_history, {}, "en"))
    assert "start a new conversation" in steps[-1][4]
    record = {"id": "x", "rating": "up", "question": "q", "answer": "a", "citations": [], "language": "nl",
              "answered": True, "route": "table"}
    status = _handler(demo, "on_comment")("x" * 2001, record, "nl")[-1]
    assert "limit is 2000" in status and read_feedback(settings.feedback_path) == []
