"""A real HTTP server on 127.0.0.1 that serves test feeds, well-behaved and not.

    with FeedServer() as server:
        source = SourceFactory(url=server.url("/feeds/rss20.xml"))

Paths:
- /feeds/<file>: a file of tests/monitoring/feeds/, with ETag and Last-Modified,
  answering 304 to a matching If-None-Match (or, without one, If-Modified-Since);
- /no-validators/feeds/<file>: the same file, always 200, no ETag/Last-Modified;
- whatever was registered with `serve(path, body, ...)` (conditional too);
- /hang: accepts the request, then says nothing;
- /drip: sends headers, then one byte of a feed every 50 ms, forever;
- /drip-headers: sends the status line, then header bytes one at a time;
- /status/<code>: an empty response with that status;
- anything else: 404.
"""

import hashlib
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS_DIR = Path(__file__).parent / "feeds"
LAST_MODIFIED = "Mon, 01 Jul 2024 08:00:00 GMT"
RSS = "application/rss+xml; charset=utf-8"


@dataclass
class Route:
    body: bytes
    content_type: str = RSS
    status: int = 200
    validators: bool = True
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'  # noqa: S324


class FeedServer:
    def __init__(self, directory: Path = FEEDS_DIR):
        self.directory = directory
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()  # wakes /hang and /drip handlers
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def serve(self, path: str, body: bytes | str, **options) -> str:
        """Serve `body` at `path` (Route options: content_type, status, validators)."""
        if isinstance(body, str):
            body = body.encode()
        self.routes[path] = Route(body, **options)
        return self.url(path)

    def requests_for(self, path: str) -> list[dict[str, str]]:
        return [headers for seen, headers in self.requests if seen == path]

    def route_for(self, path: str) -> Route | None:
        if path in self.routes:
            return self.routes[path]
        validators = True
        if path.startswith("/no-validators/"):
            path, validators = path.removeprefix("/no-validators"), False
        if path.startswith("/feeds/"):
            file = (self.directory / path.removeprefix("/feeds/")).resolve()
            if file.parent == self.directory.resolve() and file.is_file():
                content_type = RSS
                if file.suffix == ".html":
                    content_type = "text/html; charset=utf-8"
                elif file.suffix == ".atom":
                    content_type = "application/atom+xml; charset=utf-8"
                elif file.suffix == ".rdf":
                    content_type = "application/rdf+xml"
                return Route(file.read_bytes(), content_type, validators=validators)
        return None


def _handler_for(server: FeedServer):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # keep test output clean
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            server.requests.append(
                (path, {k.lower(): v for k, v in self.headers.items()})
            )
            if path == "/hang":
                server.stopping.wait(30)
                return
            if path == "/drip":
                return self._drip_body()
            if path == "/drip-headers":
                return self._drip_headers()
            if path.startswith("/status/"):
                return self._send(int(path.rsplit("/", 1)[1]), b"")
            route = server.route_for(path)
            if route is None:
                return self._send(404, b"<h1>Not found</h1>", "text/html")
            headers = dict(route.headers)
            if route.validators and route.status == 200:
                headers["ETag"] = route.etag
                headers["Last-Modified"] = LAST_MODIFIED
                if self._not_modified(route):
                    return self._send(304, b"", None, headers)
            self._send(route.status, route.body, route.content_type, headers)

        def _not_modified(self, route: Route) -> bool:
            if_none_match = self.headers.get("If-None-Match")
            if if_none_match is not None:
                tags = [tag.strip() for tag in if_none_match.split(",")]
                return "*" in tags or route.etag in tags
            return self.headers.get("If-Modified-Since") == LAST_MODIFIED

        def _send(self, status, body, content_type="text/plain", headers=None):
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _drip_body(self):
            self.send_response(200)
            self.send_header("Content-Type", RSS)
            self.end_headers()  # no length: the body ends when the server closes
            self._drip(b'<?xml version="1.0"?><rss version="2.0"><channel>' * 1000)

        def _drip_headers(self):
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._drip(b"X-Padding: " + b"x" * 100_000)

        def _drip(self, data: bytes):
            for byte in data:
                if server.stopping.wait(0.05):
                    return
                try:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                except OSError:  # the client gave up, as it should
                    return

    return Handler


def free_port() -> int:
    """A port nothing listens on (for "connection refused")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
