# CPU per request of two services side by side (A on 8095, B on 8096), at 10k: `warm SECONDS` loads both
# with four threads, `measure N` alternates blocks of 100 requests, N per question and service.
# Usage: two_services.py PID_A PID_B warm 420 | two_services.py PID_A PID_B measure 2000
# QUESTIONS=paths,coApplicants (environment) runs only those; the default is the first four below, as before.
import os, sys, time, threading, base64
from probe import post, ticks, SEARCH, NEIGHBOURHOOD as NEIGH_BENCH, PATHS, CO_APPLICANTS
PORTS = {"A": 8095, "B": 8096}
PIDS = {"A": int(sys.argv[1]), "B": int(sys.argv[2])}
MODE = sys.argv[3]  # warm SECONDS | measure N
ENTITY = open(os.path.join(os.path.dirname(__file__), 'entity.graphql')).read()
CONF = """query($a: ID!, $from: Int!, $to: Int!, $after: String) {
  conferrals(filter: {awards: [$a], yearFrom: $from, yearTo: $to}, orderBy: YEAR_DESC, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name year category { node { id name } } recipients { node { id label name } } } } } }"""
NEIGH = "query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) { nodes { id label name } edges { type from to } } }"
names = [i["aliases"][0] for i in post(8095, "{ list(label: Organisation, first: 200) { items { aliases } } }", {})["data"]["list"]["items"] if i["aliases"]][::5][:40]
qs = {
  "entity": (ENTITY, [{"id": "org/o%d" % (k * k % 590)} for k in range(40)]),
  "conferrals": (CONF, [{"a": "award/a%d" % (k % 10), "from": 2005 + k % 18, "to": 2008 + k % 18,
                        "after": None if k % 2 == 0 else base64.urlsafe_b64encode(b"at:19").decode().rstrip("=")} for k in range(40)]),
  "search": (SEARCH, [{"t": n} for n in names]),
  "neighbourhood": (NEIGH, [{"id": "org/o%d" % (k * 7)} for k in range(40)]),
}
extra = {
  "neighbourhoodBench": (NEIGH_BENCH, [{"id": "org/o%d" % (k * 7)} for k in range(40)]),
  "paths": (PATHS, [{"from": "person/p%d" % (k * 41 % 1500), "to": "org/o%d" % (k * k * 3 % 590)} for k in range(40)]),
  "coApplicants": (CO_APPLICANTS, [{"id": "org/o%d" % (k * 13 % 590)} for k in range(40)]),
}
if os.environ.get("QUESTIONS"):
    qs = {name: {**qs, **extra}[name] for name in os.environ["QUESTIONS"].split(",")}
if MODE == "warm":
    end = time.time() + float(sys.argv[4])
    def loop(svc):
        i = 0
        while time.time() < end:
            for name, (q, ps) in qs.items():
                post(PORTS[svc], q, ps[i % len(ps)])
            i += 1
    ts = [threading.Thread(target=loop, args=(s,)) for s in ("A", "B", "A", "B")]
    [t.start() for t in ts]; [t.join() for t in ts]
    print("warmed")
else:
    n = int(sys.argv[4])
    for name, (q, ps) in qs.items():
        cpu = {"A": 0, "B": 0}; cnt = {"A": 0, "B": 0}
        for block in range(n // 100):
            for svc in (("A", "B") if block % 2 == 0 else ("B", "A")):
                t0 = ticks(PIDS[svc])
                for i in range(100):
                    post(PORTS[svc], q, ps[(block * 100 + i) % len(ps)])
                cpu[svc] += ticks(PIDS[svc]) - t0; cnt[svc] += 100
        a = cpu["A"] * 10.0 / cnt["A"]; b = cpu["B"] * 10.0 / cnt["B"]
        print("%-14s A %.2f ms  B %.2f ms  B/A %.3f  (%d each)" % (name, a, b, b / a, cnt["A"]))
