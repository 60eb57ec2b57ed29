"""A loopback stand-in for Semantic Scholar's Graph API paper batch endpoint, over real HTTP.

It answers ``POST /graph/v1/paper/batch?fields=...`` with a JSON body ``{"ids": [...]}`` as the
documented API does: ids are ``arXiv:<id>`` (any case), ``CorpusId:<n>`` or a 40-hex paperId;
at most 500 per request; the answer is a list in request order, ``null`` for an id it does not
know; each paper carries ``paperId`` plus the fields asked for. Errors are JSON: 400
``{"error": ...}`` for a bad body, too many ids or an unknown field, 403 for a wrong
``x-api-key``, 429 ``{"message": "Too Many Requests...", "code": "429"}`` when the request
budget is spent, with ``Retry-After``. Faults are injected per request as in the arXiv stand-in.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.servers.arxiv import _QuietServer

BATCH_PATH = "/graph/v1/paper/batch"
MAX_IDS = 500
FIELDS = {
    "paperId", "corpusId", "externalIds", "url", "title", "abstract", "venue", "publicationVenue", "year",
    "referenceCount", "citationCount", "influentialCitationCount", "isOpenAccess", "openAccessPdf",
    "fieldsOfStudy", "s2FieldsOfStudy", "publicationTypes", "publicationDate", "journal", "citationStyles",
    "authors",
}
TOO_MANY = ("Too Many Requests. Please wait and try again or apply for a key for higher rate limits. "
            "https://www.semanticscholar.org/product/api#api-key-form")
DATA = Path(__file__).parent.parent / "data" / "semanticscholar" / "papers.json"


def recorded_papers(path: Path = DATA) -> list[dict[str, Any]]:
    papers: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["papers"]
    return papers


@dataclass
class Fault:
    status: int = 200
    body: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reset: bool = False
    times: int = 1


@dataclass
class Logged:
    ids: list[str]
    fields: str
    headers: dict[str, str]
    status: int = 0


class SemanticScholarStandIn:
    def __init__(self) -> None:
        self.papers: dict[str, dict[str, Any]] = {}
        """Papers by every id they answer to (``arxiv:2303.13506``, ``corpusid:1``, paperId), lower case."""
        self.api_key: str | None = None
        """When set, requests must carry it in ``x-api-key`` (a wrong one is 403)."""
        self.budget: int | None = None
        """Requests answered before 429s start (the shared pool running dry)."""
        self.retry_after = 1
        self.faults: list[Fault] = []
        self.requests: list[Logged] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def add(self, paper: dict[str, Any], *, arxiv_id: str | None = None) -> None:
        """Serve ``paper``; ``arxiv_id`` links it to that id instead of its own (an index mis-link)."""
        ext = paper.get("externalIds") or {}
        keys = [f"arxiv:{arxiv_id or ext.get('ArXiv')}", paper["paperId"].lower()]
        if "CorpusId" in ext:
            keys.append(f"corpusid:{ext['CorpusId']}")
        for key in keys:
            self.papers[key.lower()] = paper

    def inject(self, **kwargs: Any) -> Fault:
        fault = Fault(**kwargs)
        self.faults.append(fault)
        return fault

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/graph/v1"

    def start(self) -> SemanticScholarStandIn:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                stand_in._handle(self)

            def do_GET(self) -> None:
                stand_in._send(self, Logged([], "", {}), 404, {"error": "Not Found"})

            def log_message(self, *args: object) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def _take_fault(self) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = parse_qs(parts.query, keep_blank_values=True)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        logged = Logged([], params.get("fields", [""])[0], dict(handler.headers.items()))
        with self._lock:
            self.requests.append(logged)
        fault = self._take_fault()
        if fault and fault.reset:
            handler.connection.shutdown(2)
            handler.close_connection = True
            return
        if fault:
            self._send(handler, logged, fault.status, fault.body or {"error": f"HTTP {fault.status}"}, fault.headers)
            return
        status, body, headers = self._answer(parts.path, logged, raw, handler.headers.get("x-api-key"))
        self._send(handler, logged, status, body, headers)

    def _answer(self, path: str, logged: Logged, raw: bytes, key: str | None) -> tuple[int, Any, dict[str, str]]:
        if path != BATCH_PATH:
            return 404, {"error": "Not Found"}, {}
        if self.api_key is not None and key != self.api_key:
            return 403, {"message": "Forbidden"}, {}
        with self._lock:
            if self.budget is not None:
                if self.budget <= 0:
                    return 429, {"message": TOO_MANY, "code": "429"}, {"Retry-After": str(self.retry_after)}
                self.budget -= 1
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return 400, {"error": "Unrecognized or missing body"}, {}
        ids = body.get("ids") if isinstance(body, dict) else None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            return 400, {"error": "Unrecognized or missing body"}, {}
        logged.ids = ids
        if len(ids) > MAX_IDS:
            return 400, {"error": f"Cannot exceed {MAX_IDS} ids"}, {}
        wanted = [f for f in logged.fields.split(",") if f] or ["title"]
        unknown = [f for f in wanted if f.split(".")[0] not in FIELDS]
        if unknown:
            return 400, {"error": f"Unrecognized or unsupported fields: {unknown}"}, {}
        return 200, [self._paper(i, wanted) for i in ids], {}

    def _paper(self, paper_id: str, wanted: list[str]) -> dict[str, Any] | None:
        key = re.sub(r"^arxiv:", "arxiv:", paper_id.strip(), flags=re.IGNORECASE).lower()
        paper = self.papers.get(key)
        if paper is None:
            return None
        return {"paperId": paper["paperId"], **{f: paper.get(f) for f in wanted if f != "paperId"}}

    def _send(self, handler: BaseHTTPRequestHandler, logged: Logged, status: int, body: Any,
              headers: dict[str, str]) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        logged.status = status
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
