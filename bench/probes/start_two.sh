#!/usr/bin/env bash
# Starts two services side by side for two_services.py: A from checkout WT_A on 8095 (Bolt 8097), B from checkout
# WT_B on 8096 (Bolt 8098), each on its own fresh copy of var/bench/10000-seed42, as bench/run.sh starts one.
# Each checkout must be compiled (./mvnw -q compile); run bench/run.sh 10k once first (store, classpath file).
# Usage: bench/probes/start_two.sh WT_A WT_B [extra arguments for B]; prints both pids when both answer.
set -euo pipefail
cd "$(dirname "$0")/../.."
OPENS="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
CP=$(cat target/bench-cp-runtime.txt)
STORE=$PWD/var/bench/10000-seed42
start() { # checkout, name, http port, bolt port, extra arguments
  rm -rf "/tmp/probe-store-$2" && cp -r "$STORE" "/tmp/probe-store-$2"
  (cd "$1" && nohup java -Xmx2g -XX:+UseParallelGC $OPENS -cp "target/classes:$CP" dev.awardgraph.AwardgraphApplication \
    --server.port=$3 --awardgraph.data-dir="/tmp/probe-store-$2" --awardgraph.dataset.load-on-start=NEVER \
    --awardgraph.embedded.bolt-port=$4 --awardgraph.embedded.page-cache=1g ${5:-} > "/tmp/probe-service-$2.log" 2>&1 &) \
    > /dev/null 2>&1 < /dev/null # the subshell waiting for java must not hold this script's output open
}
start "$1" a 8095 8097
start "$2" b 8096 8098 "${3:-}"
until curl -sf localhost:8095/actuator/health/readiness > /dev/null && curl -sf localhost:8096/actuator/health/readiness > /dev/null; do
  sleep 1
done
echo "A $(pgrep -f 'server.port=8095') B $(pgrep -f 'server.port=8096')"
