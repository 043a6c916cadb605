#!/bin/sh
# The official Apache Jena Fuseki server over the itkg store, from the project folder:
#   fuseki-config/standalone.sh PASSWORD_FILE [PORT]
# FusekiMainCmd serves the datasets of the configuration and nothing else: no admin API (no backup,
# compact, create or delete over HTTP), no UI, no run/ folder. It listens on loopback only; put a proxy
# with TLS in front to serve others. Writes need a user of PASSWORD_FILE (lines 'user: password').
# FUSEKI_SERVER_JAR names the jar (default: jena-fuseki-server-5.6.0.jar in the working folder);
# ITKG_ANALYZER_JAR the analyzer (default: target/itkg-analyzer.jar, which mvn package builds).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 PASSWORD_FILE [PORT]" >&2; exit 2; }
passwd="$1"
port="${2:-3030}"
jar="${FUSEKI_SERVER_JAR:-jena-fuseki-server-5.6.0.jar}"
analyzer="${ITKG_ANALYZER_JAR:-$here/../target/itkg-analyzer.jar}"
[ -r "$passwd" ] || { echo "$passwd: no such password file" >&2; exit 2; }
[ -r "$jar" ] || { echo "$jar: no Fuseki server jar (org.apache.jena:jena-fuseki-server:5.6.0 from Maven Central; set FUSEKI_SERVER_JAR)" >&2; exit 2; }
[ -r "$analyzer" ] || { echo "$analyzer: no analyzer jar (run mvn package)" >&2; exit 2; }
exec java ${JAVA_OPTS:--Xmx4g} -cp "$jar:$analyzer" org.apache.jena.fuseki.main.cmds.FusekiMainCmd \
     --localhost --port "$port" --passwd "$passwd" --auth=basic --config "$here/itkg.ttl"
