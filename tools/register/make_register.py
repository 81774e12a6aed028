#!/usr/bin/env python3
"""Writes seeds/register.json, the project's council register, from mySociety's "UK Local Authority Names and
Codes" data package (CC-BY-4.0, attribution: mySociety).

Usage: python3 tools/register/make_register.py PATH/TO/uk-local-authorities [seeds/register.json]

Run by hand when the package is updated; the app, its build and its tests read only seeds/register.json. Councils
already in seeds/councils.json keep their slug (matched by GSS code, present or former); every other council gets
the slug of its short name. Combined and strategic authorities (no councillors of their own to defect) are left out.
"""
import csv
import json
import os
import re
import sys

KINDS = {"CTY": "county", "UA": "unitary", "SCO": "unitary", "WPA": "unitary", "MD": "metropolitan",
         "LBO": "borough", "NID": "district", "CC": "city"}
LEFT_OUT = {"COMB", "SRA"}


def kind(row):
    code = row["local-authority-type"]
    if code in KINDS:
        return KINDS[code]
    name = row["official-name"]
    if "Borough Council" in name or "Royal Borough" in name:
        return "borough"
    if "City Council" in name or "City of" in name:
        return "city"
    return "district"


def slug(text):
    text = text.lower().replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def split(value):
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


def main():
    source = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "seeds", "register.json")
    councils_file = os.path.join(os.path.dirname(out), "councils.json")
    with open(councils_file, encoding="utf-8") as f:
        seeded = {c["gssCode"]: c["id"] for c in json.load(f) if c.get("gssCode")}
    with open(os.path.join(source, "uk_local_authorities_current.csv"), encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["local-authority-type"] not in LEFT_OUT]
    names_by_code = {}
    with open(os.path.join(source, "lookup_name_to_registry.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names_by_code.setdefault(r["local-authority-code"], []).append(r["la-name"])

    slugs = {}
    taken = set(seeded.values())
    for r in rows:
        codes = [r["gss-code"], *split(r["former-gss-codes"])]
        match = next((seeded[c] for c in codes if c in seeded), None)
        if match is None:
            base = slug(r["nice-name"])
            if base in taken:
                base = f"{base}-{kind(r)}"
            match = base
        if match in taken and match not in seeded.values():
            raise SystemExit(f"slug clash: {match}")
        taken.add(match)
        slugs[r["local-authority-code"]] = match

    counties = {r["local-authority-code"]: r["nice-name"] for r in rows if r["local-authority-type"] == "CTY"}
    records = []
    for r in rows:
        name = r["official-name"]
        seen = {name.casefold(), r["nice-name"].casefold()}
        alternatives = []
        # Lower-case spellings in the lookup are matching keys, not names; keep the capitalised ones.
        for alt in [*split_names(r["alt-names"]), *names_by_code.get(r["local-authority-code"], [])]:
            # Some variants are mis-encoded copies ("Cityï¾\u00a0and County of Swansea"): left out.
            if alt and alt != alt.lower() and alt.casefold() not in seen and not any(ch in alt for ch in "\u00a0\ufffdï¾"):
                seen.add(alt.casefold())
                alternatives.append(alt)
        records.append({
            "id": slugs[r["local-authority-code"]],
            "code": r["local-authority-code"],
            "name": name,
            "shortName": r["nice-name"],
            "alternativeNames": sorted(alternatives),
            "gssCode": r["gss-code"] or None,
            "formerGssCodes": sorted(split(r["former-gss-codes"])),
            "kind": kind(r),
            "type": r["local-authority-type-name"],
            "nation": r["nation"] or None,
            "region": r["region"] or None,
            "county": counties.get(r["county-la"]) if r["county-la"] else None,
            "startDate": r["start-date"] or None,
            "endDate": r["end-date"] or None,
            "replacedBy": sorted(slugs[c] for c in split(r["replaced-by"]) if c in slugs),
            "latitude": round(float(r["lat"]), 4) if r["lat"] else None,
            "longitude": round(float(r["long"]), 4) if r["long"] else None,
        })
    records.sort(key=lambda x: x["id"])
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    print(f"{len(records)} councils written to {out}")


def split_names(value):
    # alt-names is comma-separated, but some names contain a comma ("Armagh City, Banbridge and Craigavon"):
    # a piece starting in lower case after a comma-space is still part of the name before it.
    return [v.strip() for v in value.split(",") if v.strip()] if value else []


if __name__ == "__main__":
    main()
