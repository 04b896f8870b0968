# One GraphQL document sent REPS times (default 10) by one client: ms of each request and the answer's bytes.
# Usage: ask.py PORT 'DOCUMENT' [REPS]   e.g. ask.py 8095 '{ list(label: Organisation, first: 50) { totalCount items { id name } } }'
import json, sys, time
from probe import post
port, document = int(sys.argv[1]), sys.argv[2]
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 10
for _ in range(reps):
    started = time.perf_counter()
    answer = post(port, document, {})
    print("%.1f ms, %d bytes" % ((time.perf_counter() - started) * 1000, len(json.dumps(answer))))
