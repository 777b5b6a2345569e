#!/usr/bin/env bash
# Install, start and stop the local Keycloak that Accord uses in development and tests.
#
#   bin/keycloak.sh install          unpack Keycloak under $ACCORD_WORK (from Maven Central via Maven)
#   bin/keycloak.sh start [--fresh]  start it on http://localhost:8180 with realm-config/accord-realm.json
#   bin/keycloak.sh stop             stop the Keycloak that `start` started
#   bin/keycloak.sh status           say whether it runs and answers
#
# Environment (all optional):
#   ACCORD_WORK   working directory (default: <repo>/.work)
#   MAVEN_REPO    local Maven repository (default: ~/.m2/repository)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                 master-realm admin created on the first start (default admin / admin-demo: DEMO ONLY)
#   JAVA_OPTS_KC_HEAP  JVM heap for Keycloak (default -Xms64m -Xmx512m)
#   JAVA_OPTS_APPEND   extra JVM options (default -XX:TieredStopAtLevel=1: C1 only, which halves the start
#                      time on a 2-core machine; Keycloak is not on any hot path of the tests)
#   ACCORD_CLIENT_SECRET / CN_TOOLING_CLIENT_SECRET
#                 client secrets put into the realm at import (defaults: the DEMO secrets in the realm file)
#
# The database is Keycloak's dev H2 under $KC_HOME/data/h2. `--import-realm` skips a realm that
# already exists, so the database is wiped when --fresh is given or when the realm file changed
# (or the secrets given in the environment) since the last successful import; the sha256 of file and
# secrets is recorded next to the log. Needs curl, jq, unzip, ss.
set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ACCORD_WORK="${ACCORD_WORK:-$REPO_DIR/.work}"
MAVEN_REPO="${MAVEN_REPO:-$HOME/.m2/repository}"

KC_VERSION=26.5.6
KC_HOME="$ACCORD_WORK/keycloak-$KC_VERSION"
KC_ZIP="$MAVEN_REPO/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
HTTP_PORT=8180
MGMT_PORT=9180          # Keycloak's management interface defaults to 9000, which WildFly's tools like too
REALM_FILE="$REPO_DIR/realm-config/accord-realm.json"
READY_URL="http://localhost:$HTTP_PORT/realms/accord/.well-known/openid-configuration"
START_TIMEOUT=120

LOG_FILE="$ACCORD_WORK/keycloak.log"
PID_FILE="$ACCORD_WORK/keycloak.pid"
SHA_FILE="$ACCORD_WORK/keycloak-realm.sha256"   # realm_sha (below) at the last successful import

die() { echo "keycloak.sh: $*" >&2; exit 1; }

# --- helpers ------------------------------------------------------------------------------

# pid of our running Keycloak, or nothing (the pid file must name a live process of $KC_HOME)
our_pid() {
    [[ -f "$PID_FILE" ]] || return 0
    local pid; pid="$(cat "$PID_FILE")"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null \
        && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$KC_HOME"; then
        echo "$pid"
    fi
}

port_in_use() { [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]; }

ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$READY_URL" || true)" == 200 ]]; }

# what the import depends on: the realm file and the secrets that its placeholders take from the environment
realm_sha() {
    { cat "$REALM_FILE"; echo "${ACCORD_CLIENT_SECRET:-}:${CN_TOOLING_CLIENT_SECRET:-}"; } | sha256sum | cut -d' ' -f1
}

# Keycloak creates its built-in clients of the realm (account-console, admin-cli, ...) before it imports the
# realm file's clientScopes, and only creates the standard scopes itself when the file declares none. Our file
# declares them (for the `country` scope), so the built-in clients would get no scopes at all (the account
# console then receives tokens without roles and answers 403). Give them the realm's default and optional
# scopes, as Keycloak does for a realm created from scratch. Runs once, after a fresh import.
fix_builtin_clients() {
    local base="http://localhost:$HTTP_PORT" token clients kind scopes scope client
    token="$(curl -sf -d grant_type=password -d client_id=admin-cli \
        --data-urlencode "username=$KC_BOOTSTRAP_ADMIN_USERNAME" --data-urlencode "password=$KC_BOOTSTRAP_ADMIN_PASSWORD" \
        "$base/realms/master/protocol/openid-connect/token" | jq -r .access_token)" || return 1
    kc_admin() { curl -sf -H "Authorization: Bearer $token" "$@"; }
    clients="$(kc_admin "$base/admin/realms/accord/clients" \
        | jq -r '.[] | select((.defaultClientScopes | length) == 0 and .protocol != "saml") | .id')" || return 1
    for kind in default optional; do
        scopes="$(kc_admin "$base/admin/realms/accord/default-$kind-client-scopes" | jq -r '.[].id')" || return 1
        for scope in $scopes; do
            for client in $clients; do
                kc_admin -X PUT "$base/admin/realms/accord/clients/$client/$kind-client-scopes/$scope" || return 1
            done
        done
    done
}

# --- subcommands --------------------------------------------------------------------------

cmd_install() {
    if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
        echo "Keycloak $KC_VERSION already installed in $KC_HOME"
        return 0
    fi
    if [[ ! -f "$KC_ZIP" ]]; then
        echo "Fetching keycloak-quarkus-dist $KC_VERSION from Maven Central (165 MB)..."
        mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get -Dmaven.repo.local="$MAVEN_REPO" \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -Dtransitive=false
        [[ -f "$KC_ZIP" ]] || die "Maven did not put the zip where expected: $KC_ZIP"
    fi
    mkdir -p "$ACCORD_WORK"
    # unpack into a scratch directory first so that an interrupted unzip leaves no half install
    local tmp; tmp="$(mktemp -d "$ACCORD_WORK/.kc-unzip.XXXXXX")"
    unzip -q "$KC_ZIP" -d "$tmp"
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rmdir "$tmp"
    echo "Keycloak $KC_VERSION installed in $KC_HOME"
}

cmd_start() {
    local fresh=false
    case "${1:-}" in
        --fresh) fresh=true ;;
        "") ;;
        *) die "unknown option for start: $1 (only --fresh)" ;;
    esac
    [[ -f "$REALM_FILE" ]] || die "realm file not found: $REALM_FILE"
    [[ -x "$KC_HOME/bin/kc.sh" ]] || cmd_install

    local sha; sha="$(realm_sha)"
    local wipe=$fresh
    [[ "$(cat "$SHA_FILE" 2>/dev/null || true)" == "$sha" ]] || wipe=true

    # already running: fine unless the database must be rebuilt
    if [[ -n "$(our_pid)" ]]; then
        if [[ $wipe == false ]]; then
            echo "Keycloak already running (pid $(our_pid)) on http://localhost:$HTTP_PORT"
            return 0
        fi
        echo "Keycloak is running but must be re-imported: restarting it"
        cmd_stop
    fi

    local port
    for port in "$HTTP_PORT" "$MGMT_PORT"; do
        if port_in_use "$port"; then
            die "port $port is taken by something that is not our Keycloak:
$(ss -Hltnp "sport = :$port" 2>/dev/null)
Stop that process (or run 'bin/keycloak.sh stop' if it is a Keycloak of another checkout)."
        fi
    done

    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/accord-realm.json"
    if [[ $wipe == true ]]; then
        echo "Wiping Keycloak's dev database (realm will be imported from $REALM_FILE)"
        rm -rf "$KC_HOME/data/h2" "$SHA_FILE"
    fi

    echo "Starting Keycloak $KC_VERSION on http://localhost:$HTTP_PORT (log: $LOG_FILE)"
    local t0=$SECONDS
    # master-realm admin, created when the (wiped) database is new: DEMO credentials
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-demo}"
    # loopback only (demo credentials); setsid: own process group, so that `stop` can signal kc.sh and java together
    JAVA_OPTS_KC_HEAP="${JAVA_OPTS_KC_HEAP:--Xms64m -Xmx512m}" \
    JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND--XX:TieredStopAtLevel=1}" \
        setsid "$KC_HOME/bin/kc.sh" start-dev \
            --http-host=127.0.0.1 \
            --http-port="$HTTP_PORT" \
            --http-management-port="$MGMT_PORT" \
            --hostname="http://localhost:$HTTP_PORT" \
            --import-realm \
            </dev/null >"$LOG_FILE" 2>&1 &
    local pid=$!
    echo "$pid" >"$PID_FILE"

    while ! ready; do
        # (not our_pid: until setsid has exec'd kc.sh, the child's command line is still this script's)
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 40 "$LOG_FILE" >&2
            rm -f "$PID_FILE"
            die "Keycloak exited during startup (log above, full log in $LOG_FILE)"
        fi
        if (( SECONDS - t0 >= START_TIMEOUT )); then
            tail -n 40 "$LOG_FILE" >&2
            cmd_stop >&2
            die "Keycloak did not answer $READY_URL within ${START_TIMEOUT}s"
        fi
        sleep 1
    done
    if [[ $wipe == true ]]; then
        fix_builtin_clients || { cmd_stop >&2; die "could not give the built-in clients their client scopes"; }
    fi
    echo "$sha" >"$SHA_FILE"
    echo "Keycloak ready after $((SECONDS - t0))s (pid $pid); admin console: http://localhost:$HTTP_PORT/admin"
}

cmd_stop() {
    local pid; pid="$(our_pid)"
    if [[ -z "$pid" ]]; then
        echo "Keycloak not running"
        rm -f "$PID_FILE"
        return 0
    fi
    echo "Stopping Keycloak (pid $pid)"
    # the pid is the leader of its own process group (see setsid in start)
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 30; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "Keycloak did not stop within 30s: killing it" >&2
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    echo "Keycloak stopped"
}

cmd_status() {
    local pid; pid="$(our_pid)"
    if [[ -z "$pid" ]]; then
        echo "Keycloak not running"
        return 3
    fi
    if ready; then
        echo "Keycloak running (pid $pid), realm accord ready at http://localhost:$HTTP_PORT/realms/accord"
    else
        echo "Keycloak running (pid $pid) but realm accord does not answer (yet); log: $LOG_FILE"
    fi
}

case "${1:-}" in
    install) cmd_install ;;
    start)   shift; cmd_start "$@" ;;
    stop)    cmd_stop ;;
    status)  cmd_status ;;
    *) echo "usage: $0 install | start [--fresh] | stop | status" >&2; exit 2 ;;
esac
