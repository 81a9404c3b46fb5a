#!/usr/bin/env python3
"""Turns other projects' public Arabic money and number test suites into money cases for
khabar.money.PeerSuite (test scope). Nothing it reads or writes ships with Khabar.

usage: peer_cases.py DUCKLING_MONEY_CORPUS.hs DUCKLING_NUMERAL_CORPUS.hs RECOGNIZERS_NUMBER_MODEL.json \
         [RECOGNIZERS_CURRENCY_MODEL.json] > cases.tsv

Each case is embedded in a news sentence. Output, tab-separated:
  source  sentence  min  max  currency  bound
where bound is EXACT, RANGE, BELOW (LESS_THAN or AT_MOST), ABOVE (MORE_THAN or AT_LEAST).
Number cases get the word دولار after the number, so they test the number reader.
"""
import json, re, sys

CUR = {"Dollar": "USD", "Cent": "USD", "EUR": "EUR", "Pound": "EGP", "GBP": "GBP", "KWD": "KWD",
       "LBP": "LBP", "EGP": "EGP", "QAR": "QAR", "SAR": "SAR", "JOD": "JOD", "ILS": "ILS"}
BOUND = {"simple": "EXACT", "between": "RANGE", "under": "BELOW", "above": "ABOVE"}
FRAME = "وقالت الشركة في بيان إن قيمة الصفقة بلغت {} وفق مصادر مطلعة."
NUM_FRAME = "وقالت الشركة في بيان إن قيمة الصفقة بلغت {} دولار وفق مصادر مطلعة."

def duckling(path, kind):
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r'examples \((\w+)\s+(?:(\w+)\s+)?([^\[]*?)\)\s*\n?\s*\[(.*?)\]', text, re.S):
        head, cur, val, body = m.group(1), m.group(2), m.group(3).strip(), m.group(4)
        items = re.findall(r'"((?:[^"\\]|\\.)*)"', body)
        if kind == "money":
            if head not in BOUND or cur not in CUR:
                continue
            nums = [float(x) for x in re.findall(r'-?[\d.e]+', val)]
            if not nums:
                continue
            scale = 0.01 if cur == "Cent" else 1
            lo, hi = (nums[0] * scale, nums[-1] * scale)
            for it in items:
                yield ("duckling-money", FRAME.format(it), lo, hi, CUR[cur], BOUND[head])
        else:
            if head != "NumeralValue":
                continue
            v = m.group(2) if m.group(2) else val
            v = v.strip("() ")
            try:
                x = float(v)
            except ValueError:
                continue
            if x <= 0:
                continue
            for it in items:
                yield ("duckling-numeral", NUM_FRAME.format(it), x, x, "USD", "EXACT")

# Expected values in the Recognizers-Text Arabic number spec that are themselves wrong, as any
# reader of Arabic can check: corrected here, and counted in the report.
RECOGNIZERS_FIXES = {"٣٢٢ ألف": 322000.0, "اثني عشر مليار": 12e9}

def recognizers(path):
    for c in json.load(open(path, encoding="utf-8-sig")):
        res = c.get("Results") or []
        if len(res) != 1 or c.get("NotSupported"):
            continue
        r = res[0]
        try:
            x = float(r["Resolution"]["value"])
        except (KeyError, ValueError, TypeError):
            continue
        if x <= 0:
            continue
        x = RECOGNIZERS_FIXES.get(r["Text"], x)
        yield ("recognizers-number", NUM_FRAME.format(r["Text"]), x, x, "USD", "EXACT")

# Currency names in the Recognizers-Text currency spec; its one "Egyptian pound" label on
# "جنيه إسترليني" is wrong (that is the pound sterling) and is corrected to GBP.
RECOGNIZERS_UNITS = {"Euro": "EUR", "Egyptian pound": "EGP", "Dollar": "USD", "United States dollar": "USD"}

def recognizers_currency(path):
    for c in json.load(open(path, encoding="utf-8-sig")):
        res = c.get("Results") or []
        if c.get("NotSupported"):
            continue
        for r in res:
            unit = RECOGNIZERS_UNITS.get(r["Resolution"].get("unit"))
            if unit is None:
                continue
            if "إسترليني" in r["Text"] or "استرليني" in r["Text"]:
                unit = "GBP"
            x = float(r["Resolution"]["value"])
            sentence = c["Input"] if len(res) == 1 else FRAME.format(r["Text"])
            yield ("recognizers-currency", sentence, x, x, unit, "EXACT")

def main():
    out = list(duckling(sys.argv[1], "money")) + list(duckling(sys.argv[2], "numeral")) + list(recognizers(sys.argv[3]))
    if len(sys.argv) > 4:
        out += list(recognizers_currency(sys.argv[4]))
    for src, s, lo, hi, cur, b in out:
        print("\t".join([src, s.replace("\t", " "), repr(lo), repr(hi), cur, b]))

main()
