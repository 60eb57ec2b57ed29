"""A loopback stand-in for the arXiv API, serving recorded Atom entries over real HTTP.

It answers ``/api/query`` (``search_query`` or ``id_list``, ``start``, ``max_results``)
by paging through the entries registered for that query, in the 2025 dialect the
recorded samples use, and ``/a/<id>.atom2`` / ``.atom`` author feeds shaped like arxiv.org's
(:mod:`tests.servers.arxiv_authors`), by author id and by linked ORCID. Faults are injected per
request: any status and body, headers such as ``Retry-After``, a delay, a connection
reset, an empty page, a lying ``totalResults``. Every request is logged with its time.
"""

from __future__ import annotations

import re
import ssl
import sys
import threading
import time
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .arxiv_authors import BAD_REQUEST_PAGE, NO_ROUTE_PAGE, ORCID_RE, Account, author_feed, not_found_page

ATOM = "application/atom+xml; charset=utf-8"
HTML = "text/html; charset=utf-8"
_AUTHOR_ROUTE = re.compile(r"/a/([^/]+?)(?:\.(html|json|atom|atom2))?")
_ENTRY = re.compile(r"<entry>.*?</entry>", re.DOTALL)
_ENTRY_ID = re.compile(r"<id>https?://arxiv\.org/abs/([^<]+?)(v\d+)?</id>")


def entries_from(path: Path) -> list[str]:
    """The ``<entry>`` elements of a recorded 2025-dialect feed, as text."""
    return _ENTRY.findall(path.read_text(encoding="utf-8"))


def entry_id(entry: str) -> str:
    m = _ENTRY_ID.search(entry)
    assert m, entry[:200]
    return m.group(1)


def feed(entries: list[str], total: int, start: int, query: str) -> str:
    return f"""<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/stand-in</id>
  <title>arXiv Query: {query}</title>
  <updated>2026-11-01T12:00:00Z</updated>
  <opensearch:itemsPerPage>{len(entries)}</opensearch:itemsPerPage>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>{start}</opensearch:startIndex>
{chr(10).join(entries)}
</feed>
"""


@dataclass
class Fault:
    """What to do instead of (or besides) answering normally."""

    status: int = 200
    body: str | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    reset: bool = False
    empty: bool = False
    """Answer with a valid feed that has no entries (arXiv's flaky empty page)."""
    total: int | None = None
    """Claim this ``totalResults`` instead of the truth."""
    times: int = 1
    after: int = 0
    path: str = r".*"


@dataclass
class Logged:
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    at: float
    status: int = 0


class ArxivStandIn:
    def __init__(self) -> None:
        self.queries: dict[str, list[str]] = {}
        self.accounts: list[Account] = []
        self.redirects: dict[str, str] = {}
        """Path -> Location answered with 301 (arXiv's code has none; a front end might)."""
        self.by_id: dict[str, str] = {}
        self.faults: list[Fault] = []
        self.requests: list[Logged] = []
        self.max_page: int | None = None
        """Serve at most this many entries per page whatever ``max_results`` asks."""
        self._seen = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._scheme = "http"

    # -- set-up ---------------------------------------------------------------------
    def add_query(self, search_query: str, entries: list[str]) -> None:
        self.queries[search_query] = list(entries)
        for entry in entries:
            self.by_id[entry_id(entry)] = entry

    def add_author_feed(self, author_id: str, entries: list[str], orcid: str | None = None) -> Account:
        """An arXiv account with this author id (and linked ORCID) that claimed ``entries``."""
        account = Account(author_id, list(entries), orcid)
        self.accounts.append(account)
        return account

    def inject(self, **kwargs: object) -> Fault:
        fault = Fault(**kwargs)  # type: ignore[arg-type]
        self.faults.append(fault)
        return fault

    def reset(self) -> None:
        with self._lock:
            self.queries.clear()
            self.accounts.clear()
            self.redirects.clear()
            self.by_id.clear()
            self.faults.clear()
            self.requests.clear()
            self.max_page = None

    # -- serving --------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None
        return f"{self._scheme}://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/query"

    def start(self, tls: ssl.SSLContext | None = None) -> ArxivStandIn:
        """Serve on a free loopback port; over HTTPS with ``tls`` (a server-side context)."""
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                stand_in._handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self._scheme = "https"
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0 and re.search(fault.path, path):
                    if fault.after > 0:
                        fault.after -= 1
                        return None
                    fault.times -= 1
                    return fault
        return None

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = parse_qs(parts.query, keep_blank_values=True)
        logged = Logged(parts.path, params, dict(handler.headers.items()), time.monotonic())
        with self._lock:
            self.requests.append(logged)
        fault = self._take_fault(parts.path)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.reset:
            handler.connection.shutdown(2)
            handler.close_connection = True
            return
        if fault and (fault.status != 200 or fault.body is not None):
            body = fault.body if fault.body is not None else f"HTTP {fault.status}"
            self._send(handler, logged, fault.status, body, "text/plain", fault.headers)
            return
        headers = fault.headers if fault else {}
        if parts.path in self.redirects:
            self._send(handler, logged, 301, "", HTML, {**headers, "Location": self.redirects[parts.path]})
            return
        if parts.path.startswith("/a/"):
            self._send(handler, logged, *self._author(parts.path, fault), headers)
            return
        status, body = self._answer(parts.path, params, fault)
        self._send(handler, logged, status, body, ATOM, headers)

    def _author(self, path: str, fault: Fault | None) -> tuple[int, str, str]:
        """Status, body and type as arXiv's ``a`` route and author controller answer (``empty``: no entries)."""
        m = _AUTHOR_ROUTE.fullmatch(path)
        if not m:
            return 404, NO_ROUTE_PAGE, HTML
        feed_id, ext = unquote(m.group(1)), m.group(2)
        if ext is None and "." in feed_id:
            return 400, BAD_REQUEST_PAGE, HTML
        key = "orcid" if ORCID_RE.match(feed_id) else "author_id"
        account = next((a for a in self.accounts if getattr(a, key) == feed_id), None)
        if account is None or ext not in ("atom", "atom2"):
            return 400, not_found_page(feed_id), HTML
        if fault and fault.empty:
            account = replace(account, entries=[])
        return 200, author_feed(account, feed_id, self.url, combined=ext == "atom2"), "application/atom+xml"

    def _answer(self, path: str, params: dict[str, list[str]], fault: Fault | None) -> tuple[int, str]:
        if path != "/api/query":
            return 404, _error_feed("not found")
        query = params.get("search_query", [""])[0]
        start = int(params.get("start", ["0"])[0])
        size = int(params.get("max_results", ["10"])[0])
        if self.max_page:
            size = min(size, self.max_page)
        ids = [i for i in params.get("id_list", [""])[0].split(",") if i]
        if ids:
            entries = [self.by_id[i] for i in ids if i in self.by_id]
        else:
            entries = self.queries.get(query, [])
        page = [] if fault and fault.empty else entries[start : start + size]
        total = fault.total if fault and fault.total is not None else len(entries)
        return 200, feed(page, total, start, query)

    def _send(self, handler: BaseHTTPRequestHandler, logged: Logged, status: int, body: str | bytes,
              content_type: str, headers: dict[str, str]) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        logged.status = status
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)


class _QuietServer(ThreadingHTTPServer):
    """A client that gave up (a timeout test) is no error: print nothing into the CLI's stderr."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionError, ssl.SSLError)):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _error_feed(message: str) -> str:
    return f"""<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <updated>2026-11-01T12:00:00Z</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>https://arxiv.org/api/errors#{message.replace(' ', '_')}</id>
    <title>Error</title>
    <updated>2026-11-01T12:00:00Z</updated>
    <summary>{message}</summary>
    <author><name>arXiv api core</name></author>
  </entry>
</feed>
"""
