# CPU per request of one question against one service: CLIENTS threads (default 2) send it for SECONDS, the
# service's CPU (utime + stime from /proc/PID/stat) is divided by the requests. The neighbourhood question is the
# bench's document on the same kinds of centres; paths, coApplicants and search use simpler parameter sets.
# Usage: cpu_per_question.py PORT neighbourhood|paths|coApplicants|search|typename SECONDS PID [CLIENTS]
import json, sys, time, urllib.request, threading
PORT=int(sys.argv[1]); WHICH=sys.argv[2]; SECS=float(sys.argv[3]); PID=int(sys.argv[4]); THREADS=int(sys.argv[5]) if len(sys.argv)>5 else 2
Q={
"neighbourhood":("""query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) {
  truncated nodes { id label name } edges { from to type explanation { zh } sources { id } } } }""",
  [{"id": ("event/e%d" % k) if k%4==0 else "org/o%d" % (k*37 % 590)} for k in range(40)]),
"paths":("""query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
  length nodes { id name } hops { type direction explanation { zh en } sources { id } } } }""",
  [{"from":"person/p%d"%(k*13), "to":"org/o%d"%(k*7)} for k in range(40)]),
"coApplicants":("query($id: ID!) { coApplicants(id: $id) { organisation { id name } count projects { id name } } }",
  [{"id":"org/o%d"%(k*11%590)} for k in range(40)]),
"search":("query($t: String!) { search(text: $t, first: 10) { matchedBy score entity { id label name nameEn } } }",
  [{"t":t} for t in ["中国","腾讯","华为","安全","大学","研究院","科技","网络","信息","数据"]*4]),
"typename":("{ __typename }",[{}]),
}
q,ps=Q[WHICH]
def post(v):
    r=urllib.request.Request(f"http://localhost:{PORT}/graphql",json.dumps({"query":q,"variables":v}).encode(),{"content-type":"application/json"})
    d=json.loads(urllib.request.urlopen(r).read())
    if d.get("errors"): raise SystemExit(str(d["errors"])[:300])
    return d
def ticks():
    f=open(f"/proc/{PID}/stat").read().rsplit(")",1)[1].split(); return int(f[11])+int(f[12])
n=[0]; end=time.time()+SECS
def loop(i):
    j=i
    while time.time()<end:
        post(ps[j%len(ps)]); j+=1; n[0]+=1
t0=ticks(); ts=[threading.Thread(target=loop,args=(i,)) for i in range(THREADS)]
[t.start() for t in ts]; [t.join() for t in ts]
print("%s %d req, %.2f ms CPU/req"%(WHICH,n[0],(ticks()-t0)*10.0/n[0]))
