# The bench's entity question for each of QueryMix's 40 organisations: median and max ms of REPS requests,
# answer bytes and list sizes. Usage: entity_pages.py PORT ORGANISATIONS [REPS]
import json, os, sys, time, urllib.request, statistics
port = int(sys.argv[1]); orgs = int(sys.argv[2]); reps = int(sys.argv[3]) if len(sys.argv) > 3 else 10
Q = open(os.path.join(os.path.dirname(__file__), "entity.graphql")).read()
def post(q, v):
    req = urllib.request.Request(f"http://localhost:{port}/graphql", json.dumps({"query": q, "variables": v}).encode(), {"content-type": "application/json"})
    t = time.perf_counter(); body = urllib.request.urlopen(req).read(); return time.perf_counter() - t, body
ids = ["org/o%d" % (k * k % max(1, orgs // 5)) for k in range(40)]
rows = []
for i in ids:
    ts = []
    for r in range(reps):
        t, body = post(Q, {"id": i}); ts.append(t * 1000)
    e = json.loads(body)["data"]["entity"]
    n = lambda f: len(e.get(f) or [])
    co = sum(len(x["node"].get("coApplicants") or []) for x in e.get("leadApplicantOf") or [])
    rows.append((statistics.median(ts), max(ts), len(body), n("units"), n("people"), n("leadApplicantOf"), co, i))
for r in sorted(rows): print("%7.1f %7.1f %8d units=%d people=%d lead=%d co=%d %s" % r)
