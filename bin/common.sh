# Shared by bin/start, bin/test and bin/cluster (sourced, not run).

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACCORD_WORK="${ACCORD_WORK:-$REPO_DIR/.work}"
WILDFLY_VERSION=39.0.1.Final
WILDFLY_HOME="$REPO_DIR/ear/target/wildfly-$WILDFLY_VERSION"

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

port_in_use() { [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]; }

# WildFly (8080 http, 9990 management) must not already run: a build would otherwise talk to it
# (STACK.md pitfall 11).
require_free_ports() {
    local port
    for port in "$@"; do
        if port_in_use "$port"; then
            die "port $port is in use:
$(ss -Hltnp "sport = :$port" 2>/dev/null)
Stop that process first (another Accord portal or test run?)."
        fi
    done
}

# Maven and JDK 17 are the only tools a fresh machine needs to have; the rest the scripts install.
require_tools() {
    command -v java >/dev/null || die "a JDK 17 is needed (java not found)"
    command -v mvn >/dev/null || die "Maven is needed (mvn not found)"
    local missing=()
    local tool
    for tool in curl jq unzip ss setsid; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        as_root apt-get install -y -qq curl jq unzip iproute2 util-linux >/dev/null
    fi
}

as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi
}

# Stops the WildFly of this checkout if one is left running (a build that failed between the
# plugin's start and shutdown, or a Ctrl-C).
stop_wildfly() {
    local pids
    pids="$(pgrep -f -- "-Djboss.home.dir=$WILDFLY_HOME" || true)"
    [[ -n "$pids" ]] || return 0
    echo "Stopping WildFly ($pids)"
    kill -TERM $pids 2>/dev/null || true
    local i
    for ((i = 0; i < 30; i++)); do
        pgrep -f -- "-Djboss.home.dir=$WILDFLY_HOME" >/dev/null || return 0
        sleep 1
    done
    kill -KILL $pids 2>/dev/null || true
}

# PostgreSQL at 127.0.0.1:5432 (Debian's cluster, started when it does not answer); exports PGHOST,
# PGPORT and PGUSER for psql.
pg_answers() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
start_postgresql() {
    if ! pg_answers; then
        echo "Starting PostgreSQL"
        as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main start
        for _ in $(seq 1 30); do pg_answers && break; sleep 1; done
        pg_answers || die "PostgreSQL does not answer at 127.0.0.1:5432"
    fi
    export PGHOST=127.0.0.1 PGPORT=5432 PGUSER="${PGUSER:-postgres}"
}
