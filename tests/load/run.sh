#!/usr/bin/env bash
# Load run: builds Release, generates a dataset, starts the app on it with a fresh database, and runs wrk against a
# static file (the baseline: the same process doing no database work) and the main pages. Prints requests/s, p50,
# p99, each page's ratio to the baseline, peak memory, first-start time (seeding included) and restart time.
# Then the probe's numbers: the slowest request (each page's first, uncached answer), the largest response, throughput
# when every request busts the cache (/search?q=labour&n=<random>), peak memory (VmHWM) under 24 connections of
# cache-busting traffic, the time of GET /parties/labour, and the rate limiter answering 429 with Retry-After.
# Then the crawl (issue 16): a fresh process is asked each of its pages' first requests (20 councils, 20 defections,
# 20 councillors, /, /timeline, /search?q=gaza), then every council, defection and defector's page and a few thousand
# distinct two-word searches, each URL once, shuffled (tests/load/crawl.lua), and prints the table of the issue with the
# crawl's throughput as a share of the static file measured in the same process just before.
# crawl-postgres runs the crawl on SQLite, then on a throwaway PostgreSQL with one instance and with two side by side
# (issue 17), and times an editor's save on one instance until the other shows it.
# Usage: tests/load/run.sh [national|10x|both|crawl-national|crawl-10x|crawl-postgres] [seconds per URL]   (default: both, 5)
# CRAWL_MAX=N crawls a shuffled sample of N URLs instead of all of them.
# APP_DIR=dir skips the publish and runs that build instead (to measure an older build the same way).
set -euo pipefail
cd "$(dirname "$0")/../.."
scales=${1:-both}
duration=${2:-5}
out=tests/load/out
mkdir -p "$out"

command -v wrk >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v sqlite3 >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null; }

app_dir=${APP_DIR:-$PWD/$out/app}
echo "== publish (Release)"
[ -n "${APP_DIR:-}" ] || dotnet publish src/DefectionTracker.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
dotnet publish src/DefectionTracker.Tools -c Release -o "$out/tools" --nologo -v quiet >/dev/null

# Each request a new, unknown parameter: the cache must ignore it (one entry), not make an entry per request.
cat >"$out/bust.lua" <<'LUA'
request = function() return wrk.format("GET", "/search?q=labour&n=" .. math.random(1, 1000000000)) end
LUA

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_app DATASET DB PORT [RATE_LIMITING] -> sets APP_PID and START_SECONDS. DB is a SQLite file, or an Npgsql
# connection string ("Host=...") for PostgreSQL.
start_app() {
  local dataset=$1 db=$2 port=$3 limiting=${4:-false} t0 log="$PWD/$out/app-$3.log" provider=Sqlite connection="Data Source=$2"
  case "$db" in Host=*) provider=Postgres connection=$db ;; esac
  t0=$(date +%s.%N)
  # The console at Information (Production writes warnings only there), so the warm-up's lines can be waited for.
  (cd "$app_dir" && ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=$limiting Seeds__Path="$dataset" \
    Serilog__WriteTo__0__Args__restrictedToMinimumLevel=Information \
    Database__Provider=$provider ConnectionStrings__Defections="$connection" \
    exec dotnet DefectionTracker.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 12000); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app stopped; see $out/app-$port.log" >&2; exit 1; fi
    sleep 0.1
  done
  START_SECONDS=$(python3 -c "import time; print(f'{time.time()-$t0:.1f}')")
}

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status"; }

# measure NAME URL [ACCEPT-ENCODING] -> prints one table row; the first call sets the baseline
measure() {
  local name=$1 url=$2 encoding=${3:-identity} result rps p50 p99 code
  code=$(curl -s -o /dev/null -H "Accept-Encoding: $encoding" -w '%{http_code}' "$url")
  curl -s -o /dev/null -H "Accept-Encoding: $encoding" "$url"  # warm
  result=$(wrk -t2 -c32 -d"${duration}s" -H "Accept-Encoding: $encoding" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  [ -z "${BASELINE:-}" ] && BASELINE=$rps
  printf '| %-22s | %4s | %9.0f | %8s | %8s | %5.2f |\n' "$name" "$code" "$rps" "$p50" "$p99" "$(python3 -c "print($rps/$BASELINE)")"
}


# first_ms URL... -> the mean and worst time of each URL's first answer, in ms
first_ms() {
  local base=$1; shift
  for url in "$@"; do curl -s -o /dev/null --max-time 30 -w '%{time_total}\n' "$base$url"; done |
    awk '{s+=$1; if ($1>m) m=$1} END {printf "%.1f ms average, %.1f ms worst", 1000*s/NR, 1000*m}'
}

# crawl_urls DB FILE: every council, every defection, every councillor who left, and distinct two-word searches,
# shuffled, chosen from a SQLite database of the dataset.
crawl_urls() {
  python3 - "$1" "$2" <<'PY'
import os, random, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = [f"/councils/{r[0]}" for r in db.execute("SELECT Slug FROM Councils")]
rows += [f"/defections/{r[0]}" for r in db.execute("SELECT Id FROM Defections")]
rows += [f"/councillors/{r[0]}" for r in db.execute("SELECT DISTINCT CouncillorSlug FROM DefectionCouncillors")]
words = sorted({w.lower() for (n,) in db.execute("SELECT Name FROM Grievances UNION SELECT Name FROM Parties UNION SELECT Name FROM Councils")
                for w in n.replace("(", " ").replace(")", " ").split() if w.isalpha() and len(w) > 3})
rng = random.Random(1)
searches = set()
while len(searches) < min(4830, len(words) * (len(words) - 1)):
    a, b = rng.sample(words, 2)
    searches.add(f"/search?q={a}+{b}")
rows += sorted(searches)
rng.shuffle(rows)
# CRAWL_MAX=N asks the first N of the shuffled list (at 10x every page is over 200,000 URLs).
rows = rows[:int(os.environ.get("CRAWL_MAX") or len(rows))]
open(sys.argv[2], "w").write("\n".join(rows) + "\n")
PY
}

# wait_for_histories PORT: at most three minutes for the background warm-up (every council's history, the home page, the
# default timeline), as a reader arriving a minute after start would find it.
wait_for_histories() {
  for _ in $(seq 1 1800); do grep -q "Warm-up done" "$out/app-$1.log" && break; sleep 0.1; done
}

# crawl_scale SCALE DATASET DB PORT [APP_DB [LABEL]]: the URLs and page samples are chosen from the SQLite file DB; the
# app runs on APP_DB (default DB; an Npgsql connection string runs it on PostgreSQL).
crawl_scale() {
  local scale=$1 dataset=$2 db=$3 port=$4 app_db=${5:-$3} label=${6:-SQLite} base="http://127.0.0.1:$4" urls="$PWD/$out/crawl-$1.txt"
  crawl_urls "$db" "$urls"
  start_app "$dataset" "$app_db" "$port"
  wait_for_histories "$port"
  local councils defections councillors
  councils=$(sqlite3 "$db" "SELECT '/councils/' || CouncilSlug FROM DefectionCouncils GROUP BY CouncilSlug ORDER BY count(*) DESC, CouncilSlug LIMIT 20")
  defections=$(sqlite3 "$db" "SELECT '/defections/' || Id FROM Defections ORDER BY Id LIMIT 20 OFFSET 500")
  councillors=$(sqlite3 "$db" "SELECT DISTINCT '/councillors/' || CouncillorSlug FROM DefectionCouncillors ORDER BY CouncillorSlug LIMIT 20 OFFSET 500")
  local council_first home_first timeline_first search_first defection_first councillor_first
  # shellcheck disable=SC2086
  council_first=$(first_ms "$base" $councils)
  home_first=$(first_ms "$base" /)
  timeline_first=$(first_ms "$base" /timeline)
  search_first=$(first_ms "$base" "/search?q=gaza")
  # shellcheck disable=SC2086
  defection_first=$(first_ms "$base" $defections)
  # shellcheck disable=SC2086
  councillor_first=$(first_ms "$base" $councillors)
  local static crawl count
  static=$(wrk -t2 -c32 -d"${duration}s" "$base/css/site.css" | awk '/Requests\/sec/ {print $2}')
  count=$(wc -l <"$urls")
  rm -f "$urls".done.*
  CRAWL_URLS="$urls" CRAWL_THREADS=2 wrk -t2 -c32 -d3600s --timeout 30s --latency -s tests/load/crawl.lua "$base" \
    >"$out/crawl-$scale.out" 2>"$out/crawl-$scale.err" &
  local wrk_pid=$!
  # wrk runs to its duration: stopped (it prints its summary on SIGINT) once both threads have had every answer.
  until [ -f "$urls.done.1" ] && [ -f "$urls.done.2" ]; do kill -0 "$wrk_pid" 2>/dev/null || break; sleep 0.2; done
  kill -INT "$wrk_pid" 2>/dev/null || true
  wait "$wrk_pid" || true
  crawl=$(cat "$out/crawl-$scale.out")
  echo
  echo "### $scale on $label, one instance: the crawl ($count distinct URLs, each asked once, 32 connections)"
  echo
  echo "| measure | now |"
  echo "|---|---|"
  echo "| crawl throughput, as a share of the static file ($static requests/s) | $(python3 -c "print(f'{$(awk '/Requests\/sec/ {print $2}' <<<"$crawl")/$static:.3f} ($(awk '/Requests\/sec/ {print $2}' <<<"$crawl") requests/s)')") |"
  echo "| crawl p50 / p99 | $(awk '$1=="50%" {print $2}' <<<"$crawl") / $(awk '$1=="99%" {print $2}' <<<"$crawl") |"
  echo "| one council page, first request (the 20 with most events) | $council_first |"
  echo "| \`/timeline\`, first request | $timeline_first |"
  echo "| home page, first request | $home_first |"
  echo "| \`/search?q=gaza\`, first request | $search_first |"
  echo "| one defection page / councillor page, first request (20 each) | $defection_first / $councillor_first |"
  echo "| peak memory (VmHWM) after the crawl | $(peak_mb) MB |"
  echo "| 5xx during the crawl | $(grep -c '^crawl: 5' "$out/crawl-$scale.err" || true) |"
  stop_app
}

run_scale() {
  local scale=$1 dataset="$out/data-$1" db port
  echo "== generate $scale dataset"
  rm -rf "$dataset"
  dotnet "$out/tools/DefectionTracker.Tools.dll" generate --scale "$scale" --out "$dataset" --seed 1
  db="$PWD/$out/$scale.db"
  # REUSE_DB=1 keeps a database a previous run seeded from the same (deterministic) dataset: the 10x seeding is long.
  [ -n "${REUSE_DB:-}" ] && [ -f "$db" ] || rm -f "$db" "$db-wal" "$db-shm"
  port=$(free_port)
  start_app "$PWD/$dataset" "$db" "$port"; local first=$START_SECONDS
  stop_app
  start_app "$PWD/$dataset" "$db" "$port"; local restart=$START_SECONDS
  local base="http://127.0.0.1:$port"
  local largest
  # From the file, not the API: at 10x a cold /api/councils may take longer than the request time limit.
  largest=$(sqlite3 "$db" "SELECT CouncilSlug FROM DefectionCouncils GROUP BY CouncilSlug ORDER BY count(*) DESC, CouncilSlug LIMIT 1")
  echo
  echo "### $scale: first start ${first} s (seeding included), restart ${restart} s"
  echo
  echo "| page                   | code |     req/s |      p50 |      p99 | ratio |"
  echo "|------------------------|------|-----------|----------|----------|-------|"
  BASELINE=""
  measure "static /css/site.css" "$base/css/site.css"
  measure "/" "$base/"
  measure "/councils" "$base/councils"
  measure "/councils/$largest" "$base/councils/$largest"
  measure "/timeline" "$base/timeline"
  measure "/grievances" "$base/grievances"
  measure "/search?q=gaza" "$base/search?q=gaza"
  measure "/api/defections" "$base/api/defections"
  measure "/sources (br)" "$base/sources" br
  measure "/timeline (br)" "$base/timeline" br
  local bust
  bust=$(wrk -t2 -c32 -d"${duration}s" --latency -s "$out/bust.lua" "$base")
  printf '| %-22s | %4s | %9.0f | %8s | %8s | %5.2f |\n' "/search?q=labour&n=rand" "$(curl -s -o /dev/null -w '%{http_code}' "$base/search?q=labour&n=1")" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$bust")" "$(awk '$1=="50%" {print $2}' <<<"$bust")" "$(awk '$1=="99%" {print $2}' <<<"$bust")" \
    "$(python3 -c "print($(awk '/Requests\/sec/ {print $2}' <<<"$bust")/$BASELINE)")"
  echo
  echo "peak memory (VmHWM) after the runs above (32 connections): $(peak_mb) MB"
  stop_app

  # A fresh process with an empty cache: each page's first answer is its real cost.
  start_app "$PWD/$dataset" "$db" "$port"
  echo
  echo "first (uncached) answers, largest first:"
  echo
  echo "| url | code | bytes | seconds |"
  echo "|-----|------|-------|---------|"
  local grievance party
  grievance=$(sqlite3 "$db" "SELECT GrievanceSlug FROM DefectionGrievances GROUP BY GrievanceSlug ORDER BY count(*) DESC LIMIT 1")
  for url in /parties/labour /parties/green /parties/independent /api/parties/labour / /councils "/councils/$largest" "/api/councils/$largest" \
      /timeline /api/timeline /grievances "/grievances/$grievance" "/api/grievances/$grievance" /sources "/sources?sort=date" /api/sources \
      /feeds/defections.atom "/feeds/defections.atom?party=labour" /api/councils /api/defections "/api/defections?pageSize=500" \
      "/search?q=labour" /defections "/timeline?party=labour&from=2020" /api/summary; do
    curl -s -o /dev/null --max-time 30 -w "| $url | %{http_code} | %{size_download} | %{time_total} |\n" "$base$url"
  done | sort -t'|' -k4 -n -r
  echo
  echo "cache-busting traffic, 24 connections for ${duration}s: $(wrk -t2 -c24 -d"${duration}s" -s "$out/bust.lua" "$base" | awk '/Requests\/sec/ {print $2}') requests/s; peak memory (VmHWM) $(peak_mb) MB"
  stop_app

  # The rate limiter, on as in production: a burst of 60 different searches from one client (a cached answer is free,
  # so each asks for something new).
  start_app "$PWD/$dataset" "$db" "$port" true
  local codes
  codes=$(for i in $(seq 1 60); do curl -s -o /dev/null -w '%{http_code}\n' "$base/search?q=labour+$i"; done | sort | uniq -c | tr -s ' ' | paste -sd, -)
  echo "rate limiting on, 60 different searches in a row from one client: $codes; Retry-After: $(curl -s -D - -o /dev/null "$base/search?q=labour+x" | awk -F': ' 'tolower($1)=="retry-after" {print $2}' | tr -d '\r')"
  stop_app

  crawl_scale "$scale" "$PWD/$dataset" "$db" "$port"
}

# crawl-national / crawl-10x: only the crawl (REUSE_DB=1 keeps a database seeded by an earlier run).
crawl_only() {
  local scale=$1 dataset="$out/data-$1" db="$PWD/$out/$1.db" port
  rm -rf "$dataset"
  dotnet "$out/tools/DefectionTracker.Tools.dll" generate --scale "$scale" --out "$dataset" --seed 1
  [ -n "${REUSE_DB:-}" ] && [ -f "$db" ] || rm -f "$db" "$db-wal" "$db-shm"
  port=$(free_port)
  crawl_scale "$scale" "$PWD/$dataset" "$db" "$port"
}

# start_load_postgres: a throwaway PostgreSQL (as test.sh starts one), removed on exit; sets pg to the app's connection string.
start_load_postgres() {
  # shellcheck source=tests/postgres/throwaway.sh
  . tests/postgres/throwaway.sh
  start_throwaway_postgres
  pg="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=defections"
}

# start_two DATASET APP_DB: two instances on one database, each past its warm-up; sets port_a, port_b, pid_a, pid_b.
start_two() {
  port_a=$(free_port); start_app "$1" "$2" "$port_a"; pid_a=$APP_PID
  port_b=$(free_port); start_app "$1" "$2" "$port_b"; pid_b=$APP_PID
  wait_for_histories "$port_a"; wait_for_histories "$port_b"
}

# edit_on_a_seen_on_b DATASET DB APP_DB PORT_A PORT_B: an editor's save on A (a new party through the write API, citing
# the dataset's first source), then B's page for it polled every 10 ms; sets EDIT_CODE, EDIT_SAVE and EDIT_SEEN.
edit_on_a_seen_on_b() {
  local dataset=$1 db=$2 app_db=$3 port_a=$4 port_b=$5 token slug="load-run-party-$RANDOM" t_save t_saved seen source
  source=$(sqlite3 "$db" "SELECT Id FROM Sources ORDER BY Id LIMIT 1")
  (cd "$app_dir" && Database__Provider=Postgres ConnectionStrings__Defections="$app_db" Seeds__Path="$dataset" \
    dotnet DefectionTracker.Web.dll users add --email load@example.org --role editor --password "Load-run-$RANDOM-pass" >/dev/null 2>&1) || true
  token=$(cd "$app_dir" && Database__Provider=Postgres ConnectionStrings__Defections="$app_db" Seeds__Path="$dataset" \
    dotnet DefectionTracker.Web.dll tokens add --email load@example.org --name "load run $RANDOM" 2>/dev/null | tail -n 1)
  t_save=$(date +%s.%N)
  EDIT_CODE=$(curl -s -o "$out/edit.out" -w '%{http_code}' --max-time 90 -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"id\":\"$slug\",\"name\":\"Load Run Party\",\"shortName\":null,\"kind\":\"localGroup\",\"colour\":\"#336699\",\"colourSource\":\"load run\",\"electoralCommissionId\":null,\"notes\":null,\"change\":{\"summary\":\"load run\",\"source\":\"$source\"}}" \
    "http://127.0.0.1:$port_a/api/parties")
  t_saved=$(date +%s.%N)
  seen=""
  for _ in $(seq 1 1000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port_b/parties/$slug")" = 200 ]; then seen=$(date +%s.%N); break; fi
    sleep 0.01
  done
  EDIT_SAVE=$(python3 -c "print(f'{$t_saved-$t_save:.2f} s')")
  EDIT_SEEN=$([ -n "$seen" ] && python3 -c "print(f'{1000*($seen-$t_saved):.0f} ms')" || echo 'not within 10 s')
}

# crawl_two SCALE DATASET DB APP_DB: two instances side by side on one PostgreSQL database, the crawl's URLs split
# between them (alternate lines, 16 connections each, two wrk processes at once); then an editor's save on the first
# instance and the time until the second instance's page shows it.
crawl_two() {
  local scale=$1 dataset=$2 db=$3 app_db=$4 urls="$PWD/$out/crawl-$1.txt"
  start_two "$dataset" "$app_db"
  local static_a static_b
  wrk -t1 -c16 -d"${duration}s" "http://127.0.0.1:$port_a/css/site.css" >"$out/static-a.out" &
  local static_pid=$!
  wrk -t1 -c16 -d"${duration}s" "http://127.0.0.1:$port_b/css/site.css" >"$out/static-b.out"
  wait "$static_pid"
  static_a=$(awk '/Requests\/sec/ {print $2}' "$out/static-a.out"); static_b=$(awk '/Requests\/sec/ {print $2}' "$out/static-b.out")
  awk 'NR % 2 == 1' "$urls" >"$urls.a"; awk 'NR % 2 == 0' "$urls" >"$urls.b"
  rm -f "$urls".a.done.* "$urls".b.done.*
  CRAWL_URLS="$urls.a" CRAWL_THREADS=1 wrk -t1 -c16 -d3600s --timeout 30s --latency -s tests/load/crawl.lua "http://127.0.0.1:$port_a" \
    >"$out/crawl-two-a.out" 2>"$out/crawl-two-a.err" &
  local wrk_a=$!
  CRAWL_URLS="$urls.b" CRAWL_THREADS=1 wrk -t1 -c16 -d3600s --timeout 30s --latency -s tests/load/crawl.lua "http://127.0.0.1:$port_b" \
    >"$out/crawl-two-b.out" 2>"$out/crawl-two-b.err" &
  local wrk_b=$! done_a="" done_b=""
  until [ -n "$done_a" ] && [ -n "$done_b" ]; do
    if [ -z "$done_a" ] && { [ -f "$urls.a.done.1" ] || ! kill -0 "$wrk_a" 2>/dev/null; }; then kill -INT "$wrk_a" 2>/dev/null || true; done_a=1; fi
    if [ -z "$done_b" ] && { [ -f "$urls.b.done.1" ] || ! kill -0 "$wrk_b" 2>/dev/null; }; then kill -INT "$wrk_b" 2>/dev/null || true; done_b=1; fi
    sleep 0.2
  done
  wait "$wrk_a" || true; wait "$wrk_b" || true
  local rps_a rps_b
  rps_a=$(awk '/Requests\/sec/ {print $2}' "$out/crawl-two-a.out"); rps_b=$(awk '/Requests\/sec/ {print $2}' "$out/crawl-two-b.out")

  edit_on_a_seen_on_b "$dataset" "$db" "$app_db" "$port_a" "$port_b"
  echo
  echo "### $scale on PostgreSQL, two instances side by side (the crawl's URLs split between them, 16 connections each)"
  echo
  echo "| measure | instance A | instance B | both |"
  echo "|---|---|---|---|"
  echo "| static file, requests/s (both at once) | $static_a | $static_b | $(python3 -c "print(round($static_a+$static_b))") |"
  echo "| crawl, requests/s | $rps_a | $rps_b | $(python3 -c "print(f'{$rps_a+$rps_b:.0f}, {($rps_a+$rps_b)/($static_a+$static_b):.3f} of the static file')") |"
  echo "| crawl p50 / p99 | $(awk '$1=="50%" {print $2}' "$out/crawl-two-a.out") / $(awk '$1=="99%" {print $2}' "$out/crawl-two-a.out") | $(awk '$1=="50%" {print $2}' "$out/crawl-two-b.out") / $(awk '$1=="99%" {print $2}' "$out/crawl-two-b.out") | |"
  echo "| peak memory (VmHWM) | $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid_a/status") MB | $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$pid_b/status") MB | |"
  echo "| 5xx during the crawl | $(grep -c '^crawl: 5' "$out/crawl-two-a.err" || true) | $(grep -c '^crawl: 5' "$out/crawl-two-b.err" || true) | |"
  echo "| an editor's save on A (POST /api/parties, answer $EDIT_CODE) | $EDIT_SAVE | | |"
  echo "| ...until B's page for it answers 200 (after the save returned) | | $EDIT_SEEN | |"
  APP_PID=$pid_a; stop_app; APP_PID=$pid_b; stop_app
}

# crawl-postgres: the crawl on SQLite, then on PostgreSQL (a throwaway server, as test.sh starts) with one instance and
# with two side by side, the same dataset and URLs.
crawl_postgres() {
  local scale=national dataset="$out/data-national" db="$PWD/$out/national.db" port
  rm -rf "$dataset"
  dotnet "$out/tools/DefectionTracker.Tools.dll" generate --scale "$scale" --out "$dataset" --seed 1
  [ -n "${REUSE_DB:-}" ] && [ -f "$db" ] || rm -f "$db" "$db-wal" "$db-shm"
  port=$(free_port)
  start_app "$PWD/$dataset" "$db" "$port"; local sqlite_first=$START_SECONDS; stop_app
  crawl_scale "$scale" "$PWD/$dataset" "$db" "$port"
  start_load_postgres
  start_app "$PWD/$dataset" "$pg" "$port"; local pg_first=$START_SECONDS; stop_app
  start_app "$PWD/$dataset" "$pg" "$port"; local pg_restart=$START_SECONDS; stop_app
  echo
  echo "first start (seeding and search index): SQLite ${sqlite_first} s, PostgreSQL ${pg_first} s (restart ${pg_restart} s)"
  crawl_scale "$scale" "$PWD/$dataset" "$db" "$port" "$pg" PostgreSQL
  crawl_two "$scale" "$PWD/$dataset" "$db" "$pg"
}

# edit-postgres: only the edit on one instance seen on the other (a seeded throwaway PostgreSQL, two instances).
edit_postgres() {
  local dataset="$out/data-national" db="$PWD/$out/national.db" port
  rm -rf "$dataset"
  dotnet "$out/tools/DefectionTracker.Tools.dll" generate --scale national --out "$dataset" --seed 1
  [ -f "$db" ] || { port=$(free_port); start_app "$PWD/$dataset" "$db" "$port"; stop_app; }
  start_load_postgres
  start_two "$PWD/$dataset" "$pg"
  edit_on_a_seen_on_b "$PWD/$dataset" "$db" "$pg" "$port_a" "$port_b"
  echo "an editor's save on A (POST /api/parties, answer $EDIT_CODE): $EDIT_SAVE; B's page for it answered 200 $EDIT_SEEN after the save returned"
  APP_PID=$pid_a; stop_app; APP_PID=$pid_b; stop_app
}

case "$scales" in
  crawl-national | crawl-10x) crawl_only "${scales#crawl-}" ;;
  crawl-postgres) crawl_postgres ;;
  edit-postgres) edit_postgres ;;
  national) run_scale national ;;
  10x) run_scale 10x ;;
  both) run_scale national; run_scale 10x ;;
  *) echo "usage: $0 [national|10x|both|crawl-national|crawl-10x|crawl-postgres|edit-postgres] [seconds]" >&2; exit 2 ;;
esac
