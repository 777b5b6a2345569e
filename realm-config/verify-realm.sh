#!/usr/bin/env bash
# Checks a running Keycloak against what Accord expects of realm `accord` (realm-config/accord-realm.json).
# Start it first with `bin/keycloak.sh start`. Exits non-zero if any check fails.
#
# Environment (optional): KC_URL (default http://localhost:8180),
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (master admin, default admin / admin-demo),
#   ACCORD_CLIENT_SECRET / CN_TOOLING_CLIENT_SECRET (if the realm was imported with other than the demo secrets).
# Needs curl, jq, openssl. Takes 15-20 s on 2 cores (one check waits for a 3 s token to expire).
#
# Note: it never sends a wrong user password (brute-force detection is on: 10 failures lock a user).
set -uo pipefail   # no -e: a failed request is a failed check, counted below, not an abort

KC_URL="${KC_URL:-http://localhost:8180}"
REALM_URL="$KC_URL/realms/accord"
TOKEN_URL="$REALM_URL/protocol/openid-connect/token"
AUTH_URL="$REALM_URL/protocol/openid-connect/auth"
USERINFO_URL="$REALM_URL/protocol/openid-connect/userinfo"
ADMIN_USER="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin-demo}"
PASSWORD=accord-demo
ACCORD_SECRET="${ACCORD_CLIENT_SECRET:-accord-demo-secret}"
TOOLING_SECRET="${CN_TOOLING_CLIENT_SECRET:-cn-tooling-demo-secret}"
REDIRECT_URI="http://localhost:8080/accord/"
ACCORD_ROLES='["reporter","liaison","auditor","admin"]'

failures=0
ok()   { echo "  ok   $*"; }
bad()  { echo "  FAIL $*"; failures=$((failures + 1)); }
check() { # check "<description>" <command...>: ok if the command succeeds
    local what="$1"; shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}

TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

# payload of a JWT as JSON
jwt() {
    local p="${1#*.}"; p="${p%%.*}"; p="$(printf '%s' "$p" | tr '_-' '/+')"
    while (( ${#p} % 4 )); do p+="="; done
    printf '%s' "$p" | base64 -d
}
# jq test on a JSON document: jqt '<json>' '<filter yielding true>' [jq args...]
jqt() { local doc="$1" f="$2"; shift 2; [[ "$(jq -r "$@" "$f" <<<"$doc" 2>/dev/null)" == true ]]; }

# password grant; prints the token response (JSON), empty on HTTP error
password_grant() { # client user
    curl -s -f -d grant_type=password -d "client_id=$1" -d "username=$2" -d "password=$PASSWORD" \
        -d scope=openid "$TOKEN_URL" || true
}

# standard checks on an access token payload
check_claims() { # label payload country expected_role(or "") lifespan want_aud(yes|no)
    local label="$1" p="$2" country="$3" role="$4" life="$5" aud="$6"
    check "$label: country=$country" jqt "$p" '.country == $c' --arg c "$country"
    if [[ -n "$role" ]]; then
        check "$label: realm_access.roles has $role and no other Accord role" \
            jqt "$p" '(.realm_access.roles | index($r) != null) and ([.realm_access.roles[] | select(IN($a[]))] == [$r])' \
            --arg r "$role" --argjson a "$ACCORD_ROLES"
    else
        check "$label: realm_access.roles has none of $ACCORD_ROLES" \
            jqt "$p" '[(.realm_access.roles // [])[] | select(IN($a[]))] == []' --argjson a "$ACCORD_ROLES"
    fi
    local has_aud='((.aud | if type == "array" then . else [.] end) | index("accord") != null)'
    if [[ "$aud" == yes ]]; then
        check "$label: aud contains accord" jqt "$p" "$has_aud"
    else
        check "$label: aud does NOT contain accord (aud=$(jq -c .aud <<<"$p"))" jqt "$p" "$has_aud | not"
    fi
    check "$label: exp - iat == $life" jqt "$p" '(.exp - .iat) == ($l | tonumber)' --arg l "$life"
    check "$label: iss == $REALM_URL" jqt "$p" '.iss == $i' --arg i "$REALM_URL"
}

# browser login (PKCE S256) with curl, by default to client `accord`; prints the Location of the final redirect
browser_login() { # user verifier [client redirect_uri]
    local user="$1" verifier="$2" client="${3:-accord}" redirect="${4:-$REDIRECT_URI}"
    local jar challenge action
    jar="$(mktemp "$TMP/cookies.XXXXXX")"   # a new browser each time (no SSO session from an earlier login)
    challenge="$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=')"
    action="$(curl -s -c "$jar" -b "$jar" -G "$AUTH_URL" -d "client_id=$client" -d response_type=code \
        -d scope=openid -d "redirect_uri=$redirect" -d state=s1 -d nonce=n1 \
        -d "code_challenge=$challenge" -d code_challenge_method=S256 \
        | grep -o '<form id="kc-form-login"[^>]*action="[^"]*"' | sed 's/.*action="//; s/"$//; s/&amp;/\&/g')"
    [[ -n "$action" ]] || return 0
    curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
        --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" "$action"
}
code_of() { sed -n 's/.*[?&]code=\([^&]*\).*/\1/p' <<<"$1"; }
exchange_code() { # code verifier -> token response
    curl -s -u "accord:$ACCORD_SECRET" -d grant_type=authorization_code -d "code=$1" \
        -d "redirect_uri=$REDIRECT_URI" -d "code_verifier=$2" "$TOKEN_URL"
}

echo "== discovery"
disc="$(curl -s -f "$REALM_URL/.well-known/openid-configuration" || true)"
check "openid-configuration answers with issuer $REALM_URL" jqt "$disc" '.issuer == $i' --arg i "$REALM_URL"
if (( failures > 0 )); then echo "verify-realm: realm accord not reachable at $REALM_URL (bin/keycloak.sh start)"; exit 1; fi

echo "== demo users through accord-cli (password grant) and accord (browser login, PKCE)"
USERS="cn-reporter:CN:reporter cn-liaison:CN:liaison cn-auditor:CN:auditor
us-reporter:US:reporter us-liaison:US:liaison us-auditor:US:auditor
de-reporter:DE:reporter de-liaison:DE:liaison de-auditor:DE:auditor
fr-reporter:FR:reporter fr-liaison:FR:liaison fr-auditor:FR:auditor
int-auditor:INT:auditor portal-admin:INT:admin cn-guest:CN:"
for entry in $USERS; do
    IFS=: read -r user country role <<<"$entry"
    resp="$(password_grant accord-cli "$user")"
    at="$(jq -r '.access_token // empty' <<<"$resp" 2>/dev/null || true)"
    if [[ -z "$at" ]]; then bad "$user: password grant on accord-cli refused"; continue; fi
    check_claims "$user" "$(jwt "$at")" "$country" "$role" 300 yes

    # the browser flow must go straight through (no update-profile / required-action page)
    verifier="$(openssl rand -hex 32)"
    loc="$(browser_login "$user" "$verifier")"
    code="$(code_of "$loc")"
    if [[ "$loc" == "$REDIRECT_URI"* && -n "$code" ]]; then
        ok "$user: browser login on accord goes straight back to the app with a code"
        tr="$(exchange_code "$code" "$verifier")"
        at2="$(jq -r '.access_token // empty' <<<"$tr")"; idt="$(jq -r '.id_token // empty' <<<"$tr")"
        if [[ -n "$at2" ]]; then
            p2="$(jwt "$at2")"
            check "$user: code-flow access token: aud has accord, country $country" \
                jqt "$p2" '((.aud|if type=="array" then . else [.] end)|index("accord")!=null) and .country==$c' --arg c "$country"
            check "$user: ID token has country $country" jqt "$(jwt "$idt")" '.country == $c' --arg c "$country"
        else
            bad "$user: code exchange with client secret and code_verifier failed: $tr"
        fi
    else
        bad "$user: browser login did not come back with a code (redirect: '${loc:-none, a form was shown}')"
    fi
done

echo "== userinfo"
at="$(password_grant accord-cli us-liaison | jq -r .access_token)"
ui="$(curl -s -H "Authorization: Bearer $at" "$USERINFO_URL")"
check "userinfo of us-liaison has country US" jqt "$ui" '.country == "US"'

echo "== accord-other (another audience)"
at="$(password_grant accord-other cn-reporter | jq -r '.access_token // empty')"
if [[ -n "$at" ]]; then check_claims "accord-other/cn-reporter" "$(jwt "$at")" CN reporter 300 no
else bad "accord-other: password grant refused"; fi

echo "== accord-expiry-test (3 s tokens)"
at="$(password_grant accord-expiry-test de-reporter | jq -r '.access_token // empty')"
if [[ -n "$at" ]]; then
    check_claims "accord-expiry-test/de-reporter" "$(jwt "$at")" DE reporter 3 yes
    sleep 4
    check "an expired accord-expiry-test token is refused by userinfo (401)" \
        test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $at" "$USERINFO_URL")" = 401
else bad "accord-expiry-test: password grant refused"; fi

echo "== cn-tooling (service account, client credentials)"
resp="$(curl -s -f -u "cn-tooling:$TOOLING_SECRET" -d grant_type=client_credentials "$TOKEN_URL" || true)"
at="$(jq -r '.access_token // empty' <<<"$resp" 2>/dev/null || true)"
if [[ -n "$at" ]]; then
    check_claims "cn-tooling" "$(jwt "$at")" CN reporter 300 yes
    check "cn-tooling: client_id claim (service_account scope) is cn-tooling" jqt "$(jwt "$at")" '.client_id == "cn-tooling"'
else bad "cn-tooling: client credentials grant refused"; fi
check "cn-tooling with a wrong secret is refused (401)" \
    test "$(curl -s -o /dev/null -w '%{http_code}' -u cn-tooling:wrong -d grant_type=client_credentials "$TOKEN_URL")" = 401

echo "== client accord: flows"
auth_location() { curl -s -o /dev/null -w '%{redirect_url}' -G "$AUTH_URL" -d client_id=accord -d response_type=code \
    -d scope=openid -d "redirect_uri=$REDIRECT_URI" -d state=s1 "$@"; }
loc="$(auth_location)"
check "authorization request without code_challenge is refused (-> ${loc#*\?})" \
    grep -q 'error=invalid_request.*code_challenge' <<<"$loc"
loc="$(auth_location -d code_challenge=abcdefghijabcdefghijabcdefghijabcdefghijabc -d code_challenge_method=plain)"
check "authorization request with code_challenge_method=plain is refused" grep -q 'error=invalid_request' <<<"$loc"
page="$(curl -s -G "$AUTH_URL" -d client_id=accord -d response_type=code -d scope=openid -d "redirect_uri=$REDIRECT_URI" \
    -d code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM -d code_challenge_method=S256)"
check "authorization request with an S256 code_challenge shows the login page" grep -q 'id="kc-form-login"' <<<"$page"
loc="$(curl -s -o /dev/null -w '%{redirect_url}' -G "$AUTH_URL" -d client_id=accord -d response_type=token \
    -d scope=openid -d "redirect_uri=$REDIRECT_URI" -d state=s1 -d nonce=n1)"
check "implicit flow is refused for accord" grep -q 'error=unauthorized_client' <<<"$loc"
resp="$(curl -s -u "accord:$ACCORD_SECRET" -d grant_type=password -d username=cn-reporter -d "password=$PASSWORD" "$TOKEN_URL")"
check "password grant is refused for accord ($(jq -r .error <<<"$resp"))" jqt "$resp" '.error == "unauthorized_client"'
verifier="$(openssl rand -hex 32)"
code="$(code_of "$(browser_login fr-liaison "$verifier")")"
[[ -n "$code" ]] || bad "fr-liaison: no authorization code for the wrong-verifier test"
resp="$(exchange_code "$code" "$(openssl rand -hex 32)")"
check "code exchange with a wrong code_verifier is refused ($(jq -r .error <<<"$resp"))" jqt "$resp" '.error == "invalid_grant"'

echo "== built-in account console (users manage their password there)"
verifier="$(openssl rand -hex 32)"
code="$(code_of "$(browser_login us-reporter "$verifier" account-console "$REALM_URL/account/")")"
at="$(curl -s -d grant_type=authorization_code -d client_id=account-console -d "code=$code" \
    -d "redirect_uri=$REALM_URL/account/" -d "code_verifier=$verifier" "$TOKEN_URL" | jq -r '.access_token // empty')"
check "account-console token has sub and the account roles" \
    jqt "$(jwt "${at:-x.e30.x}")" '(.sub != null) and (.resource_access.account.roles | index("manage-account") != null)'
check "account REST API answers 200 to the account console's token" \
    test "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $at" -H 'Accept: application/json' \
        "$REALM_URL/account/")" = 200

echo "== admin REST API (master admin)"
admin_token="$(curl -s -f -d grant_type=password -d client_id=admin-cli -d "username=$ADMIN_USER" \
    -d "password=$ADMIN_PASSWORD" "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token || true)"
if [[ -z "$admin_token" || "$admin_token" == null ]]; then
    bad "master admin token (user $ADMIN_USER) not obtained"
else
    admin() { curl -s -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' "$@"; }
    up="$(admin "$KC_URL/admin/realms/accord/users/profile")"
    check "user profile declares country with pattern ^([A-Z]{2}|INT)\$, editable and viewable by admin only" jqt "$up" \
        '.attributes[] | select(.name == "country") | .validations.pattern.pattern == "^([A-Z]{2}|INT)$"
         and .permissions.edit == ["admin"] and .permissions.view == ["admin"]'
    check "user profile keeps username, email, firstName, lastName (display names untouched by import placeholders)" \
        jqt "$up" '([.attributes[].name] | contains(["username","email","firstName","lastName"]))
                   and (.attributes[] | select(.name == "username") | .displayName == "${username}")'
    realm="$(admin "$KC_URL/admin/realms/accord")"
    check "realm: access token 300 s, brute force on, ssl external, no registration" jqt "$realm" \
        '.accessTokenLifespan == 300 and .bruteForceProtected and .sslRequired == "external" and (.registrationAllowed | not)'
    check "realm default client scopes include country, roles, profile, email, basic" jqt \
        "$(admin "$KC_URL/admin/realms/accord/default-default-client-scopes")" \
        '[.[].name] | contains(["country","roles","profile","email","web-origins","acr","basic"])'

    uid="$(admin -G "$KC_URL/admin/realms/accord/users" -d username=cn-reporter -d exact=true | jq -r '.[0].id')"
    rep="$(admin "$KC_URL/admin/realms/accord/users/$uid")"
    check "admin API shows cn-reporter's country CN" jqt "$rep" '.attributes.country == ["CN"]'
    bad_rep="$(jq '.attributes.country = ["cn"]' <<<"$rep")"
    code="$(admin -o /dev/null -w '%{http_code}' -X PUT -d "$bad_rep" "$KC_URL/admin/realms/accord/users/$uid")"
    check "admin API refuses country 'cn' (HTTP $code)" test "$code" = 400
fi

echo "== a user cannot change their own country (account REST API)"
at="$(password_grant accord-cli cn-reporter | jq -r .access_token)"
acct="$(curl -s -H "Authorization: Bearer $at" -H 'Accept: application/json' "$REALM_URL/account/")"
check "account API does not even show country to the user" jqt "$acct" '(.attributes.country // null) == null'
upd="$(jq '.attributes = ((.attributes // {}) + {country: ["US"]})' <<<"$acct")"
code="$(curl -s -o "$TMP/acct" -w '%{http_code}' -H "Authorization: Bearer $at" -H 'Content-Type: application/json' \
    -X POST -d "$upd" "$REALM_URL/account/")"
at="$(password_grant accord-cli cn-reporter | jq -r .access_token)"
check "after the user's attempt (HTTP $code) the country is still CN" jqt "$(jwt "$at")" '.country == "CN"'

echo
if (( failures > 0 )); then echo "verify-realm: $failures check(s) FAILED"; exit 1; fi
echo "verify-realm: all checks passed"
