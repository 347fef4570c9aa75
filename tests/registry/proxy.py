"""A fault-injecting HTTP proxy in front of the registry (one request per connection, as urllib sends them).

Faults apply to requests whose path starts with `path` for the next `times` requests:
- "drop_response": the request reaches the registry, which commits; its answer is thrown away (SYNC-01);
- "cut_body": only half of the answer's body arrives, then the connection closes;
- "status_502" / "status_504" / "status_409": the proxy answers that itself, the registry never sees it;
- "stall": the proxy never answers (the client's timeout must end it).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass, field


@dataclass
class Fault:
    kind: str
    path: str = "/"
    times: int = 1


@dataclass
class FaultProxy:
    upstream_port: int
    port: int = 0
    faults: list[Fault] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def inject(self, kind: str, path: str = "/", times: int = 1) -> None:
        self.faults.append(Fault(kind, path, times))

    def start(self) -> FaultProxy:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            server = self._loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()
            server.close()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)

    def _take(self, path: str) -> str | None:
        for fault in self.faults:
            if path.startswith(fault.path) and fault.times > 0:
                fault.times -= 1
                return fault.kind
        return None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            body = await reader.readexactly(length) if length else b""
            path = head.split(b" ", 2)[1].decode()
            self.seen.append(path)
            fault = self._take(path)
            if fault and fault.startswith("status_"):
                code = fault.split("_")[1]
                writer.write(f"HTTP/1.1 {code} Proxy Fault\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".encode())
                await writer.drain()
                return
            if fault == "stall":
                await asyncio.sleep(3600)
                return
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            up_writer.write(head + body)
            await up_writer.drain()
            answer = await up_reader.read()                     # the registry closes after one answer
            up_writer.close()
            if fault == "drop_response":
                return
            if fault == "cut_body":
                split = answer.index(b"\r\n\r\n") + 4
                answer = answer[: split + max(1, (len(answer) - split) // 2)]
            writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()
