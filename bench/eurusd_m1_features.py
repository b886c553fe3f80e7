#!/usr/bin/env python3
"""The GBM benchmark's second matrix, from real data: the six HistData EURUSD M1 files
(2017-01 .. 2017-06, 186,348 bars, EST without DST) in ../shared/data/histdata, turned into the
same 25 features and label as the 1M-bar peer matrix by ml_anchor.py's own `features`
function (lags 0..19 of log returns, rolling sd 10/30/60, hour, weekday; label = sign of the
10-bar forward return). Bars are taken in file order as one series, as ml_anchor does.

Writes OUT.npy (float32, C order, label = last column) and OUT.json (columns, rows,
train_rows = first 80%), then, unless --no-train, trains LightGBM on it via gbm_peer.py.
Usage: eurusd_m1_features.py [--out ~/.cache/ballast-peers/data/features_eurusd_m1] [--no-train]
"""
import argparse
import glob
import gzip
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.environ.get("PEERS_DIR", os.path.join(HERE, "../../shared/bench/peers")))
import ml_anchor  # noqa: E402

SHARED_DATA = os.environ.get("BALLAST_SHARED_DATA", os.path.join(HERE, "../../shared/data"))


def load_histdata(paths):
    """HistData 'Generic ASCII' M1 (`YYYYMMDD HHMMSS;open;high;low;close;volume`, no header)."""
    frames = []
    for path in paths:
        with gzip.open(path, "rt") as f:
            frames.append(pd.read_csv(f, sep=";", header=None, names=["stamp", "open", "high", "low", "close", "volume"],
                                      dtype={"stamp": str}))
    d = pd.concat(frames, ignore_index=True)
    ts = pd.to_datetime(d["stamp"], format="%Y%m%d %H%M%S").to_numpy().astype("datetime64[ns]")
    return {"ts": ts, "close": d["close"].to_numpy(dtype=np.float64)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(ml_anchor.DATA, "features_eurusd_m1"))
    ap.add_argument("--no-train", action="store_true")
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(SHARED_DATA, "histdata", "DAT_ASCII_EURUSD_M1_2017*.csv.gz")))
    if len(paths) != 6:
        sys.exit(f"expected 6 HistData EURUSD M1 files under {SHARED_DATA}/histdata, found {len(paths)}")
    df = ml_anchor.features(load_histdata(paths))
    m = np.ascontiguousarray(df.to_numpy(dtype=np.float32))
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    np.save(a.out + ".npy", m)
    split = int(0.8 * len(m))
    with open(a.out + ".json", "w") as f:
        json.dump({"columns": list(df.columns), "rows": len(m), "train_rows": split, "dtype": "float32",
                   "label": "last column", "source": [os.path.basename(p) for p in paths]}, f, indent=1)
    print(f"{a.out}.npy: {m.shape[0]} rows x {m.shape[1]} columns, train_rows {split}", file=sys.stderr)
    if not a.no_train:
        subprocess.run([sys.executable, os.path.join(HERE, "gbm_peer.py"), a.out + ".npy", "--threads", "1,2",
                        "--peers", "lightgbm"], check=True)


if __name__ == "__main__":
    main()
