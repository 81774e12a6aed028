#!/usr/bin/env bash
# Growth trial (issue 10): copies the repository to a temporary folder, adds six new records to that copy's seeds/
# (a source, a council, a composition, a councillor, a defection citing a grievance, a quote), checks them with the
# app's real loader and runs the whole test suite there. Every test but the one that validates seeds/ reads the
# frozen fixture, so the suite must stay green. The repository itself is not touched.
#
#   tests/growth/add-six-records.sh            # keep the copy's folder only when something fails
#   KEEP=1 tests/growth/add-six-records.sh     # keep it anyway
#   FILTER='FullyQualifiedName!~Browser' tests/growth/add-six-records.sh   # without the browser tests
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/dt-growth-XXXXXX")
copy="$work/repo"
mkdir -p "$copy"
cleanup() { status=$?; if [ "$status" -eq 0 ] && [ "${KEEP:-0}" != "1" ]; then rm -rf "$work"; else echo "copy kept at $copy"; fi; }
trap cleanup EXIT

echo "== copying the repository's tracked files to $copy"
(cd "$root" && git ls-files -z | xargs -0 tar cf -) | (cd "$copy" && tar xf -)
if [ -d "$root/tests/browser/node_modules" ]; then
  ln -s "$root/tests/browser/node_modules" "$copy/tests/browser/node_modules"   # axe-core for the browser tests
fi

echo "== adding six records to the copy's seeds/"
python3 - "$copy/seeds" <<'PY'
import json, os, sys
seeds = sys.argv[1]
def add(name, record):
    path = os.path.join(seeds, name + ".json")
    with open(path, encoding="utf-8") as f:
        records = json.load(f)
    assert all(r["id"] != record["id"] for r in records), f"{record['id']} is already in {name}.json"
    records.append(record)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"   {name}.json: +{record['id']} ({len(records)} records)")

# Fictional but in the real format: a new council with one sourced defection. Unknowns stay null.
source = "harrowfield-echo-two-leave-labour"
add("sources", {"id": source, "publisher": "Harrowfield Echo", "title": "Two Harrowfield councillors quit Labour over bus cuts",
    "headlineInferred": False, "readVia": "original",
    "originalUrl": "https://harrowfield-echo.example/news/two-councillors-quit-labour", "mirrorUrl": None,
    "published": {"date": "2025-09-18", "precision": "day"}, "seedArticle": None, "notes": None})
add("councils", {"id": "harrowfield", "name": "Harrowfield Borough Council", "kind": "borough", "gssCode": None,
    "totalSeats": 36, "area": "Lancashire", "sources": [source],
    "notes": "19 seats needed for a majority. GSS code not looked up; composition before 2025 from the Echo only."})
add("compositions", {"id": "harrowfield-2025-09-01-press-report", "council": "harrowfield",
    "asOf": {"date": "2025-09-01", "precision": "day"}, "kind": "pressReport", "source": source,
    "seats": [{"party": "labour", "seats": 20}, {"party": "conservative", "seats": 11}, {"party": "liberal-democrats", "seats": 3},
              {"party": "independent", "seats": 2}],
    "notes": "As the Echo gives it just before the resignations."})
add("councillors", {"id": "dawn-whitaker", "name": "Dawn Whitaker",
    "seats": [{"council": "harrowfield", "ward": None, "from": None, "to": None, "source": source}],
    "affiliations": [
        {"party": "labour", "from": None, "to": {"date": "2025-09-17", "precision": "day"}, "endReason": "resigned", "source": source},
        {"party": "independent", "from": {"date": "2025-09-17", "precision": "day"}, "to": None, "endReason": None, "source": source}],
    "notes": None})
add("defections", {"id": "2025-09-17-harrowfield-two-quit-labour", "date": {"date": "2025-09-17", "precision": "day"},
    "kind": "leftParty", "fromParty": "labour", "toParty": "independent",
    "councils": [{"council": "harrowfield", "seatsChanged": 2, "source": source}],
    "councillors": ["dawn-whitaker"], "councillorCount": 2,
    "reportedCounts": [{"count": 2, "source": source, "note": None}],
    "summary": "Two Labour councillors on Harrowfield, Dawn Whitaker and a colleague, left the party to sit as independents, ending its majority.",
    "grievances": [{"grievance": "bus-fares", "attribution": "stated", "source": source}],
    "verification": "singleSource", "sources": [source],
    "notes": "The second councillor is not named. Labour 20 -> 18 of 36 (19 needed)."})
add("quotes", {"id": "whitaker-bus-cuts", "defection": "2025-09-17-harrowfield-two-quit-labour",
    "text": "I was elected to fight for the buses, not to vote to cut them.", "speakerCouncillor": "dawn-whitaker",
    "speakerName": "Dawn Whitaker", "speakerRole": "Councillor, Harrowfield Borough Council", "source": source})
PY

cd "$copy"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export Seeds__Path="$copy/seeds"   # a host that did not set its own dataset would read the grown one
echo "== building the copy"
dotnet build DefectionTracker.sln -c Debug -v quiet -nologo >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; exit 1; }

if [ -d src/DefectionTracker.Tools ]; then
  echo "== validating the grown seeds/ with the tools project"
  dotnet run --project src/DefectionTracker.Tools --no-build -- validate seeds
fi
echo "== the grown seeds/ with the real loader, then every test (SeedLoaderTests.RealSeeds_* reads seeds/)"
log="$work/test.log"
set +e
dotnet test DefectionTracker.sln --no-build -c Debug ${FILTER:+--filter "$FILTER"} 2>&1 | tee "$log" | grep -E "^(Passed|Failed)!|^\s+Failed "
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "growth trial: six records added to seeds/; tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
