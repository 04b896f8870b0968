# CPU of each thread group of a process over SECONDS (digits in thread names folded to N), busiest first: how much
# the JIT compilers, the database and the GraphQL threads use while a load runs. Usage: thread_cpu.py PID SECONDS
import os, sys, time, collections, re
pid=sys.argv[1]; secs=float(sys.argv[2])
def snap():
    d=collections.Counter()
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            s=open(f"/proc/{pid}/task/{t}/stat").read()
            name=s[s.index("(")+1:s.rindex(")")]; f=s.rsplit(")",1)[1].split()
            d[re.sub(r"\d+","N",name)]+=int(f[11])+int(f[12])
        except Exception: pass
    return d
a=snap(); time.sleep(secs); b=snap()
tot=sum(b.values())-sum(a.values())
for k in sorted(b,key=lambda k:-(b[k]-a[k]))[:10]: print("%6.2f s %5.1f%% %s"%((b[k]-a[k])/100,100*(b[k]-a[k])/max(tot,1),k))
