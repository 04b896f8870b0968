# CPU per request of one question against one service: CLIENTS threads (default 2) send it for SECONDS, the
# service's CPU (utime + stime from /proc/PID/stat) is divided by the requests. The neighbourhood question is the
# bench's document on the same kinds of centres; paths, coApplicants and search use simpler parameter sets.
# Usage: cpu_per_question.py PORT neighbourhood|paths|coApplicants|search|typename SECONDS PID [CLIENTS]
import sys, time, threading
from probe import post, ticks, SEARCH, NEIGHBOURHOOD, PATHS, CO_APPLICANTS
PORT=int(sys.argv[1]); WHICH=sys.argv[2]; SECS=float(sys.argv[3]); PID=int(sys.argv[4]); THREADS=int(sys.argv[5]) if len(sys.argv)>5 else 2
Q={
"neighbourhood":(NEIGHBOURHOOD,
  [{"id": ("event/e%d" % k) if k%4==0 else "org/o%d" % (k*37 % 590)} for k in range(40)]),
"paths":(PATHS,
  [{"from":"person/p%d"%(k*13), "to":"org/o%d"%(k*7)} for k in range(40)]),
"coApplicants":(CO_APPLICANTS,
  [{"id":"org/o%d"%(k*11%590)} for k in range(40)]),
"search":(SEARCH,
  [{"t":t} for t in ["中国","腾讯","华为","安全","大学","研究院","科技","网络","信息","数据"]*4]),
"typename":("{ __typename }",[{}]),
}
q,ps=Q[WHICH]
n=[0]; end=time.time()+SECS
def loop(i):
    j=i
    while time.time()<end:
        post(PORT,q,ps[j%len(ps)]); j+=1; n[0]+=1
t0=ticks(PID); ts=[threading.Thread(target=loop,args=(i,)) for i in range(THREADS)]
[t.start() for t in ts]; [t.join() for t in ts]
print("%s %d req, %.2f ms CPU/req"%(WHICH,n[0],(ticks(PID)-t0)*10.0/n[0]))
