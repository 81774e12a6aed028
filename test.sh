#!/usr/bin/env bash
# Runs every test. On a fresh machine it first installs what the tests need that is missing:
# Debian's Chromium (apt, when run as root) for the browser tests, axe-core (npm) for the accessibility checks, and
# Debian's postgresql for a throwaway PostgreSQL server, on which the integration tests run a second time.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "== installing Debian's chromium (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing and this is not root: install it with 'sudo apt-get install -y chromium', then run ./test.sh again." >&2
    exit 1
  fi
fi

if [ ! -f tests/browser/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ]; then
      echo "== installing Debian's npm (apt), to fetch axe-core"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    else
      echo "npm is missing and this is not root: install it with 'sudo apt-get install -y npm', then run ./test.sh again." >&2
      exit 1
    fi
  fi
  echo "== installing axe-core (npm) into tests/browser/node_modules"
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
fi

# fsync off: the server and its data live only for this run.
# shellcheck source=tests/postgres/throwaway.sh
. tests/postgres/throwaway.sh
start_throwaway_postgres "-c fsync=off"

echo "== restore and build"
dotnet tool restore >/dev/null
dotnet restore DefectionTracker.sln
dotnet build DefectionTracker.sln --no-restore -c Debug
echo "== build (Release): the same code must build warning-free in both configurations"
dotnet build DefectionTracker.sln --no-restore -c Release
echo "== code style (dotnet format --verify-no-changes)"
dotnet format DefectionTracker.sln --verify-no-changes --no-restore

echo "== tests"
log=$(mktemp)
set +e
# A test that hangs fails the run after 5 minutes with a hang dump instead of holding CI until its time limit.
# One test project at a time (-m:1): the browser tests beside the integration tests on two cores timed out under load.
dotnet test DefectionTracker.sln --no-build -c Debug -m:1 --blame-hang-timeout 5m 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The integration tests again, on PostgreSQL: every app factory there gets a database of its own on the throwaway
# server. Tests of what only SQLite has (its files, PRAGMAs, FTS5's own tables, read-only files) stay on SQLite.
echo "== integration tests on PostgreSQL"
set +e
DEFECTIONS_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
  dotnet test tests/DefectionTracker.Web.Tests --no-build -c Debug --blame-hang-timeout 5m \
  --filter "$(cat tests/DefectionTracker.Web.Tests/Postgres/postgres-filter.txt)" 2>&1 | tee -a "$log"
pg_status=${PIPESTATUS[0]}
set -e
if [ "$status" -eq 0 ]; then status=$pg_status; fi

passed=$(grep -oE 'Passed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "no test ran" >&2
  status=1
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
