#!/usr/bin/env bash
# Side-by-side CSV ingest: Ballast's importer against pandas and pyarrow on the same
# 5,000,000-bar MT5 file, in one run on one machine.
#
# Usage: bench/compare-ingest.sh [BARS]   (BARS: 1000000 or 5000000, default 5000000)
# Needs the peer scripts in ../shared/bench/peers; builds a Python venv under $PEERS_HOME the
# first time (pip: numpy, pandas, pyarrow) and generates the data with their gen_data.py.
set -euo pipefail
cd "$(dirname "$0")/.."
BARS=${1:-5000000}
PEER_MODULES="numpy pandas pyarrow"
. bench/peers-env.sh
echo "== peers (pandas, pyarrow) on $DATA"
(cd "$PEERS" && "$VENV/bin/python" ingest.py --bars "$BARS" --repeats 3 >/dev/null)
echo "== ballast"
.build/release/ballast-bench ingest --data "$DATA" --repeats 3 --json > "$OUT/ballast.json"
cat "$OUT/ballast.json"
"$VENV/bin/python" - "$OUT" "$BARS" <<'PY'
import json, sys, glob, os
out, bars = sys.argv[1], sys.argv[2]
ours = json.load(open(os.path.join(out, "ballast.json")))
print(f"\nballast: import {ours['mb_per_second']:.0f} MB/s (parse {ours['parse_mb_per_second']:.0f}, "
      f"validate {ours['validate_seconds']:.3f} s, store {ours['store_seconds']:.3f} s), load {ours['load_seconds']*1000:.2f} ms")
print(f"{'peer':>24}  {'MB/s':>7}  {'import/peer':>11}  {'parse/peer':>10}")
for path in sorted(glob.glob(os.path.join(out, f"ingest_*_{bars}.json"))):
    peer = json.load(open(path))
    rate = peer['mb_per_s']
    print(f"{peer['peer']:>24}  {rate:7.0f}  {ours['mb_per_second']/rate:10.2f}x  {ours['parse_mb_per_second']/rate:9.2f}x")
PY
