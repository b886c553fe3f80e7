"""Writes the LightGBM and XGBoost model fixtures for ModelImport parity tests.

Run from the repository root with the peers venv:
    ~/.cache/ballast-peers/venv/bin/python Tests/BallastResearchTests/Fixtures/make_model_fixtures.py

Everything is seeded, single-threaded and deterministic for a given library version. Outputs in
Tests/BallastResearchTests/Models/Fixtures/ModelImport/:
  inputs.csv       float32 feature rows (`nan` for missing), one row per line, header f0..f4
  <model>.txt/json the model files
  predictions.csv  per input row, each model's prediction and raw margin as the library returns them
                   (LightGBM float64; XGBoost float32 widened to float64), printed with repr()
  versions.txt     the library versions that made them
"""
import os
import numpy as np
import lightgbm as lgb
import xgboost as xgb

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ModelImport")
FEATURES = 5


def make_data(rng, rows):
    x = rng.normal(size=(rows, FEATURES)).astype(np.float32)
    x[:, 3] = np.round(x[:, 3])            # many exact zeros (for zero_as_missing)
    nan_mask = rng.random(rows) < 0.12     # f0 missing 12% of the time, and missing is informative
    x[nan_mask, 0] = np.nan
    x[rng.random(rows) < 0.08, 2] = np.nan
    f0 = np.where(np.isnan(x[:, 0]), 1.5, x[:, 0])
    f2 = np.nan_to_num(x[:, 2])
    margin = 1.2 * f0 - 0.8 * x[:, 1] + 0.6 * f2 * x[:, 4] + 0.5 * (x[:, 3] == 0)
    y_bin = (margin + rng.logistic(size=rows) > 0).astype(np.float32)
    y_reg = (margin + 0.3 * rng.normal(size=rows)).astype(np.float32)
    return x, y_bin, y_reg


def lightgbm_models(x, y_bin, y_reg):
    common = dict(num_leaves=7, learning_rate=0.1, min_data_in_leaf=20, num_threads=1,
                  deterministic=True, seed=7, verbose=-1)
    specs = {
        "lgbm_binary": (dict(common, objective="binary"), y_bin, 30),
        "lgbm_regression_zero": (dict(common, objective="regression", zero_as_missing=True), y_reg, 24),
        "lgbm_regression_nomissing": (dict(common, objective="regression", use_missing=False), y_reg, 12),
    }
    models = {}
    for name, (params, y, rounds) in specs.items():
        booster = lgb.train(params, lgb.Dataset(x, label=y), num_boost_round=rounds)
        booster.save_model(os.path.join(OUT, name + ".txt"))
        models[name] = booster
    return models


def xgboost_models(x, y_bin, y_reg):
    common = dict(max_depth=3, eta=0.15, nthread=1, seed=7, tree_method="hist")
    specs = {
        "xgb_binary": (dict(common, objective="binary:logistic"), y_bin, 30),
        "xgb_regression": (dict(common, objective="reg:squarederror"), y_reg, 24),
    }
    models = {}
    for name, (params, y, rounds) in specs.items():
        booster = xgb.train(params, xgb.DMatrix(x, label=y, missing=np.nan), num_boost_round=rounds)
        booster.save_model(os.path.join(OUT, name + ".json"))
        models[name] = booster
    return models


def main():
    os.makedirs(OUT, exist_ok=True)
    rng = np.random.default_rng(20261126)
    x, y_bin, y_reg = make_data(rng, 2000)
    test, _, _ = make_data(rng, 160)
    test[:4, :] = np.nan                                  # all-missing rows
    test[4:8, 3] = 0.0                                    # exact zeros
    test[8:12, 3] = np.float32(1e-36)                     # LightGBM treats |x| <= 1e-35 as zero
    columns, header = [], []
    for name, booster in lightgbm_models(x, y_bin, y_reg).items():
        columns += [booster.predict(test), booster.predict(test, raw_score=True)]
        header += [name, name + "_raw"]
    dtest = xgb.DMatrix(test, missing=np.nan)
    for name, booster in xgboost_models(x, y_bin, y_reg).items():
        columns += [booster.predict(dtest), booster.predict(dtest, output_margin=True)]
        header += [name, name + "_raw"]
    with open(os.path.join(OUT, "inputs.csv"), "w") as f:
        f.write(",".join(f"f{i}" for i in range(FEATURES)) + "\n")
        for row in test:
            f.write(",".join(repr(float(v)) for v in row) + "\n")
    with open(os.path.join(OUT, "predictions.csv"), "w") as f:
        f.write(",".join(header) + "\n")
        for r in range(test.shape[0]):
            f.write(",".join(repr(float(c[r])) for c in columns) + "\n")
    with open(os.path.join(OUT, "versions.txt"), "w") as f:
        f.write(f"lightgbm {lgb.__version__}\nxgboost {xgb.__version__}\nnumpy {np.__version__}\n")


if __name__ == "__main__":
    main()
