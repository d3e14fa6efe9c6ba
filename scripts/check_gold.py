"""Checks for a hand-coded gold set such as tests/gold-blind9 (no extractor involved).

python scripts/check_gold.py preds GOLD_DIR OUT_DIR   # OUT_DIR/pred-required.jsonl and OUT_DIR/pred-all.jsonl
python scripts/check_gold.py check GOLD_DIR           # boilerplate, claims, not_events, publication, weekdays, JSON

The predictions are the gold events themselves: `dateline eval GOLD_DIR --pred OUT_DIR/pred-all.jsonl` must print
1.00 everywhere, which checks the gold files' format before the extractor ever sees their texts.
"""

import calendar
import datetime as dt
import glob
import json
import os
import re
import sys

GOLD = ""  # the gold set's folder, from the command line


def golds():
    for p in sorted(glob.glob(os.path.join(GOLD, "*.gold.json"))):
        with open(p, encoding="utf-8") as f:
            yield p, json.load(f)


def preds(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, with_opt in (("pred-required.jsonl", False), ("pred-all.jsonl", True)):
        n = 0
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as out:
            for _, g in golds():
                for i, e in enumerate(g["events"]):
                    if e.get("optional") and not with_opt:
                        continue
                    rec = {
                        "doc_id": g["doc_id"],
                        "event_id": f"{g['doc_id']}-{i}",
                        "campaign_id": e["campaign"],
                        "event_type": e["event_type"],
                        "acled_event_type": e["acled_event_type"],
                        "acled_sub_event_type": e["acled_sub_event_type"],
                        "date_start": e["date_start"],
                        "date_end": e["date_end"],
                        "time_precision": "day",
                        "location": e["location"],
                        "country": e["country"],
                        "admin1": e["admin1"],
                        "lat": e["lat"],
                        "lon": e["lon"],
                        "geo_precision": e["geo_precision"],
                        "actor1": e["actor1"],
                        "actor2": e["actor2"],
                        "reported_by": g["source"]["reported_by"],
                        "source_is_party": g["source"]["source_is_party"],
                        "claims": g["claims"],
                        "evidence": {},
                    }
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
        print(name, n, "predictions")


def span(d):
    """(first, last) day of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    parts = [int(x) for x in d.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    x = dt.date(*parts)
    return x, x


EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
EN_MON = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
EN_MON.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
IT_MON = {
    m: i + 1
    for i, m in enumerate(
        [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ]
    )
}
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = {
    m: i + 1
    for i, m in enumerate("Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split())
}
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = {
    m: i + 1
    for i, m in enumerate(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
    )
}
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = {
    m: i + 1
    for i, m in enumerate(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
    )
}
ES_MON["setiembre"] = 9  # the Costa Rican spelling
PT_DAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MON = {
    m: i + 1
    for i, m in enumerate(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
    )
}
KO_ABBR = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def weekday_mentions(text, pub):
    """Yield (matched text, weekday index written, date) for weekday+date patterns."""

    def year_for(m, d, y):
        if y:
            return int(y)
        cand = dt.date(pub.year, m, d)
        return pub.year if cand <= pub + dt.timedelta(days=60) else pub.year - 1

    D = "|".join(EN_DAYS)
    MON = "|".join(sorted(EN_MON, key=len, reverse=True))
    # Monday, 27 March 2023 / Thursday 2 January / Friday 21 to Sunday 23 October
    for m in re.finditer(
        rf"\b({D}),?\s+(?:morning,?\s+|afternoon,?\s+|evening,?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:to|and)\s+(?:{D})\s+\d{{1,2}})?\s+({MON})\.?(?:,?\s+(\d{{4}}))?",
        text,
        re.I,
    ):
        mon = EN_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), EN_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)
    for m in re.finditer(rf"\b(?:{D}),?\s+\d{{1,2}}\s+(?:to|and)\s+({D})\s+(\d{{1,2}})\s+({MON})", text, re.I):
        mon = EN_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), EN_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, None), mon, day)
    # Wednesday, August 10, 2022 / SUNDAY, DEC. 4 / Friday, August 12
    for m in re.finditer(rf"\b({D}),?\s+({MON})\.?\s+(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?", text, re.I):
        mon = EN_MON[m.group(2).lower()]
        day = int(m.group(3))
        yield m.group(0), EN_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)
    # Sunday, 05.01.2014 / Friday morning, 03.01.2014
    for m in re.finditer(rf"\b({D})(?:\s+morning)?,?\s+(\d{{2}})\.(\d{{2}})\.(\d{{4}})", text, re.I):
        yield m.group(0), EN_DAYS.index(m.group(1).lower()), dt.date(int(m.group(4)), int(m.group(3)), int(m.group(2)))
    # 2021.10.20 (Wed)
    for m in re.finditer(r"\b(\d{4})\.(\d{2})\.(\d{2})\s*\((\w{3})\)", text):
        yield m.group(0), KO_ABBR[m.group(4).lower()], dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    # Samstag, 14. Januar 2023 / Mittwoch, 11. Januar
    for m in re.finditer(rf"\b({'|'.join(DE_DAYS)}),?\s+(\d{{1,2}})\.\s+({'|'.join(DE_MON)})(?:\s+(\d{{4}}))?", text):
        mon = DE_MON[m.group(3)]
        day = int(m.group(2))
        yield m.group(0), DE_DAYS.index(m.group(1)), dt.date(year_for(mon, day, m.group(4)), mon, day)
    # samedi 31 octobre 2020 / dimanche 1er novembre
    for m in re.finditer(
        rf"\b({'|'.join(FR_DAYS)})\s+(\d{{1,2}})(?:er)?\s+({'|'.join(FR_MON)})(?:\s+(\d{{4}}))?", text, re.I
    ):
        mon = FR_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), FR_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)
    # viernes 31 de marzo de 2017 / sábado 1 de abril
    for m in re.finditer(
        rf"\b({'|'.join(ES_DAYS)})\s+(\d{{1,2}})\s+de\s+({'|'.join(ES_MON)})(?:\s+de\s+(\d{{4}}))?", text, re.I
    ):
        mon = ES_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), ES_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)
    # terça-feira, 6 de junho de 2023 / sábado, 10 de junho
    for m in re.finditer(
        rf"\b({'|'.join(PT_DAYS)}),?\s+(\d{{1,2}})\s+de\s+({'|'.join(PT_MON)})(?:\s+de\s+(\d{{4}}))?", text, re.I
    ):
        mon = PT_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), PT_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)
    # sabato 9 ottobre / mercoledì 20 ottobre 2021
    for m in re.finditer(rf"\b({'|'.join(IT_DAYS)})\s+(\d{{1,2}})\s+({'|'.join(IT_MON)})(?:\s+(\d{{4}}))?", text, re.I):
        mon = IT_MON[m.group(3).lower()]
        day = int(m.group(2))
        yield m.group(0), IT_DAYS.index(m.group(1).lower()), dt.date(year_for(mon, day, m.group(4)), mon, day)


def check():
    bad = 0
    nweek = 0
    ndocs = 0
    for path, g in golds():
        ndocs += 1
        did = g["doc_id"]
        tf = os.path.join(os.path.dirname(path), g["text_file"])
        if not g["text_file"].startswith("texts/") or not os.path.exists(tf):
            print(did, "text_file missing", g["text_file"])
            bad += 1
            continue
        raw = open(tf, encoding="utf-8").read()
        pub = dt.date.fromisoformat(g["published"])
        for b in g["boilerplate"]:
            c = raw.count(b)
            if c != 1:
                print(did, "boilerplate count", c, repr(b))
                bad += 1
            ci = raw.lower().count(b.lower())
            if ci != c:
                print(did, "note: boilerplate occurs", ci, "times ignoring case:", repr(b))
        for c in g["claims"]:
            if c not in raw:
                print(did, "claim not verbatim", repr(c))
                bad += 1
        for e in g["events"]:
            s, t = dt.date.fromisoformat(e["date_start"]), dt.date.fromisoformat(e["date_end"])
            if t > pub or s > t:
                print(did, "event date problem", e["location"], s, t)
                bad += 1
            for ne in g["not_events"]:
                a, z = span(ne["date"])
                if a <= t and s <= z:
                    print(did, "not_event overlaps event", ne["date"], e["location"], s, t)
                    bad += 1
            if e["geo_precision"] not in ("city", "region", "country"):
                print(did, "bad geo_precision")
                bad += 1
            for k in ("acceptable_types",):
                if e["event_type"] not in e[k]:
                    print(did, "event_type not in acceptable_types", e["location"])
                    bad += 1
        seen = set()
        for s, wd, d in weekday_mentions(raw, pub):
            if (s, d) in seen:
                continue
            seen.add((s, d))
            nweek += 1
            ok = d.weekday() == wd
            print(f"  {did}: {s!r} -> {d} {d.strftime('%A')} {'ok' if ok else 'MISMATCH'}")
            if not ok:
                bad += 1
    print(f"{ndocs} documents, {nweek} weekday+date mentions checked, {bad} problems")
    return bad


if __name__ == "__main__":
    GOLD = os.path.abspath(sys.argv[2])
    if sys.argv[1] == "preds":
        preds(sys.argv[3])
    else:
        sys.exit(1 if check() else 0)
