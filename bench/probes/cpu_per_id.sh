#!/bin/bash
# CPU per request (utime + stime of the service process / requests) and latency of the entity page of a few
# 1M hubs and small organisations, 20 s each. Usage: cpu_per_id.sh SERVICE_PID LABEL (service on 8095, warm)
HERE=$(dirname "$0")
for id in org/o0 org/o1 org/o100 org/o1156; do
  S0=$(awk '{print $14+$15}' /proc/$1/stat)
  OUT=$(python3 "$HERE/hammer.py" 8095 $id 20)
  S1=$(awk '{print $14+$15}' /proc/$1/stat)
  N=$(echo $OUT | awk '{print $1}')
  echo "$2 $id: $OUT; CPU $(python3 -c "print('%.1f' % (($S1-$S0)*1000.0/$(getconf CLK_TCK)/$N))") ms/request"
done
