#!/usr/bin/env python3
"""Writes tests/data/events/dev.parsed: a shallow dependency parse and the
actor mentions of every sentence of tests/data/events/dev.jsonl.

The development set is written in a small, controlled grammar (see
gen_events_devset.py), so a rule-based parser over that grammar gives
UD-style parses good enough to measure the event engine apart from the
statistical parser and the actor KB.  It is a test fixture, not a parser:
it knows only the words the generator uses.  Output, one block a sentence:
    # text = ...
    # m FIRST-LAST CODE COUNTRY SECTOR
    ID FORM LEMMA UPOS HEAD DEPREL
Run from the repository root:
    python3 scripts/devset_shallow_parse.py > tests/data/events/dev.parsed
"""
import json
import re
import sys

sys.path.insert(0, "scripts")
import gen_events_devset as G  # noqa: E402  (frames and actors; prints nothing on import)

DET = {"the", "a", "an", "its", "this", "several"}
NUM = {"two", "four", "$2", "40", "3", "28"}
AUX = {"will": "will", "did": "do", "has": "have", "had": "have", "was": "be",
       "were": "be", "are": "be", "would": "would", "is": "be"}
ADV = {"allegedly", "never", "together", "abroad", "earlier", "late", "early", "not"}
ADP = {"on", "with", "from", "for", "of", "in", "at", "against", "into", "near",
       "outside", "after", "over", "between", "by", "about", "above"}
ADJ = {"detained", "humanitarian", "diplomatic", "joint", "naval", "economic", "former",
       "nuclear", "chemical", "new", "human", "sharp", "free", "foreign", "central",
       "heavy", "old", "next", "last", "unchanged"}
for a in G.ACTORS:
    ADJ.add(a[1])
    for part in a[1].split():
        ADJ.add(part)  # "South Korean": both words modify
NOUN_LEMMA = {"talks": "talk", "ties": "tie", "sanctions": "sanction", "weapons": "weapon",
              "troops": "troop", "forces": "force", "drills": "drill", "goods": "goods",
              "missiles": "missile", "airstrikes": "airstrike", "prisoners": "prisoner",
              "diplomats": "diplomat", "citizens": "citizen", "journalists": "journalist",
              "nationals": "national", "reservists": "reservist", "villagers": "villager",
              "sailors": "sailor", "fishermen": "fisherman", "suspects": "suspect",
              "victims": "victim", "broadcasters": "broadcaster", "negotiations": "negotiation",
              "demands": "demand", "policies": "policy", "reports": "report", "crimes": "crime",
              "restrictions": "restriction", "exports": "export", "elections": "election",
              "convoys": "convoy", "floods": "flood", "reporters": "reporter", "days": "day",
              "shares": "share", "rates": "rate", "villages": "village", "degrees": "degree",
              "temperatures": "temperature", "markets": "market", "officials": "official",
              "diplomats'": "diplomat", "clashes": "clash", "inputs": "input",
              "condolences": "condolence", "accusations": "accusation", "analysts": "analyst"}
VERBS = {}
for f in G.FRAMES:
    VERBS[f[0]] = f[0]
    VERBS[f[1]] = f[0]
    VERBS[f[2]] = f[0]
for form, lemma in [("said", "say"), ("told", "tell"), ("denied", "deny"), ("agreed", "agree"),
                    ("pledged", "pledge"), ("plans", "plan"), ("decided", "decide"),
                    ("drew", "draw"), ("fell", "fall"), ("discussed", "discuss"),
                    ("dominated", "dominate"), ("changed", "change"), ("join", "join"),
                    ("hold", "hold"), ("resume", "resume"), ("withdraw", "withdraw"),
                    ("release", "release"), ("visit", "visit"), ("left", "leave"),
                    ("flooded", "flood"), ("rose", "rise"), ("open", "open"), ("expected", "expect"),
                    ("climb", "climb"), ("help", "help")]:
    VERBS[form] = lemma
for f in G.FRAMES:
    for w in re.findall(r"\bto ([a-z]+)", f[3]):
        if w not in DET and w not in ADP:
            VERBS.setdefault(w, w)
VERBS["cut"] = "cut"
SPEECH = {"say", "tell", "deny"}
TEMPORAL = {"week", "month", "day", "year", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday"}
REPORTY = {"report"}
NOT_VERB_AFTER_DET = True


def tokenize(text):
    out = []
    for w in text.split():
        trail = []
        while w and w[-1] in ".,":
            trail.insert(0, w[-1])
            w = w[:-1]
        if w.endswith("'s") and len(w) > 2:
            out += [w[:-2], "'s"]
        elif w:
            out.append(w)
        out += trail
    return out


def tag(toks):
    tags = []
    for i, w in enumerate(toks):
        lw = w.lower()
        prev = toks[i - 1].lower() if i else ""
        if w in ".,":
            tags.append(("PUNCT", w))
        elif w == "'s":
            tags.append(("PART", "'s"))
        elif lw == "to":
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            tags.append(("PART", "to") if nxt in VERBS and nxt not in NOUN_LEMMA else ("ADP", "to"))
        elif lw == "that":
            tags.append(("SCONJ", "that"))
        elif lw == "and":
            tags.append(("CCONJ", "and"))
        elif lw in DET:
            tags.append(("DET", lw))
        elif lw in NUM or re.match(r"^\$?\d", w):
            tags.append(("NUM", lw))
        elif lw in AUX and i + 1 < len(toks) and toks[i + 1] not in ".,":
            tags.append(("AUX", AUX[lw]))
        elif lw in ADV:
            tags.append(("PART" if lw == "not" else "ADV", lw))
        elif lw in ADP:
            tags.append(("ADP", lw))
        elif lw in VERBS and lw in ADJ and not (prev in DET or prev == "'s"):
            tags.append(("VERB", VERBS[lw]))  # "detained Mexico's journalists"
        elif w in ADJ or lw in ADJ:
            tags.append(("ADJ", w if w[0].isupper() else lw))
        elif lw in ("out", "down") and prev in VERBS:
            tags.append(("ADP", lw))
        elif lw in VERBS and not (prev in DET or prev == "'s" or tags and tags[-1][0] == "ADJ"):
            # a verb form after a determiner is a noun ("the attack")
            tags.append(("VERB", VERBS[lw]))
        elif w[0].isupper() and i > 0:
            tags.append(("PROPN", w))
        elif w[0].isupper():
            tags.append(("PROPN" if lw not in NOUN_LEMMA and lw not in ("markets", "officials", "diplomats", "reports", "analysts") else "NOUN",
                         NOUN_LEMMA.get(lw, w if lw not in NOUN_LEMMA else lw)))
        else:
            tags.append(("NOUN", NOUN_LEMMA.get(lw, lw)))
    return tags


class Parse:
    def __init__(self, toks, tags):
        self.toks, self.tags = toks, tags
        self.head = [-1] * len(toks)
        self.rel = ["dep"] * len(toks)

    def set(self, i, h, r):
        if i is None or h is None:
            return
        if 0 <= i < len(self.toks) and i != h:
            self.head[i], self.rel[i] = h, r


def np_at(p, i, end):
    """Noun phrase from i: returns (head, next index) or (None, i)."""
    j = i
    parts = []
    while j < end and p.tags[j][0] in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") and \
            not (p.tags[j][0] == "PART" and p.toks[j] != "'s"):
        if j > i and p.toks[j].lower() in ("last", "next", "this") and j + 1 < end and \
                p.toks[j + 1] in TEMPORAL:
            break  # "condemned India | next week"
        parts.append(j)
        j += 1
    if not parts:
        return None, i
    # split at possessive 's: owner phrase is nmod:poss of the rest's head
    if "'s" in [p.toks[k] for k in parts]:
        k = [p.toks[x] for x in parts].index("'s")
        owner = parts[:k]
        rest = parts[k + 1:]
        if not rest:
            return None, i
        h = chunk_head(p, rest)
        oh = chunk_head(p, owner)
        if oh is not None:
            p.set(oh, h, "nmod:poss")
        p.set(parts[k], oh, "case")
        return h, j
    return chunk_head(p, parts), j


def chunk_head(p, parts):
    if not parts:
        return None
    nouns = [k for k in parts if p.tags[k][0] in ("NOUN", "PROPN")]
    h = nouns[-1] if nouns else parts[-1]
    for k in parts:
        if k == h:
            continue
        t = p.tags[k][0]
        if t == "DET":
            p.set(k, h, "nmod:poss" if p.toks[k].lower() == "its" else "det")
        elif t == "ADJ":
            p.set(k, h, "amod")
        elif t == "NUM":
            p.set(k, h, "nummod")
        elif t == "PROPN" and p.tags[h][0] == "PROPN":
            p.set(k, h, "compound")
        else:
            p.set(k, h, "compound")
    return h


def coordinated_np(p, i, end):
    h, j = np_at(p, i, end)
    while h is not None and j < end and p.tags[j][0] == "CCONJ":
        h2, j2 = np_at(p, j + 1, end)
        if h2 is None:
            break
        p.set(j, h2, "cc")
        p.set(h2, h, "conj")
        j = j2
    return h, j


def clause(p, i, end, head_of_clause, rel, subject=None):
    """Parses a clause; attaches its verb to head_of_clause with rel."""
    # subject
    subj = subject
    if subj is None and p.tags[i][0] in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        subj, i = coordinated_np(p, i, end)
        last = subj
        while subj is not None and i < end and p.tags[i][0] == "ADP":
            h, j = coordinated_np(p, i + 1, end)  # "Kenya's praise for Armenia drew ..."
            if h is None:
                break
            p.set(i, h, "case")
            p.set(h, last, "nmod")
            last, i = h, j
    pre = []
    while i < end and p.tags[i][0] in ("AUX", "ADV", "PART") and p.toks[i] != "to":
        pre.append(i)
        i += 1
    if i >= end or p.tags[i][0] != "VERB":
        if subj is not None:
            p.set(subj, head_of_clause, rel)
        return i
    v = i
    p.set(v, head_of_clause, rel)
    passive = any(p.tags[k][1] == "be" for k in pre) and p.tags[v][0] == "VERB"
    for k in pre:
        t = p.tags[k]
        if t[0] == "AUX":
            p.set(k, v, "aux:pass" if passive and t[1] == "be" else "aux")
        else:
            p.set(k, v, "advmod")
    if subj is not None and p.head[subj] == -1 or (subj is not None and subject is None):
        p.set(subj, v, "nsubj:pass" if passive else "nsubj")
    return predicate(p, v, i + 1, end, passive)


def clause_follows(p, i, end):
    """Is there a noun phrase at i followed by an auxiliary or a verb?"""
    j = i
    while j < end and p.tags[j][0] in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or \
            (j < end and p.toks[j] == "'s"):
        j += 1
    while j < end and p.tags[j][0] == "ADP":  # "the Lebanese loan to Canada had ..."
        j += 1
        while j < end and p.tags[j][0] in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            j += 1
    return j < end and p.tags[j][0] in ("AUX", "VERB")


def predicate(p, v, i, end, passive=False):
    last_np = None
    have_obj = False
    while i < end:
        t = p.tags[i][0]
        w = p.toks[i].lower()
        if t == "PUNCT":
            p.set(i, v, "punct")
            i += 1
        elif t == "ADP" and w in ("out", "down") and i == v + 1:
            p.set(i, v, "compound:prt")
            i += 1
        elif t == "SCONJ":
            # that-clause: complement of a speech verb, or of a report noun
            target = last_np if last_np is not None and p.tags[last_np][1] in REPORTY else v
            rel = "acl" if target != v else "ccomp"
            j = clause(p, i + 1, end, target, rel)
            emb = [k for k in range(i + 1, j) if p.head[k] == target and p.rel[k] == rel]
            if emb:
                p.set(i, emb[0], "mark")
            i = j
        elif t == "PART" and w == "to":
            # infinitive: complement of the verb, or of the noun before it
            vv = i + 1
            noun_head = last_np if (last_np is not None and p.tags[i - 1][0] == "NOUN"
                                    and p.head[last_np] != -1 and p.tags[last_np][0] == "NOUN"
                                    and last_np == i - 1) else None
            h = noun_head if noun_head is not None else v
            p.set(vv, h, "acl" if noun_head is not None else "xcomp")
            p.set(i, vv, "mark")
            i = predicate(p, vv, vv + 1, end)
        elif t == "ADP":
            case = i
            h, j = coordinated_np(p, i + 1, end)
            if h is None:
                p.set(i, v, "dep")
                i += 1
                continue
            p.set(case, h, "case")
            if w == "by" and passive:
                p.set(h, v, "obl:agent")
            elif last_np is not None and p.rel[last_np] in ("obl", "nmod") and \
                    p.tags[last_np][0] == "NOUN":
                p.set(h, last_np, "nmod")
            elif last_np is not None and w == "of":
                p.set(h, last_np, "nmod")
            else:
                p.set(h, v, "obl")
            last_np = h
            i = j
        elif t in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and p.tags[v][1] in SPEECH and \
                not have_obj and clause_follows(p, i, end):
            i = clause(p, i, end, v, "ccomp")  # "Reports said Canada had met ..."
        elif t in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            h, j = coordinated_np(p, i, end)
            if h is None:
                i += 1
                continue
            temporal = p.tags[h][1] in ("week", "Monday", "Tuesday", "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday", "day", "month")
            if temporal:
                p.set(h, v, "obl:tmod")
            elif not have_obj and not passive:
                p.set(h, v, "obj")
                have_obj = True
            else:
                p.set(h, v, "obl")
            last_np = h
            i = j
        elif t == "ADV":
            p.set(i, v, "advmod")
            i += 1
        elif t == "CCONJ":
            # coordinated verb phrase
            p.set(i, v, "cc")
            i += 1
        elif t == "VERB":
            p.set(i, v, "conj")
            i = predicate(p, i, i + 1, end)
        else:
            p.set(i, v, "dep")
            i += 1
    return i


def parse(text):
    toks = tokenize(text)
    p = Parse(toks, tag(toks))
    clause(p, 0, len(toks), -1, "root")
    root = next((k for k in range(len(toks)) if p.rel[k] == "root"), 0)
    for k in range(len(toks)):
        if p.head[k] == -1 and k != root:
            p.set(k, root, "dep" if p.tags[k][0] != "PUNCT" else "punct")
    return p


def mentions(p):
    """Actor mentions by longest match of the names the generator uses."""
    names = []
    for a in G.ACTORS:
        code = a[2]
        for s in [a[0], a[3], "%s government" % a[1], a[1]] + \
                 (["%s %s" % (a[1], a[4])] if a[4] else []):
            if s:
                names.append((s.replace("the ", "", 1) if s.startswith("the ") else s, code, code))
    for g in G.IGOS:
        names.append((g[0].replace("the ", "", 1) if g[0].startswith("the ") else g[0], g[1], "IGO"))
        if g[2]:
            names.append((g[2], g[1], "IGO"))
    names.sort(key=lambda x: -len(x[0].split()))
    out = []
    used = [False] * len(p.toks)
    for name, code, country in names:
        nt = tokenize(name)
        n = len(nt)
        for k in range(len(p.toks) - n + 1):
            if any(used[k:k + n]):
                continue
            if [t.lower() for t in p.toks[k:k + n]] == [t.lower() for t in nt] and \
                    (n > 1 or p.toks[k][0].isupper()):
                for x in range(k, k + n):
                    used[x] = True
                out.append((k + 1, k + n, code, country))
    return sorted(out)


def main():
    for line in open("tests/data/events/dev.jsonl", encoding="utf-8"):
        d = json.loads(line)
        p = parse(d["text"])
        print("# text = %s" % d["text"])
        for a, b, code, country in mentions(p):
            print("# m %d-%d %s %s -" % (a, b, code, country))
        for k, w in enumerate(p.toks):
            up, lem = p.tags[k]
            print("%d %s %s %s %d %s" % (k + 1, w, lem if up in ("PROPN", "ADJ") else lem.lower()
                                         if up != "PUNCT" else w, up, p.head[k] + 1, p.rel[k]))
        print()


if __name__ == "__main__":
    main()
