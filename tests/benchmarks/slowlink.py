"""A slow link for benchmarks: a TCP proxy that delays every byte by a fixed time each way.

    proxy = SlowLink("127.0.0.1", 5432, delay_ms=20).start()   # listens on proxy.port
    ... connect to 127.0.0.1:proxy.port ...
    proxy.turns   # how many times the client spoke after the server had answered
    proxy.stop()

What a kecamatan warehouse on a 4G VPN sees of the office's PostgreSQL: each
round trip costs 2 x delay (20 ms each way: 40 ms), whatever the bandwidth.
Data keeps its order and is not throttled; every chunk read from one side is
written to the other `delay` seconds after it arrived (asyncio, one thread).

`turns` counts round trips as the network sees them: a client-to-server chunk
that follows server-to-client traffic (or starts the connection) begins a new
turn. Pipelined statements (psycopg's executemany) are one turn.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque


class SlowLink:
    def __init__(self, host: str, port: int, delay_ms: float) -> None:
        self.host, self.target_port, self.delay_ms = host, port, delay_ms
        self.delay = delay_ms / 1000.0
        self.port: int | None = None
        self.turns = 0
        self.connections = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.base_events.Server | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # -- life --------------------------------------------------------------------------
    def start(self) -> "SlowLink":
        self._thread = threading.Thread(target=self._run, name="slowlink", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the slow-link proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None and self._loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    async def _shutdown(self) -> None:
        self._server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _run(self) -> None:
        loop = self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            self._server.close()
            loop.close()

    # -- one client ----------------------------------------------------------------------
    async def _client(self, client_reader, client_writer) -> None:
        self.connections += 1
        try:
            server_reader, server_writer = await asyncio.open_connection(self.host, self.target_port)
        except OSError:
            client_writer.close()
            return
        state = {"last": "server"}  # who spoke last: a client chunk after the server's is a new turn
        try:
            await asyncio.gather(
                self._pump(client_reader, server_writer, state, "client"),
                self._pump(server_reader, client_writer, state, "server"),
                return_exceptions=True)
        except asyncio.CancelledError:  # the proxy stops
            pass

    async def _pump(self, reader, writer, state: dict, side: str) -> None:
        """Copy reader -> writer, each chunk `delay` after it arrived, in order."""
        queue: deque[tuple[float, bytes]] = deque()
        wake = asyncio.Event()
        done = False

        async def deliver() -> None:
            while True:
                while not queue:
                    if done:
                        return
                    wake.clear()
                    await wake.wait()
                due, data = queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                queue.popleft()
                writer.write(data)
                await writer.drain()

        sender = asyncio.ensure_future(deliver())
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                if side == "client" and state["last"] == "server":
                    self.turns += 1
                state["last"] = side
                queue.append((time.monotonic() + self.delay, data))
                wake.set()
        finally:
            done = True
            wake.set()
            try:
                await sender
            except (asyncio.CancelledError, ConnectionError):
                sender.cancel()
            finally:
                try:
                    writer.close()
                except Exception:  # noqa: BLE001 - the other side is gone already
                    pass


_running: dict[int, "SlowLink"] = {}  # proxy port -> proxy


def behind_proxy(url: str, delay_ms: float):
    """(proxy, the same URL through the proxy) for a PostgreSQL URL on TCP."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    proxy = SlowLink(u.host or "127.0.0.1", u.port or 5432, delay_ms).start()
    _running[proxy.port] = proxy
    return proxy, u.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def active_delay_ms(url: str) -> float:
    """The delay each way of the proxy `url` goes through (0: none of ours)."""
    from sqlalchemy.engine import make_url

    proxy = _running.get(make_url(url).port or 0)
    return proxy.delay_ms if proxy else 0.0
