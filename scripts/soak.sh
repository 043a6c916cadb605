#!/usr/bin/env bash
# Soak run: `itkg serve` on a fresh store of generated articles, 50 query clients for 60 s, and a loader
# adding articles through the Graph Store Protocol meanwhile. Prints requests, errors (must be 0) and
# latency percentiles. Usage: scripts/soak.sh [SECONDS] [CLIENTS] [INITIAL_ARTICLES]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"; clients="${2:-50}"; initial="${3:-2000}"
work="$(mktemp -d)"; trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
"$here/itkg" --version >/dev/null   # builds the jar if needed
cp="$here/target/itkg.jar"
port=$(( 20000 + RANDOM % 20000 ))
printf 'soak: %s\n' "$(head -c 12 /dev/urandom | base64)" > "$work/passwd"

echo "generating and loading $initial articles..." >&2
java -cp "$cp" org.itkg.bench.Generate "$work/in" "$initial" 1 >&2
java -jar "$cp" load --db "$work/db" "$work/in" >&2
java -jar "$cp" serve --db "$work/db" --port "$port" --password-file "$work/passwd" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/\$/ping" >/dev/null && break; sleep 1; done
echo "soaking for $seconds s with $clients clients..." >&2
java -cp "$cp" org.itkg.bench.Soak "http://127.0.0.1:$port" "$seconds" "$clients" soak "$work/passwd" "$work"
