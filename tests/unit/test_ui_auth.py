"""Exposure rules of `gdc chat`: loopback is open, any other host needs GDC_AUTH, and serve refuses otherwise."""

from __future__ import annotations

import dataclasses
import socket

import pytest

import ui.app
from index.settings import Settings
from ui.auth import AuthError, check_exposure, is_loopback, parse_auth


class Untouchable:
    """An Assistant stand-in that fails the test if serve uses it before deciding to start."""

    def __getattr__(self, name):
        raise AssertionError(f"serve touched the assistant ({name}) although it must not start")


@pytest.fixture
def no_launch(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("serve built or launched the app although it must not start")

    monkeypatch.setattr(ui.app, "build_app", refuse)
    monkeypatch.setattr(ui.app, "launch", refuse)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::", "example.org"])
def test_serve_non_loopback_host_without_auth_returns_2_without_starting(host, no_launch, capsys, tmp_path):
    settings = Settings(knowledge_dir=tmp_path, index_dir=tmp_path)
    assert ui.app.serve(settings, Untouchable(), host=host, port=1) == 2
    err = capsys.readouterr().err
    assert "GDC_AUTH=user:password" in err and host in err


def test_serve_malformed_auth_returns_2_without_starting(no_launch, capsys, tmp_path):
    settings = dataclasses.replace(Settings(knowledge_dir=tmp_path, index_dir=tmp_path), auth="no-colon-here")
    assert ui.app.serve(settings, Untouchable(), host="127.0.0.1", port=1) == 2
    assert "user:password" in capsys.readouterr().err


def test_serve_non_loopback_host_with_auth_launches_with_credentials(monkeypatch, tmp_path):
    seen = {}

    class Warm:
        def warm(self):
            seen["warm"] = True

    class Demo:
        def block_thread(self):
            seen["served"] = True

        def close(self):
            seen["closed"] = True

    monkeypatch.setattr(ui.app, "build_app", lambda settings, assistant, warm=False: seen.update(warm_app=warm) or Demo())
    monkeypatch.setattr(ui.app, "launch", lambda demo, host, port, auth, **kw: seen.update(host=host, port=port, auth=auth, **kw))
    settings = dataclasses.replace(Settings(knowledge_dir=tmp_path, index_dir=tmp_path), auth="raad:geheim")
    assert ui.app.serve(settings, Warm(), host="0.0.0.0", port=7999) == 0
    assert seen == {"warm": True, "host": "0.0.0.0", "port": 7999, "auth": [("raad", "geheim")], "block": False,
                    "quiet": True, "https": False, "served": True, "closed": True,
                    "warm_app": True}


def test_is_loopback_only_for_loopback_addresses():
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "gdc.example", ""))


def test_parse_auth_reads_pair_and_file(tmp_path):
    assert parse_auth("raad:ge:heim") == [("raad", "ge:heim")]
    users = tmp_path / "users"
    users.write_text("# raadsleden\nanna:een\n\nbob:twee\n", encoding="utf-8")
    assert parse_auth(f"@{users}") == [("anna", "een"), ("bob", "twee")]
    assert parse_auth("") == [] and parse_auth(None) == []


@pytest.mark.parametrize("spec", ["geen-dubbelepunt", ":leeg", "leeg:", "@/does/not/exist"])
def test_parse_auth_rejects_malformed_spec(spec):
    with pytest.raises(AuthError):
        parse_auth(spec)


def test_parse_auth_rejects_file_without_pairs(tmp_path):
    empty = tmp_path / "empty"
    empty.write_text("# nobody\n\n", encoding="utf-8")
    with pytest.raises(AuthError, match="no user:password"):
        parse_auth(f"@{empty}")
    bad = tmp_path / "bad"
    bad.write_text("anna:een\nbob\n", encoding="utf-8")
    with pytest.raises(AuthError, match="line 2"):
        parse_auth(f"@{bad}")


def test_check_exposure_allows_loopback_without_auth():
    assert check_exposure("127.0.0.1", None) == []
    assert check_exposure("0.0.0.0", "a:b") == [("a", "b")]
    with pytest.raises(AuthError):
        check_exposure("0.0.0.0", None)


def test_serve_busy_port_returns_1_with_message(shared_settings, assistant, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert ui.app.serve(shared_settings, assistant, host="127.0.0.1", port=port) == 1
    assert f"cannot serve on 127.0.0.1:{port}" in capsys.readouterr().err


def test_launch_with_auth_refuses_anonymous_clients(shared_settings, assistant):
    import urllib.error
    import urllib.request

    from gradio_client import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo = ui.app.build_app(shared_settings, assistant)
    ui.app.launch(demo, "127.0.0.1", port, [("raad", "geheim")], block=False, quiet=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url + "config", timeout=10)
        assert refused.value.code == 401
        with pytest.raises(Exception):  # noqa: B017 - gradio_client's error type for a refused login varies
            Client(url, auth=("raad", "fout"), verbose=False)
        answer = Client(url, auth=("raad", "geheim"), verbose=False).predict(question="Hoeveel kreeg PyGrunn?",
                                                                            api_name="/ask")
        assert "€ 1.500" in answer["answer"]
    finally:
        demo.close()
