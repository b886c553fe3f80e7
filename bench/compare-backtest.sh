#!/usr/bin/env bash
# Side-by-side backtest of the peer standard strategy (../shared/bench/peers/README.md): Ballast's
# engine against vectorbt and backtrader on the same file, in one run on one machine.
#
# Usage: bench/compare-backtest.sh [BARS]   (1000000 or 5000000, default 1000000)
# Builds a Python venv under $PEERS_HOME the first time (pip: numpy, pandas, pyarrow, vectorbt,
# backtrader) and generates the data with the peers' gen_data.py.
set -euo pipefail
cd "$(dirname "$0")/.."
BARS=${1:-1000000}
PEER_MODULES="numpy pandas pyarrow vectorbt backtrader"
. bench/peers-env.sh
echo "== ballast"
.build/release/ballast-bench backtest --data "$DATA" --repeats 5 --json | tee "$OUT/ballast.json"
echo "== vectorbt"
(cd "$PEERS" && "$VENV/bin/python" bt_vectorbt.py --bars "$BARS" --repeats 4 >/dev/null)
echo "== backtrader (slow: about 100 s per million bars)"
(cd "$PEERS" && "$VENV/bin/python" bt_backtrader.py --bars "$BARS" --repeats 1 >/dev/null)
"$VENV/bin/python" - "$OUT" "$BARS" <<'PY'
import json, sys, glob, os, statistics
out, bars = sys.argv[1], int(sys.argv[2])
ours = json.load(open(os.path.join(out, "ballast.json")))
print(f"\n{'engine':>12} {'fills':>7} {'net_pnl':>12} {'seconds':>9} {'bars/s':>12} {'ballast/peer':>12}")
print(f"{'ballast':>12} {ours['fills']:>7} {ours['net_pnl']:>12.1f} {ours['engine_seconds']:>9.4f} {ours['bars_per_second']:>12.0f}")
for path in sorted(glob.glob(os.path.join(out, f"*_{bars}.json"))):
    peer = json.load(open(path))
    secs = statistics.median(peer["run_s"])
    rate = bars / secs
    print(f"{peer['peer']:>12} {peer['fills']:>7} {peer['pnl_usd']:>12.1f} {secs:>9.4f} {rate:>12.0f} {ours['bars_per_second'] / rate:>11.1f}x")
PY
