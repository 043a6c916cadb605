#!/usr/bin/env bash
# Extraction speed of this checkout against an earlier revision, paired in one JVM (see
# org.itkg.bench.PairedExtraction): scripts/extraction-speed.sh REV [ARTICLES]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rev="${1:?usage: $0 REV [ARTICLES]}"
work=$(mktemp -d); trap 'git -C "$here" worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$here" worktree add -q "$work/old" "$rev"
(cd "$work/old" && mvn -q -B -DskipTests package)
(cd "$here" && mvn -q -B -DskipTests package)
java -XX:+UseParallelGC -Xmx3g -cp "$here/target/itkg.jar" org.itkg.bench.PairedExtraction \
     "$work/old/target/itkg.jar" "$here/target/itkg.jar" "${2:-3000}"
