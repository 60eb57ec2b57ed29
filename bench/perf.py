"""How fast is refsync on big libraries? Printed numbers, side by side, from one run.

For each .bib size it measures, each in its own process (wall time, CPU time and peak
memory from the kernel's accounting of that process):

- the bare ``bibtexparser.load`` of the file: the yardstick;
- ``refsync diff`` cold (no caches), warm (file unchanged) and warm after 20 entries
  were appended, against a loopback arXiv stand-in serving a 400-paper author;
- the matcher alone (``make_plan``) on the file's records, per record, to show that
  matching grows linearly with the library.

Then it counts HTTP requests: arXiv requests for the 400-paper author and for 400
known ids, cold and warm, and Zotero requests of ``refsync diff --zotero`` against
emulated libraries, cold, warm and after one item was added. Do not edit refsync while
it runs: the caches belong to the code that wrote them.

    python bench/perf.py                 # .bib 1k, 10k, 50k; Zotero 1k, 20k (half an hour on 2 cores:
                                         # the bare parse of the 50k file alone takes 7 minutes)
    python bench/perf.py --quick         # .bib 1k and 10k, Zotero 1k (5 minutes)
    python bench/perf.py --sizes 10k --zotero-sizes ""

Nothing here is a test: the numbers are for people (and the README), not assertions.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import generate
from tests.servers.arxiv import ArxivStandIn, entry_id, feed

AUTHOR = "Eric J. Michaud"
QUERY = "au:Michaud,E"
AUTHOR_PAPERS = 400
APPENDED = 20


@dataclass(frozen=True)
class Measure:
    wall: float
    cpu: float
    peak_mb: float


LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    started = time.perf_counter()
    child = subprocess.Popen(job["argv"], env=job["env"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = child.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(child.pid, 0)
    print(json.dumps({"wall": time.perf_counter() - started, "cpu": usage.ru_utime + usage.ru_stime,
                      "peak_kb": usage.ru_maxrss, "code": os.waitstatus_to_exitcode(status),
                      "stderr": stderr[-3000:]}), flush=True)
"""


class Launcher:
    """Runs each measured command from a small process started first.

    Linux counts the memory of the process a child was forked from in the child's peak
    (``ru_maxrss`` survives ``exec``), so children of this bench, which holds emulated
    libraries and records, would look bigger than they are.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen([sys.executable, "-c", LAUNCHER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, text=True)

    def run(self, argv: list[str], env: dict[str, str]) -> Measure:
        assert self._process.stdin and self._process.stdout
        self._process.stdin.write(json.dumps({"argv": argv, "env": env}) + "\n")
        self._process.stdin.flush()
        result = json.loads(self._process.stdout.readline())
        if result["code"] not in (0, 1):
            raise SystemExit(f"{' '.join(argv[:4])}... failed ({result['code']}):\n{result['stderr']}")
        return Measure(result["wall"], result["cpu"], result["peak_kb"] / 1024)

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait()


LAUNCH: Launcher


def run(argv: list[str], env: dict[str, str]) -> Measure:
    """Run ``argv`` in a child process and read its own resource usage when it ends."""
    return LAUNCH.run(argv, env)


def bare_parse(path: Path, env: dict[str, str]) -> Measure:
    code = "import sys, bibtexparser; bibtexparser.load(open(sys.argv[1], encoding='utf-8'))"
    return run([sys.executable, "-c", code, str(path)], env)


def refsync(args: list[str], env: dict[str, str]) -> Measure:
    return run([sys.executable, "-m", "refsync", *args, "--json"], env)


class Bench:
    def __init__(self, work: Path, arxiv: ArxivStandIn) -> None:
        self.work = work
        self.arxiv = arxiv
        self.cache = work / "cache"
        config = work / "config.toml"
        config.write_text(f'[arxiv]\napi_url = "{arxiv.api_url}"\ndelay = 0\nbackoff = 0\n', encoding="utf-8")
        self.env = {**os.environ, "REFSYNC_CONFIG": str(config), "XDG_CACHE_HOME": str(self.cache),
                    "XDG_STATE_HOME": str(work / "state"), "XDG_CONFIG_HOME": str(work / "config")}
        os.environ.update({k: self.env[k] for k in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")})

    def arxiv_requests(self, action) -> int:  # type: ignore[no-untyped-def]
        before = len(self.arxiv.requests)
        action()
        return len(self.arxiv.requests) - before

    def bib(self, label: str) -> dict[str, object]:
        n = generate.size(label)
        path = self.work / f"{label}.bib"
        path.write_text(generate.bib_text(n), encoding="utf-8")
        diff = ["diff", "--author", AUTHOR, "--bib", str(path)]
        result: dict[str, object] = {"size": label, "entries": n, "mb": path.stat().st_size / 1e6}
        result["bare"] = bare_parse(path, self.env)
        shutil.rmtree(self.cache, ignore_errors=True)
        result["cold_requests"] = self.arxiv_requests(lambda: result.__setitem__("cold", refsync(diff, self.env)))
        result["warm_requests"] = self.arxiv_requests(lambda: result.__setitem__("warm", refsync(diff, self.env)))
        with path.open("a", encoding="utf-8") as handle:
            handle.write(generate.appended_entries(APPENDED, after=n))
        result["appended_requests"] = self.arxiv_requests(
            lambda: result.__setitem__("appended", refsync(diff, self.env)))
        result["match_s"] = self.matching(path)
        return result

    def matching(self, path: Path) -> tuple[float, float]:
        """Seconds to index the file's records, and to plan the author's papers against them (best of 3)."""
        from refsync.bibfile import BibTarget, index_cache
        from refsync.arxiv.feed import parse_feed
        from refsync.match import build_index
        from refsync.plan import Selection, make_plan

        records = BibTarget(path, index=index_cache()).records()
        papers = list(parse_feed(feed(self.arxiv.queries[QUERY], AUTHOR_PAPERS, 0, QUERY).encode()).papers)
        index_s, plan_s = [], []
        for _ in range(3):
            started = time.perf_counter()
            build_index(records)
            index_s.append(time.perf_counter() - started)
            started = time.perf_counter()
            make_plan(papers, records, Selection(author=AUTHOR))
            plan_s.append(time.perf_counter() - started)
        return min(index_s), min(plan_s)

    def known_ids(self, path: Path) -> tuple[int, int]:
        """arXiv requests to check 400 known ids (``--id`` x 400), cold and warm."""
        ids = [f"--id={entry_id(entry)}" for entry in self.arxiv.queries[QUERY]]
        args = ["diff", *ids, "--bib", str(path)]
        shutil.rmtree(self.cache / "refsync" / "arxiv", ignore_errors=True)
        cold = self.arxiv_requests(lambda: refsync(args, self.env))
        return cold, self.arxiv_requests(lambda: refsync(args, self.env))


class ZoteroBench:
    """``refsync diff --zotero`` against an emulated library: requests and time, cold and warm."""

    KEY = "BenchKey0123456789abcdef"
    USER = 1

    def __init__(self, bench: Bench) -> None:
        self.bench = bench

    def measure(self, label: str) -> dict[str, object]:
        from tests.servers.zotero import ZoteroEmulator

        n = generate.size(label)
        result: dict[str, object] = {"size": label, "items": n}
        with ZoteroEmulator(seed=1) as emu:
            library = emu.add_user(self.USER, "bench")
            emu.add_key(self.KEY, self.USER)
            library.add_collection("Michaud papers")
            for item in generate.zotero_items(n):
                library.add_item(item)
            env = {**self.bench.env, "ZOTERO_API_KEY": self.KEY, "REFSYNC_ZOTERO_URL": emu.url}
            diff = ["diff", "--author", AUTHOR, "--zotero", "--collection", "Michaud papers"]
            result["bare"] = self.bare_read(emu)
            shutil.rmtree(self.bench.cache / "refsync" / "zotero", ignore_errors=True)
            for step in ("cold", "warm"):
                emu.clear_log()
                result[step] = refsync(diff, env), len(emu.requests)
            library.add_item(next(generate.zotero_items(1, seed=7)))
            emu.clear_log()
            result["changed"] = refsync(diff, env), len(emu.requests)
        return result

    def bare_read(self, emu) -> tuple[float, int]:  # type: ignore[no-untyped-def]
        """Seconds and requests for pyzotero alone to read every top-level item."""
        import httpx2
        from pyzotero import zotero

        zot = zotero.Zotero(self.USER, "user", self.KEY, client=httpx2.Client(trust_env=False, timeout=60))
        zot.endpoint = emu.url
        emu.clear_log()
        started = time.perf_counter()
        zot.everything(zot.top(limit=100))
        return time.perf_counter() - started, len(emu.requests)


# -- report -------------------------------------------------------------------------------------------


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    memory = next((int(line.split()[1]) / 1024**2 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0.0)
    import bibtexparser

    return (f"{model}, {os.cpu_count()} CPUs, {memory:.0f} GB RAM; Linux {platform.release()}; "
            f"Python {platform.python_version()}; bibtexparser {bibtexparser.__version__}; {dt.date.today()}")


def bib_table(rows: list[dict[str, object]]) -> list[str]:
    lines = ["| .bib | step | wall s | CPU s | peak MB | time vs bare parse (wall / CPU) | memory vs bare | arXiv requests |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        bare = row["bare"]
        assert isinstance(bare, Measure)
        name = f"{row['size']} ({row['mb']:.1f} MB)"
        steps = [("bare `bibtexparser.load`", bare, "–"), ("`refsync diff` cold", row["cold"], row["cold_requests"]),
                 ("`refsync diff` warm", row["warm"], row["warm_requests"]),
                 (f"`refsync diff` warm, {APPENDED} entries appended", row["appended"], row["appended_requests"])]
        for step, m, requests in steps:
            assert isinstance(m, Measure)
            ratio = "1" if m is bare else f"{m.wall / bare.wall:.3f} / {m.cpu / bare.cpu:.3f}"
            memory = "1" if m is bare else f"{m.peak_mb / bare.peak_mb:.2f}"
            lines.append(f"| {name} | {step} | {m.wall:.2f} | {m.cpu:.2f} | {m.peak_mb:.0f} | {ratio} | {memory} | "
                         f"{requests} |")
            name = ""
    return lines


def matching_table(rows: list[dict[str, object]]) -> list[str]:
    lines = [f"| .bib entries | index the records | per entry | `make_plan`: index + match {AUTHOR_PAPERS} papers | "
             "per entry |", "|---:|---:|---:|---:|---:|"]
    for row in rows:
        index_s, plan_s = row["match_s"]  # type: ignore[misc]
        n = int(row["entries"])  # type: ignore[call-overload]
        lines.append(f"| {n:,} | {index_s * 1000:.0f} ms | {index_s / n * 1e6:.1f} µs | {plan_s * 1000:.0f} ms | "
                     f"{plan_s / n * 1e6:.1f} µs |")
    return lines


def zotero_table(rows: list[dict[str, object]]) -> list[str]:
    lines = ["| Zotero items | step | wall s | CPU s | peak MB | Zotero requests | target |", "|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        n = int(row["items"])  # type: ignore[call-overload]
        seconds, requests = row["bare"]  # type: ignore[misc]
        lines.append(f"| {n:,} | pyzotero `everything(top())` alone (in process) | {seconds:.2f} | | | {requests} | |")
        steps = [("`refsync diff` cold", "cold", f"≤ {math.ceil(n / 100) + 3}"), ("`refsync diff` warm", "warm", "≤ 2"),
                 ("`refsync diff` warm, 1 item added", "changed", "")]
        for step, key, target in steps:
            m, requests = row[key]  # type: ignore[misc]
            lines.append(f"| | {step} | {m.wall:.2f} | {m.cpu:.2f} | {m.peak_mb:.0f} | {requests} | {target} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help=".bib sizes, e.g. 1k,10k,50k")
    parser.add_argument("--zotero-sizes", help="emulated Zotero library sizes, e.g. 1k,20k ('' for none)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k .bib, 1k Zotero: a few minutes")
    options = parser.parse_args()
    sizes = (options.sizes or ("1k,10k" if options.quick else "1k,10k,50k")).split(",")
    zotero_sizes = options.zotero_sizes if options.zotero_sizes is not None else ("1k" if options.quick else "1k,20k")

    global LAUNCH
    LAUNCH = Launcher()  # first, while this process is small
    print(f"Machine: {machine()}\n")
    arxiv = ArxivStandIn().start()
    arxiv.add_query(QUERY, generate.author_entries(AUTHOR_PAPERS, AUTHOR))
    try:
        with tempfile.TemporaryDirectory(prefix="refsync-bench-") as tmp:
            bench = Bench(Path(tmp), arxiv)
            rows = []
            for label in sizes:
                print(f"measuring {label} ...", file=sys.stderr, flush=True)
                rows.append(bench.bib(label))
            print("\n".join(bib_table(rows)) + "\n")
            print("\n".join(matching_table(rows)) + "\n")
            cold, warm = bench.known_ids(bench.work / f"{sizes[0]}.bib")
            print(f"arXiv requests for a {AUTHOR_PAPERS}-paper author (pages of 200): cold "
                  f"{rows[0]['cold_requests']}, warm {rows[0]['warm_requests']}; "
                  f"for {AUTHOR_PAPERS} known ids (`--id`, batches of 200): cold {cold}, warm {warm}.\n")
            zotero_rows = []
            for label in filter(None, zotero_sizes.split(",")):
                print(f"measuring Zotero {label} ...", file=sys.stderr, flush=True)
                zotero_rows.append(ZoteroBench(bench).measure(label))
            if zotero_rows:
                print("\n".join(zotero_table(zotero_rows)))
    finally:
        arxiv.stop()
        LAUNCH.close()
    print(f"\npeak memory of this bench process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
