#!/usr/bin/env python3
"""Run the benchmarks on Lucid, mono and mono --interpreter, side by side.

Every program in bench/programs is compiled once with mcs (-optimize+) into
build/bench/ and run RUNS times on each runtime, the runtimes taking turns so
that a noisy neighbour spreads over all of them. Each run is timed (wall
clock, process start to exit) and its peak RSS read from the child's rusage
(wait4). The first mono run's stdout is the reference: a Lucid or
mono --interpreter run whose exit code is not 0 or whose stdout differs is a
failure, shown in the table as such, never as a time. Lucid stops being run on
a benchmark after its first failure (failures are not timed, and a timeout
would only cost more time).

Lucid runs with LUCID_GCLog=1; its stderr lines that look like a GC log line
give the GC count and total pause. One extra, untimed mono run per benchmark
with mono's GC logging (MONO_LOG_MASK=gc) gives mono's counts beside them.

A benchmark, not a test: nothing here asserts a time. Environment (or the
flags of the same meaning): BENCH_RUNS (3), BENCH_TIMEOUT (seconds per run,
300), BENCH_SLOW (a Lucid or interpreter run longer than this, 60 s, is not
repeated: the cell says "(1 run)"), BENCH_ONLY (comma-separated names), BENCH_RUNTIMES (subset of
lucid,mono,mono-interp), BENCH_DEEP=1 (add binary-trees at depths 20 and 21,
which take mono tens of seconds).

    python3 bench/run.py [--runs N] [--only a,b] [--deep] [--lucid PATH]
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
BUILD = os.path.join(ROOT, "build", "bench")
TIME = "/usr/bin/time"  # GNU time, for the child's peak RSS

# name, source (bench/programs/NAME.cs), arguments, stdin (None or the
# argument of the fasta program whose output is fed in), group. Sizes are
# chosen so that mono takes roughly 0.5-3 s on the development machine.
BENCHMARKS = [
    ("hello", "hello", [], None, "startup"),
    ("binary-trees", "binarytrees", ["16"], None, "game"),
    ("fannkuch-redux", "fannkuchredux", ["10"], None, "game"),
    ("n-body", "nbody", ["10000000"], None, "game"),
    ("spectral-norm", "spectralnorm", ["1500"], None, "game"),
    ("mandelbrot", "mandelbrot", ["2000"], None, "game"),
    ("fasta", "fasta", ["2500000"], None, "game"),
    ("k-nucleotide", "knucleotide", [], 1000000, "game"),
    ("reverse-complement", "revcomp", [], 2500000, "game"),
    ("gcbench", "gcbench", [], None, "gc"),
    ("binary-trees-18", "binarytrees", ["18"], None, "gc"),
    ("binary-trees-20", "binarytrees", ["20"], None, "deep"),
    ("binary-trees-21", "binarytrees", ["21"], None, "deep"),
]

RUNTIMES = ["lucid", "mono", "mono-interp"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def env_int(name, default):
    value = os.environ.get(name, "")
    try:
        return int(value) if value else default
    except ValueError:
        sys.exit(f"bench: {name}={value!r} is not a number")


# ---------------------------------------------------------------- building

def stale(output, *inputs):
    if not os.path.exists(output):
        return True
    t = os.path.getmtime(output)
    return any(os.path.getmtime(i) > t for i in inputs)


def compile_program(source):
    src = os.path.join(PROGRAMS, source + ".cs")
    exe = os.path.join(BUILD, source + ".exe")
    if stale(exe, src):
        p = subprocess.run(["mcs", "-optimize+", "-out:" + exe, src],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            sys.exit(f"bench: mcs {src} failed:\n{p.stdout.decode(errors='replace')}")
    return exe


def fasta_input(n):
    """The fasta program's output for n, made once with mono (the input of
    k-nucleotide and reverse-complement, not a measurement)."""
    path = os.path.join(BUILD, f"fasta-{n}.txt")
    fasta = compile_program("fasta")
    if stale(path, fasta):
        with open(path + ".tmp", "wb") as out:
            p = subprocess.run(["mono", fasta, str(n)], stdout=out)
        if p.returncode != 0:
            sys.exit(f"bench: mono fasta.exe {n} failed ({p.returncode})")
        os.replace(path + ".tmp", path)
    return path


# ---------------------------------------------------------------- running

class Run:
    """One process: wall seconds, peak RSS in KiB, exit status, output."""

    def __init__(self, seconds, rss_kb, returncode, timed_out, stdout, stderr):
        self.seconds, self.rss_kb = seconds, rss_kb
        self.returncode, self.timed_out = returncode, timed_out
        self.stdout, self.stderr = stdout, stderr


def run_measured(cmd, stdin_path, env, timeout):
    """Runs cmd with stdout and stderr into files. Peak RSS comes from GNU
    time's %M: Linux carries a process's RSS high-water mark across exec, so
    a child forked from this (large) Python process would report at least
    Python's size; time forks from a small process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as rss, \
            open(stdin_path or os.devnull, "rb") as inp:
        start = time.perf_counter()
        p = subprocess.Popen([TIME, "-f", "%M", "-o", rss.name] + cmd, stdin=inp, stdout=out,
                             stderr=err, env=env, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            p.wait()
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        returncode, rss_kb = p.returncode, 0
        # time's report: "Command terminated by signal N" or "Command exited
        # with non-zero status N" when so, then the %M line.
        for line in rss.read().splitlines():
            m = re.match(r"Command terminated by signal (\d+)", line)
            if m:
                returncode = -int(m.group(1))
            elif line.strip().isdigit():
                rss_kb = int(line.strip())
        out.seek(0)
        err.seek(0)
        return Run(seconds, rss_kb, returncode, timed_out.is_set(), out.read(), err.read())


def runtime_command(runtime, lucid, exe, args):
    if runtime == "lucid":
        return [lucid, exe] + args
    if runtime == "mono":
        return ["mono", exe] + args
    return ["mono", "--interpreter", exe] + args


def failure(run, reference):
    """Why a run does not count, or None. The reference is mono's stdout."""
    if run.timed_out:
        return "timeout"
    if run.returncode < 0:
        try:
            return signal.Signals(-run.returncode).name
        except ValueError:
            return f"signal {-run.returncode}"
    if run.returncode != 0:
        return f"exit {run.returncode}"
    if reference is not None and run.stdout != reference:
        return "wrong output"
    return None


def first_lines(data):
    """The gist of a failure's stderr: the first line, or for an unhandled
    exception the innermost exception of the next line."""
    lines = [l.strip() for l in data.decode(errors="replace").splitlines() if l.strip()]
    lines = [l for l in lines if not GC_LINE.match(l)]
    if not lines:
        return ""
    text = lines[0]
    if text.startswith("Unhandled Exception") and len(lines) > 1:
        text = lines[1].split(" ---> ")[-1]
    return text[:200]


# ---------------------------------------------------------------- GC logs

# Lucid's LUCID_GCLog line, today "gc 3: gen2 allocation, 4096 KB -> 1024 KB,
# 1.234 ms". Only "gc N:" at the start is relied on to count; the pause is the
# number before "ms" (or "us"/"ns"), the generation a "genN" word if present.
GC_LINE = re.compile(r"^gc\s+\d+\s*:")
PAUSE = re.compile(r"([0-9]+(?:\.[0-9]+)?)\s*(ms|us|µs|ns)\b")
GEN = re.compile(r"\bgen\s*([0-9])\b")
UNIT = {"ms": 1.0, "us": 1e-3, "µs": 1e-3, "ns": 1e-6}


def lucid_gc(stderr):
    """(count, total pause ms or None, {gen: count}) from Lucid's stderr, or
    None when it printed no GC line (no log, or a run with no GC)."""
    count, pause, pauses_seen, gens = 0, 0.0, 0, {}
    for line in stderr.decode(errors="replace").splitlines():
        line = line.strip()
        if not GC_LINE.match(line):
            continue
        count += 1
        m = PAUSE.search(line)
        if m:
            pause += float(m.group(1)) * UNIT[m.group(2)]
            pauses_seen += 1
        g = GEN.search(line)
        if g:
            gens[g.group(1)] = gens.get(g.group(1), 0) + 1
    if count == 0:
        return None
    return count, (pause if pauses_seen == count else None), gens


# mono 6.8 (sgen) with MONO_LOG_LEVEL=debug MONO_LOG_MASK=gc prints, on
# stdout, "Mono: GC_MINOR: (Nursery full) time 0.44ms, stw 0.44ms ..." and
# "Mono: GC_MAJOR: (...) time 1.87ms, stw 2.49ms ..." per collection.
MONO_GC_LINE = re.compile(r"GC_(MINOR|MAJOR)\b[^:]*:.*?\bstw\s+([0-9.]+)\s*ms")


def mono_gc(exe, args, stdin_path, timeout):
    env = dict(os.environ, MONO_LOG_LEVEL="debug", MONO_LOG_MASK="gc")
    run = run_measured(["mono", exe] + args, stdin_path, env, timeout)
    if run.returncode != 0:
        return None
    minor = major = 0
    pause = 0.0
    for line in (run.stdout + run.stderr).decode(errors="replace").splitlines():
        m = MONO_GC_LINE.search(line)
        if m:
            if m.group(1) == "MINOR":
                minor += 1
            else:
                major += 1
            pause += float(m.group(2))
    return minor + major, pause, {"0": minor, "2": major}


# ---------------------------------------------------------------- report

def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]

    def fmt(r):
        cells = []
        for i, (c, w) in enumerate(zip(r, widths)):
            cells.append(str(c).ljust(w) if i == 0 else str(c).rjust(w))
        return "  ".join(cells).rstrip()
    return "\n".join([fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


class Result:
    def __init__(self, name):
        self.name = name
        self.runs = {rt: [] for rt in RUNTIMES}
        self.failure = {rt: None for rt in RUNTIMES}
        self.detail = {rt: "" for rt in RUNTIMES}
        self.lucid_gc = []
        self.mono_gc = None

    def ok(self, rt):
        return self.runs[rt] and not self.failure[rt]

    def median(self, rt):
        return statistics.median(r.seconds for r in self.runs[rt]) if self.ok(rt) else None

    def rss_mb(self, rt):
        if not self.runs[rt]:
            return None
        return max(r.rss_kb for r in self.runs[rt]) / 1024


def time_cell(result, rt, selected, runs):
    if rt not in selected:
        return "-"
    if result.failure[rt]:
        return result.failure[rt].upper()
    m = result.median(rt)
    if m is None:
        return "-"
    return f"{m:.3f}" + ("" if len(result.runs[rt]) == runs else f" ({len(result.runs[rt])} run)")


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"


def gc_cell(stats):
    if not stats:
        return "-"
    count, pause, gens = stats
    split = "/".join(f"{gens[g]}" for g in sorted(gens)) if len(gens) > 1 else ""
    text = f"{count}" + (f" ({split})" if split else "")
    return text + (f", {pause:.1f} ms" if pause is not None else ", ? ms")


def report(results, selected, runs):
    rows = []
    for r in results:
        lu, mo, mi = (r.median(rt) for rt in RUNTIMES)
        rows.append([r.name, time_cell(r, "mono", selected, runs), time_cell(r, "mono-interp", selected, runs),
                     time_cell(r, "lucid", selected, runs), ratio(lu, mo), ratio(lu, mi)])
    print(f"Wall time, median of {runs} run(s), seconds (a failure is shown instead of a time):")
    print(table(rows, ["benchmark", "mono", "mono-interp", "lucid", "lucid/mono", "lucid/interp"]))
    print()

    rows = []
    for r in results:
        def rss(rt):
            v = r.rss_mb(rt)
            return f"{v:.1f}" if v is not None else "-"
        # The median run's GC statistics (GC counts are nearly deterministic).
        lucid_gc = None
        if r.lucid_gc:
            ordered = sorted((s for s in r.lucid_gc if s), key=lambda s: s[0])
            lucid_gc = ordered[len(ordered) // 2] if ordered else None
        if "lucid" not in selected:
            lucid_cell = "-"
        elif not r.runs["lucid"]:
            lucid_cell = "-"
        elif lucid_gc:
            lucid_cell = gc_cell(lucid_gc)
        else:
            lucid_cell = "no log" if r.ok("lucid") else "-"
        rows.append([r.name, rss("mono"), rss("mono-interp"), rss("lucid"),
                     gc_cell(r.mono_gc), lucid_cell])
    print("Peak RSS (MiB, largest of the runs) and GCs (count (per generation), total pause):")
    print(table(rows, ["benchmark", "mono RSS", "interp RSS", "lucid RSS",
                       "mono GCs (minor/major), stw", "lucid GCs, pause"]))

    failures = [(r.name, rt, r.failure[rt], r.detail[rt]) for r in results for rt in RUNTIMES
                if r.failure[rt]]
    if failures:
        print()
        print("Failures (first lines of stderr):")
        for name, rt, why, detail in failures:
            print(f"  {name} on {rt}: {why}" + (f": {detail}" if detail else ""))


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=env_int("BENCH_RUNS", 3))
    ap.add_argument("--timeout", type=int, default=env_int("BENCH_TIMEOUT", 300),
                    help="seconds per run (default 300)")
    ap.add_argument("--slow", type=float, default=env_int("BENCH_SLOW", 60),
                    help="a Lucid or interpreter run longer than this many seconds is not repeated (default 60)")
    ap.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""),
                    help="comma-separated benchmark names")
    ap.add_argument("--runtimes", default=os.environ.get("BENCH_RUNTIMES", ",".join(RUNTIMES)))
    ap.add_argument("--deep", action="store_true", default=os.environ.get("BENCH_DEEP") == "1",
                    help="add binary-trees at depths 20 and 21")
    ap.add_argument("--no-mono-gc", action="store_true", help="skip the run that logs mono's GCs")
    ap.add_argument("--lucid", default=os.path.join(ROOT, "build", "lucid"))
    ap.add_argument("--json", default=os.path.join(BUILD, "results.json"))
    args = ap.parse_args()
    started = time.monotonic()

    selected = [rt.strip() for rt in args.runtimes.split(",") if rt.strip()]
    unknown = [rt for rt in selected if rt not in RUNTIMES]
    if unknown or "mono" not in selected:
        sys.exit(f"bench: runtimes must include mono (the reference) and be among {', '.join(RUNTIMES)}")
    if args.runs < 1:
        sys.exit("bench: --runs must be at least 1")
    benches = [b for b in BENCHMARKS if b[4] != "deep" or args.deep]
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        known = {b[0] for b in BENCHMARKS}
        bad = [n for n in names if n not in known]
        if bad:
            sys.exit(f"bench: unknown benchmark {', '.join(bad)}; known: {', '.join(sorted(known))}")
        benches = [b for b in BENCHMARKS if b[0] in names]

    if not os.access(TIME, os.X_OK):
        sys.exit(f"bench: {TIME} (GNU time, Debian package `time`) is needed for peak RSS")
    os.makedirs(BUILD, exist_ok=True)
    lucid = None
    if "lucid" in selected:
        if not os.path.exists(args.lucid):
            sys.exit(f"bench: {args.lucid} does not exist (run make)")
        # A copy, so a rebuild during the run cannot mix two builds.
        lucid = os.path.join(BUILD, "lucid")
        shutil.copy2(args.lucid, lucid)

    results = []
    lucid_env = dict(os.environ, LUCID_GCLog="1")
    for name, source, bargs, fasta_n, group in benches:
        exe = compile_program(source)
        stdin_path = fasta_input(fasta_n) if fasta_n else None
        result = Result(name)
        results.append(result)
        reference = None
        log(f"bench: {name} {' '.join(bargs)}")
        for i in range(args.runs):
            for rt in ["mono"] + [x for x in selected if x != "mono"]:
                if result.failure[rt] and rt != "mono":
                    continue  # no point in timing a runtime that failed
                if i > 0 and rt != "mono" and result.runs[rt] and result.runs[rt][0].seconds > args.slow:
                    continue  # one run of a slow runtime is measurement enough
                run = run_measured(runtime_command(rt, lucid, exe, bargs), stdin_path,
                                   lucid_env if rt == "lucid" else None, args.timeout)
                if rt == "mono" and reference is None and not run.timed_out and run.returncode == 0:
                    reference = run.stdout
                why = failure(run, reference)
                if rt == "mono" and reference is None:
                    why = why or "no reference"
                result.runs[rt].append(run)
                if why:
                    result.failure[rt] = why
                    result.detail[rt] = first_lines(run.stderr)
                if rt == "lucid":
                    result.lucid_gc.append(lucid_gc(run.stderr))
        if not args.no_mono_gc and reference is not None:
            result.mono_gc = mono_gc(exe, bargs, stdin_path, args.timeout)

    report(results, selected, args.runs)
    head = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.decode().strip()
    print(f"\nlucid: {args.lucid} (tree {head or '?'}); mono: "
          + subprocess.run(["mono", "--version"], stdout=subprocess.PIPE).stdout.decode().splitlines()[0])
    with open(args.json, "w") as f:
        json.dump([{
            "name": r.name,
            "runs": {rt: [{"seconds": x.seconds, "rss_kb": x.rss_kb, "exit": x.returncode,
                           "timeout": x.timed_out} for x in r.runs[rt]] for rt in RUNTIMES},
            "failure": r.failure, "detail": r.detail,
            "lucid_gc": r.lucid_gc, "mono_gc": r.mono_gc,
        } for r in results], f, indent=1)
    print(f"total {time.monotonic() - started:.0f} s; every run in {os.path.relpath(args.json, ROOT)}")


if __name__ == "__main__":
    main()
