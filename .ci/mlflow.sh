# Sourced by .ci/run: a throwaway MLflow tracking server for the experiment-tracking tests.
# ballast_mlflow_start installs mlflow (PyPI) into a venv when missing, starts the server on
# 127.0.0.1:$BALLAST_MLFLOW_PORT with a SQLite backend and proxied artifacts in a temp
# directory, waits until it answers and exports BALLAST_TEST_MLFLOW_URI. ballast_mlflow_stop
# stops it and removes the directory.
BALLAST_MLFLOW_PORT=${BALLAST_MLFLOW_PORT:-55055}
BALLAST_MLFLOW_VENV=${BALLAST_MLFLOW_VENV:-$HOME/.cache/ballast-mlflow}

ballast_mlflow_start() {
    if [ ! -x "$BALLAST_MLFLOW_VENV/bin/mlflow" ]; then
        python3 -m venv "$BALLAST_MLFLOW_VENV"
        "$BALLAST_MLFLOW_VENV/bin/pip" install -q mlflow
    fi
    BALLAST_MLFLOW_DIR=$(mktemp -d)
    "$BALLAST_MLFLOW_VENV/bin/mlflow" server --host 127.0.0.1 --port "$BALLAST_MLFLOW_PORT" --workers 1 \
        --backend-store-uri "sqlite:///$BALLAST_MLFLOW_DIR/mlflow.db" \
        --artifacts-destination "$BALLAST_MLFLOW_DIR/artifacts" >"$BALLAST_MLFLOW_DIR/server.log" 2>&1 &
    BALLAST_MLFLOW_PID=$!
    for _ in $(seq 1 120); do
        if "$BALLAST_MLFLOW_VENV/bin/python" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$BALLAST_MLFLOW_PORT/health', timeout=2)" 2>/dev/null; then
            export BALLAST_TEST_MLFLOW_URI="http://127.0.0.1:$BALLAST_MLFLOW_PORT"
            echo "mlflow server on $BALLAST_TEST_MLFLOW_URI"
            return 0
        fi
        sleep 1
    done
    echo "mlflow server did not start:"; tail -20 "$BALLAST_MLFLOW_DIR/server.log"
    return 1
}

ballast_mlflow_stop() {
    if [ -n "${BALLAST_MLFLOW_PID:-}" ]; then
        pkill -P "$BALLAST_MLFLOW_PID" 2>/dev/null || true
        kill "$BALLAST_MLFLOW_PID" 2>/dev/null || true
        wait "$BALLAST_MLFLOW_PID" 2>/dev/null || true
    fi
    [ -n "${BALLAST_MLFLOW_DIR:-}" ] && rm -rf "$BALLAST_MLFLOW_DIR"
    return 0
}
