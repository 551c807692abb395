#!/usr/bin/env bash
# The example clients an integrator writes from openapi.yaml (README "For systems"), run against a live server with demo
# data: the demo admin registers a system client for Sở GD&ĐT, then each example runs its flow with nothing but the
# client id and secret (token, plans, a quota, two attendees with Idempotency-Key and a replay, the signed webhooks).
# Usage: scripts/examples.sh [base URL] — make test runs it against the browser tests' server.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="${1:-http://127.0.0.1:8080}"
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(eval("v"+process.argv[1]))})' "$1"; }
ADMIN=$(curl -sf -X POST "$BASE/api/auth/token" -H 'Content-Type: application/json' -d '{"username":"admin","password":"demo1234"}' | json '.accessToken')
ORG=$(curl -sf -H "Authorization: Bearer $ADMIN" "$BASE/api/organizations?q=SO-GDDT&size=50" | json '.items.find(o => o.code === "SO-GDDT").id')
register() {
  curl -sf -X POST "$BASE/api/system-clients" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"organizationId\":$ORG,\"scopes\":[\"plans:read\",\"attendees:write\"]}"
}

echo "== the contract the server serves (YAML and JSON, built on the first request) is the committed openapi.yaml"
SERVED="$(mktemp -d)"
curl -sf "$BASE/q/openapi" > "$SERVED/openapi.yaml"; curl -sf "$BASE/q/openapi?format=json" > "$SERVED/openapi.json"
NODE_PATH="$ROOT/frontend/node_modules" node -e '
const yaml = require("js-yaml"), fs = require("fs"), assert = require("assert");
const core = { schema: yaml.CORE_SCHEMA }; // YAML 1.1 would read the dates of the examples as timestamps; JSON has them as strings
const committed = yaml.load(fs.readFileSync(process.argv[1], "utf8"), core);
assert.deepStrictEqual(yaml.load(fs.readFileSync(process.argv[2], "utf8"), core), committed, "the served YAML is not openapi.yaml");
assert.deepStrictEqual(JSON.parse(fs.readFileSync(process.argv[3], "utf8")), committed, "the served JSON is not openapi.yaml");
console.log("served = committed: " + Object.keys(committed.paths).length + " paths");' "$ROOT/openapi.yaml" "$SERVED/openapi.yaml" "$SERVED/openapi.json"
rm -rf "$SERVED"

echo "== examples/typescript (openapi-typescript + openapi-fetch)"
REG=$(register "Ví dụ TypeScript $(date +%s)")
(cd "$ROOT/examples/typescript"
 [ -d node_modules ] || npm ci --no-audit --no-fund --prefer-offline >/dev/null
 npm run --silent build >/dev/null
 BASE_URL="$BASE" CLIENT_ID=$(echo "$REG" | json '.client.clientId') CLIENT_SECRET=$(echo "$REG" | json '.secret') npm start --silent)

echo "== examples/java (openapi-generator, library native, generated at build time)"
REG=$(register "Ví dụ Java $(date +%s)")
MVN=("$ROOT/backend/mvnw" -B -ntp -q -f "$ROOT/examples/java/pom.xml")
"${MVN[@]}" package
BASE_URL="$BASE" CLIENT_ID=$(echo "$REG" | json '.client.clientId') CLIENT_SECRET=$(echo "$REG" | json '.secret') "${MVN[@]}" exec:java
