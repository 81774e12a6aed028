#!/usr/bin/env bash
# Load run: builds Release, generates a dataset, starts the app on it with a fresh database, and runs wrk against a
# static file (the baseline: the same process doing no database work) and the main pages. Prints requests/s, p50,
# p99, each page's ratio to the baseline, peak memory, first-start time (seeding included) and restart time.
# Usage: tests/load/run.sh [national|10x|both] [seconds per URL]   (default: both, 5)
set -euo pipefail
cd "$(dirname "$0")/../.."
scales=${1:-both}
duration=${2:-5}
out=tests/load/out
mkdir -p "$out"

command -v wrk >/dev/null 2>&1 || { [ "$(id -u)" = 0 ] && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null 2>&1 || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

echo "== publish (Release)"
dotnet publish src/DefectionTracker.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
dotnet publish src/DefectionTracker.Tools -c Release -o "$out/tools" --nologo -v quiet >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_app DATASET DB PORT -> sets APP_PID and START_SECONDS
start_app() {
  local dataset=$1 db=$2 port=$3 t0
  t0=$(date +%s.%N)
  (cd "$out/app" && ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Seeds__Path="$dataset" ConnectionStrings__Defections="Data Source=$db" \
    exec dotnet DefectionTracker.Web.dll --urls "http://127.0.0.1:$port" >"../app-$port.log" 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/health"; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app stopped; see $out/app-$port.log" >&2; exit 1; fi
    sleep 0.1
  done
  START_SECONDS=$(python3 -c "import time; print(f'{time.time()-$t0:.1f}')")
}

stop_app() { kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; }

peak_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$(pgrep -f "DefectionTracker.Web.dll --urls http://127.0.0.1:$1" | head -1)/status"; }

# measure NAME URL -> prints one table row; the first call sets the baseline
measure() {
  local name=$1 url=$2 result rps p50 p99 code
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  curl -s -o /dev/null "$url"  # warm
  result=$(wrk -t2 -c32 -d"${duration}s" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1=="50%" {print $2}' <<<"$result")
  p99=$(awk '$1=="99%" {print $2}' <<<"$result")
  [ -z "${BASELINE:-}" ] && BASELINE=$rps
  printf '| %-22s | %4s | %9.0f | %8s | %8s | %5.2f |\n' "$name" "$code" "$rps" "$p50" "$p99" "$(python3 -c "print($rps/$BASELINE)")"
}

run_scale() {
  local scale=$1 dataset="$out/data-$1" db port
  echo "== generate $scale dataset"
  rm -rf "$dataset"
  dotnet "$out/tools/DefectionTracker.Tools.dll" generate --scale "$scale" --out "$dataset" --seed 1
  db="$PWD/$out/$scale.db"; rm -f "$db" "$db-wal" "$db-shm"
  port=$(free_port)
  start_app "$PWD/$dataset" "$db" "$port"; local first=$START_SECONDS
  stop_app
  start_app "$PWD/$dataset" "$db" "$port"; local restart=$START_SECONDS
  local base="http://127.0.0.1:$port"
  local largest
  largest=$(curl -s "$base/api/councils" | python3 -c 'import json,sys; c=json.load(sys.stdin); print(max(c, key=lambda x: (x.get("defectionCount") or 0, x.get("totalSeats") or 0))["slug"])')
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
  echo
  echo "peak memory (VmHWM): $(peak_mb "$port") MB"
  stop_app
}

case "$scales" in
  national) run_scale national ;;
  10x) run_scale 10x ;;
  both) run_scale national; run_scale 10x ;;
  *) echo "usage: $0 [national|10x|both] [seconds]" >&2; exit 2 ;;
esac
