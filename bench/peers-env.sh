# Shared set-up of the side-by-side benchmarks (sourced, not run): the peers' scripts, a Python
# venv under $PEERS_HOME with the pip packages (same names as their modules) in PEER_MODULES, the
# generated bar file for $BARS, and a release build of ballast-bench.
PEERS=${PEERS_DIR:-../shared/bench/peers}
export PEERS_HOME=${PEERS_HOME:-$HOME/.cache/ballast-peers}
VENV=$PEERS_HOME/venv
DATA=$PEERS_HOME/data/bars_$BARS.mt5.csv

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
# shellcheck disable=SC2086
"$VENV/bin/python" -c "import ${PEER_MODULES// /, }" 2>/dev/null || "$VENV/bin/pip" install -q $PEER_MODULES
if [ ! -f "$DATA" ]; then (cd "$PEERS" && "$VENV/bin/python" gen_data.py); fi

swift build -c release --product ballast-bench >/dev/null
OUT=$(mktemp -d)
export ANCHORS_RESULTS=$OUT
