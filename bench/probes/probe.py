# What two_services.py and cpu_per_question.py share: a GraphQL POST that stops on errors, a process's CPU ticks, and
# the benchmark's documents (as QueryMix asks them), so that both measure the same questions.
import json, urllib.request
SEARCH = "query($t: String!) { search(text: $t, first: 10) { matchedBy score entity { id label name nameEn } } }"
NEIGHBOURHOOD = """query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) {
  truncated nodes { id label name } edges { from to type explanation { zh } sources { id } } } }"""
PATHS = """query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
  length nodes { id name } hops { type direction explanation { zh en } sources { id } } } }"""
CO_APPLICANTS = "query($id: ID!) { coApplicants(id: $id) { organisation { id name } count projects { id name } } }"
def post(port, query, variables):
    req = urllib.request.Request(f"http://localhost:{port}/graphql", json.dumps({"query": query, "variables": variables}).encode(),
                                 {"content-type": "application/json"})
    d = json.loads(urllib.request.urlopen(req).read())
    if d.get("errors"): raise SystemExit(str(d["errors"])[:300])
    return d
def ticks(pid):
    """utime + stime of a process, in clock ticks (1/100 s here)."""
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(f[11]) + int(f[12])
