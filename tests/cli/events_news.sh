#!/bin/sh
# `peregrine eval events` on our hand-written news sentences, and sentence
# structures that must code right.  The floors are a little under the
# figures measured when they were set (see the issue notes): the tuned set
# (dev_news.jsonl), the held-out slices (heldout_news.jsonl and the wire-copy
# heldout_news3.jsonl, never tuned on) and the generated regression set
# (dev.jsonl).
set -u
PGN=$1
DATA=$2
fail() { echo "FAIL: $*"; exit 1; }

# figure FILE LINE-PREFIX FIELD: a number from `eval events` output
figure() { echo "$1" | awk -v p="$2" -v f="$3" 'index($0, p) == 1 { print $f }'; }
# at_least NAME VALUE FLOOR
at_least() {
    awk -v v="$2" -v f="$3" 'BEGIN { exit !(v + 0 >= f + 0) }' || fail "$1 is $2, below the floor $3"
}
check_set() { # FILE MIN-TEXTS CATEGORY-FLOOR F1-FLOOR
    out=$("$PGN" eval events --gold "$DATA/events/$1" 2>/dev/null) || fail "eval events on $1"
    at_least "$1 texts" "$(figure "$out" texts 2)" "$2"
    at_least "$1 category accuracy" "$(figure "$out" 'category accuracy' 3)" "$3"
    at_least "$1 whole-event F1" "$(figure "$out" 'whole events P/R/F1' 6)" "$4"
}
check_set dev_news.jsonl 380 0.82 0.78
check_set heldout_news.jsonl 99 0.60 0.62
check_set heldout_news3.jsonl 150 0.75 0.69
check_set dev.jsonl 424 0.95 0.97
check_set dev_news2.jsonl 179 0.77 0.63
# --errors lists each tuned text's misses and false events before the figures.
errs=$("$PGN" eval events --errors --gold "$DATA/events/dev_news.jsonl" 2>/dev/null) ||
    fail "eval events --errors"
printf '%s\n' "$errs" | grep -q '^  missed ' || fail "--errors lists no missed event"
printf '%s\n' "$errs" | grep -q '^whole events P/R/F1' || fail "--errors drops the figures"

# Structures: one sentence a document, "source target CAMEO" rows expected.
tmp=${TMPDIR:-/tmp}/pgn_events_news.$$
trap 'rm -f "$tmp"' EXIT
code_rows() { # TEXT: its events' "source target CAMEO" rows
    printf '%s\n' "$1" > "$tmp"
    "$PGN" code --format tsv "$tmp" | tail -n +2 | cut -f 6,10,14
}
expect() { # TEXT ROW...
    rows=$(code_rows "$1") || fail "code: $1"
    shift
    for row in "$@"; do
        printf '%s\n' "$rows" | grep -qx "$(printf '%s' "$row" | tr ' ' '\t')" ||
            fail "expected \"$row\", got: $(printf '%s' "$rows" | tr '\t\n' ' ;')"
    done
}
expect_none() { # TEXT CAMEO: no event with that code
    rows=$(code_rows "$1") || fail "code: $1"
    printf '%s\n' "$rows" | cut -f 3 | grep -qx "$2" &&
        fail "expected no $2 event, got: $(printf '%s' "$rows" | tr '\t\n' ' ;')"
    return 0
}
expect_count() { # TEXT CAMEO N: exactly N events with that code
    rows=$(code_rows "$1") || fail "code: $1"
    n=$(printf '%s\n' "$rows" | cut -f 3 | grep -cx "$2")
    [ "$n" -eq "$3" ] || fail "expected $3 $2 events, got: $(printf '%s' "$rows" | tr '\t\n' ' ;')"
}
# Clause coordination: the second verb shares the speaker's subject even
# when the parser hangs it on the reported clause.
expect "The Kremlin said on Monday that the talks had failed, and accused Ukraine of sabotaging them." \
    "RUSGOV UKR 112"
expect "Iran condemned the strike and recalled its ambassador from Pakistan." "IRN PAK 161"
# Coordinated countries inside an actor phrase meet each other.
expect "The foreign ministers of India and Pakistan met in Astana." "INDGOV PAK 040" "PAK INDGOV 040"
# An invitation to visit is an offer to meet (PLOVER: AGREE).
expect "Putin invited Xi to visit Moscow." "RUSGOV CHNGOV 036"
# Domestic coercion: the country-less protesters are Belarusian.
expect "Belarusian police detained dozens of protesters in Minsk." "BLRCOP BLROPP 173"
# A target phrase naming an actor beats one naming a date.
expect "Israel formally declared war on Hamas on Sunday." "ISR PSEREBHMS 190"
# A verb the tagger took for a noun ("shot" NOUN, its subject a compound).
expect "Poland shot down Russian drones." "POL RUS 190"
# A violent event named in a warning is the threat's content.
expect "Iran warned that it would hit Israel's infrastructure if Israel struck Iranian soil." "IRN ISR 138"
# A clause the parser read as a noun phrase ("police [arrested acl] ...").
expect "Pakistani police arrested former Prime Minister Imran Khan in the capital, Islamabad." \
    "PAKCOP PAKGOV 173"
# A name the tagger took for an adverb is still the subject.
expect "Norway pledged aid to Sudan." "NOR SDN 033"
# A second verb sharing the subject acts on whom the first one named.
expect "India suspended a water-sharing treaty with Pakistan and closed the main border crossing." \
    "IND PAK 191"
# Places (cities, regions): where an act happens is no target; what it aims
# at is; a place gives country-less people their country.
expect "Russia and Ukraine met in Istanbul." "RUS UKR 040" "UKR RUS 040"
expect "Russian forces shelled Odesa." "RUSMIL UKR 194"
expect "Demonstrators in Shanghai called on Xi to step down." "CHNOPP CHNGOV 0241"
expect "Hezbollah launched dozens of rockets at northern Israel." "LBNREBHEZ ISR 194"
expect "Army officers in Gabon seized power." "GAB GAB 1722"
# A reaction to an act is aimed at whom did it, "by" hung on the verb or not.
expect "Britain condemned the attack by Russia." "GBR RUS 111"
# Nominal events whose actors the clause names: help given to the subject,
# a visit the clause happened during.
expect "Israel intercepted the missiles with help from Jordan." "JOR ISR 060"
expect "Putin signed a defence pact during a visit to Pyongyang." "RUSGOV PRKGOV 042"
# Who acts decides the code: a state's forces bomb (195), blockade (191)
# and withdraw (0874) as armies do.
expect "Indian warplanes bombed a militant camp in Pakistan." "INDMIL PAK 195"
expect "Azerbaijani forces blockaded the Lachin corridor." "AZEMIL AZE 191"
expect "Armenian troops began withdrawing from the district." "ARMMIL  0874"
# A retreat's country may hang a phrase below the verb.
expect "The Israeli army pulled back to an agreed line inside Gaza." "ISRMIL PSE 0874"
# Domestic force in a place of the source's own country is on that country.
expect "Sudanese troops shelled rebel positions in Darfur." "SDNMIL SDN 194"
# Protesters known only by sector take the country they protest in; so
# do the police they clash with (the police in Lagos are Nigeria's).
expect "Protesters clashed with police in Lagos." "NGAOPP NGACOP 145"
# A target phrase the parser hangs on the object's "of" noun.
expect "China donated 500,000 doses of its vaccine to Zimbabwe." "CHN ZWE 073"
# A noun-phrase parse whose actor ends in a word tagged ADJ ("military").
expect "The Israeli military struck Hezbollah positions in southern Lebanon." "ISRMIL LBNREBHEZ 190"
# A light verb carries an event noun through a batch or a span of time.
expect "Russia carried out a wave of drone attacks on Ukrainian cities." "RUS UKR 195"
expect "Russia and Belarus launched ten days of military exercises near the Ukrainian border." \
    "RUS UKR 150" "BLR UKR 150"
# What an offer named as a noun would have done has not happened.
printf '%s\n' "Mexico's president rejected Trump's offer to send US troops to fight cartels." > "$tmp"
rows=$("$PGN" code --format tsv "$tmp" | tail -n +2 | cut -f 14) || fail "code: offer"
[ "$rows" = "125" ] || fail "an offer's content was coded: $(printf '%s' "$rows" | tr '\n' ' ')"
# An answer "with" a nominal act is the answering subject's act.
expect "Canada responded with retaliatory tariffs on American products." "CAN USA 163"
# "shot" tagged a noun before "down", inside a noun-phrase parse.
expect "The US Navy shot down Houthi missiles over the Red Sea." "USAMIL YEMREBHTI 190"
# A threat keeps its own event; what it threatens names the target.
expect "Serbia threatened to send troops into northern Kosovo." "SRB KSV 138"
# What a demand asks for in its clause has not happened.
printf '%s\n' "Taliban spokesmen demanded that the United States withdraw all its troops." > "$tmp"
rows=$("$PGN" code --format tsv "$tmp" | tail -n +2 | cut -f 14) || fail "code: demand"
[ "$rows" = "100" ] || fail "a demand's content was coded: $(printf '%s' "$rows" | tr '\n' ' ')"
# A country on the participle of a hyphened modifier ("British-flagged").
expect "Iran seized a British-flagged oil tanker in the Strait of Hormuz." "IRN GBR 171"
# A list of names parsed as the root, the verb its conjunct: the list acts.
expect "The EU, Britain, Canada and the United States imposed sanctions on Chinese officials." \
    "IGOEUREEC CHNGOV 163" "GBR CHNGOV 163" "CAN CHNGOV 163" "USA CHNGOV 163"
# A past-tense verb parsed as a participle of its subject, with no object.
expect "Chinese and Indian troops clashed on the border." "CHN INDMIL 190"
# Strikes a light verb carries, in a place of another country: on it.
expect "Israel carried out strikes in Rafah." "ISR PSE 190"
# Ordinary news vocabulary per CAMEO root: headline verbs ("rapped",
# "balked", "toppled"), verb + object-noun frames and event nouns.
expect "Germany hit Russia with sanctions." "DEU RUS 163"
expect "Hungary balked at the EU plan." "HUN IGOEUREEC 120"
expect "France rapped Italy over migrants." "FRA ITA 111"
expect "Poland took in refugees from Ukraine." "POL UKR 075"
expect "Ecuador handed military equipment to the United States." "ECU USA 072"
expect "Police clamped down on Serbian protesters." "SRBCOP SRBOPP 175"
expect "Japan pledged funding to Bangladesh." "JPN BGD 0331"
expect "Egypt brokered talks between Israel and Hamas." "EGY ISR 045" "EGY PSEREBHMS 045"
expect "India cancelled talks with Pakistan." "IND PAK 164"
expect "The IMF approved a bailout for Sri Lanka." "IGOUNOIMF LKA 071"
expect "The army toppled the president of Niger." "NERMIL NERGOV 1722"
# Targets news names only through the act's own content (sentences of our
# own, written for the mechanism, not taken from the gold files): a
# rejection aims at whom the rejected act names; what coordinated sides
# share makes an act mutual; people's demands of no one are on their state;
# an investigation aims at where it looks; force threatened on people
# placed in a country aims at its people.
expect "Iran refused to hand over the suspects to the United States." "IRN USA 120"
expect "Hungary refused to back Ukraine's bid to join the European Union." "HUN UKR 120"
expect "Armenia and Azerbaijan agreed to reopen their border." "ARM AZE 081" "AZE ARM 081"
expect "Ethiopia and Eritrea began withdrawing troops from their shared frontier." \
    "ETH ERI 0874" "ERI ETH 0874"
expect "Kenyan protesters demanded the withdrawal of the finance bill." "KENOPP KEN 1056"
expect "Kenyan police fired tear gas at protesters demanding the resignation of President William Ruto." \
    "KENOPP KENGOV 1041"
expect "UN experts will investigate abuses committed in Myanmar." "IGOUNO MMR 092"
expect "NATO threatened to use force against militias in Kosovo." "IGOWSTNAT KSVUAF 138"
expect "The Nigerian army would not comment on the report." "NGAMIL  011"
# Troops ordered to a border facing a named country are force massed
# there (154), as "sent troops to the border with" is.
expect "Peru's president ordered troops to the border with Ecuador." "PERGOV ECU 154"
# Blocking a decision of a body one sits in is a veto (129).
expect "Slovakia blocked an EU decision on sanctions." "SVK IGOEUREEC 129"
# Protests a government bans are what may not happen, not protests held.
expect "The Ugandan government banned all protests in Kampala." "UGAGOV UGAGOV 172"
expect_none "The Ugandan government banned all protests in Kampala." 140
# Who brokered a ceasefire deal is no party to the ceasefire.
expect "Armenia and Azerbaijan agreed to a ceasefire deal brokered by Russia." "ARM AZE 0871" "AZE ARM 0871"
# "firefighting" before a noun is an adjective; the noun is what is sent.
expect "Chile sent firefighting planes to Argentina." "CHL ARG 073"
# An inquiry into killings in a place named by its adjective and its "of"
# name ("the Malian town of Moura"), the place hung on the verb, is aimed
# at that country.
expect "UN experts opened an inquiry into mass killings in the Malian town of Moura." "IGOUNO MLI 090"
# A place phrase read as an absolute clause's subject ("strikes [on] Doha
# targeting ..."): the strikes are condemned, and aimed at whom
# "targeting" names.
expect "Jordan condemned Israeli strikes on Damascus targeting Iranian commanders." "JOR ISR 111" "ISR IRNMIL 190"
# A purpose clause coding its head's very code tells the same act again.
expect_count "Georgian police used water cannon to disperse protesters outside parliament." 175 1
expect "Georgian police used water cannon to disperse protesters outside parliament." "GEOCOP GEOOPP 175"
# Put out of a body with no agent named: the body does it.
expect "Niger was suspended from the African Union after the coup." "IGOAFRAFU NER 160"
expect "Russia was expelled from the Council of Europe." "IGOEURCOE RUS 166"
echo "events_news: ok"
