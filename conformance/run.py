#!/usr/bin/env python3
"""Run the test programs of shared/conformance/dev-tests.tsv on mono and Lucid.

The programs come from Debian's mono 6.8.0.105 source package (mono/tests and
mcs/tests), fetched and unpacked by mini.py's code into conformance/.cache/.
This script:

  1. builds what they need: TestDriver.dll (mono/mini's TestDriver.cs and
     TestHelpers.cs), libtest.so from mono/tests/libtest.c against glib (for
     the P/Invoke tests), and the helper assemblies of mono/tests/Makefile.am's
     multi-assembly rules for the listed tests that have them;
  2. compiles the C# programs in a few long-lived mono processes through
     mcs.exe's Mono.CSharp.CompilerCallableEntryPoint (mcs's start-up costs
     more than most compilations), honouring each mcs test's
     `// Compiler options:` line and building the `-r:` libraries it names
     from their sources first; IL programs go through ilasm. A program whose
     batch compilation fails is compiled again by a separate mcs to rule out
     state leaking between compilations;
  3. runs each program on mono (cached per assembly hash: mono's results do
     not change) and on a copy of build/lucid, each with a timeout;
  4. prints pass counts per suite and per category, Lucid's most common
     failure reasons, then runs mini.py and prints its counts.

A test passes on Lucid when mono passes it (exit code 0, as both suites
define success) and Lucid gives the same exit code and, where
stdout_deterministic is y, the same stdout. Every test's result is in
conformance/.cache/dev-results.tsv.

    python3 conformance/run.py [--jobs N] [--timeout S] [--suite mono-tests|mcs-tests]
                               [--category C] [--only FILE ...] [--no-mini]
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mini  # noqa: E402  (the source fetching and failure classification)

ROOT = mini.ROOT
CACHE = mini.CACHE
SRC = os.path.join(CACHE, f"mono-{mini.VERSION}")
MONO_TESTS = os.path.join(SRC, "mono", "tests")
MCS_TESTS = os.path.join(SRC, "mcs", "tests")
BUILD = os.path.join(CACHE, "dev-build")
TSV = os.path.join(os.path.dirname(ROOT), "shared", "conformance", "dev-tests.tsv")
RESULTS = os.path.join(CACHE, "dev-results.tsv")
MONO_CACHE = os.path.join(CACHE, "dev-mono-oracle.json")
MCS_EXE = "/usr/lib/mono/4.5/mcs.exe"

# The flags of shared/conformance/README.md for mono/tests.
MONO_TESTS_FLAGS = ["-unsafe", "-nowarn:0162,0168,0219,0414,0618,0169,1690,0649,0612,3021,0197",
                    "-r:System.dll", "-r:System.Xml.dll", "-r:System.Core.dll", "-r:TestDriver.dll",
                    "-r:Mono.Posix.dll"]
# mcs/tests/Makefile's compiler-tester passes these defines to every test.
MCS_TESTS_FLAGS = ["-d:NET_4_0;NET_4_5"]

# mono/tests/Makefile.am's multi-assembly rules, for the listed tests that
# have one: (before, flags, after). before: helper assemblies to build first,
# in order, as (output, sources, flags), IL when the source is .il; flags:
# extra flags of the test's own compilation; after: steps once the test is
# built, (output, sources, flags) or ("rm", path, None): some tests are
# compiled against one version of a library and run against another.
def _lib(out, src, *flags):
    return (out, [src], ["-t:library"] + list(flags) if src.endswith(".cs") else [])


MONO_TESTS_DEPS = {
    "test-inline-call-stack": ([_lib("test-inline-call-stack-library.dll", "test-inline-call-stack-library.cs")],
                               ["-r:test-inline-call-stack-library.dll"], []),
    "bug-17537": ([("bug-17537-helper.exe", ["bug-17537-helper.cs"], [])], [], []),
    "appdomain": ([("appdomain-client.exe", ["appdomain-client.cs"], MONO_TESTS_FLAGS)], [], []),
    "generic-unbox.2": ([_lib("generic-unboxing.2.dll", "generic-unboxing.2.il")], ["-r:generic-unboxing.2.dll"], []),
    "generic-delegate2.2": ([_lib("generic-delegate2-lib.2.dll", "generic-delegate2-lib.2.il")],
                            ["-r:generic-delegate2-lib.2.dll"], []),
    "modules": ([("modules-m1.netmodule", ["modules-m1.cs"], ["-t:module"])], ["-addmodule:modules-m1.netmodule"], []),
    "bug-81673": ([_lib("bug-81673-interface.dll", "bug-81673-interface.cs")], ["-r:bug-81673-interface.dll"],
                  [_lib("bug-81673-interface.dll", "bug-81673-interface.cs", "-define:WITH_STOP")]),
    "bug-36848": ([_lib("bug-36848-a.dll", "bug-36848-a.cs")], ["-r:bug-36848-a.dll"],
                  [_lib("bug-36848-a.dll", "bug-36848-a.cs", "-define:WITH_STOP")]),
    "bug-81691": ([_lib("bug-81691-a.dll", "bug-81691-a.cs"),
                   _lib("bug-81691-b.dll", "bug-81691-b.cs", "-r:bug-81691-a.dll")],
                  ["-r:bug-81691-b.dll"], [("rm", "bug-81691-a.dll", None)]),
    "bug-81466": ([_lib("bug-81466-lib.dll", "bug-81466-lib.il")], [], []),
    "bug-324535": ([_lib("bug-324535-il.dll", "bug-324535-il.il")], ["-r:bug-324535-il.dll"], []),
    "custom-modifiers.2": ([_lib("custom-modifiers-lib.dll", "custom-modifiers-lib.il")],
                           ["-r:custom-modifiers-lib.dll"], []),
}
_RESOLVE = [_lib("assemblyresolve_deps/TestBase.dll", "assemblyresolve_TestBase.cs"),
            _lib("assemblyresolve_deps/Test.dll", "assemblyresolve_Test.cs", "-r:assemblyresolve_deps/TestBase.dll"),
            _lib("assemblyresolve_asm.dll", "assemblyresolve_asm.cs",
                 "-r:assemblyresolve_deps/TestBase.dll", "-r:assemblyresolve_deps/Test.dll")]
for _t in ["assemblyresolve_event3", "assemblyresolve_event4", "assemblyresolve_event6"]:
    MONO_TESTS_DEPS[_t] = (_RESOLVE, [], [])
MONO_TESTS_DEPS["assemblyresolve_event5"] = (
    [_lib("assemblyresolve_deps/assemblyresolve_event5_label.dll", "assemblyresolve_event5_label.cs"),
     _lib("assemblyresolve_event5_helper.dll", "assemblyresolve_event5_helper.cs",
          "-r:assemblyresolve_deps/assemblyresolve_event5_label.dll")], [], [])
_LIBS = [_lib(f"assembly-load-dir{i}/Lib.dll", f"assembly-load-dir{i}/Lib.cs") for i in (1, 2)]
for _t in ["assembly-loadfrom", "assembly-loadfile", "assembly-load-bytes"]:
    MONO_TESTS_DEPS[_t] = (_LIBS, [], [])
_STRONG = [_lib(f"assembly-load-dir{i}/LibStrongName.dll", f"assembly-load-dir{i}/LibStrongName.cs",
                "-keyfile:" + os.path.join(MONO_TESTS, "testing_gac", "testkey.snk")) for i in (1, 2)]
for _t in ["assembly-loadfrom-bindingredirect", "assembly-loadfile-bindingredirect",
           "assembly-load-bytes-bindingredirect", "assembly-refonly-load-bytes-bindingredirect"]:
    MONO_TESTS_DEPS[_t] = (_STRONG, [], [])

# Compiles a batch of jobs in one process. Input: one job a line,
# "directory<TAB>arg<TAB>arg...". Output: "RESULT<TAB>index<TAB>0|1<TAB>messages"
# a job, newlines in messages written as \n.
BATCH_CS = r"""
using System;
using System.IO;
using Mono.CSharp;

static class BatchCompiler {
    static int Main (string[] args) {
        var lines = File.ReadAllLines (args [0]);
        using (var output = new StreamWriter (args [1])) {
            for (int i = 0; i < lines.Length; i++) {
                var fields = lines [i].Split ('\t');
                var messages = new StringWriter ();
                bool ok;
                try {
                    Environment.CurrentDirectory = fields [0];
                    var cargs = new string [fields.Length - 1];
                    Array.Copy (fields, 1, cargs, 0, cargs.Length);
                    ok = CompilerCallableEntryPoint.InvokeCompiler (cargs, messages);
                } catch (Exception e) {
                    ok = false;
                    messages.WriteLine ("batch compiler: " + e);
                }
                CompilerCallableEntryPoint.Reset ();
                output.WriteLine ("RESULT\t{0}\t{1}\t{2}", i, ok ? 1 : 0,
                    messages.ToString ().Replace ("\t", " ").Replace ("\r", "").Replace ("\n", "\\n"));
                output.Flush ();
            }
        }
        return 0;
    }
}
"""


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- tests

class Test:
    def __init__(self, suite, file, category, deterministic):
        self.suite, self.file, self.category = suite, file, category
        self.deterministic = deterministic == "y"
        self.name = re.sub(r"\.(cs|il)$", "", file)
        self.src_dir = MONO_TESTS if suite == "mono-tests" else MCS_TESTS
        self.out_dir = os.path.join(BUILD, suite)
        self.exe = None
        self.helpers = []
        self.build_error = None
        self.mono = self.lucid = None  # dicts: status, exit, stdout sha, stderr line, seconds
        self.verdict, self.reason = None, ""


def read_tsv():
    tests = []
    with open(TSV) as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:4] != ["suite", "file", "category", "stdout_deterministic"]:
            sys.exit(f"run.py: unexpected header in {TSV}: {header}")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 4:
                tests.append(Test(*fields[:4]))
    return tests


# ---------------------------------------------------------------- building

def check(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}): {p.stdout.decode(errors='replace')[-2000:]}")
    return p


def ensure_sources():
    need = []
    if not os.path.exists(os.path.join(MONO_TESTS, "libtest.c")):
        need += ["mono/tests/*"]
    if not os.path.exists(os.path.join(MCS_TESTS, "Makefile")):
        need += ["mcs/tests/*"]
    # libtest.c includes two of mono's headers.
    if not os.path.exists(os.path.join(SRC, "mono", "utils", "mono-compiler.h")):
        need += ["mono/utils/*.h"]
    if need:
        mini.unpack(need)
    mini.ensure_sources()


def build_common():
    """TestDriver.dll and libtest.so in each suite's build directory, and the
    batch compiler."""
    for suite in ["mono-tests", "mcs-tests"]:
        os.makedirs(os.path.join(BUILD, suite), exist_ok=True)
    td = os.path.join(BUILD, "mono-tests", "TestDriver.dll")
    srcs = [os.path.join(mini.MINI, "TestDriver.cs"), os.path.join(mini.MINI, "TestHelpers.cs")]
    if mini.stale(td, *srcs):
        check(["mcs", "-unsafe", "-nowarn:0414", "-target:library", "-out:" + td] + srcs)
    build_libtest()
    mirror = os.path.join(BUILD, "mcs-tests")
    for name in os.listdir(MCS_TESTS):
        link = os.path.join(mirror, name)
        if not name.endswith((".exe", ".dll", ".netmodule")) and not os.path.lexists(link):
            os.symlink(os.path.join(MCS_TESTS, name), link)
    batch_cs = os.path.join(BUILD, "batch-compiler.cs")
    mini.write_if_changed(batch_cs, BATCH_CS)
    batch = os.path.join(BUILD, "batch-compiler.exe")
    if mini.stale(batch, batch_cs):
        check(["mcs", "-r:" + MCS_EXE, "-out:" + batch, batch_cs])
    # The batch compiler loads mcs.exe from beside itself.
    if not os.path.exists(os.path.join(BUILD, "mcs.exe")):
        shutil.copy2(MCS_EXE, os.path.join(BUILD, "mcs.exe"))


def build_libtest():
    out = os.path.join(BUILD, "mono-tests", "libtest.so")
    src = os.path.join(MONO_TESTS, "libtest.c")
    if not mini.stale(out, src):
        return
    if subprocess.run(["pkg-config", "--exists", "glib-2.0"]).returncode != 0:
        log("run.py: glib's headers are missing (apt-get install libglib2.0-dev); "
            "the P/Invoke tests will fail on both runtimes")
        return
    # libtest.c wants the configure-generated config.h; on Linux it needs
    # only the fixed-size integer types from it, and g_assertf, which is
    # mono's eglib's and not glib's.
    inc = os.path.join(BUILD, "libtest-include")
    os.makedirs(inc, exist_ok=True)
    mini.write_if_changed(os.path.join(inc, "config.h"),
                          "#include <stdint.h>\n"
                          "#define g_assertf(x, format, ...) \\\n"
                          "    do { if (!(x)) g_error (format, __VA_ARGS__); } while (0)\n")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "glib-2.0", "gmodule-2.0"],
                           stdout=subprocess.PIPE).stdout.decode().split()
    check(["gcc", "-shared", "-fPIC", "-O2", "-fno-optimize-sibling-calls", "-w",
           "-I" + inc, "-I" + os.path.join(SRC, "mono"), "-I" + SRC, src, "-o", out, "-Wl,-z,defs"] + flags)


def compiler_options(path):
    """The `// Compiler options:` line of an mcs test, split."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                m = re.match(r"\s*//\s*Compiler options:(.*)", line)
                if m:
                    return m.group(1).split()
    except OSError:
        pass
    return []


def normalise(opt):
    """mcs takes /x and -x alike; -x is easier to look at."""
    return "-" + opt[1:] if opt.startswith("/") else opt


def referenced_libs(options):
    """Assembly names of -r: options that name a test library (x-lib.dll),
    whether written -r:x.dll or -r:alias=x.dll."""
    libs = []
    for opt in options:
        m = re.match(r"-(?:r|reference|addmodule):(.*)", opt)
        if not m:
            continue
        for ref in re.split(r"[,;]", m.group(1)):
            ref = ref.split("=", 1)[-1]
            if ref.endswith((".dll", ".netmodule")) and "/" not in ref and "$" not in ref:
                libs.append(ref.rsplit(".", 1)[0])
    return libs


class Job:
    """One compilation: in directory cwd, args for mcs (or an ilasm command)."""

    def __init__(self, cwd, args, output, ilasm=False):
        self.cwd, self.args, self.output, self.ilasm = cwd, args, output, ilasm
        self.ok, self.messages = None, ""
        # Built every time: its output is overwritten by a later step.
        self.always = False


def mcs_test_job(name, out_dir, seen):
    """The jobs for mcs test `name` (libraries it references first) as a
    list of levels; seen avoids building a library twice."""
    levels = []
    src = os.path.join(MCS_TESTS, name + ".cs")
    il = os.path.join(MCS_TESTS, name + ".il")
    if not os.path.exists(src) and os.path.exists(il):
        out = os.path.join(out_dir, name + ".dll")
        return [[Job(MCS_TESTS, ["ilasm", "-dll", "-out:" + out, il], out, ilasm=True)]]
    options = [normalise(o) for o in compiler_options(src)]
    for lib in referenced_libs(options):
        if lib in seen:
            continue
        seen.add(lib)
        if os.path.exists(os.path.join(MCS_TESTS, lib + ".cs")) or os.path.exists(os.path.join(MCS_TESTS, lib + ".il")):
            for depth, jobs in enumerate(mcs_test_job(lib, out_dir, seen)):
                while len(levels) <= depth:
                    levels.append([])
                levels[depth] += jobs
    # A linked resource must sit beside the assembly that names it.
    for o in options:
        m = re.match(r"-linkres(?:ource)?:([^,]+)", o)
        target = os.path.join(out_dir, os.path.basename(m.group(1))) if m else None
        # The build directory mirrors the sources through links: it may be there already.
        if m and os.path.exists(os.path.join(MCS_TESTS, m.group(1))) and not os.path.exists(target):
            shutil.copy2(os.path.join(MCS_TESTS, m.group(1)), target)
    library = any(re.match(r"-t(arget)?:library$", o) for o in options)
    module = any(re.match(r"-t(arget)?:module$", o) for o in options)
    ext = ".dll" if library else ".netmodule" if module else ".exe"
    out = None
    args = []
    for o in options:
        m = re.match(r"-out:(.*)", o)
        if m:
            out = os.path.join(out_dir, os.path.basename(m.group(1)))
            args.append("-out:" + out)
        else:
            args.append(o.replace("$REF_DIR", "/usr/lib/mono/4.5"))
    if out is None:
        out = os.path.join(out_dir, name + ext)
        args.append("-out:" + out)
    args = MCS_TESTS_FLAGS + ["-lib:" + out_dir, "-nowarn:618"] + args + [src]
    levels.append([Job(MCS_TESTS, args, out)])
    return levels


def mono_helper_job(out_dir, output, sources, flags):
    out = os.path.join(out_dir, output)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    srcs = [os.path.join(MONO_TESTS, s) for s in sources]
    if srcs[0].endswith(".il"):
        return Job(out_dir, ["ilasm", "-dll", "-out:" + out] + srcs, out, ilasm=True)
    return Job(out_dir, flags + ["-out:" + out] + srcs, out)


def mono_test_job(test):
    """Levels of jobs for a mono/tests program (helpers, then the test) and
    the steps after it."""
    out_dir = test.out_dir
    before, extra, after = MONO_TESTS_DEPS.get(test.name, ([], [], []))
    levels = [[mono_helper_job(out_dir, *dep)] for dep in before]
    src = os.path.join(MONO_TESTS, test.file)
    out = os.path.join(out_dir, test.name + ".exe")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    if test.file.endswith(".il"):
        job = Job(out_dir, ["ilasm", "-exe", "-out:" + out, src], out, ilasm=True)
    else:
        job = Job(out_dir, MONO_TESTS_FLAGS + extra + ["-out:" + out, src], out)
    levels.append([job])
    post = []
    for output, sources, flags in after:
        if output == "rm":
            post.append(("rm", os.path.join(out_dir, sources)))
        else:
            post.append(mono_helper_job(out_dir, output, sources, flags))
    if after:
        for level in levels:
            for j in level:
                j.always = True
        for j in post:
            if isinstance(j, Job):
                j.always = True
    # Config files beside the program (binding redirects, ...).
    config = os.path.join(MONO_TESTS, test.name + ".exe.config")
    if os.path.exists(config):
        shutil.copy2(config, out + ".config")
    return levels, post


def job_inputs(job):
    return [a for a in job.args if a.endswith((".cs", ".il")) and os.path.isabs(a)]


def job_key(job):
    return "\t".join([job.cwd] + job.args)


def run_batch(jobs, index):
    """Compiles jobs in one mono process through the batch compiler."""
    listing = os.path.join(BUILD, f"batch-{index}.txt")
    results = os.path.join(BUILD, f"batch-{index}.out")
    with open(listing, "w") as f:
        for j in jobs:
            f.write(job_key(j) + "\n")
    p = subprocess.run(["mono", os.path.join(BUILD, "batch-compiler.exe"), listing, results],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    done = {}
    if os.path.exists(results):
        for line in open(results, errors="replace"):
            f = line.rstrip("\n").split("\t", 3)
            if len(f) == 4 and f[0] == "RESULT":
                done[int(f[1])] = (f[2] == "1", f[3].replace("\\n", "\n"))
    for i, j in enumerate(jobs):
        if i in done:
            j.ok, j.messages = done[i]
        else:
            j.ok, j.messages = False, f"batch compiler stopped ({p.returncode}): {p.stdout.decode(errors='replace')[-500:]}"


def run_single(job):
    cmd = job.args if job.ilasm else ["mcs"] + job.args
    p = subprocess.run(cmd, cwd=job.cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    job.ok = p.returncode == 0 and os.path.exists(job.output)
    job.messages = p.stdout.decode(errors="replace")


def compile_levels(levels, jobs_n):
    """Runs each level's jobs (mcs ones batched, ilasm ones singly), at most
    jobs_n processes at a time; skips jobs whose output is newer than their
    sources and this script (the build directory is a cache)."""
    stamp = os.path.join(BUILD, "stamps.json")
    stamps = json.load(open(stamp)) if os.path.exists(stamp) else {}
    for level in levels:
        todo = []
        for j in level:
            key = job_key(j)
            if (not j.always and stamps.get(key) == "ok" and os.path.exists(j.output)
                    and not mini.stale(j.output, *job_inputs(j))):
                j.ok = True
            else:
                todo.append(j)
        mcs_jobs = [j for j in todo if not j.ilasm]
        il_jobs = [j for j in todo if j.ilasm]
        if todo:
            log(f"run.py: compiling {len(mcs_jobs)} C# and {len(il_jobs)} IL programs")
        chunks = [mcs_jobs[i::jobs_n] for i in range(jobs_n) if mcs_jobs[i::jobs_n]]
        # Batches of at most 300: mcs keeps some memory per compilation.
        chunks = [c[k:k + 300] for c in chunks for k in range(0, len(c), 300)]
        with concurrent.futures.ThreadPoolExecutor(jobs_n) as pool:
            list(pool.map(lambda a: run_batch(*a), [(c, i) for i, c in enumerate(chunks)]))
            list(pool.map(run_single, il_jobs))
            # A batch failure is confirmed by a fresh mcs.
            retry = [j for j in mcs_jobs if not j.ok]
            list(pool.map(run_single, retry))
        for j in todo:
            if j.ok and os.path.exists(j.output):
                stamps[job_key(j)] = "ok"
            else:
                j.ok = False
                stamps.pop(job_key(j), None)
        with open(stamp, "w") as f:
            json.dump(stamps, f)


def build_tests(tests, jobs_n):
    # Per test, its levels; merged level by level across tests, so that
    # every library is built before what references it. Jobs with the same
    # output are built once.
    merged, by_output, per_test, post, post_of = [], {}, {}, [], {}
    seen_libs = set()
    for t in tests:
        if t.suite == "mono-tests":
            levels, after = mono_test_job(t)
            post += after
            post_of[t] = after
        else:
            levels = mcs_test_job(t.name, t.out_dir, seen_libs)
        # The test itself is the last job of the last level; align last levels.
        per_test[t] = levels
    depth = max(len(l) for l in per_test.values())
    for t, levels in per_test.items():
        offset = depth - len(levels)
        for i, level in enumerate(levels):
            while len(merged) <= offset + i:
                merged.append([])
            for j in level:
                if j.output in by_output:
                    continue
                by_output[j.output] = j
                merged[offset + i].append(j)
    compile_levels(merged, jobs_n)
    after = [j for j in post if isinstance(j, Job)]
    if after:
        compile_levels([after], jobs_n)
    for step in post:
        if not isinstance(step, Job) and os.path.exists(step[1]):
            os.remove(step[1])
    for t, levels in per_test.items():
        # What the program loads besides itself, for the oracle's key.
        t.helpers = [j.output for level in levels[:-1] for j in level]
        t.helpers += [j.output if isinstance(j, Job) else j[1] for j in post_of.get(t, [])]
        job = by_output[levels[-1][-1].output]
        failed_deps = [by_output[j.output] for level in levels for j in level
                       if not by_output[j.output].ok]
        if job.ok and not failed_deps:
            t.exe = job.output
            if not t.exe.endswith(".exe"):
                t.build_error = f"builds {os.path.basename(t.exe)}, not a program"
                t.exe = None
        else:
            bad = failed_deps[0] if failed_deps else job
            msg = [l for l in bad.messages.splitlines() if "error" in l] or bad.messages.splitlines() or ["?"]
            t.build_error = f"{os.path.basename(bad.output)}: {msg[0].strip()[:200]}"


# ---------------------------------------------------------------- running

def run_program(cmd, cwd, timeout, env):
    """(status, exit code, stdout sha256, first stderr lines, seconds), the
    whole process group killed at the timeout."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.communicate()
        return {"status": "timeout", "exit": None, "stdout": None, "stderr": [], "seconds": timeout}
    lines = [l for l in err.decode(errors="replace").splitlines() if l.strip()]
    return {"status": "ran", "exit": p.returncode, "stdout": hashlib.sha256(out).hexdigest(),
            "stderr": lines[:3], "seconds": time.monotonic() - start}


def run_directory(t):
    """Where the program is: upstream builds both suites in their source
    directories and runs them there, and some tests read their own source
    (mcs's test-74) or load themselves by name from the current directory
    (test-795). mcs-tests' build directory mirrors its sources by symlinks."""
    return os.path.dirname(t.exe)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def judge(t):
    """Sets t.verdict: mono-fail (not counted), pass, fail; and t.reason."""
    m, l = t.mono, t.lucid
    if m["status"] != "ran" or m["exit"] != 0:
        t.verdict = "mono-fail"
        t.reason = "mono: " + (m["status"] if m["status"] != "ran" else f"exit {m['exit']}")
        return
    if l["status"] == "timeout":
        t.verdict, t.reason = "fail", "timeout"
    elif l["exit"] != m["exit"]:
        t.verdict, t.reason = "fail", mini.classify(l["exit"], l["stderr"])
    elif t.deterministic and l["stdout"] != m["stdout"]:
        t.verdict, t.reason = "fail", "stdout differs from mono's"
    else:
        t.verdict, t.reason = "pass", ""


# ---------------------------------------------------------------- report

def counts_table(tests, key, label):
    groups = collections.OrderedDict()
    for t in sorted(tests, key=key):
        groups.setdefault(key(t), []).append(t)
    rows, tot = [], [0, 0, 0, 0]
    for k, ts in groups.items():
        built = sum(1 for t in ts if t.exe)
        mono_ok = sum(1 for t in ts if t.verdict in ("pass", "fail"))
        ok = sum(1 for t in ts if t.verdict == "pass")
        rows.append([k, len(ts), built, mono_ok, ok, f"{100 * ok / mono_ok:.0f}%" if mono_ok else "-"])
        for i, n in enumerate([len(ts), built, mono_ok, ok]):
            tot[i] += n
    rows.append(["total", *tot, f"{100 * tot[3] / tot[2]:.0f}%" if tot[2] else "-"])
    return mini.table(rows, [label, "tests", "built", "mono-pass", "lucid-pass", "lucid/mono"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", "-j", type=int, default=2, help="parallel builds and runs (default 2)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per Lucid run (default 20)")
    ap.add_argument("--mono-timeout", type=float, default=60.0,
                    help="seconds per mono run (default 60; mono runs once, its results are cached)")
    ap.add_argument("--mem-limit-mb", type=int, default=4096,
                    help="address-space limit per Lucid process (0: none; default 4096)")
    ap.add_argument("--suite", action="append", choices=["mono-tests", "mcs-tests"])
    ap.add_argument("--category", action="append")
    ap.add_argument("--only", action="append", help="a file name from dev-tests.tsv (repeatable)")
    ap.add_argument("--no-mini", action="store_true", help="do not run mini.py afterwards")
    ap.add_argument("--no-oracle-cache", action="store_true", help="rerun mono even for unchanged assemblies")
    ap.add_argument("--lucid", default=mini.LUCID)
    args = ap.parse_args()
    started = time.monotonic()
    if args.jobs < 1:
        sys.exit("run.py: --jobs must be at least 1")
    if not os.path.exists(args.lucid):
        sys.exit(f"run.py: {args.lucid} does not exist (run make)")
    if not os.path.exists(TSV):
        sys.exit(f"run.py: {TSV} is missing")

    tests = read_tsv()
    if args.suite:
        tests = [t for t in tests if t.suite in args.suite]
    if args.category:
        tests = [t for t in tests if t.category in args.category]
    if args.only:
        tests = [t for t in tests if t.file in args.only]
    if not tests:
        sys.exit("run.py: no test selected")

    ensure_sources()
    build_common()
    build_tests(tests, args.jobs)
    built_at = time.monotonic()

    lucid = os.path.join(BUILD, "lucid")
    shutil.copy2(args.lucid, lucid)
    head = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT,
                          stdout=subprocess.PIPE).stdout.decode().strip()
    oracle = {} if args.no_oracle_cache or not os.path.exists(MONO_CACHE) else json.load(open(MONO_CACHE))

    env = dict(os.environ)
    env["LD_LIBRARY_PATH"] = os.path.join(BUILD, "mono-tests") + (
        ":" + env["LD_LIBRARY_PATH"] if env.get("LD_LIBRARY_PATH") else "")
    runnable = [t for t in tests if t.exe]
    libtest = os.path.join(BUILD, "mono-tests", "libtest.so")
    libtest_hash = sha256(libtest) if os.path.exists(libtest) else "none"
    work = []
    for t in runnable:
        key = f"{t.suite}/{t.file}"
        # mono's verdict depends on the program, the assemblies built for it
        # (or their absence) and, for P/Invoke, libtest.so.
        h = hashlib.sha256(open(t.exe, "rb").read())
        h.update(("cwd:" + run_directory(t)).encode())
        for helper in sorted(set(t.helpers)):
            h.update((helper + ":" + (sha256(helper) if os.path.exists(helper) else "absent")).encode())
        t.hash = h.hexdigest() + ("+" + libtest_hash if t.suite == "mono-tests" else "")
        cached = oracle.get(key)
        if cached and cached.get("sha256") == t.hash:
            t.mono = cached["result"]
        else:
            work.append((t, "mono", ["mono", t.exe]))
        work.append((t, "lucid", mini.limit_memory(args.mem_limit_mb) + [lucid, t.exe]))
    log(f"run.py: {len(work)} runs on {args.jobs} jobs")
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = {pool.submit(run_program, cmd, run_directory(t),
                               args.mono_timeout if who == "mono" else args.timeout, env): (t, who)
                   for t, who, cmd in work}
        for fut in concurrent.futures.as_completed(futures):
            t, who = futures[fut]
            setattr(t, who, fut.result())
    for t in runnable:
        judge(t)
        # Timeouts are not cached: they may come from a loaded machine.
        if t.mono["status"] == "ran":
            oracle[f"{t.suite}/{t.file}"] = {"sha256": t.hash, "result": t.mono}
    with open(MONO_CACHE, "w") as f:
        json.dump(oracle, f)
    for t in tests:
        if not t.exe:
            t.verdict, t.reason = "not-built", t.build_error or "?"

    with open(RESULTS, "w") as f:
        f.write("suite\tfile\tcategory\tdeterministic\tverdict\tmono_exit\tlucid_exit\treason\tlucid_seconds\n")
        for t in tests:
            f.write("\t".join(str(x) for x in [
                t.suite, t.file, t.category, "y" if t.deterministic else "n", t.verdict,
                t.mono["exit"] if t.mono else "", t.lucid["exit"] if t.lucid else "",
                t.reason.replace("\t", " ").replace("\n", " "),
                f"{t.lucid['seconds']:.2f}" if t.lucid else ""]) + "\n")

    print("Programs of dev-tests.tsv, per suite:")
    print(counts_table(tests, lambda t: t.suite, "suite"))
    print()
    print("Per suite and category:")
    print(counts_table(tests, lambda t: f"{t.suite} {t.category}", "suite category"))
    reasons = collections.Counter(t.reason for t in tests if t.verdict == "fail")
    print()
    print(f"Lucid failures among tests mono passes, by reason (top 20 of {len(reasons)}):")
    print(mini.table([[n, r] for r, n in reasons.most_common(20)], ["count", "reason"]))
    crashed = [t for t in tests if t.verdict == "fail" and (t.reason.startswith("signal") or t.reason == "timeout")]
    if crashed:
        print(f"\nLucid killed by a signal or timed out ({len(crashed)}):")
        for t in crashed[:20]:
            print(f"  {t.suite}/{t.file}: {t.reason}")
    not_built = [t for t in tests if t.verdict == "not-built"]
    mono_fail = [t for t in tests if t.verdict == "mono-fail"]
    if not_built:
        print(f"\nNot built ({len(not_built)}):")
        for t in not_built[:15]:
            print(f"  {t.suite}/{t.file}: {t.reason}")
    if mono_fail:
        print(f"\nFailing on mono here, not counted ({len(mono_fail)}):")
        for t in mono_fail[:15]:
            print(f"  {t.suite}/{t.file}: {t.reason}")
    lucid_only = [t for t in runnable if t.verdict == "mono-fail" and t.lucid and t.lucid.get("exit") == 0]
    if lucid_only:
        print(f"\nExit 0 on Lucid but not on mono: {', '.join(t.file for t in lucid_only[:20])}")
    done = time.monotonic()
    print(f"\nlucid: {args.lucid} (tree {head or '?'}); build {built_at - started:.0f} s, "
          f"runs {done - built_at:.0f} s; per-test results in {os.path.relpath(RESULTS, ROOT)}")
    sys.stdout.flush()

    if not args.no_mini:
        print("\nmono/mini regression suites (conformance/mini.py):", flush=True)
        p = subprocess.run([sys.executable, os.path.join(ROOT, "conformance", "mini.py"),
                            "--jobs", str(args.jobs), "--lucid", args.lucid])
        if p.returncode != 0:
            print(f"mini.py failed ({p.returncode})")
    print(f"\nmake conformance: {time.monotonic() - started:.0f} s in all")


if __name__ == "__main__":
    main()
