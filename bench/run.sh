#!/usr/bin/env bash
# The benchmark: bench/run.sh 10k|100k|1m [seed]   or   bench/run.sh startup
#
# Generates (once, cached in var/bench/) a synthetic graph of the given size, starts the service on it
# (embedded Neo4j, HTTP on $BENCH_PORT, Bolt on $BENCH_BOLT_PORT), records RSS and heap after loading, warms
# up, then drives the query mix at 1, 8 and 32 clients against awardgraph over HTTP, the same questions as
# hand-written Cypher over Bolt and, when node is installed, the same questions sent to the peer
# (@neo4j/graphql with Apollo Server, bench/peer/, on the service's embedded Bolt), and writes the tables to
# bench/results/<size>-<date>.md, with what each request costs the processes under test in CPU (one client).
# 'startup' times a fresh start on the seed graph (data/) to its first correct answer, and a restart; with
# BENCH_CDS=1 also the packaged jar with a class-data-sharing archive (and without, for comparison).
# 'neo4j-alone' times the embedded database alone, configured as the service does, in a JVM doing nothing else.
#
# Knobs (environment): BENCH_SECONDS (per query, level and target; 10), BENCH_WARMUP (seconds per query and
# target; 5), BENCH_JIT_ROUNDS (most rounds of the mix to let the JIT settle first; 45), BENCH_LEVELS (1,8,32),
# BENCH_QUERIES (names, comma-separated; all), BENCH_HEAP (service -Xmx; 2g),
# BENCH_PAGECACHE (1g), BENCH_PORT (8095), BENCH_BOLT_PORT (8097), BENCH_SERVICE_OPTS (extra JVM options for the
# service, e.g. a flight recording), BENCH_PEER (auto: the peer runs when node and npm are on the PATH; 1: it
# must run; 0: no peer), BENCH_PEER_PORT (4100), BENCH_CPU_REQUESTS (requests per question and target for the
# CPU-per-request table; 1000).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${1:?usage: bench/run.sh 10k|100k|1m [seed] | startup | neo4j-alone}
SEED=${2:-42}
PORT=${BENCH_PORT:-8095}
BOLT_PORT=${BENCH_BOLT_PORT:-8097}
PEER_PORT=${BENCH_PEER_PORT:-4100}
PEER=${BENCH_PEER:-auto}
if [ "$PEER" = auto ]; then
  if command -v node > /dev/null && command -v npm > /dev/null; then PEER=1; else PEER=0; fi
fi
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"

echo "== building (test-compile) and resolving classpaths"
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp-test.txt -DincludeScope=test
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp-runtime.txt -DincludeScope=runtime
SERVICE_CP="target/classes:$(cat target/bench-cp-runtime.txt)"
BENCH_CP="target/test-classes:target/classes:$(cat target/bench-cp-test.txt)"

SERVICE_PID=
PEER_PID=
stop_service() {
  if [ -n "$PEER_PID" ] && kill -0 "$PEER_PID" 2>/dev/null; then
    kill "$PEER_PID"; wait "$PEER_PID" 2>/dev/null || true
  fi
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
}
trap stop_service EXIT

# one start on a fresh store to the first correct answer, then a restart on the store it left; for each, the time,
# the CPU the service had used by then (all its threads, and the busiest ones: a start on two cores is CPU-bound)
# and the log lines that place it
time_start() { # label, then the java command line (without the service's arguments); RESTART=0: no restart
  local label=$1; shift
  local store; store=$(mktemp -d /tmp/awardgraph-startup.XXXXXX)
  local kind
  for kind in "fresh store" "restart"; do
    [ "$kind" = restart ] && [ "${RESTART:-1}" = 0 ] && break
    local start; start=$(date +%s%N)
    "$@" --server.port=$PORT --awardgraph.data-dir=$store/neo4j > $store/service.log 2>&1 &
    SERVICE_PID=$!
    until curl -sf localhost:$PORT/graphql -H 'content-type: application/json' \
        -d '{"query":"{ lookup(name: \"中国移动\") { id } }"}' 2>/dev/null | grep -q org/china-mobile; do
      kill -0 $SERVICE_PID || { cat $store/service.log; exit 1; }
      sleep 0.05
    done
    local millis=$(( ($(date +%s%N) - start) / 1000000 ))
    local tick; tick=$(getconf CLK_TCK)
    local cpu; cpu=$(awk -v t=$tick '{printf "%.1f", ($14+$15)/t}' /proc/$SERVICE_PID/stat)
    local threads; threads=$(for t in /proc/$SERVICE_PID/task/*; do
        awk -v t=$tick -v n="$(cat $t/comm)" '{printf "%.1f %s\n", ($14+$15)/t, n}' $t/stat; done \
      | sort -rn | head -4 | awk '{c=$1; $1=""; printf "%s%s %s s", (NR>1?", ":""), substr($0,2), c}')
    echo "$label, $kind: startup to first correct answer on the seed graph: $millis ms; CPU by then $cpu s ($threads; threads that had ended not listed)"
    grep -E "Started AwardgraphApplication|Dataset loaded|Embedded Neo4j started" $store/service.log | sed 's/^.*INFO [0-9]* --- //' || true
    stop_service
  done
  rm -rf "$store"
}

if [ "$MODE" = neo4j-alone ]; then
  # the floor of a start: the embedded database alone (dev.awardgraph.config.Neo4jAlone), fresh store then restart
  store=$(mktemp -d /tmp/awardgraph-neo4j-alone.XXXXXX)
  for kind in "fresh store" restart; do
    echo -n "$kind: "
    java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC $OPENS ${BENCH_SERVICE_OPTS:-} -cp "$BENCH_CP" dev.awardgraph.config.Neo4jAlone "$store" 2>&1 | grep "alone started in"
  done
  rm -rf "$store"; exit 0
fi

if [ "$MODE" = startup ]; then
  time_start "from target/classes" java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC $OPENS ${BENCH_SERVICE_OPTS:-} -cp "$SERVICE_CP" dev.awardgraph.AwardgraphApplication
  if [ "${BENCH_CDS:-0}" = 1 ]; then
    # the packaged service with a class-data-sharing archive (docs/operations.md): package, extract, one training
    # start that writes the archive at exit, then a start with it and, for comparison, one without
    ./mvnw -q package -DskipTests
    rm -rf target/cds && java -Djarmode=tools -jar target/awardgraph-*.jar extract --destination target/cds > /dev/null
    JAR=$(ls target/cds/awardgraph-*.jar)
    RESTART=0 time_start "training (writes the archive)" java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC -XX:ArchiveClassesAtExit=target/cds/app.jsa $OPENS -jar $JAR
    time_start "packaged, with the archive" java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC -XX:SharedArchiveFile=target/cds/app.jsa $OPENS ${BENCH_SERVICE_OPTS:-} -jar $JAR
    time_start "packaged, without" java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC $OPENS ${BENCH_SERVICE_OPTS:-} -jar $JAR
  fi
  exit 0
fi

case "$MODE" in
  10k) NODES=10000 ;; 100k) NODES=100000 ;; 1m) NODES=1000000 ;;
  *) NODES=$MODE ;;
esac
STORE=var/bench/$NODES-seed$SEED
OUT=bench/results/$MODE-$(date +%Y-%m-%d-%H%M).md

if [ ! -d "$STORE" ]; then
  echo "== generating and bulk-loading $NODES nodes (seed $SEED) into $STORE"
  mkdir -p var/bench
  java -Xmx${BENCH_LOAD_HEAP:-6g} $OPENS -cp "$BENCH_CP" dev.awardgraph.dataset.BulkLoad $NODES $SEED "$STORE"
fi

echo "== starting the service on $STORE (HTTP $PORT, Bolt $BOLT_PORT)"
START=$(date +%s%N)
java -Xmx${BENCH_HEAP:-2g} -XX:+UseParallelGC $OPENS ${BENCH_SERVICE_OPTS:-} -cp "$SERVICE_CP" dev.awardgraph.AwardgraphApplication \
  --server.port=$PORT --awardgraph.data-dir="$STORE" --awardgraph.dataset.load-on-start=NEVER \
  --awardgraph.embedded.bolt-port=$BOLT_PORT --awardgraph.embedded.page-cache=${BENCH_PAGECACHE:-1g} \
  --management.endpoints.web.exposure.include=health,metrics \
  > target/bench-service.log 2>&1 &
SERVICE_PID=$!
until curl -sf localhost:$PORT/actuator/health/readiness > /dev/null; do
  kill -0 $SERVICE_PID || { tail -50 target/bench-service.log; exit 1; }
  sleep 0.2
done
echo "ready in $(( ($(date +%s%N) - START) / 1000000 )) ms"

PEER_URL=
if [ "$PEER" = 1 ]; then
  # npm ci once per package-lock.json (npm writes node_modules/.package-lock.json when it installs)
  if [ ! -f bench/peer/node_modules/.package-lock.json ] || [ bench/peer/package-lock.json -nt bench/peer/node_modules/.package-lock.json ]; then
    echo "== installing the peer (npm ci in bench/peer)"
    (cd bench/peer && npm ci --no-audit --no-fund)
  fi
  echo "== starting the peer (@neo4j/graphql) on port $PEER_PORT, Bolt $BOLT_PORT"
  NODE_ENV=production PEER_PORT=$PEER_PORT PEER_BOLT=bolt://localhost:$BOLT_PORT node bench/peer/server.mjs \
    > target/bench-peer.log 2>&1 &
  PEER_PID=$!
  until curl -sf localhost:$PEER_PORT/ -H 'content-type: application/json' -d '{"query":"{ __typename }"}' > /dev/null; do
    kill -0 $PEER_PID || { tail -50 target/bench-peer.log; exit 1; }
    sleep 0.2
  done
  PEER_URL=http://localhost:$PEER_PORT/
  PEER_RSS=$(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$PEER_PID/status)
  echo "peer ready: $(node --version), @neo4j/graphql $(node -p "require('./bench/peer/node_modules/@neo4j/graphql/package.json').version"), RSS $PEER_RSS"
fi

COUNTS=$(curl -s localhost:$PORT/graphql -H 'content-type: application/json' -d '{"query":"{ graph { nodeCount relationshipCount } }"}')
jcmd $SERVICE_PID GC.run > /dev/null
RSS=$(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$SERVICE_PID/status)
# heap used = the used figures of every generation line ("PSYoungGen total …, used …K", "ParOldGen …")
HEAP=$(jcmd $SERVICE_PID GC.heap_info | awk '/ total / {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub(/K.*/,"",v); sum+=v}} END {printf "%.0f MiB", sum/1024}')

{
  echo "# awardgraph benchmark: $MODE nodes (seed $SEED)"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); command: \`$(env | grep "^BENCH_" | sort | tr "\n" " ")bench/run.sh $*\`"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- graph: $COUNTS"
  echo "- service after loading (full GC first): RSS $RSS, heap used $HEAP (-Xmx${BENCH_HEAP:-2g}, page cache ${BENCH_PAGECACHE:-1g})"
  if [ -n "$PEER_URL" ]; then
    echo "- peer: @neo4j/graphql $(node -p "require('./bench/peer/node_modules/@neo4j/graphql/package.json').version"), @apollo/server $(node -p "require('./bench/peer/node_modules/@apollo/server/package.json').version"), node $(node --version), NODE_ENV=production; RSS once ready $PEER_RSS"
  fi
  echo "- ${BENCH_SECONDS:-10} s per query, level and target after ${BENCH_WARMUP:-5} s warm-up; latencies in ms"
  echo
} | tee "$OUT"

# the CPU-per-request table reads the processes' CPU time from /proc
BENCH_SERVICE_PID=$SERVICE_PID BENCH_PEER_PID=${PEER_PID:-} BENCH_CLK_TCK=$(getconf CLK_TCK) \
  java -Xmx1g -cp "$BENCH_CP" dev.awardgraph.bench.Bench "http://localhost:$PORT/graphql" "bolt://localhost:$BOLT_PORT" \
  $NODES ${BENCH_SECONDS:-10} ${BENCH_WARMUP:-5} ${BENCH_LEVELS:-1,8,32} "$OUT" $PEER_URL
if [ -n "$PEER_URL" ]; then
  { echo; echo "- peer RSS after the run: $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$PEER_PID/status)"; } | tee -a "$OUT"
fi
echo "== results in $OUT"
