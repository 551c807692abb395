# Reads `jfr print --events jdk.ExecutionSample` output (bench/jfr-profile.sh): the share of samples with each library on
# the stack, the top frames (self) and the app's and a few libraries' methods (inclusive). Usage: python3 jfr-summary.py FILE [N]
import collections, re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
events = text.split("jdk.ExecutionSample {")[1:]
selfc = collections.Counter(); lib = collections.Counter(); incl = collections.Counter(); groups = collections.Counter(); n = 0
G = [("JWT/crypto", r"(io\.smallrye\.jwt|org\.jose4j|sun\.security|java\.security|javax\.crypto|com\.sun\.crypto)"),
     ("PgJDBC", r"org\.postgresql"), ("Agroal pool", r"io\.agroal"), ("Hibernate Validator", r"org\.hibernate\.validator"), ("Hibernate", r"org\.hibernate"),
     ("Narayana JTA", r"com\.arjuna|io\.quarkus\.narayana"), ("Jackson", r"com\.fasterxml\.jackson"),
     ("Micrometer", r"io\.micrometer"), ("RESTEasy reactive", r"org\.jboss\.resteasy\.reactive"),
     ("Vert.x/Netty", r"io\.vertx|io\.netty"), ("ArC CDI", r"io\.quarkus\.arc"), ("logging", r"org\.jboss\.logmanager|org\.jboss\.logging"),
     ("app vn.safeonline", r"vn\.safeonline"), ("security", r"io\.quarkus\.security|io\.quarkus\.vertx\.http\.runtime\.security")]
for ev in events:
    st = ev.split("stackTrace = [", 1)
    if len(st) < 2: continue
    frames = [l.strip() for l in st[1].split("]", 1)[0].splitlines() if l.strip() and not l.strip().startswith("...")]
    frames = [re.sub(r"\s+line:.*$", "", f) for f in frames]
    if not frames: continue
    n += 1
    selfc[frames[0]] += 1
    # the library the sample is spent in: the group of the first frame from the top that is not the JDK's own
    # (java.*, jdk.*, sun.* count as the JDK, except crypto and security)
    owner = "JDK (collections, strings, threads…)"
    for f in frames:
        hit = next((name for name, pat in G if re.match(pat, f)), None)
        if hit: owner = hit; break
        if not re.match(r"(java|jdk|sun|javax)\.", f): owner = "other: " + re.sub(r"^((?:[a-z0-9_]+\.){1,3}).*", r"\1", f); break
    lib[owner] += 1
    seen = set()
    for f in frames:
        m = re.sub(r"\(.*$", "", f)
        if m not in seen: incl[m] += 1; seen.add(m)
    gs = set()
    for name, pat in G:
        if any(re.search(pat, f) for f in frames): gs.add(name)
    for g in gs: groups[g] += 1
print(f"samples: {n}")
print("-- spent in (the first non-JDK frame from the top)")
for g, c in lib.most_common(20): print(f"{100*c/n:5.1f}%  {g}")
print("-- inclusive by group (a sample counts in each group on its stack)")
for g, c in groups.most_common(): print(f"{100*c/n:5.1f}%  {g}")
print("-- top self frames")
for f, c in selfc.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 25): print(f"{100*c/n:5.1f}%  {f[:150]}")
print("-- top inclusive methods (vn.safeonline, jwt, hibernate)")
k = 0
for m, c in incl.most_common():
    if re.search(r"vn\.safeonline|smallrye\.jwt|jose4j|hibernate\.(engine|internal|query|loader|sql)|micrometer|arjuna|agroal|org\.postgresql\.jdbc\.PgPreparedStatement\.execute", m):
        print(f"{100*c/n:5.1f}%  {m[:150]}"); k += 1
        if k > 40: break
