#!/usr/bin/env python3
"""Run mono/mini's regression tests on Lucid, one test method per process.

mono/mini's regression suites (basic.cs, objects.cs, iltests.il, ...) are
classes full of `static int test_N_name ()` methods, each expected to return
N. Upstream runs them through TestDriver.RunTests, which finds them by
reflection; Lucid cannot run reflection (or Console) yet, so this script:

  1. fetches Debian's mono 6.8.0.105 source (apt-get source) into
     conformance/.cache/ and unpacks only mono/mini/*.cs and *.il;
  2. compiles each suite unchanged and asks mono, through a small reflection
     program (the "lister"), for exactly the methods TestDriver would run: the
     static methods of the type passed to RunTests (Main's declaring type)
     whose names start with "test_", with their [Category] attributes;
  3. inserts a nested class into that type whose Main picks test number
     args.Length (so `lucid suite.exe x x x` runs test 3: no int.Parse, no
     Console, no reflection) and exits 0 when the test returned its N, else 1.
     A nested class can call the private test methods, which TestDriver
     reaches by reflection;
  4. runs every test on mono (the oracle, cached per compiled assembly) and on
     Lucid, in parallel with a timeout, and classifies Lucid's failures by the
     first line of stderr.

Results: a per-suite table and the top failure reasons on stdout, every test
in conformance/.cache/mini-results.tsv.

    python3 conformance/mini.py [--jobs N] [--timeout S] [--suite NAME ...]
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, "conformance", ".cache")
VERSION = "6.8.0.105+dfsg"
TARBALL = os.path.join(CACHE, f"mono_{VERSION}.orig.tar.xz")
MINI = os.path.join(CACHE, f"mono-{VERSION}", "mono", "mini")
BUILD = os.path.join(CACHE, "mini-build")
RESULTS = os.path.join(CACHE, "mini-results.tsv")
MONO_CACHE = os.path.join(CACHE, "mini-mono-oracle.json")
LUCID = os.path.join(ROOT, "build", "lucid")
DEB_SRC_LINE = ("deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] "
                "http://deb.debian.org/debian bookworm main")

# Flags from shared/conformance/README.md (mono/tests' set, a superset of
# mono/mini's CSFLAGS), plus warnings these sources trip that are noise here.
MCS_FLAGS = ["-unsafe", "-nowarn:0162,0168,0219,0414,0618,0169,1690,0649,0612,3021,0197,0642,1718",
             "-r:System.dll", "-r:System.Xml.dll", "-r:System.Core.dll", "-r:TestDriver.dll",
             "-r:Mono.Posix.dll"]

# mono/mini/Makefile.am's regtests_UNIVERSAL, with the extra flags its rules
# give each one. Every suite's test methods are in the type its Main passes
# to TestDriver.RunTests.
SUITES = {
    "aot-tests": [],
    "basic": [],
    "basic-float": [],
    "basic-long": [],
    "basic-calls": [],
    "builtin-types": ["-define:ARCH_64"],
    "gshared": [],
    "objects": [],
    "arrays": [],
    "basic-math": [],
    "exceptions": [],
    "iltests": None,  # IL: assembled with ilasm
    "devirtualization": [],
    "generics": ["-r:generics-variant-types.dll"],
    "basic-simd": ["-r:Mono.Simd.dll"],
    "unaligned": ["-r:MemoryIntrinsics.dll"],
    "basic-vectors": ["-r:System.Numerics.dll", "-r:System.Numerics.Vectors.dll"],
    "ratests": [],
}
# Other TestDriver-style files in mono/mini that Makefile.am runs apart from
# the regression set (gc-test under `make gctest`, mixed for the interpreter,
# bench for timing); only with --all.
EXTRA_SUITES = {"gc-test": [], "mixed": [], "bench": []}

# IL libraries some suites reference (Makefile.am builds them with ilasm -dll).
IL_LIBRARIES = ["generics-variant-types", "MemoryIntrinsics"]

LISTER_CS = r"""
// Prints what TestDriver.RunTests would run for each assembly named on the
// command line: the static methods of Main's declaring type named test_*.
using System;
using System.Linq;
using System.Reflection;

static class Lister {
    static int Main (string[] args) {
        var asm = Assembly.LoadFrom (args [0]);
        var type = asm.EntryPoint.DeclaringType;
        Console.WriteLine ("TYPE\t{0}", type.FullName);
        foreach (var m in type.GetMethods (BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)) {
            if (!m.Name.StartsWith ("test_", StringComparison.Ordinal))
                continue;
            var categories = m.GetCustomAttributesData ()
                .Where (d => d.AttributeType.Name == "CategoryAttribute")
                .Select (d => d.ConstructorArguments [0].Value.ToString ());
            Console.WriteLine ("TEST\t{0}\t{1}\t{2}\t{3}\t{4}", m.Name, m.ReturnType.FullName,
                m.GetParameters ().Length, m.IsGenericMethodDefinition ? 1 : 0, string.Join (",", categories));
        }
        return 0;
    }
}
"""

DRIVER = "__LucidDriver"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def check(cmd, **kw):
    p = run(cmd, **kw)
    if p.returncode != 0:
        sys.exit(f"mini.py: {' '.join(cmd)} failed ({p.returncode}):\n"
                 f"{p.stdout.decode(errors='replace')}{p.stderr.decode(errors='replace')}")
    return p


# ---------------------------------------------------------------- sources

def has_deb_src():
    files = ["/etc/apt/sources.list"]
    d = "/etc/apt/sources.list.d"
    if os.path.isdir(d):
        files += [os.path.join(d, f) for f in os.listdir(d) if f.endswith((".list", ".sources"))]
    for f in files:
        try:
            text = open(f).read()
        except OSError:
            continue
        if re.search(r"^\s*deb-src\s", text, re.M) or re.search(r"^Types:.*\bdeb-src\b", text, re.M):
            return True
    return False


def ensure_tarball():
    """Debian's mono source tarball in CACHE, fetched with apt-get source
    when missing (a symlink to another checkout's copy does as well)."""
    if os.path.exists(TARBALL):
        return
    os.makedirs(CACHE, exist_ok=True)
    if not has_deb_src():
        if os.geteuid() != 0:
            sys.exit("mini.py: apt has no deb-src entry; add one, e.g. to "
                     f"/etc/apt/sources.list.d/debsrc.list:\n  {DEB_SRC_LINE}\nthen apt-get update")
        log("mini.py: adding a deb-src entry: /etc/apt/sources.list.d/debsrc.list")
        with open("/etc/apt/sources.list.d/debsrc.list", "w") as f:
            f.write(DEB_SRC_LINE + "\n")
        check(["apt-get", "update", "-q"])
    log("mini.py: apt-get source --download-only mono")
    check(["apt-get", "source", "--download-only", "mono"], cwd=CACHE)
    if not os.path.exists(TARBALL):
        sys.exit(f"mini.py: apt-get source did not give {os.path.basename(TARBALL)} "
                 "(the class libraries are 6.8.0.105; the tests must match)")


def unpack(patterns):
    """Extracts the members matching patterns (paths below mono-VERSION/)
    from the tarball: it is ~120 MB, and the tests need a small part."""
    ensure_tarball()
    log(f"mini.py: unpacking {', '.join(patterns)}")
    prefix = f"mono-{VERSION}/"
    check(["tar", "-xJf", TARBALL, "-C", CACHE, "--wildcards"] + [prefix + p for p in patterns])


def ensure_sources():
    if not os.path.exists(os.path.join(MINI, "TestDriver.cs")):
        unpack(["mono/mini/*.cs", "mono/mini/*.il"])


# ---------------------------------------------------------------- building

def stale(output, *inputs):
    """True when output is missing or older than an input (this script counts)."""
    if not os.path.exists(output):
        return True
    t = os.path.getmtime(output)
    return any(os.path.getmtime(i) > t for i in inputs + (__file__,))


def write_if_changed(path, text):
    try:
        if open(path).read() == text:
            return
    except OSError:
        pass
    with open(path, "w") as f:
        f.write(text)


def build_common():
    """TestDriver.dll, the IL libraries and the lister, in BUILD."""
    os.makedirs(BUILD, exist_ok=True)
    td = os.path.join(BUILD, "TestDriver.dll")
    srcs = [os.path.join(MINI, "TestDriver.cs"), os.path.join(MINI, "TestHelpers.cs")]
    if stale(td, *srcs):
        check(["mcs", "-unsafe", "-nowarn:0414", "-target:library", "-out:" + td] + srcs)
    for name in IL_LIBRARIES:
        out = os.path.join(BUILD, name + ".dll")
        src = os.path.join(MINI, name + ".il")
        if stale(out, src):
            check(["ilasm", "-dll", "-out:" + out, src])
    lister_cs = os.path.join(BUILD, "lister.cs")
    write_if_changed(lister_cs, LISTER_CS)
    lister = os.path.join(BUILD, "lister.exe")
    if stale(lister, lister_cs):
        check(["mcs", "-r:System.Core.dll", "-out:" + lister, lister_cs])


def compile_suite(suite, flags, source, out, main=None):
    if source.endswith(".il"):
        check(["ilasm", "-exe", "-out:" + out, source], cwd=BUILD)
    else:
        cmd = ["mcs"] + MCS_FLAGS + flags + ["-out:" + out, source]
        if main:
            cmd.append("-main:" + main)
        check(cmd, cwd=BUILD)


class Test:
    def __init__(self, suite, index, name, ret, nparams, generic, categories):
        self.suite, self.index, self.name = suite, index, name
        self.categories = categories
        m = re.match(r"test_(\d+)", name)
        self.expected = int(m.group(1)) if m and int(m.group(1)) < 2**31 else None
        # What TestDriver could not call either: its Invoke (null, null) needs
        # no parameters, no open generic, and an int result to parse N from.
        self.skip = None
        if self.expected is None:
            self.skip = "no expected value in the name"
        elif ret != "System.Int32":
            self.skip = f"returns {ret}"
        elif nparams != "0" or generic != "0":
            self.skip = "has parameters or is generic"
        self.mono = self.lucid = None  # (status, reason, first stderr line, seconds)


def list_tests(suite, exe):
    p = check(["mono", os.path.join(BUILD, "lister.exe"), exe], cwd=BUILD)
    type_name, tests = None, []
    for line in p.stdout.decode().splitlines():
        f = line.split("\t")
        if f[0] == "TYPE":
            type_name = f[1]
        elif f[0] == "TEST":
            tests.append(Test(suite, None, f[1], f[2], f[3], f[4], f[5]))
    return type_name, tests


def instrument_cs(text, type_name, tests):
    """Insert the driver as a class nested in the test type, before its Main."""
    m = re.search(r"^[ \t]*(?:public\s+|private\s+|internal\s+)?static\s+int\s+Main\s*\(", text, re.M)
    if not m:
        raise RuntimeError("no `static int Main (` to put the driver beside")
    cases = "".join(f"\t\tcase {t.index}: return {t.name} () == {t.expected} ? 0 : 1;\n"
                    for t in tests if t.index is not None)
    driver = (f"// Generated by conformance/mini.py: runs test number args.Length.\n"
              f"static class {DRIVER} {{\n"
              f"\tstatic int Main (string[] args) {{\n"
              f"\t\tswitch (args.Length) {{\n{cases}\t\t}}\n"
              f"\t\treturn 2;\n\t}}\n}}\n")
    return text[:m.start()] + driver + text[m.start():]


def instrument_il(text, type_name, tests):
    """The same in IL; the original Main gives up its .entrypoint."""
    m = re.search(r"^[ \t]*\.method[^\n]*\bMain\s*\(", text, re.M)
    if not m or text.count(".entrypoint") != 1:
        raise RuntimeError("expected one Main with the one .entrypoint")
    text = text.replace(".entrypoint", "// .entrypoint (moved to the driver)")
    runnable = [t for t in tests if t.index is not None]
    labels = ", ".join(f"T{t.index}" for t in runnable)
    body = "".join(f"\tT{t.index}:\n\t\tcall int32 {type_name}::'{t.name}' ()\n"
                   f"\t\tldc.i4 {t.expected}\n\t\tceq\n\t\tldc.i4.0\n\t\tceq\n\t\tret\n"
                   for t in runnable)
    driver = (f"// Generated by conformance/mini.py: runs test number args.Length.\n"
              f".class nested private auto ansi abstract sealed {DRIVER} extends [mscorlib]System.Object {{\n"
              f"\t.method public static int32 Main (string[] args) cil managed {{\n"
              f"\t\t.entrypoint\n\t\t.maxstack 2\n"
              f"\t\tldarg.0\n\t\tldlen\n\t\tconv.i4\n\t\tswitch ({labels})\n"
              f"\t\tldc.i4.2\n\t\tret\n{body}\t}}\n}}\n")
    return text[:m.start()] + driver + text[m.start():]


def build_suite(suite, flags):
    """Compile the suite unchanged, list its tests, compile it with the driver.
    Returns (exe, tests) or raises with the reason."""
    is_il = flags is None
    ext = ".il" if is_il else ".cs"
    source = os.path.join(MINI, suite + ext)
    orig = os.path.join(BUILD, suite + ".orig.exe")
    if stale(orig, source):
        compile_suite(suite, flags, source, orig)
    type_name, tests = list_tests(suite, orig)
    if not type_name:
        raise RuntimeError("the lister found no entry point type")
    index = 0
    for t in tests:
        if not t.skip:
            t.index = index
            index += 1
    text = open(source, encoding="utf-8-sig").read()
    gen = os.path.join(BUILD, suite + ".driver" + ext)
    write_if_changed(gen, (instrument_il if is_il else instrument_cs)(text, type_name, tests))
    exe = os.path.join(BUILD, suite + ".exe")
    if stale(exe, gen):
        compile_suite(suite, flags, gen, exe, main=f"{type_name}+{DRIVER}")
    return exe, tests


# ---------------------------------------------------------------- running

def limit_memory(mb):
    """A prefix that caps a command's address space. Through sh's ulimit, not
    preexec_fn: that makes Python fork instead of vfork, doubling the cost of
    a run."""
    return ["/bin/sh", "-c", f'ulimit -v {mb << 10} && exec "$@"', "sh"] if mb else []


def run_one(cmd, index, timeout):
    """Runs cmd with index arguments: (status, reason, first stderr line, seconds)."""
    start = time.monotonic()
    try:
        p = subprocess.run(cmd + ["x"] * index, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           timeout=timeout, cwd=BUILD)
    except subprocess.TimeoutExpired:
        return "timeout", f"timeout ({timeout:g} s)", "", timeout
    seconds = time.monotonic() - start
    err = p.stderr.decode(errors="replace")
    lines = [l for l in err.splitlines() if l.strip()]
    # "Unhandled Exception:" alone says little; the exception is on the next line.
    first = " ".join(lines[:2] if lines and lines[0].endswith(":") else lines[:1])
    if p.returncode == 0:
        return "pass", "", first, seconds
    return "fail", classify(p.returncode, lines), first, seconds


def classify(rc, lines):
    """A failure reason fit for counting: the first line of stderr, less the
    parts that name one method (Lucid's "(in M at IL_xxxx)")."""
    if rc < 0:
        try:
            return f"signal {signal.Signals(-rc).name}"
        except ValueError:
            return f"signal {-rc}"
    if not lines:
        return "wrong result" if rc == 1 else f"exit {rc}, no message"
    reason = re.sub(r"^lucid: (?:[^:]*\.exe: )?", "", lines[0])
    if reason.startswith("Unhandled Exception") and len(lines) > 1:
        # The exception is on the next line ("System.X: message").
        reason = "Unhandled Exception: " + lines[1].strip()
    reason = re.sub(r" \(in .* at IL_[0-9a-f]+\)$", "", reason)
    return reason[:160]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


# ---------------------------------------------------------------- report

def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(c).rjust(w) if isinstance(c, int) else str(c).ljust(w)
                              for c, w in zip(r, widths)).rstrip()
    return "\n".join([fmt(header), fmt(["-" * w for w in widths])] + [fmt(r) for r in rows])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per test (default 10)")
    ap.add_argument("--mem-limit-mb", type=int, default=4096,
                    help="address-space limit per Lucid process, against runaway tests (0: none; default 4096)")
    ap.add_argument("--suite", action="append", help="run only this suite (repeatable)")
    ap.add_argument("--all", action="store_true", help="also gc-test, mixed and bench")
    ap.add_argument("--make", action="store_true", help="run make before (default: only if build/lucid is missing)")
    ap.add_argument("--no-oracle-cache", action="store_true", help="rerun mono even for unchanged assemblies")
    ap.add_argument("--lucid", default=LUCID, help="the lucid binary (default build/lucid)")
    args = ap.parse_args()
    started = time.monotonic()

    if args.make or not os.path.exists(args.lucid):
        check(["make", f"-j{os.cpu_count() or 2}"], cwd=ROOT)
    ensure_sources()
    build_common()
    # Run a copy, so that a rebuild of build/lucid during the run (someone
    # else's make) neither mixes two builds' results nor fails an exec.
    lucid = os.path.join(BUILD, "lucid")
    shutil.copy2(args.lucid, lucid)
    head = run(["git", "describe", "--always", "--dirty"], cwd=ROOT).stdout.decode().strip()

    suites = dict(SUITES, **(EXTRA_SUITES if args.all else {}))
    if args.suite:
        unknown = [s for s in args.suite if s not in suites and s not in EXTRA_SUITES]
        if unknown:
            sys.exit(f"mini.py: unknown suite {', '.join(unknown)}; known: {', '.join(list(SUITES) + list(EXTRA_SUITES))}")
        suites = {s: dict(SUITES, **EXTRA_SUITES)[s] for s in args.suite}

    # Build every suite (each is independent: compile, list, compile again).
    built, broken = {}, {}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(build_suite, s, f): s for s, f in suites.items()}
        for fut in concurrent.futures.as_completed(futures):
            s = futures[fut]
            try:
                built[s] = fut.result()
            except (Exception, SystemExit) as e:
                broken[s] = str(e)
                log(f"mini.py: {s}: not built: {e}")
    built_at = time.monotonic()

    oracle = {}
    if not args.no_oracle_cache and os.path.exists(MONO_CACHE):
        oracle = json.load(open(MONO_CACHE))
    # The oracle cache: per suite, the sha256 of the assembly mono ran and
    # its verdict per test index.
    hashes = {s: sha256(exe) for s, (exe, _) in built.items()}

    jobs = []
    for s, (exe, tests) in built.items():
        entry = oracle.get(s, {})
        cached = entry.get("results", {}) if entry.get("sha256") == hashes[s] else {}
        for t in tests:
            if t.index is None:
                continue
            if str(t.index) in cached:
                t.mono = tuple(cached[str(t.index)])
            else:
                jobs.append((t, "mono", ["mono", exe]))
            jobs.append((t, "lucid", limit_memory(args.mem_limit_mb) + [lucid, exe]))
    log(f"mini.py: {len(jobs)} runs on {args.jobs} jobs")
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(run_one, cmd, t.index, args.timeout): (t, who) for t, who, cmd in jobs}
        for fut in concurrent.futures.as_completed(futures):
            t, who = futures[fut]
            setattr(t, who, fut.result())

    # Save the oracle (only mono's deterministic verdicts, not timeouts).
    for s, (exe, tests) in built.items():
        oracle[s] = {"sha256": hashes[s], "results": {
            str(t.index): list(t.mono) for t in tests if t.mono and t.mono[0] != "timeout"}}
    with open(MONO_CACHE, "w") as f:
        json.dump(oracle, f)

    # Per-test results.
    with open(RESULTS, "w") as f:
        f.write("suite\tindex\tmethod\texpected\tcategories\tmono\tlucid\treason\tstderr\tseconds\n")
        for s in suites:
            for t in (built[s][1] if s in built else []):
                mono = t.mono[0] if t.mono else "skip"
                lucid = t.lucid or ("skip", t.skip or "", "", 0)
                f.write("\t".join(str(x) for x in [
                    s, "" if t.index is None else t.index, t.name, t.expected, t.categories, mono,
                    lucid[0], lucid[1], lucid[2].replace("\t", " "), f"{lucid[3]:.2f}"]) + "\n")

    # Per-suite table.
    rows, reasons, signals, lucid_only = [], collections.Counter(), [], []
    totals = [0, 0, 0, 0, 0]
    for s in suites:
        if s not in built:
            rows.append([s, "not built", "", "", "", ""])
            continue
        tests = built[s][1]
        ran = [t for t in tests if t.index is not None]
        mono_ok = [t for t in ran if t.mono[0] == "pass"]
        lucid_ok = [t for t in mono_ok if t.lucid[0] == "pass"]
        skipped = len(tests) - len(ran)
        for t in mono_ok:
            if t.lucid[0] != "pass":
                reasons[t.lucid[1]] += 1
                if t.lucid[1].startswith("signal"):
                    signals.append(f"{s}:{t.name} ({t.lucid[1]})")
        lucid_only += [f"{s}:{t.name}" for t in ran if t.mono[0] != "pass" and t.lucid[0] == "pass"]
        pct = f"{100 * len(lucid_ok) / len(mono_ok):.0f}%" if mono_ok else "-"
        rows.append([s, len(tests), skipped, len(mono_ok), len(lucid_ok), pct])
        for i, n in enumerate([len(tests), skipped, len(mono_ok), len(lucid_ok)]):
            totals[i] += n
    pct = f"{100 * totals[3] / totals[2]:.0f}%" if totals[2] else "-"
    rows.append(["total", totals[0], totals[1], totals[2], totals[3], pct])
    print(table(rows, ["suite", "methods", "skipped", "mono-pass", "lucid-pass", "lucid/mono"]))
    print()
    print("Lucid failures among tests mono passes, by reason (top 20 of %d):" % len(reasons))
    print(table([[n, r] for r, n in reasons.most_common(20)], ["count", "reason"]))
    if signals:
        print(f"\nLucid killed by a signal ({len(signals)}):")
        for x in signals[:20]:
            print("  " + x)
    if lucid_only:
        print(f"\nPass on Lucid but not on mono ({len(lucid_only)}): " + ", ".join(lucid_only[:20]))
    for s, e in broken.items():
        print(f"\n{s}: not built: {e}")
    done = time.monotonic()
    print(f"\nlucid: {args.lucid} (tree {head or '?'})")
    print(f"\nbuild {built_at - started:.0f} s, runs {done - built_at:.0f} s; "
          f"per-test results in {os.path.relpath(RESULTS, ROOT)}")


if __name__ == "__main__":
    main()
