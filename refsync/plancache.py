"""The last plan of each library, reused when every input of :func:`~refsync.plan.make_plan` is the same.

Matching is pure: the same papers, records and selection, read by the same code, give the
same plan. A repeat run on an unchanged library (the common case: the day's arXiv answer
is cached, the file did not change) would spend most of its time re-matching. So the plan
is stored with a digest of all of its inputs and of refsync's whole source; any change to
any of them is a miss and the plan is made afresh. The stored plan names papers and records
by their position in the inputs (which the digest fixes), so what comes back is made of the
very objects passed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import anyascii
import rapidfuzz

from . import gcpause, textnorm
from .cache import JsonStore, Untrusted, record_to_json
from .model import Decision, Match, MatchBy, Paper, Plan, Record, Status
from .plan import Selection


def plan_cache(*, refresh: bool = False) -> JsonStore:
    """Where the last plan of each library is kept; a new refsync (any source change) starts afresh."""
    return JsonStore("plans", refresh=refresh, producer=_producer())


@cache
def _producer() -> str:
    libraries = f"rapidfuzz {rapidfuzz.__version__}; anyascii {anyascii.__version__}"
    return f"source {source_digest(Path(__file__).parent)}; {textnorm.LATEX_PARSER}; {libraries}"


def source_digest(root: Path) -> str:
    """A digest of every Python file under ``root``, names included: all of refsync, not a list to keep up to date."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def cached_plan(papers: Sequence[Paper], records: Sequence[Record], selection: Selection, *,
                store: JsonStore | None, key: str, make: Callable[[], Plan]) -> Plan:
    """``make()``'s plan, or the one stored under ``key`` when it was made from these very inputs."""
    if store is None:
        return make()
    inputs = inputs_digest(papers, records, selection)
    stored = store.get(key, lambda payload: _plan_from_json(payload, inputs, papers, records))
    if stored is not None:
        return stored
    plan = make()
    store.put(key, _plan_to_json(plan, inputs, papers, records))
    return plan


def inputs_digest(papers: Sequence[Paper], records: Sequence[Record], selection: Selection) -> str:
    """A digest of everything a plan depends on besides the code: papers, records and selection, in order."""
    digest = hashlib.blake2b(digest_size=20)
    with gcpause.paused():
        for part in ([_canonical(p) for p in papers], [record_to_json(r) for r in records], _canonical(selection)):
            digest.update(json.dumps(part, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _canonical(value: Any) -> Any:
    """``value`` as JSON that is equal exactly when the values are: every dataclass field, sets sorted."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [type(value).__name__, *(_canonical(getattr(value, f.name)) for f in dataclasses.fields(value))]
    if isinstance(value, (set, frozenset)):
        return ["set", *sorted((_canonical(v) for v in value), key=repr)]
    if isinstance(value, dict):
        return ["dict", *sorted(([_canonical(k), _canonical(v)] for k, v in value.items()), key=repr)]
    if isinstance(value, (tuple, list)):
        return [_canonical(v) for v in value]
    if isinstance(value, (dt.date, enum.Enum)):
        return repr(value)
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def _plan_to_json(plan: Plan, inputs: str, papers: Sequence[Paper], records: Sequence[Record]) -> dict[str, Any]:
    paper_at = {id(p): i for i, p in enumerate(papers)}
    record_at = {id(r): i for i, r in enumerate(records)}
    rows = []
    for d in plan.decisions:
        match = [d.match.key, d.match.by.value, d.match.score] if d.match else None
        rows.append([paper_at[id(d.paper)], d.status.value, d.reason, match,
                     record_at[id(d.record)] if d.record is not None else None])
    return {"inputs": inputs, "decisions": rows}


def _plan_from_json(payload: Any, inputs: str, papers: Sequence[Paper], records: Sequence[Record]) -> Plan:
    if not isinstance(payload, dict) or payload.get("inputs") != inputs:
        raise Untrusted("the plan of other inputs")
    return Plan(tuple(_decision(row, papers, records) for row in payload["decisions"]))


def _decision(row: Any, papers: Sequence[Paper], records: Sequence[Record]) -> Decision:
    paper, status, reason, match, record = row
    if type(paper) is not int or not 0 <= paper < len(papers) or type(reason) is not str:
        raise Untrusted("not a decision")
    if record is not None and (type(record) is not int or not 0 <= record < len(records)):
        raise Untrusted("not a record position")
    return Decision(papers[paper], Status(status), reason, _match(match), records[record] if record is not None else None)


def _match(data: Any) -> Match | None:
    if data is None:
        return None
    key, by, score = data
    if type(key) is not str or not (score is None or type(score) is float):
        raise Untrusted("not a match")
    return Match(key, MatchBy(by), score)
