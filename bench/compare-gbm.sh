#!/usr/bin/env bash
# Side-by-side gradient-boosted trees (issue 5 §8): Ballast's trainer against LightGBM and XGBoost
# (via ../shared/bench/peers/ml_anchor.py's own lgb_run / xgb_run, see bench/gbm_peer.py) on the
# same matrices, in one run on one machine: the 1M-bar peer matrix features_1000000.npy and the
# real EURUSD M1 matrix (bench/eurusd_m1_features.py, from ../shared/data/histdata).
#
# Usage: bench/compare-gbm.sh [THREADS...]   (default: 1 2)
# Settings: num_leaves 31, learning_rate 0.05, 200 rounds, max_bin 255. Prints train seconds (wall
# and CPU), AUCs and log-loss per engine, and Ballast/peer ratios. Other work on the machine skews
# wall times; train_cpu_seconds (process CPU while training) is the steadier figure at one thread.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${*:-1 2}
BARS=1000000
PEER_MODULES="numpy pandas pyarrow lightgbm xgboost"  # and sklearn (pip: scikit-learn), which the venv has
. bench/peers-env.sh
MATRICES="$PEERS_HOME/data/features_1000000.npy $PEERS_HOME/data/features_eurusd_m1.npy"
if [ ! -f "$PEERS_HOME/data/features_1000000.npy" ]; then (cd "$PEERS" && "$VENV/bin/python" ml_anchor.py --repeats 1 >/dev/null); fi
if [ ! -f "$PEERS_HOME/data/features_eurusd_m1.npy" ]; then "$VENV/bin/python" bench/eurusd_m1_features.py --no-train; fi
for matrix in $MATRICES; do
    name=$(basename "$matrix" .npy)
    for t in $THREADS; do
        echo "== $name: ballast, $t thread(s)"
        .build/release/ballast-bench gbm --data "$matrix" --threads "$t" --json | tee "$OUT/$name.ballast.$t.json"
        echo "== $name: lightgbm and xgboost, $t thread(s)"
        PEERS_DIR="$PEERS" "$VENV/bin/python" bench/gbm_peer.py "$matrix" --threads "$t" 2>/dev/null | tee "$OUT/$name.peers.$t.jsonl"
    done
done
"$VENV/bin/python" - "$OUT" <<'PY'
import glob, json, os, sys
out = sys.argv[1]
print(f"\n{'matrix':>22} {'engine':>9} {'thr':>3} {'train_s':>8} {'cpu_s':>7} {'auc_test':>9} {'auc_train':>9} {'logloss':>9}"
      f" {'time ratio':>10} {'d_auc':>8} {'d_logloss':>9}")
for path in sorted(glob.glob(os.path.join(out, "*.ballast.*.json"))):
    name, _, threads, _ = os.path.basename(path).rsplit(".", 3)
    ours = json.load(open(path))
    rows = [("ballast", ours)] + [(p["peer"], p) for p in map(json.loads, open(os.path.join(out, f"{name}.peers.{threads}.jsonl")))]
    lgb = dict(rows).get("lightgbm")
    for engine, r in rows:
        line = (f"{name:>22} {engine:>9} {r['threads']:>3} {r['train_seconds']:>8.2f} {r['train_cpu_seconds']:>7.2f}"
                f" {r['auc_test']:>9.5f} {r['auc_train']:>9.5f} {r['logloss_test']:>9.6f}")
        if engine == "ballast" and lgb:
            line += (f" {r['train_seconds'] / lgb['train_seconds']:>9.2f}x {r['auc_test'] - lgb['auc_test']:>+8.5f}"
                     f" {100 * (r['logloss_test'] / lgb['logloss_test'] - 1):>+8.3f}%")
        print(line)
print("\ntime ratio = Ballast / LightGBM train seconds (target <= 1); d_auc and d_logloss against LightGBM"
      " (targets: |d_auc| <= 0.002, |d_logloss| <= 0.5%)")
PY
