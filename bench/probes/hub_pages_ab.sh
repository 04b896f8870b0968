#!/bin/bash
# Starts the service of one checkout (a git worktree with bench/run.sh's classpath files in target/, e.g. after a
# bench run there) on the 1M store, warms it with 8 passes of entity_pages.py, measures cpu_per_id.sh twice, stops.
# Run it for each commit in turn. Usage: hub_pages_ab.sh WORKTREE LABEL
HERE=$(cd "$(dirname "$0")" && pwd)
cd "$1"
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
java -Xmx2g -XX:+UseParallelGC $OPENS -cp "target/classes:$(cat target/bench-cp-runtime.txt)" dev.awardgraph.AwardgraphApplication \
  --server.port=8095 --awardgraph.data-dir=var/bench/1000000-seed42 --awardgraph.dataset.load-on-start=NEVER \
  --awardgraph.embedded.bolt-port=8097 --awardgraph.embedded.page-cache=1g > "target/probe-$2.log" 2>&1 &
PID=$!
until curl -sf localhost:8095/actuator/health/readiness > /dev/null; do kill -0 $PID || exit 1; sleep 0.5; done
for i in 1 2 3 4 5 6 7 8; do python3 "$HERE/entity_pages.py" 8095 295340 10 > /dev/null; done
"$HERE/cpu_per_id.sh" $PID $2
"$HERE/cpu_per_id.sh" $PID $2
kill $PID; wait $PID 2>/dev/null
