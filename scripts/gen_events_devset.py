#!/usr/bin/env python3
"""Writes tests/data/events/dev.jsonl, our development set for event coding.

Every sentence is composed here from frames and actors we wrote ourselves in
news style; nothing comes from the CAMEO manual, PLOVER's gold records or any
corpus.  Each frame is one kind of event (a CAMEO code) with the verb forms
and the phrase that follows the verb; each construction (active, passive,
negated, reported speech, allegation, denial, future, control, compound
actors, nominal event) turns a frame and actors into a sentence and its gold
events.  A fixed seed keeps the file stable; run from the repository root:

    python3 scripts/gen_events_devset.py > tests/data/events/dev.jsonl
"""
import json
import random
import sys

# name, adjective, gold code, capital, leader (facts as of 2022)
ACTORS = [
    ("Russia", "Russian", "RUS", "Moscow", "President Vladimir Putin"),
    ("Ukraine", "Ukrainian", "UKR", "Kyiv", "President Volodymyr Zelensky"),
    ("China", "Chinese", "CHN", "Beijing", "President Xi Jinping"),
    ("the United States", "American", "USA", "Washington", "President Joe Biden"),
    ("France", "French", "FRA", "Paris", "President Emmanuel Macron"),
    ("Germany", "German", "DEU", "Berlin", "Chancellor Olaf Scholz"),
    ("Britain", "British", "GBR", "London", None),
    ("Japan", "Japanese", "JPN", "Tokyo", None),
    ("India", "Indian", "IND", "New Delhi", "Prime Minister Narendra Modi"),
    ("Pakistan", "Pakistani", "PAK", "Islamabad", None),
    ("Iran", "Iranian", "IRN", "Tehran", None),
    ("Israel", "Israeli", "ISR", None, None),
    ("Turkey", "Turkish", "TUR", "Ankara", "President Recep Tayyip Erdogan"),
    ("Egypt", "Egyptian", "EGY", "Cairo", None),
    ("Saudi Arabia", "Saudi", "SAU", "Riyadh", None),
    ("Syria", "Syrian", "SYR", "Damascus", None),
    ("Iraq", "Iraqi", "IRQ", "Baghdad", None),
    ("North Korea", "North Korean", "PRK", "Pyongyang", None),
    ("South Korea", "South Korean", "KOR", "Seoul", None),
    ("Poland", "Polish", "POL", "Warsaw", None),
    ("Hungary", "Hungarian", "HUN", "Budapest", "Prime Minister Viktor Orban"),
    ("Serbia", "Serbian", "SRB", "Belgrade", None),
    ("Brazil", "Brazilian", "BRA", "Brasilia", None),
    ("Venezuela", "Venezuelan", "VEN", "Caracas", None),
    ("Colombia", "Colombian", "COL", "Bogota", None),
    ("Mexico", "Mexican", "MEX", "Mexico City", None),
    ("Nigeria", "Nigerian", "NGA", "Abuja", None),
    ("Ethiopia", "Ethiopian", "ETH", "Addis Ababa", None),
    ("Sudan", "Sudanese", "SDN", "Khartoum", None),
    ("Kenya", "Kenyan", "KEN", "Nairobi", None),
    ("Afghanistan", "Afghan", "AFG", "Kabul", None),
    ("Armenia", "Armenian", "ARM", "Yerevan", None),
    ("Azerbaijan", "Azerbaijani", "AZE", "Baku", None),
    ("Belarus", "Belarusian", "BLR", "Minsk", None),
    ("Taiwan", "Taiwanese", "TWN", "Taipei", None),
    ("Vietnam", "Vietnamese", "VNM", "Hanoi", None),
    ("the Philippines", "Philippine", "PHL", "Manila", None),
    ("Australia", "Australian", "AUS", "Canberra", None),
    ("Canada", "Canadian", "CAN", "Ottawa", None),
    ("Qatar", "Qatari", "QAT", "Doha", None),
    ("Lebanon", "Lebanese", "LBN", "Beirut", None),
    ("Libya", "Libyan", "LBY", "Tripoli", None),
    ("Mali", "Malian", "MLI", "Bamako", None),
    ("Niger", "Nigerien", "NER", "Niamey", None),
    ("Chad", "Chadian", "TCD", "N'Djamena", None),
]
IGOS = [
    ("NATO", "IGOWSTNAT", "NATO Secretary General Jens Stoltenberg"),
    ("the European Union", "IGOEUREEC", None),
    ("the United Nations", "IGOUNO", "UN Secretary-General Antonio Guterres"),
]

# base, past, participle, what follows the verb ({T} the target), CAMEO code,
# passive allowed, nominal form ("{A} invasion of {T}": {A} the source adjective)
FRAMES = [
    # 01 statements
    ("welcome", "welcomed", "welcomed", "{T}'s decision to hold talks", "013", False, None),
    ("express", "expressed", "expressed", "solidarity with {T} after the floods", "018", False, None),
    ("deny", "denied", "denied", "{T}'s accusations", "016", False, None),
    ("offer", "offered", "offered", "condolences to {T}", "018", False, None),
    # 02 appeals
    ("urge", "urged", "urged", "{T} to release the detained sailors", "0253", True, None),
    ("call", "called", "called", "on {T} to withdraw its troops from the border", "0256", False, None),
    ("urge", "urged", "urged", "{T} to resume negotiations", "026", True, None),
    ("appeal", "appealed", "appealed", "to {T} for humanitarian aid", "023", False, ("appeal to {T} for aid", "023")),
    ("invite", "invited", "invited", "{T}'s leader to visit", "036", False, None),  # PLOVER: invitations to visit are AGREE
    ("call", "called", "called", "on {T} to hold free elections", "020", False, None),
    # 03 intent
    ("pledge", "pledged", "pledged", "aid to {T}", "033", False, None),
    ("offer", "offered", "offered", "to mediate between {T} and its neighbours", "039", False, None),
    ("promise", "promised", "promised", "economic aid to {T}", "030", False, None),
    ("offer", "offered", "offered", "humanitarian assistance to {T}", "033", False, None),
    # 04 consult
    ("meet", "met", "met", "{T}'s foreign minister in Geneva", "040", True, ("meeting with {T}", "040")),
    ("meet", "met", "met", "with {T} to discuss grain exports", "040", False, None),
    ("visit", "visited", "visited", "{T} for two days of talks", "042", True, ("visit to {T}", "042")),
    ("host", "hosted", "hosted", "{T}'s defence minister", "043", True, None),
    ("phone", "phoned", "phoned", "{T}'s president", "041", True, None),
    ("negotiate", "negotiated", "negotiated", "with {T} over the gas price", "046", False, ("negotiations with {T}", "046")),
    ("hold", "held", "held", "talks with {T} on border security", "040", False, ("talks with {T}", "040")),
    # 05 diplomatic cooperation
    ("praise", "praised", "praised", "{T} for its restraint", "051", True, ("praise for {T}", "051")),
    ("sign", "signed", "signed", "a trade agreement with {T}", "057", False, ("agreement with {T}", "057")),
    ("recognize", "recognized", "recognized", "{T}", "054", True, ("recognition of {T}", "054")),
    ("apologize", "apologized", "apologized", "to {T} for the incident", "055", False, ("apology to {T}", "055")),
    ("restore", "restored", "restored", "diplomatic ties with {T}", "054", False, None),
    ("endorse", "endorsed", "endorsed", "{T}'s bid to join the bloc", "051", False, None),
    ("defend", "defended", "defended", "{T} at the Security Council", "052", True, None),
    # 06 material cooperation
    ("cooperate", "cooperated", "cooperated", "with {T} on counterterrorism", "060", False, ("cooperation with {T}", "060")),
    ("share", "shared", "shared", "intelligence with {T}", "064", False, None),
    ("hold", "held", "held", "joint naval drills with {T}", "062", False, ("drills with {T}", "062")),
    ("extradite", "extradited", "extradited", "two suspects to {T}", "063", False, None),
    # 07 aid
    ("send", "sent", "sent", "weapons to {T}", "072", False, None),
    ("provide", "provided", "provided", "aid to {T}", "070", False, ("aid to {T}", "070")),
    ("send", "sent", "sent", "food aid to {T}", "073", False, None),
    ("grant", "granted", "granted", "asylum to {T}'s former defence minister", "075", False, None),
    ("lend", "lent", "lent", "$2 billion to {T}", "071", False, ("loan to {T}", "071")),
    # 08 yield
    ("release", "released", "released", "{T}'s detained fishermen", "0841", True, ("release of {T}'s fishermen", "0841")),
    ("lift", "lifted", "lifted", "sanctions on {T}", "085", False, None),
    ("withdraw", "withdrew", "withdrawn", "its troops from {T}", "0874", False, ("withdrawal from {T}", "0874")),
    ("pull", "pulled", "pulled", "out of {T}", "0874", False, None),
    ("ease", "eased", "eased", "restrictions on {T}'s exports", "081", False, None),
    ("allow", "allowed", "allowed", "aid convoys into {T}", "0863", False, None),
    # 09 investigate
    ("investigate", "investigated", "investigated", "{T}'s role in the bombing", "090", True, ("investigation into {T}", "090")),
    ("launch", "launched", "launched", "an investigation into {T}", "090", False, None),
    # 10 demand
    ("demand", "demanded", "demanded", "the release of {T}'s prisoners", "1053", False, ("demand for {T}'s withdrawal", "100")),
    ("demand", "demanded", "demanded", "an apology from {T}", "100", False, None),
    ("order", "ordered", "ordered", "{T} to withdraw its forces", "1056", True, None),
    # 11 disapprove
    ("condemn", "condemned", "condemned", "{T}", "111", True, ("condemnation of {T}", "111")),
    ("criticize", "criticized", "criticized", "{T} over its human rights record", "111", True, ("criticism of {T}", "111")),
    ("accuse", "accused", "accused", "{T} of war crimes", "1124", True, None),
    ("accuse", "accused", "accused", "{T} of corruption", "1121", True, None),
    ("blame", "blamed", "blamed", "{T} for the crisis", "112", True, None),
    ("denounce", "denounced", "denounced", "{T}'s decision", "111", False, None),
    ("sue", "sued", "sued", "{T} at the International Court of Justice", "115", True, ("lawsuit against {T}", "115")),
    ("summon", "summoned", "summoned", "{T}'s ambassador", "114", False, None),
    # 12 reject
    ("reject", "rejected", "rejected", "{T}'s proposal", "125", False, ("rejection of {T}'s proposal", "120")),
    ("reject", "rejected", "rejected", "{T}'s demands", "124", False, None),
    ("veto", "vetoed", "vetoed", "{T}'s resolution", "129", False, None),
    ("oppose", "opposed", "opposed", "{T}'s membership bid", "120", False, None),
    ("decline", "declined", "declined", "{T}'s invitation", "125", False, None),
    ("defy", "defied", "defied", "{T}", "128", True, None),
    # 13 threaten
    ("threaten", "threatened", "threatened", "to attack {T}", "138", False, None),
    ("threaten", "threatened", "threatened", "to impose sanctions on {T}", "1312", False, None),
    ("threaten", "threatened", "threatened", "{T} with retaliation", "130", True, ("threat against {T}", "130")),
    ("warn", "warned", "warned", "{T} of consequences", "130", True, ("warning to {T}", "130")),
    ("threaten", "threatened", "threatened", "to cut ties with {T}", "1313", False, None),
    # 14 protest
    ("protest", "protested", "protested", "against {T}'s new law", "140", False, None),
    ("demonstrate", "demonstrated", "demonstrated", "outside {T}'s embassy", "141", False, None),
    ("boycott", "boycotted", "boycotted", "{T}'s goods", "143", True, ("boycott of {T}", "143")),
    ("rally", "rallied", "rallied", "against {T}'s policies", "141", False, None),
    # 15 mobilize
    ("deploy", "deployed", "deployed", "troops to the border with {T}", "154", False, ("deployment to {T}", "154")),
    ("mass", "massed", "massed", "troops near {T}", "154", False, None),
    ("mobilize", "mobilized", "mobilized", "reservists near {T}", "154", False, None),
    # 16 reduce relations
    ("sever", "severed", "severed", "diplomatic ties with {T}", "161", False, None),
    ("expel", "expelled", "expelled", "{T}'s diplomats", "166", True, ("expulsion of {T}'s diplomats", "166")),
    ("suspend", "suspended", "suspended", "aid to {T}", "162", False, None),
    ("recall", "recalled", "recalled", "its ambassador from {T}", "161", False, None),
    ("suspend", "suspended", "suspended", "talks with {T}", "164", False, None),
    ("impose", "imposed", "imposed", "sanctions on {T}", "163", False, ("sanctions on {T}", "163")),
    ("sanction", "sanctioned", "sanctioned", "{T}", "163", True, None),
    # 17 coerce
    ("arrest", "arrested", "arrested", "{T}'s citizens", "173", True, ("arrest of {T}'s citizens", "173")),
    ("detain", "detained", "detained", "{T}'s journalists", "173", True, ("detention of {T}'s journalists", "173")),
    ("seize", "seized", "seized", "{T}'s tanker", "171", True, ("seizure of {T}'s tanker", "171")),
    ("deport", "deported", "deported", "{T}'s nationals", "174", True, ("deportation of {T}'s nationals", "174")),
    ("annex", "annexed", "annexed", "part of {T}", "192", False, ("annexation of part of {T}", "192")),
    ("occupy", "occupied", "occupied", "{T}", "192", True, ("occupation of {T}", "192")),
    ("ban", "banned", "banned", "{T}'s broadcasters", "172", True, ("ban on {T}'s broadcasters", "172")),
    ("crack", "cracked", "cracked", "down on {T}'s opposition", "175", False, ("crackdown on {T}", "175")),
    # 18 assault
    ("attack", "attacked", "attacked", "{T}", "180", True, ("attack on {T}", "180")),
    ("kidnap", "kidnapped", "kidnapped", "{T}'s aid workers", "181", True, ("kidnapping of {T}'s aid workers", "181")),
    ("assassinate", "assassinated", "assassinated", "{T}'s nuclear scientist", "186", True, ("assassination of {T}'s nuclear scientist", "186")),
    ("bomb", "bombed", "bombed", "{T}'s embassy", "183", True, ("bombing of {T}'s embassy", "183")),
    ("torture", "tortured", "tortured", "{T}'s prisoners", "1822", True, None),
    # 19 fight
    ("invade", "invaded", "invaded", "{T}", "190", True, ("invasion of {T}", "190")),
    ("shell", "shelled", "shelled", "{T}", "194", True, ("shelling of {T}", "194")),
    ("fight", "fought", "fought", "{T}", "190", True, None),
    ("clash", "clashed", "clashed", "with {T}", "190", False, ("clashes with {T}", "190")),
    ("launch", "launched", "launched", "airstrikes on {T}", "195", False, ("airstrikes on {T}", "195")),
    ("fire", "fired", "fired", "missiles at {T}", "194", False, None),
    ("besiege", "besieged", "besieged", "{T}'s border town", "191", True, ("siege of {T}'s border town", "191")),
    ("violate", "violated", "violated", "the ceasefire with {T}", "196", False, None),
    # 20 mass violence
    ("massacre", "massacred", "massacred", "{T}'s villagers", "202", True, ("massacre of {T}'s villagers", "202")),
    ("use", "used", "used", "chemical weapons against {T}", "2041", False, None),
]

WHEN = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "late on Tuesday", "earlier this week",
        "on March 3", "on June 28", "last week", "earlier in the day", ""]
SPEECH_HEAD = ["said", "told reporters", "said in a statement", "told state television"]
DATES = ["2022-02-24", "2022-03-15", "2022-05-02", "2022-06-29", "2022-07-05",
         "2022-09-12", "2022-11-20", "2023-01-18", "2023-04-07", "2023-08-30"]

def load_plover():
    m = {}
    for line in open("data/ontology/cameo.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        m[f[0]] = f[2]
    return m

PLOVER = load_plover()
rng = random.Random(20221129)

def pick_actor(exclude=()):
    while True:
        a = rng.choice(ACTORS)
        if a[2] not in exclude:
            return a

def surface(a, allow_leader=True):
    """A way to name a country actor: name, capital, government, leader."""
    choices = [a[0][0].upper() + a[0][1:]]
    if a[3]:
        choices.append(a[3])
    choices.append("the %s government" % a[1])
    if allow_leader and a[4]:
        choices.append("%s %s" % (a[1], a[4]))
    return rng.choice(choices)

def target_surface(a):
    return a[0]

def cap(s):
    return s[0].upper() + s[1:]

def ev(code, src, tgt, fact="asserted", negated=False):
    e = {"plover": PLOVER[code], "cameo": code, "source": src, "target": tgt,
         "factuality": fact}
    if negated:
        e["negated"] = True
    return e

def when():
    w = rng.choice(WHEN)
    return (" " + w) if w else ""

def rest(frame, t):
    return frame[3].replace("{T}", target_surface(t))

items = []

def add(text, events, tags):
    items.append({"text": text, "events": events, "tags": tags})

def active(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    add("%s %s %s%s." % (cap(surface(s)), frame[1], rest(frame, t), when()),
        [ev(frame[4], s[2], t[2])], ["active"])

def passive(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    after = frame[3].replace("{T}", "", 1).strip()
    if not frame[5] or not frame[3].startswith("{T}") or frame[3].startswith("{T}'s"):
        return active(frame)
    subj = cap(target_surface(t))
    aux = "were" if subj.startswith("The Philippines") or subj.startswith("The United States") and False else "was"
    text = "%s %s %s%s by %s%s." % (subj, aux, frame[2], (" " + after) if after else "",
                                   surface(s, False), when())
    add(text, [ev(frame[4], s[2], t[2])], ["passive"])

def negated(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    form = rng.choice(["did not", "has not", "has never"])
    verb = frame[0] if form == "did not" else frame[2]
    add("%s %s %s %s%s." % (cap(surface(s)), form, verb, rest(frame, t), when()),
        [ev(frame[4], s[2], t[2], negated=True)], ["negation"])

def reported(frame):
    s = pick_actor(); t = pick_actor((s[2],)); x = pick_actor((s[2], t[2]))
    head = rng.choice(SPEECH_HEAD)
    speaker = surface(x)
    if head.startswith("told"):
        text = "%s %s that %s had %s %s." % (cap(speaker), head, surface(s, False), frame[2], rest(frame, t))
    else:
        text = "%s %s that %s had %s %s." % (cap(speaker), head, surface(s, False), frame[2], rest(frame, t))
    add(text, [ev(frame[4], s[2], t[2])], ["reported_speech"])

def alleged(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    if rng.random() < 0.5:
        text = "%s allegedly %s %s%s." % (cap(surface(s, False)), frame[1], rest(frame, t), when())
    else:
        text = "Reports said %s had %s %s." % (surface(s, False), frame[2], rest(frame, t))
    add(text, [ev(frame[4], s[2], t[2], "alleged")], ["alleged"])

def denied(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    x = s if rng.random() < 0.6 else pick_actor((s[2], t[2]))
    den = "the %s government" % x[1] if x is s else surface(x, False)
    text = "%s denied reports that %s had %s %s." % (cap(den), surface(s, False), frame[2], rest(frame, t))
    add(text, [ev(frame[4], s[2], t[2], "denied"), ev("120", x[2], None)], ["denied"])

def future(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    add("%s will %s %s next week." % (cap(surface(s)), frame[0], rest(frame, t)),
        [ev(frame[4], s[2], t[2], "future")], ["future"])

def control(frame):
    s = pick_actor(); t = pick_actor((s[2],))
    verb = rng.choice(["agreed", "pledged", "plans", "decided"])
    add("%s %s to %s %s." % (cap(surface(s)), verb, frame[0], rest(frame, t)),
        [ev(frame[4], s[2], t[2], "future")], ["control"])

def compound_source(frame):
    s1 = pick_actor(); s2 = pick_actor((s1[2],)); t = pick_actor((s1[2], s2[2]))
    add("%s and %s %s %s%s." % (cap(s1[0]), s2[0], frame[1], rest(frame, t), when()),
        [ev(frame[4], s1[2], t[2]), ev(frame[4], s2[2], t[2])], ["compound"])

def compound_target(frame):
    if not frame[3].startswith("{T}") or frame[3].startswith("{T}'s") or frame[3] != "{T}":
        return compound_source(frame)
    s = pick_actor(); t1 = pick_actor((s[2],)); t2 = pick_actor((s[2], t1[2]))
    add("%s %s %s and %s%s." % (cap(surface(s)), frame[1], t1[0], t2[0], when()),
        [ev(frame[4], s[2], t1[2]), ev(frame[4], s[2], t2[2])], ["compound"])

CARRIERS = ["%s drew sharp criticism abroad.", "Markets fell after %s.",
            "Officials discussed %s at length.", "%s dominated the summit.",
            "Diplomats said %s had changed the mood in the region."]

def nominal(frame):
    if not frame[6]:
        return active(frame)
    s = pick_actor(); t = pick_actor((s[2],))
    np, code = frame[6]
    np = np.replace("{T}", target_surface(t))
    if rng.random() < 0.5:
        phrase = "%s's %s" % (s[0], np)
    else:
        phrase = "the %s %s" % (s[1], np)
    carrier = rng.choice(CARRIERS)
    text = carrier % phrase
    add(cap(text), [ev(code, s[2], t[2])], ["nominal"])

def igo(frame):
    g = rng.choice(IGOS); t = pick_actor()
    name = g[2] if g[2] and rng.random() < 0.5 else g[0]
    add("%s %s %s%s." % (cap(name), frame[1], rest(frame, t), when()),
        [ev(frame[4], g[1], t[2])], ["igo"])

CONSTRUCTIONS = [active, passive, negated, reported, alleged, denied, future,
                 control, compound_source, compound_target, nominal, igo]

def main():
    for i, frame in enumerate(FRAMES):
        # Every frame in the active voice, plus three other constructions.
        active(frame)
        for c in rng.sample(CONSTRUCTIONS[1:], 3):
            c(frame)

    # Sentences with no event: they must yield nothing.
    for text in ["The central bank left interest rates unchanged on Thursday.",
                 "Heavy rain flooded several villages in the north.",
                 "Shares in the carmaker rose four percent in early trading.",
                 "The festival will open with a concert in the old town.",
                 "Advertisement", "Image: AP", "(With agency inputs)",
                 "Temperatures are expected to climb above 40 degrees this weekend."]:
        add(text, [], ["no_event"])

    out = sys.stdout
    for n, it in enumerate(items, 1):
        rec = {"id": "dev%04d" % n, "date": rng.choice(DATES), "text": it["text"],
               "events": it["events"], "tags": it["tags"]}
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
