#!/bin/sh
# Scores Peregrine's coreference on tests/data/coref/dev.jsonl (see README.md):
#   tests/data/coref/score.sh [builddir] [-v] [--parse]   (from the repository root)
# Prints right/wrong/missed counts, accuracy over all items and the
# precision and recall of resolutions.
B=${1:-build}
python3 - "$B/peregrine" tests/data/coref/dev.jsonl "$2" "$3" <<'PY'
import json, re, subprocess, sys
pgn, gold_file = sys.argv[1], sys.argv[2]
items = [json.loads(l) for l in open(gold_file)]
feed = "".join(json.dumps({"id": d["id"], "text": d["text"], "published": "2016-05-01"}) + "\n" for d in items)
parse = ["--parse"] if "--parse" in sys.argv[3:] else []
out = subprocess.run([pgn, "actors", "--input", "jsonl"] + parse, input=feed, capture_output=True, text=True, check=True)
docs = [json.loads(l) for l in out.stdout.splitlines()]
right = wrong = missed = resolved = should = good = 0
for d, m in zip(items, docs):
    corefs = {}
    for x in m["mentions"]:  # a pair gives two mentions of one span: the first counts
        if x["how"] == "coref": corefs.setdefault(x["start"], x)
    for form, nth, gold in d["gold"]:
        starts = [k.start() for k in re.finditer(r"(?<![A-Za-z])" + re.escape(form) + r"(?![A-Za-z])", d["text"])]
        x = corefs.get(starts[nth - 1])
        got = x and (x["antecedent"]["text"] + " | " + (x["entry"] or ""))
        if gold != "-": should += 1
        if x: resolved += 1
        if gold == "-":
            ok = x is None
        else:
            ok = x is not None and gold in got
        if ok:
            right += 1
            good += x is not None
        elif x is None: missed += 1
        else: wrong += 1
        if not ok and "-v" in sys.argv[3:]: print("  %s %s#%d gold %s got %s" % (d["id"], form, nth, gold, got))
n = right + wrong + missed
print("items %d right %d wrong %d missed %d accuracy %.3f | resolutions P %.3f R %.3f" %
      (n, right, wrong, missed, right / n, good / max(resolved, 1), good / max(should, 1)))
PY
