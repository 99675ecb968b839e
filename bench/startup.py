"""One start of `paso serve`, measured (used by bench/startup.sh; prints one JSON line).

usage: startup.py BINARY CPUS CACHE_DIR|- PATHS_FILE [SERVE_ARG...]

Spawns `BINARY serve [SERVE_ARG...]` pinned to CPUS (`taskset -c`), with its cache in CACHE_DIR
(`-`: a binary without a cache), and measures from the spawn:
  first_ms     the first 200 to `GET /en/` (retried every 0.5 ms)
  gzip_ms      the last time any page answered a client that accepts gzip without compression
               (every path of PATHS_FILE requested in sweeps with `Accept-Encoding: gzip,
               deflate`, what Chromium sends to a hotspot address, until a sweep finds every
               compressible page gzipped)
  steady_s     the process's CPU time (user + system) once it stops using CPU (all variants
               made, the cache written): the work one start costs
  rss_idle_kb  VmRSS then; then every path is requested once without and once with
               `Accept-Encoding: gzip, br` and
  hwm_kb       VmHWM (peak RSS) and rss_kb (VmRSS) after that, and of it anon_kb (RssAnon:
               the heap, stacks) and file_kb (RssFile: pages of the binary itself, which the
               kernel can drop and read again under memory pressure).
"""
import json, os, socket, subprocess, sys, time

binary, cpus, cache, paths_file = sys.argv[1:5]
extra = sys.argv[5:]
paths = [l.strip() for l in open(paths_file) if l.strip()]
TEXT = (b"text/", b"application/javascript", b"application/json", b"application/manifest+json", b"image/svg+xml")
tick = os.sysconf("SC_CLK_TCK")

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def get(port, path, enc=None):
    """(status, headers lowercased, body length) of one request on its own connection."""
    req = f"GET /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    if enc is not None:
        req += f"Accept-Encoding: {enc}\r\n"
    with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
        c.sendall((req + "\r\n").encode())
        data = b""
        while True:
            b = c.recv(65536)
            if not b:
                break
            data += b
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for l in lines[1:]:
        k, _, v = l.partition(b":")
        headers[k.strip().lower()] = v.strip()
    return status, headers, len(body)

def cpu(pid):
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick

def status_kb(pid, key):
    for l in open(f"/proc/{pid}/status"):
        if l.startswith(key + ":"):
            return int(l.split()[1])

port = free_port()
args = ["taskset", "-c", cpus, binary, "serve", "--addr", f"127.0.0.1:{port}", *extra]
if cache != "-":
    args += ["--cache-dir", cache]
t0 = time.monotonic()
p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    while True:
        try:
            if get(port, "en/")[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() - t0 > 20 or p.poll() is not None:
            sys.exit("paso did not answer within 20 s")
        time.sleep(0.0005)
    first_ms = (time.monotonic() - t0) * 1000

    # Sweeps with gzip until every compressible answer is gzipped.
    last_plain = 0.0
    while True:
        plain = False
        for path in paths:
            t = time.monotonic()
            s, h, n = get(port, path, "gzip, deflate")
            ctype = h.get(b"content-type", b"")
            if s == 200 and ctype.startswith(TEXT) and b"content-encoding" not in h and n > 1024:
                plain = True
                last_plain = t
        if not plain or time.monotonic() - t0 > 120:
            break
    gzip_ms = max(last_plain - t0, 0) * 1000 if last_plain else 0.0

    # Steady state: CPU stops growing.
    prev = -1.0
    while True:
        now = cpu(p.pid)
        if now == prev:
            break
        prev = now
        time.sleep(0.5)
        if time.monotonic() - t0 > 180:
            break
    steady_s = cpu(p.pid)
    rss_idle = status_kb(p.pid, "VmRSS")
    for enc in (None, "gzip, br"):
        for path in paths:
            s, _, _ = get(port, path, enc)
            if s != 200:
                sys.exit(f"{path}: {s}")
    print(json.dumps({
        "first_ms": round(first_ms, 1), "gzip_ms": round(gzip_ms, 1), "steady_s": steady_s,
        "rss_idle_kb": rss_idle, "hwm_kb": status_kb(p.pid, "VmHWM"), "rss_kb": status_kb(p.pid, "VmRSS"),
        "anon_kb": status_kb(p.pid, "RssAnon"), "file_kb": status_kb(p.pid, "RssFile"),
    }))
finally:
    p.terminate()
    p.wait()
