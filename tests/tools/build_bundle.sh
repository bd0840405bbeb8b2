#!/usr/bin/env bash
# Build the PyInstaller bundle (dist/OrderDesk/) and smoke-test the built executable the way a user runs it:
#   --version; `orders list` on a new database; a schema v1 database migrated; `sandbox` + `channels add` +
#   `sync --once` for all four kinds of channel; `--demo` offscreen for 10 s without a crash.
# Usage: tests/tools/build_bundle.sh            (from anywhere; PYTHON=... picks the interpreter, default .venv's)
# `channels add` needs the OS keyring: the script runs itself in its own D-Bus session with a throwaway, unlocked
# gnome-keyring (dbus-run-session, gnome-keyring-daemon). Exits non-zero, with the reason, at the first failure.
set -euo pipefail

SELF=$(readlink -f "${BASH_SOURCE[0]}")
cd "$(dirname "$SELF")/../.."
ROOT=$(pwd)

if [ -z "${ORDERDESK_BUNDLE_KEYRING:-}" ]; then
    # Our own session bus and an unlocked keyring, its files in a throwaway folder (removed on exit below): the
    # sandbox's demo secrets never reach the user's own keyring.
    KEYRING_DATA=$(mktemp -d)
    export KEYRING_DATA ORDERDESK_BUNDLE_KEYRING=$KEYRING_DATA
    # shellcheck disable=SC2016 # expanded by the inner sh
    exec dbus-run-session -- sh -c 'echo -n smoke | XDG_DATA_HOME="$KEYRING_DATA" gnome-keyring-daemon --unlock \
        --components=secrets >/dev/null; exec "$0" "$@"' "$SELF" "$@"
fi

PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
MAX_MB=${MAX_MB:-120} # the bundle's size on Linux, unpacked; a bigger one means something unwanted came in
EXE=$ROOT/dist/OrderDesk/OrderDesk
WORK=$(mktemp -d)
SANDBOX_PID=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [ -n "$SANDBOX_PID" ]; then
        kill -INT "$SANDBOX_PID" 2>/dev/null || true
        wait "$SANDBOX_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK" "${ORDERDESK_BUNDLE_KEYRING:-}"
}
trap cleanup EXIT

step() { printf '==> %s\n' "$*"; }
fail() {
    printf 'BUNDLE FAILED: %s\n' "$*" >&2
    exit 1
}
# Run the bundle; on failure (or a traceback) show what it said and stop.
run() {
    local out
    if ! out=$("$EXE" "$@" 2>&1); then
        printf '%s\n' "$out" >&2
        fail "OrderDesk $* exited with an error"
    fi
    if grep -q "Traceback" <<<"$out"; then
        printf '%s\n' "$out" >&2
        fail "OrderDesk $* printed a traceback"
    fi
    printf '%s\n' "$out"
}

started=$(date +%s)
step "Building the bundle with PyInstaller"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install -q -e ".[bundle]"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN orderdesk.spec >"$WORK/build.log" 2>&1 ||
    { tail -n 40 "$WORK/build.log" >&2; fail "pyinstaller orderdesk.spec failed"; }
[ -x "$EXE" ] || fail "$EXE was not built"
size_mb=$(du -sm "$ROOT/dist/OrderDesk" | cut -f1)
echo "built in $(($(date +%s) - started)) s: dist/OrderDesk is $size_mb MB"
[ "$size_mb" -le "$MAX_MB" ] || fail "the bundle is $size_mb MB, over $MAX_MB MB"

step "Libraries: every one the bundle's Qt plugins and modules link is found"
missing=$(find "$ROOT/dist/OrderDesk/_internal" -name '*.so*' -type f -exec sh -c \
    'LD_LIBRARY_PATH="$0:$0/PySide6/Qt/lib" ldd "$1" 2>/dev/null | grep "not found" | sed "s|^|$1: |"' \
    "$ROOT/dist/OrderDesk/_internal" {} \; | sort -u)
[ -z "$missing" ] || { printf '%s\n' "$missing" >&2; fail "libraries are missing"; }

step "Resources: the icon set and the desktop files are in the bundle"
BUNDLED=$ROOT/dist/OrderDesk/_internal/resources
for file in orderdesk.svg icons/orderdesk-256.png icons/orderdesk.ico icons/orderdesk.icns \
    linux/app.orderdesk.OrderDesk.desktop linux/app.orderdesk.OrderDesk.metainfo.xml; do
    [ -f "$BUNDLED/$file" ] || fail "resources/$file is not in the bundle"
done

export QT_QPA_PLATFORM=offscreen

step "--version"
version=$(run --version)
expected=$("$PYTHON" -c 'import orderdesk; print(orderdesk.APP_NAME, orderdesk.__version__)')
[ "$version" = "$expected" ] || fail "--version said '$version', not '$expected'"
echo "$version"

step "orders list on a new database"
run --db "$WORK/new.sqlite3" orders list >/dev/null
[ -f "$WORK/new.sqlite3" ] || fail "no database was created"

step "A schema v1 database (tests/data/schema_v1.sql) is migrated"
# sqlite3 is Python's, to need no sqlite3 command on the machine.
sql() {
    "$PYTHON" -c 'import sqlite3, sys
print(*sqlite3.connect(sys.argv[1]).execute(sys.argv[2], sys.argv[3:]).fetchone())' "$@"
}
"$PYTHON" -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).executescript(open(sys.argv[2]).read())' \
    "$WORK/v1.sqlite3" tests/data/schema_v1.sql
run --db "$WORK/v1.sqlite3" orders list | grep -q "AFF-1001" || fail "the v1 database's order is not listed"
version=$(sql "$WORK/v1.sqlite3" "select max(version) from schema_version")
current=$("$PYTHON" -c 'from orderdesk.store.migrations import CURRENT_VERSION; print(CURRENT_VERSION)')
[ "$version" = "$current" ] || fail "the v1 database is at schema $version after opening, not $current"
echo "schema 1 -> $version"

step "sandbox, then channels add and sync --once for each kind of channel"
"$EXE" sandbox >"$WORK/sandbox.out" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 300); do
    [ "$(grep -c 'channels add' "$WORK/sandbox.out" || true)" -ge 4 ] && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$WORK/sandbox.out" >&2; fail "the sandbox stopped"; }
    sleep 0.1
done
if [ "$(grep -c 'channels add' "$WORK/sandbox.out" || true)" -lt 4 ]; then
    cat "$WORK/sandbox.out" >&2
    fail "the sandbox did not print its four channels"
fi
DB=$WORK/sync.sqlite3
# The printed lines are what a user pastes; `orderdesk` there is the bundle's executable, on our database.
orderdesk() { run --db "$DB" "$@"; }
kinds=0
while IFS= read -r line; do
    eval "$line" >/dev/null
    name=$("$PYTHON" -c 'import shlex, sys; print(shlex.split(sys.argv[1].partition(" | ")[2])[3])' "$line")
    out=$(run --db "$DB" sync --once --channel "$name")
    echo "$name: $(tail -n 1 <<<"$out")"
    kinds=$((kinds + 1))
done < <(grep 'channels add' "$WORK/sandbox.out" | sed 's/^ *//')
[ "$kinds" -eq 4 ] || fail "$kinds kinds of channel synced, not 4"
for kind in affiliate cloudsuite magento otplatform; do
    pulled=$(sql "$DB" 'select count(*) from "order" o join channel c on c.id = o.channel_id where c.kind = ?' "$kind")
    [ "$pulled" -gt 0 ] || fail "sync --once brought no $kind orders"
done
kill -INT "$SANDBOX_PID"
wait "$SANDBOX_PID" || fail "the sandbox did not stop cleanly on Ctrl+C"
SANDBOX_PID=

step "--demo offscreen for 10 s"
set +e
timeout --preserve-status -s INT -k 20 10 "$EXE" --demo >"$WORK/demo.out" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] || grep -q "Traceback" "$WORK/demo.out"; then
    cat "$WORK/demo.out" >&2
    fail "--demo exited with $status"
fi

step "--demo in Dutch (--lang nl) offscreen for 10 s: the translations and the trimmed ICU data load"
set +e
XDG_STATE_HOME=$WORK/state timeout --preserve-status -s INT -k 20 10 "$EXE" --lang nl --demo >"$WORK/demo_nl.out" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] || grep -q "Traceback" "$WORK/demo_nl.out"; then
    cat "$WORK/demo_nl.out" >&2
    fail "--lang nl --demo exited with $status"
fi
grep -rqs "Language: nl" "$WORK/state" || { cat "$WORK/demo_nl.out" >&2; fail "the Dutch translations did not load"; }
if grep -rqsi "icu\|No translation for" "$WORK/state"; then
    grep -rhi "icu\|No translation for" "$WORK/state" >&2
    fail "the log warns about ICU or the translations"
fi
[ -f "$BUNDLED/translations/orderdesk_window_nl.qm" ] || fail "the compiled translations are not in the bundle"

echo "bundle OK: $size_mb MB, built and smoke-tested in $(($(date +%s) - started)) s"
