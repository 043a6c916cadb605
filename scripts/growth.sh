#!/usr/bin/env bash
# The TDB2 files under many single-article posts: BASE generated articles loaded, then POSTS posted one
# at a time (one write transaction each), the size printed every EVERY posts, and one compaction at the
# end. Slow (about a quarter of a second per post on 2 cores) and heavy on disk (megabytes per post):
# run it by hand, not in CI. Usage: scripts/growth.sh [DIR] [BASE] [POSTS] [EVERY]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$(mktemp -d)}"; base="${2:-200}"; posts="${3:-10000}"; every="${4:-1000}"
"$here/itkg" --version >/dev/null   # builds the jar if it is missing or stale
exec java ${ITKG_JAVA_OPTS:--Xmx4g} -cp "$here/target/itkg.jar" org.itkg.bench.Growth "$dir" "$base" "$posts" "$every"
