# Starting and stopping a built paradiplo binary for the .ci check scripts; sourced by
# .ci/http-checks and .ci/browser-checks, not run on its own.
#
#   paradiplo_binary ARG          $paradiplo_bin := ARG as an absolute path (ARG relative to
#                                 where the script started, else to the repository root)
#   paradiplo_start PORT DIR [NAME=VALUE...]
#                                 starts it on 127.0.0.1:PORT with a fresh SQLite database in
#                                 DIR, rate limits off, the given extra environment, logging to
#                                 DIR/server.log; waits for /readyz; sets $paradiplo_pid
#   paradiplo_running             whether it is still up
#   paradiplo_stop                SIGTERM, then SIGKILL after 5 s
#   paradiplo_show_log WHEN       the log's last lines, on stderr
#   paradiplo_panicked            whether the log shows a panic (printed on stderr)

paradiplo_pid=""
paradiplo_log=""

paradiplo_binary() {
    local arg="$1" root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    if [ -e "$arg" ]; then
        paradiplo_bin="$(realpath -- "$arg")"
    elif [ -e "$root/$arg" ]; then
        paradiplo_bin="$(realpath -- "$root/$arg")"
    else
        echo "error: paradiplo binary not found at $arg (build it first, e.g. cargo build --locked)" >&2
        exit 1
    fi
    if [ ! -x "$paradiplo_bin" ]; then
        echo "error: $paradiplo_bin is not executable" >&2
        exit 1
    fi
}

paradiplo_start() {
    local port="$1" dir="$2" base_url="http://127.0.0.1:$1" started=$SECONDS
    shift 2
    paradiplo_log="$dir/server.log"
    echo "==> Starting $paradiplo_bin on $base_url (fresh SQLite database in $dir)"
    if curl -s -o /dev/null --max-time 2 "$base_url/" 2>/dev/null; then
        echo "error: something already answers on $base_url" >&2
        exit 1
    fi
    # Rate limits off: the checks send many requests from one address.
    env DATABASE_URL="sqlite://$dir/checks.db?mode=rwc" \
        PARADIPLO_RATE_LIMIT_ANONYMOUS=0 PARADIPLO_RATE_LIMIT_AUTHENTICATED=0 "$@" \
        "$paradiplo_bin" --bind "127.0.0.1:$port" >"$paradiplo_log" 2>&1 &
    paradiplo_pid=$!
    for _ in $(seq 1 60); do
        if ! paradiplo_running; then
            local status=0
            wait "$paradiplo_pid" || status=$?
            paradiplo_pid=""
            echo "error: the server exited with status $status before it was ready" >&2
            paradiplo_show_log "startup"
            exit 1
        fi
        if curl -fsS -o /dev/null --max-time 2 "$base_url/readyz" 2>/dev/null; then
            echo "server ready (pid $paradiplo_pid) after $((SECONDS - started)) s"
            return 0
        fi
        sleep 0.5
    done
    echo "error: $base_url/readyz did not answer within 30 s" >&2
    paradiplo_show_log "startup"
    exit 1
}

paradiplo_running() {
    [ -n "$paradiplo_pid" ] && kill -0 "$paradiplo_pid" 2>/dev/null
}

paradiplo_stop() {
    if paradiplo_running; then
        kill "$paradiplo_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$paradiplo_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$paradiplo_pid" 2>/dev/null || true
        wait "$paradiplo_pid" 2>/dev/null || true
    fi
    paradiplo_pid=""
}

paradiplo_show_log() {
    echo "---- last lines of the server log ($1) ----" >&2
    tail -n 40 "$paradiplo_log" >&2 || true
    echo "---- end of the server log ----" >&2
}

paradiplo_panicked() {
    if grep -q "panicked" "$paradiplo_log" 2>/dev/null; then
        echo "error: the server panicked:" >&2
        grep -A3 "panicked" "$paradiplo_log" | head -n 40 >&2
        return 0
    fi
    return 1
}
