#!/usr/bin/env python3
"""LightGBM and XGBoost on a feature matrix saved as .npy (float32, label = last column), with
the settings of ../shared/bench/peers/ml_anchor.py (num_leaves 31, learning_rate 0.05, 200
rounds, max_bin 255), through ml_anchor's own lgb_run / xgb_run. The train/test split is
`train_rows` from the .json beside the .npy, else the first 80%.
Prints one JSON object per peer and thread count: train_seconds, predict_seconds, auc_train,
auc_test, logloss_test, and train_cpu_seconds (the process CPU time of lgb.train / xgb.train: on
a busy shared machine a steadier figure than wall time; at one thread it is the unloaded time).

Usage: gbm_peer.py FILE.npy --threads 1,2 [--repeats 1] [--peers lightgbm,xgboost]
"""
import argparse
import json
import os
import statistics
import sys
import time

import numpy as np
from sklearn.metrics import log_loss, roc_auc_score

sys.path.insert(0, os.environ.get("PEERS_DIR", os.path.join(os.path.dirname(__file__), "../../shared/bench/peers")))
import ml_anchor  # noqa: E402  (the peers' script: lgb_run, xgb_run, features)


CPU = []  # process CPU seconds of each lgb.train / xgb.train call


def cpu_timed(train):
    """Wraps a library's train() to record the process CPU time it takes."""
    def wrapper(*args, **kwargs):
        c0 = time.process_time()
        model = train(*args, **kwargs)
        CPU.append(time.process_time() - c0)
        return model
    return wrapper


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--peers", default="lightgbm,xgboost")
    a = ap.parse_args()
    m = np.load(a.data)
    meta = os.path.splitext(a.data)[0] + ".json"
    split = json.load(open(meta))["train_rows"] if os.path.exists(meta) else int(0.8 * len(m))
    X, y = np.ascontiguousarray(m[:, :-1]), m[:, -1]
    Xtr, ytr, Xte, yte = X[:split], y[:split], X[split:], y[split:]
    ml_anchor.lgb.train = cpu_timed(ml_anchor.lgb.train)
    ml_anchor.xgb.train = cpu_timed(ml_anchor.xgb.train)
    runs = {"lightgbm": ml_anchor.lgb_run, "xgboost": ml_anchor.xgb_run}
    for peer in a.peers.split(","):
        for threads in map(int, a.threads.split(",")):
            train_s, predict_s, cpu_s = [], [], []
            for _ in range(a.repeats):
                tr, pr, pte, ptr = runs[peer](Xtr, ytr, Xte, threads)
                train_s.append(tr)
                predict_s.append(pr)
            print(json.dumps({
                "peer": peer, "threads": threads, "rows": len(y), "train_rows": split, "features": X.shape[1],
                "rounds": ml_anchor.ROUNDS, "train_seconds": statistics.median(train_s),
                "predict_seconds": statistics.median(predict_s),
                "train_cpu_seconds": statistics.median(CPU[-a.repeats:]),
                "auc_train": roc_auc_score(ytr, ptr), "auc_test": roc_auc_score(yte, pte),
                "logloss_test": log_loss(yte, pte)}), flush=True)


if __name__ == "__main__":
    main()
