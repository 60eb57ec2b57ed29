"""How fast is refsync on big libraries? Printed numbers, side by side, from one run.

For each .bib size it measures, each in its own process (wall time, CPU time and peak
memory from the kernel's accounting of that process):

- the bare ``bibtexparser.load`` of the file: the yardstick;
- ``refsync diff`` cold (no caches), warm (file unchanged) and warm after 20 entries
  were appended, against a loopback arXiv stand-in serving a 400-paper author;
- the matcher alone (``make_plan``) on the file's records, per record, to show that
  matching grows linearly with the library;
- start-up: ``refsync --version``, and the seconds a warm ``diff`` spends importing.

With ``--baseline TREE`` (another checkout of refsync, e.g. ``git worktree add /tmp/base
main``) every refsync figure is measured for that tree too, on the same files in the same
run, each tree with its own caches: before and after side by side. refsync steps are
repeated ``--repeat`` times and the median is shown (the bare parse, and the baseline's
cold run of a file of 50k entries or more, run once: they take minutes).

Then it counts HTTP requests: arXiv requests for the 400-paper author and for 400
known ids, cold and warm, and Zotero requests of ``refsync diff --zotero`` against
emulated libraries, cold, warm and after one item was added. Do not edit refsync while
it runs: the caches belong to the code that wrote them.

    python bench/perf.py                 # .bib 1k, 10k, 50k; Zotero 1k, 20k (half an hour on 2 cores:
                                         # the bare parse of the 50k file alone takes 7 minutes)
    python bench/perf.py --quick         # .bib 1k and 10k, Zotero 1k (5 minutes)
    python bench/perf.py --sizes 10k --zotero-sizes ""
    python bench/perf.py --baseline /tmp/base    # before (/tmp/base) and after (this tree)

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
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
SLOW_BASELINE = 50_000
"""From this many entries the baseline's cold run (minutes) is measured once."""


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
    child = subprocess.Popen(job["argv"], env=job["env"], cwd=job["cwd"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
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

    def run(self, argv: list[str], env: dict[str, str], cwd: Path | None = None) -> Measure:
        assert self._process.stdin and self._process.stdout
        self._process.stdin.write(json.dumps({"argv": argv, "env": env, "cwd": str(cwd) if cwd else None}) + "\n")
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


def run(argv: list[str], env: dict[str, str], cwd: Path | None = None) -> Measure:
    """Run ``argv`` in a child process and read its own resource usage when it ends."""
    return LAUNCH.run(argv, env, cwd)


def median(measures: list[Measure]) -> Measure:
    return Measure(statistics.median(m.wall for m in measures), statistics.median(m.cpu for m in measures),
                   statistics.median(m.peak_mb for m in measures))


def bare_parse(path: Path, env: dict[str, str]) -> Measure:
    code = "import sys, bibtexparser; bibtexparser.load(open(sys.argv[1], encoding='utf-8'))"
    return run([sys.executable, "-c", code, str(path)], env)


MATCHING = """
import json, sys, time
from pathlib import Path
from refsync.bibfile import BibTarget, index_cache
from refsync.arxiv.feed import parse_feed
from refsync.match import build_index
from refsync.plan import Selection, make_plan

records = BibTarget(Path(sys.argv[1]), index=index_cache()).records()
papers = list(parse_feed(Path(sys.argv[2]).read_bytes()).papers)
index_s, plan_s, plans = [], [], []
for _ in range(3):
    started = time.process_time()
    build_index(records)
    index_s.append(time.process_time() - started)
    started = time.process_time()
    plans.append(make_plan(papers, records, Selection(author=sys.argv[3])))
    plan_s.append(time.process_time() - started)
reasons = [(d.paper.arxiv_id, d.status.value, d.reason) for d in plans[0].decisions]
print(json.dumps({"index": min(index_s), "plan": min(plan_s), "reasons": reasons}))
"""


@dataclass(frozen=True)
class Tree:
    """A checkout of refsync to measure, with caches of its own."""

    label: str
    root: Path
    env: dict[str, str]

    @property
    def cache(self) -> Path:
        return Path(self.env["XDG_CACHE_HOME"])

    def refsync(self, args: list[str], env: dict[str, str] | None = None) -> Measure:
        json_output = ["--json"] if args[0] != "--version" else []
        return run([sys.executable, "-m", "refsync", *args, *json_output], env or self.env, self.root)

    def repeated(self, times: int, before: Callable[[], None], args: list[str]) -> Measure:
        """The median of ``times`` runs of ``args``, each after ``before`` set the caches up."""
        measures = []
        for _ in range(times):
            before()
            measures.append(self.refsync(args))
        return median(measures)

    def import_seconds(self, args: list[str]) -> float:
        """Seconds the command spends importing modules (``python -X importtime``, top-level imports summed)."""
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "refsync", *args, "--json"],
                                env=self.env, cwd=self.root, capture_output=True, text=True)
        micros = [int(line.split("|")[1]) for line in result.stderr.splitlines()
                  if line.startswith("import time:") and line.split("|")[2].startswith(" ") and
                  not line.split("|")[2].startswith("  ") and line.split("|")[1].strip().isdigit()]
        return sum(micros) / 1e6


class Bench:
    def __init__(self, work: Path, arxiv: ArxivStandIn, baseline: Path | None, repeat: int) -> None:
        self.work = work
        self.arxiv = arxiv
        self.repeat = repeat
        config = work / "config.toml"
        config.write_text(f'[arxiv]\napi_url = "{arxiv.api_url}"\ndelay = 0\nbackoff = 0\n', encoding="utf-8")
        self.trees = [self._tree("this tree", ROOT, work / "this", config)]
        if baseline:
            self.trees.insert(0, self._tree("baseline", baseline.resolve(), work / "baseline", config))
        self.env = self.trees[-1].env
        os.environ.update({k: self.env[k] for k in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")})

    @staticmethod
    def _tree(label: str, root: Path, home: Path, config: Path) -> Tree:
        env = {**os.environ, "REFSYNC_CONFIG": str(config), "XDG_CACHE_HOME": str(home / "cache"),
               "XDG_STATE_HOME": str(home / "state"), "XDG_CONFIG_HOME": str(home / "config"),
               "PYTHONPATH": str(root)}
        return Tree(label, root, env)

    def arxiv_requests(self, action, runs: int = 1) -> int:  # type: ignore[no-untyped-def]
        """arXiv requests of one run, when ``action`` makes ``runs`` alike."""
        before = len(self.arxiv.requests)
        action()
        return (len(self.arxiv.requests) - before) // runs

    def bib(self, label: str) -> dict[str, object]:
        n = generate.size(label)
        path = self.work / f"{label}.bib"
        text = generate.bib_text(n)
        path.write_text(text, encoding="utf-8")
        diff = ["diff", "--author", AUTHOR, "--bib", str(path)]
        result: dict[str, object] = {"size": label, "entries": n, "mb": path.stat().st_size / 1e6}
        result["bare"] = bare_parse(path, self.env)
        papers = self.work / "papers.xml"
        papers.write_text(feed(self.arxiv.queries[QUERY], AUTHOR_PAPERS, 0, QUERY), encoding="utf-8")
        for tree in self.trees:
            result[tree.label] = self.bib_steps(tree, path, text, n, diff, papers)
        return result

    def bib_steps(self, tree: Tree, path: Path, text: str, n: int, diff: list[str], papers: Path) -> dict[str, object]:
        """Cold, warm and appended runs of one tree, and its matching: the file is as generated before and after."""
        steps: dict[str, object] = {}
        filled = self.work / "filled-cache"
        cold_times = 1 if tree.label == "baseline" and n >= SLOW_BASELINE else self.repeat
        steps["cold_requests"] = self.arxiv_requests(lambda: steps.__setitem__("cold", tree.repeated(
            cold_times, lambda: shutil.rmtree(tree.cache, ignore_errors=True), diff)), cold_times)
        shutil.rmtree(filled, ignore_errors=True)
        shutil.copytree(tree.cache, filled)
        steps["warm_requests"] = self.arxiv_requests(
            lambda: steps.__setitem__("warm", tree.repeated(self.repeat, lambda: None, diff)), self.repeat)
        steps["imports_s"] = tree.import_seconds(diff)
        steps["version"] = tree.repeated(self.repeat, lambda: None, ["--version"])

        def restore() -> None:  # every appended run reads exactly the new entries
            shutil.rmtree(tree.cache, ignore_errors=True)
            shutil.copytree(filled, tree.cache)

        path.write_text(text + generate.appended_entries(APPENDED, after=n), encoding="utf-8")
        steps["appended_requests"] = self.arxiv_requests(
            lambda: steps.__setitem__("appended", tree.repeated(self.repeat, restore, diff)), self.repeat)
        path.write_text(text, encoding="utf-8")
        restore()
        steps["match"] = self.matching(tree, path, papers)
        return steps

    def matching(self, tree: Tree, path: Path, papers: Path) -> dict[str, object]:
        """CPU seconds to index the file's records and to plan the author's papers (best of 3), and the plan's reasons."""
        result = subprocess.run([sys.executable, "-c", MATCHING, str(path), str(papers), AUTHOR], env=tree.env,
                                cwd=tree.root, capture_output=True, text=True, check=True)
        return json.loads(result.stdout)  # type: ignore[no-any-return]

    def known_ids(self, path: Path) -> tuple[int, int]:
        """arXiv requests to check 400 known ids (``--id`` x 400), cold and warm."""
        tree = self.trees[-1]
        ids = [f"--id={entry_id(entry)}" for entry in self.arxiv.queries[QUERY]]
        args = ["diff", *ids, "--bib", str(path)]
        shutil.rmtree(tree.cache / "refsync" / "arxiv", ignore_errors=True)
        cold = self.arxiv_requests(lambda: tree.refsync(args))
        return cold, self.arxiv_requests(lambda: tree.refsync(args))


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
            diff = ["diff", "--author", AUTHOR, "--zotero", "--collection", "Michaud papers"]
            result["bare"] = self.bare_read(emu)
            for tree in self.bench.trees:
                env = {**tree.env, "ZOTERO_API_KEY": self.KEY, "REFSYNC_ZOTERO_URL": emu.url}
                shutil.rmtree(tree.cache / "refsync" / "zotero", ignore_errors=True)
                steps: dict[str, object] = {}
                for step in ("cold", "warm"):
                    emu.clear_log()
                    steps[step] = tree.refsync(diff, env), len(emu.requests)
                emu.clear_log()
                warm = [tree.refsync(diff, env) for _ in range(self.bench.repeat - 1)]
                steps["warm"] = median([steps["warm"][0], *warm]), steps["warm"][1]  # type: ignore[index]
                result[tree.label] = steps
            library.add_item(next(generate.zotero_items(1, seed=7)))
            for tree in self.bench.trees:
                env = {**tree.env, "ZOTERO_API_KEY": self.KEY, "REFSYNC_ZOTERO_URL": emu.url}
                emu.clear_log()
                result[tree.label]["changed"] = tree.refsync(diff, env), len(emu.requests)  # type: ignore[index]
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


def bib_table(rows: list[dict[str, object]], trees: list[Tree]) -> list[str]:
    lines = ["| .bib | step | refsync | wall s | CPU s | peak MB | time vs bare parse (wall / CPU) | memory vs bare | "
             "arXiv requests | goal (CPU vs bare) |", "|---|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        bare = row["bare"]
        assert isinstance(bare, Measure)
        name = f"{row['size']} ({row['mb']:.1f} MB)"
        lines.append(f"| {name} | bare `bibtexparser.load` | – | {bare.wall:.2f} | {bare.cpu:.2f} | {bare.peak_mb:.0f} "
                     "| 1 | 1 | – | |")
        warm_goal = "≤ 0.004" if int(row["entries"]) >= 50_000 else "≤ 0.01"  # type: ignore[call-overload]
        for step, key, goal in (("`refsync diff` cold", "cold", "≤ 0.06"), ("`refsync diff` warm", "warm", warm_goal),
                                (f"`refsync diff` warm, {APPENDED} entries appended", "appended", "≤ 1.5× warm")):
            for tree in trees:
                steps = row[tree.label]
                m = steps[key]  # type: ignore[index]
                lines.append(f"| | {step} | {tree.label} | {m.wall:.2f} | {m.cpu:.2f} | {m.peak_mb:.0f} | "
                             f"{m.wall / bare.wall:.3f} / {m.cpu / bare.cpu:.4f} | {m.peak_mb / bare.peak_mb:.2f} | "
                             f"{steps[key + '_requests']} | {goal} |")  # type: ignore[index]
    return lines


def matching_table(rows: list[dict[str, object]], trees: list[Tree]) -> list[str]:
    lines = [f"| .bib entries | refsync | index the records (CPU) | per entry | `make_plan`: index + match {AUTHOR_PAPERS} "
             "papers (CPU) | per entry | same decisions and reasons as the first tree |",
             "|---:|---|---:|---:|---:|---:|---|"]
    for row in rows:
        n = int(row["entries"])  # type: ignore[call-overload]
        first = row[trees[0].label]["match"]["reasons"]  # type: ignore[index]
        for tree in trees:
            match = row[tree.label]["match"]  # type: ignore[index]
            index_s, plan_s = match["index"], match["plan"]
            same = "yes" if match["reasons"] == first else "**NO**"
            lines.append(f"| {n:,} | {tree.label} | {index_s * 1000:.0f} ms | {index_s / n * 1e6:.1f} µs | "
                         f"{plan_s * 1000:.0f} ms | {plan_s / n * 1e6:.1f} µs | {same} |")
    return lines


def startup_table(rows: list[dict[str, object]], trees: list[Tree]) -> list[str]:
    lines = ["| refsync | `refsync --version` CPU s (median) | wall s | importing during a warm `diff` of "
             f"{rows[0]['size']} (s, `-X importtime`) |", "|---|---:|---:|---:|"]
    for tree in trees:
        steps = rows[0][tree.label]
        version = steps["version"]  # type: ignore[index]
        lines.append(f"| {tree.label} | {version.cpu:.3f} | {version.wall:.3f} | {steps['imports_s']:.3f} |")  # type: ignore[index]
    return lines + ["", "Goals: `--version` ≤ 0.15 s; a warm `diff` spends ≤ 0.25 s importing."]


def zotero_table(rows: list[dict[str, object]], trees: list[Tree]) -> list[str]:
    lines = ["| Zotero items | step | refsync | wall s | CPU s | peak MB | Zotero requests | goal |",
             "|---|---|---|---:|---:|---:|---:|---|"]
    for row in rows:
        n = int(row["items"])  # type: ignore[call-overload]
        seconds, requests = row["bare"]  # type: ignore[misc]
        lines.append(f"| {n:,} | pyzotero `everything(top())` alone (in process, wall) | – | {seconds:.2f} | | | "
                     f"{requests} | |")
        steps = [("`refsync diff` cold", "cold", f"≤ {math.ceil(n / 100) + 3} requests; CPU ≤ 0.2× pyzotero"),
                 ("`refsync diff` warm", "warm", "≤ 2 requests, ≤ 1 s CPU"),
                 ("`refsync diff` warm, 1 item added", "changed", "")]
        for step, key, goal in steps:
            for tree in trees:
                m, requests = row[tree.label][key]  # type: ignore[index]
                lines.append(f"| | {step} | {tree.label} | {m.wall:.2f} | {m.cpu:.2f} | {m.peak_mb:.0f} | {requests} | "
                             f"{goal} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", help=".bib sizes, e.g. 1k,10k,50k")
    parser.add_argument("--zotero-sizes", help="emulated Zotero library sizes, e.g. 1k,20k ('' for none)")
    parser.add_argument("--quick", action="store_true", help="1k and 10k .bib, 1k Zotero: a few minutes")
    parser.add_argument("--baseline", type=Path, help="another refsync checkout to measure beside this one")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each refsync step; the median is shown")
    options = parser.parse_args()
    sizes = (options.sizes or ("1k,10k" if options.quick else "1k,10k,50k")).split(",")
    zotero_sizes = options.zotero_sizes if options.zotero_sizes is not None else ("1k" if options.quick else "1k,20k")

    global LAUNCH
    LAUNCH = Launcher()  # first, while this process is small
    print(f"Machine: {machine()}\n", flush=True)
    arxiv = ArxivStandIn().start()
    arxiv.add_query(QUERY, generate.author_entries(AUTHOR_PAPERS, AUTHOR))
    try:
        with tempfile.TemporaryDirectory(prefix="refsync-bench-") as tmp:
            bench = Bench(Path(tmp), arxiv, options.baseline, options.repeat)
            for tree in bench.trees:
                print(f"- {tree.label}: {tree.root} ({commit(tree.root)})")
            print(f"\nrefsync steps: median of {options.repeat} runs; CPU = user + sys of the process.\n", flush=True)
            rows = []
            for label in sizes:
                print(f"measuring {label} ...", file=sys.stderr, flush=True)
                rows.append(bench.bib(label))
                print("\n".join(bib_table(rows[-1:], bench.trees)) + "\n", flush=True)
            print("\n".join(matching_table(rows, bench.trees)) + "\n")
            print("\n".join(startup_table(rows, bench.trees)) + "\n", flush=True)
            cold, warm = bench.known_ids(bench.work / f"{sizes[0]}.bib")
            print(f"arXiv requests for a {AUTHOR_PAPERS}-paper author (pages of 200): cold "
                  f"{rows[0][bench.trees[-1].label]['cold_requests']}, "  # type: ignore[index]
                  f"warm {rows[0][bench.trees[-1].label]['warm_requests']}; "  # type: ignore[index]
                  f"for {AUTHOR_PAPERS} known ids (`--id`, batches of 200): cold {cold}, warm {warm}.\n", flush=True)
            zotero_rows = []
            for label in filter(None, zotero_sizes.split(",")):
                print(f"measuring Zotero {label} ...", file=sys.stderr, flush=True)
                zotero_rows.append(ZoteroBench(bench).measure(label))
            if zotero_rows:
                print("\n".join(zotero_table(zotero_rows, bench.trees)))
    finally:
        arxiv.stop()
        LAUNCH.close()
    print(f"\npeak memory of this bench process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def commit(root: Path) -> str:
    done = subprocess.run(["git", "-C", str(root), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return done.stdout.strip() or "not a git checkout"


if __name__ == "__main__":
    main()
