# One client sending the bench's entity question for one id for SECONDS: requests, median, p90.
# Usage: hammer.py PORT ID SECONDS
import json, os, sys, time, urllib.request
port, ident, secs = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
Q = open(os.path.join(os.path.dirname(__file__), 'entity.graphql')).read()
end = time.time() + secs; n = 0; ts = []
while time.time() < end:
    req = urllib.request.Request(f"http://localhost:{port}/graphql", json.dumps({"query": Q, "variables": {"id": ident}}).encode(), {"content-type": "application/json"})
    t = time.perf_counter(); urllib.request.urlopen(req).read(); ts.append((time.perf_counter() - t) * 1000); n += 1
ts.sort(); print(n, "requests, median %.1f ms, p90 %.1f" % (ts[len(ts)//2], ts[int(len(ts)*0.9)]))
