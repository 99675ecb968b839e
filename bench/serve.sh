#!/usr/bin/env bash
# Serving benchmark: Paso from memory against nginx serving Paso's own static export of the
# same content, both on 127.0.0.1, driven by wrk over keep-alive, in alternation (nginx, Paso,
# nginx, Paso, …) so that drift in the machine's speed hits both alike. Prints a Markdown table
# of medians over the rounds and the Paso/nginx ratios. A measurement, not a test.
#
#   bench/serve.sh                  3 rounds × 3 scenarios × 2 servers × 5 s ≈ 2 minutes
#   ROUNDS=5 DURATION=10 bench/serve.sh
#
# Settings (environment): ROUNDS (3), DURATION seconds per wrk run (5), CONNS (32),
# SERVER_CPU (0) and CLIENT_CPU (1): the servers are pinned to one core, wrk to another.
#
# nginx (Debian's package, a private config under a temp dir) runs as one process
# (`master_process off`, so its CPU time is read from one /proc entry), `access_log off`,
# `sendfile on`, `keepalive_requests` high enough that wrk never reconnects, and sends the same
# security headers Paso sends (read from Paso's own response), so both put the same answer on
# the wire. Two nginx instances run side by side:
#   plain       gzip off: the identity and 404 scenarios
#   compressed  gzip on + gzip_static on + brotli_static on, with every compressible file of the
#               export precompressed next to it (gzip -9, brotli -q 11), as Paso precompresses
#               its own: the `Accept-Encoding: gzip, br` scenario (both then send brotli)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-5}
CONNS=${CONNS:-32}
SERVER_CPU=${SERVER_CPU:-0}
CLIENT_CPU=${CLIENT_CPU:-1}
ARTICLE=/en/photo-opt-out/
MISSING=/en/no-such-page/

need_debs nginx libnginx-mod-http-brotli-static brotli wrk curl
cargo build --release --locked --quiet
bin=target/release/paso

tmp=$(mktemp -d)
BENCH_TMP=$tmp
site=$tmp/site
$bin build --out "$site" >/dev/null
find "$site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.svg' \
  -o -name '*.json' -o -name '*.webmanifest' -o -name '*.txt' \) \
  -exec gzip -9 -k -n {} \; -exec brotli -q 11 -k {} \;

# Paso, from memory (the embedded guide: the same content as the export).
paso_port=$(free_port)
taskset -c "$SERVER_CPU" $bin serve --addr "127.0.0.1:$paso_port" >"$tmp/paso.log" 2>&1 &
paso_pid=$!
BENCH_PIDS+=("$paso_pid")
wait_http "http://127.0.0.1:$paso_port$ARTICLE"
# Paso compresses in a background thread after it starts: measure once the variants exist.
wait_brotli "http://127.0.0.1:$paso_port$ARTICLE"
# The article is compressed early; the rest of the site later. Measuring while the background
# thread still compresses would charge its work to serving.
wait_idle "$paso_pid"

# The security headers Paso sends, as nginx directives.
security=$(curl -s -I "http://127.0.0.1:$paso_port$ARTICLE" | tr -d '\r' | awk -F': ' '
  tolower($1) ~ /^(content-security-policy|x-content-type-options|referrer-policy|x-frame-options|permissions-policy|cross-origin-opener-policy|cross-origin-resource-policy)$/ {
    printf "    add_header %s \"%s\" always;\n", $1, $2 }')

nginx_conf() { # name port gzip(on|off)
  local dir=$tmp/nginx-$1
  mkdir -p "$dir"
  local locales=""
  for d in "$site"/*/; do
    local l
    l=$(basename "$d")
    [ -f "$d/404.html" ] && locales+="    location /$l/ { error_page 404 /$l/404.html; }"$'\n'
  done
  cat >"$dir/nginx.conf" <<EOF
load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
daemon off;
master_process off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  keepalive_requests 100000000;
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  server {
    listen 127.0.0.1:$2;
    root $site;
    index index.html;
$security
    gzip $3;
    gzip_static $3;
    brotli_static $3;
    gzip_vary on;
    gzip_types text/css application/javascript application/json image/svg+xml application/manifest+json;
    error_page 404 /404.html;
$locales  }
}
EOF
  echo "$dir/nginx.conf"
}

start_nginx() { # name gzip → sets NGINX_PID, NGINX_PORT
  NGINX_PORT=$(free_port)
  local conf
  conf=$(nginx_conf "$1" "$NGINX_PORT" "$2")
  taskset -c "$SERVER_CPU" nginx -c "$conf" -e "$tmp/nginx-$1/error.log" &
  NGINX_PID=$!
  BENCH_PIDS+=("$NGINX_PID")
  wait_http "http://127.0.0.1:$NGINX_PORT$ARTICLE"
}
start_nginx plain off
plain_pid=$NGINX_PID plain_port=$NGINX_PORT
start_nginx compressed on
gz_pid=$NGINX_PID gz_port=$NGINX_PORT

# scenario | path | Accept-Encoding | nginx instance | expected status | expected encoding
scenarios=(
  "article|$ARTICLE||plain|200|"
  "article gzip,br|$ARTICLE|gzip, br|compressed|200|br"
  "404|$MISSING||plain|404|"
)

# Both servers must give the same kind of answer before anything is timed.
check() { # url accept-encoding status encoding
  local out
  out=$(curl -s -o /dev/null -D - -H "Accept-Encoding: $2" "$1" | tr -d '\r')
  # The status line without a pipe: `echo | head | grep` under pipefail fails at random when
  # head exits before echo has written everything (SIGPIPE).
  local first=${out%%$'\n'*}
  [[ "$first" == *" $3"* ]] || { echo "$1: want $3, got: $first" >&2; exit 1; }
  if [ -n "$4" ]; then
    grep -qi "^content-encoding: $4" <<<"$out" || { echo "$1: not $4-encoded" >&2; exit 1; }
  fi
  curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "$1"
}

results=$tmp/results.tsv
: >"$results"
sizes=$tmp/sizes.tsv
: >"$sizes"
for s in "${scenarios[@]}"; do
  IFS='|' read -r name path enc inst status coding <<<"$s"
  if [ "$inst" = plain ]; then nport=$plain_port; else nport=$gz_port; fi
  # A failed check stops the run (a `$(…)` inside printf's arguments would hide it).
  n=$(check "http://127.0.0.1:$nport$path" "$enc" "$status" "$coding") || exit 1
  printf '%s\tnginx\t%s\n' "$name" "$n" >>"$sizes"
  n=$(check "http://127.0.0.1:$paso_port$path" "$enc" "$status" "$coding") || exit 1
  printf '%s\tpaso\t%s\n' "$name" "$n" >>"$sizes"
done

# One wrk run; appends: scenario server round req/s p50(µs) p99(µs) requests cpu-µs/request errors
measure() { # scenario server round pid url accept-encoding
  local args=(-t1 -c"$CONNS" -d"${DURATION}s" --latency)
  [ -n "$6" ] && args+=(-H "Accept-Encoding: $6")
  local before after out
  before=$(cpu_ticks "$4")
  out=$(taskset -c "$CLIENT_CPU" wrk "${args[@]}" "$5")
  after=$(cpu_ticks "$4")
  echo "$out" | awk -v scen="$1" -v server="$2" -v round="$3" -v ticks=$((after - before)) -v hz="$CLK_TCK" '
    function us(v) {
      if (v ~ /us$/) return v + 0
      if (v ~ /ms$/) return v * 1000
      if (v ~ /s$/) return v * 1000000
      return v
    }
    /^ +50%/ { p50 = us($2) }
    /^ +99%/ { p99 = us($2) }
    / requests in / { n = $1 }
    /^Requests\/sec:/ { rps = $2 }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END {
      printf "%s\t%s\t%s\t%.0f\t%.0f\t%.0f\t%d\t%.2f\t%d\n", scen, server, round, rps, p50, p99, n,
        (n > 0 ? ticks * 1000000 / hz / n : 0), errors
    }' >>"$results"
}

echo "== $ROUNDS rounds, ${DURATION}s per run, $CONNS connections, servers on CPU $SERVER_CPU, wrk on CPU $CLIENT_CPU" >&2
for round in $(seq 1 "$ROUNDS"); do
  for s in "${scenarios[@]}"; do
    IFS='|' read -r name path enc inst _ _ <<<"$s"
    if [ "$inst" = plain ]; then npid=$plain_pid nport=$plain_port; else npid=$gz_pid nport=$gz_port; fi
    measure "$name" nginx "$round" "$npid" "http://127.0.0.1:$nport$path" "$enc"
    measure "$name" paso "$round" "$paso_pid" "http://127.0.0.1:$paso_port$path" "$enc"
    echo "   round $round: $name" >&2
  done
done

cp "$results" target/bench-serve.tsv
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(uname -r)"
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2), Paso $(git rev-parse --short HEAD)"
echo "Medians of $ROUNDS rounds (wrk -t1 -c$CONNS -d${DURATION}s, keep-alive); raw runs in target/bench-serve.tsv"
echo
python3 - "$results" "$sizes" <<'EOF'
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1]), delimiter="\t"))
sizes = {(r[0], r[1]): r[2] for r in csv.reader(open(sys.argv[2]), delimiter="\t")}
scen = list(dict.fromkeys(r[0] for r in rows))
def med(s, server, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == s and r[1] == server)
def errs(s, server):
    return sum(int(r[8]) for r in rows if r[0] == s and r[1] == server)
print("| scenario | server | body bytes | req/s | p50 µs | p99 µs | CPU µs/req | socket errors |")
print("|---|---|--:|--:|--:|--:|--:|--:|")
for s in scen:
    for server in ("nginx", "paso"):
        print(f"| {s} | {server} | {sizes[(s, server)]} | {med(s, server, 3):.0f} | {med(s, server, 4):.0f} "
              f"| {med(s, server, 5):.0f} | {med(s, server, 7):.1f} | {errs(s, server)} |")
print()
print("| scenario | Paso/nginx req/s | Paso/nginx p99 | Paso/nginx CPU per request | req/s ≥ 1.0× | p99 ≤ nginx |")
print("|---|--:|--:|--:|:-:|:-:|")
for s in scen:
    rps = med(s, "paso", 3) / med(s, "nginx", 3)
    p99 = med(s, "paso", 5) / med(s, "nginx", 5)
    cpu_n = med(s, "nginx", 7)
    cpu = med(s, "paso", 7) / cpu_n if cpu_n else float("nan")
    print(f"| {s} | {rps:.2f}× | {p99:.2f}× | {cpu:.2f}× | {'yes' if rps >= 1 else 'no'} | {'yes' if p99 <= 1 else 'no'} |")
EOF
