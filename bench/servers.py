"""Servers the benchmarks and the integration tests start on loopback: a `chroma run` over a data dir."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> bool:
    """Whether `url` answered within `timeout` seconds while `proc` kept running."""
    deadline = time.time() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)  # noqa: S310 - a loopback URL we built
            return True
        except OSError:
            if time.time() > deadline or proc.poll() is not None:
                return False
            time.sleep(0.2)


class ChromaServer:
    """A `chroma run` on a loopback port, over a data dir; it can be killed and started again on the same port."""

    def __init__(self, path: Path, port: int | None = None):
        self.path, self.port = path, port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ChromaServer:
        """Start it and wait for its heartbeat; RuntimeError when it does not answer within a minute."""
        binary = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen([str(binary), "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        if not wait_for(f"{self.url}/api/v2/heartbeat", self.proc):
            self.kill()
            raise RuntimeError("chroma run did not start")
        return self

    def kill(self) -> None:
        """SIGKILL, as a crash or an OOM kill would end it."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
