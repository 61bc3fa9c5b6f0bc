#!/bin/sh
# Runs the image fuzzer for SECONDS seconds on one core. Seeds: the
# checked-in hostile files, the portable PDB fixture, and the smallest
# real assemblies of Mono's 4.5 profile (small inputs mutate fastest).
# Crashes land in fuzz/artifacts/; turn each into a file under tests/bad.
set -eu
fuzzer=$1
seconds=${2:-60}
here=$(dirname "$0")
corpus=$here/corpus
mkdir -p "$corpus" "$here/artifacts"
cp "$here"/../tests/bad/* "$corpus"/ 2>/dev/null || true
cp "$here"/../tests/fixtures/*.pdb "$here"/../tests/fixtures/*.dll "$corpus"/ 2>/dev/null || true
find /usr/lib/mono/4.5 -name '*.dll' -size -24k -exec cp {} "$corpus"/ \; 2>/dev/null || true
exec "$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$here/artifacts/" -print_final_stats=1 "$corpus"
