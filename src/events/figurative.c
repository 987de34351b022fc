/* src/events/figurative.c -- force words used of politics, polls and sport.
**
** Real political news is full of the vocabulary of force that is no force:
** "Trump attacked Clinton's record", "Cruz's attacks on Rubio", "the Bush
** family clashed with Trump", "he fought really hard", "Clinton beat
** Sanders by 18 points", "captured wins in six states", "beat back a
** challenge", "the team beat South Korea 2-1".  Coded as assaults and
** fights (18x, 19x, 145) they are the most common false events in a
** campaign story.  The test is who acts on whom: a politician, party,
** court, newspaper or firm attacking another of its own country, or no one
** named, is speaking, not fighting (an attack becomes a criticism, 111;
** a fight, win or beating is no event); armed actors, countries named as
** such and foreign targets keep the code they had.  A contest won (an
** election, a poll, a match) is no event whoever wins it.
*/
#include <ctype.h>
#include <string.h>

#include "extract_int.h"
#include "figurative.h"

static int in_list(const pgn__token *t, const char *const *list, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (pgn__lemma_is(t, list[k])) return 1;
    return 0;
}

/* A named civilian actor of politics, the press or business: who is
** attacked or attacks in words.  Armed forces, police, rebels, protesters
** and a bare country ("Russia", sector NULL) are not; an opposition
** politician named as a person ("Jordan Bardella", "opposition leader
** Succes Masra") is, though protesters share the sector. */
static int civil_actor(const pgn_doc *doc, int32_t m) {
    static const char *const civil[] = {"GOV", "LEG", "JUD", "MED", "PTY", "BUS", "ELI", "EDU"};
    if (m < 0) return 0;
    const pgn__mention *mm = &doc->mentions.v[m];
    const char *sec = mm->sector;
    if (!sec) return 0;
    if (!strncmp(sec, "OPP", 3) && (mm->how == PGN__MENTION_NAME || (mm->flags & PGN__MENTION_LOCAL)))
        return 1;
    for (size_t k = 0; k < sizeof civil / sizeof *civil; k++)
        if (strncmp(sec, civil[k], 3) == 0) return 1;
    return 0;
}

/* Triggers that name a verbal attack when no one is hurt. */
static int verbal_when_civil(const pgn__token *t) {
    static const char *const words[] = {"attack", "assault", "target", "clash", "battle",
                                        "fight",  "war",     "onslaught", "broadside", "salvo",
                                        "fire",   "shoot", "pound", "hammer", "bash"};
    return in_list(t, words, sizeof words / sizeof *words);
}

/* Triggers that name no act at all when no one is hurt ("fought hard",
** "hit the trail", "beat Clinton in the poll", "destroyed the party"). */
static int empty_when_civil(const pgn__token *t) {
    /* (not "kill", "destroy", "seize": "the regime killed hundreds" names
    ** no actor as victim, yet is no figure) */
    static const char *const words[] = {"hit", "beat", "defeat", "bury", "knock", "torpedo",
                                        "trounce", "rout", "clobber", "pummel"};
    return in_list(t, words, sizeof words / sizeof *words);
}

/* "captured wins", "beat back a challenge", "pulls out a win": a contest's
** prize or a challenge as the object. */
static int contest_object(const pgn__sent *s, int t) {
    static const char *const prizes[] = {"win",      "victory", "nomination", "primary", "caucus",
                                         "seat",     "delegate", "vote",      "majority", "election",
                                         "race",     "poll",     "point",     "lead",     "challenge",
                                         "contest",  "title",    "medal",     "match",    "game",
                                         "championship", "trophy"};
    int o = pgn__object_child(s, t);
    return o >= 0 && in_list(&s->tok[o], prizes, sizeof prizes / sizeof *prizes);
}

/* "wrested back control of the Republican presidential race", "help the
** Democrats take control of the Senate": control of a chamber, a party or
** a contest is won by votes, not taken by force (192). */
static int control_of_contest(const pgn__sent *s, int t) {
    static const char *const won[] = {"senate", "house", "congress", "chamber", "legislature",
                                      "parliament", "assembly", "race", "nomination", "campaign",
                                      "party", "agenda", "debate", "narrative", "majority",
                                      "convention", "primary", "election"};
    int o = pgn__object_child(s, t);
    if (o < 0 || !pgn__lemma_is(&s->tok[o], "control")) return 0;
    int of = pgn__prep_child(s, o, "of");
    return of >= 0 && in_list(&s->tok[of], won, sizeof won / sizeof *won);
}

/* "his contentious 2008 primary battle with Clinton", "a bruising
** campaign fight": a fight named by the contest it is part of is the
** contest. */
static int contest_named(const pgn__sent *s, int t) {
    static const char *const contests[] = {"primary", "election", "campaign", "nomination",
                                           "electoral", "caucus", "leadership", "reelection",
                                           "re-election"};
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "compound") || pgn__rel_is(&s->tok[c], "amod")) &&
            in_list(&s->tok[c], contests, sizeof contests / sizeof *contests))
            return 1;
    return 0;
}

/* A score ("2-1", "42-40") or a word of polls and sport in the sentence. */
static int scored(const pgn__sent *s) {
    static const char *const words[] = {"point", "goal", "percent", "match", "game", "final",
                                        "cup", "tournament", "league", "championship", "olympics",
                                        "poll", "matchup", "team", "squad", "season", "inning"};
    for (int i = 0; i < s->n; i++) {
        const pgn__token *tk = &s->tok[i];
        if (in_list(tk, words, sizeof words / sizeof *words)) return 1;
        const char *w = tk->form;
        if (!w || !isdigit((unsigned char)w[0])) continue;
        while (isdigit((unsigned char)*w)) w++;
        if ((*w == '-' || !strncmp(w, "\xe2\x80\x93", 3)) && isdigit((unsigned char)w[*w == '-' ? 1 : 3]))
            return 1;
    }
    return 0;
}

/* "fought wildfires", "battled a harsh headwind", "hit the road", "hit a
** record high", "fight corruption": force against things, not people. */
static int thing_object(const pgn__sent *s, int t) {
    static const char *const things[] = {
        "fire",      "wildfire",  "blaze",    "flame",    "inflation", "poverty",   "disease",
        "virus",     "pandemic",  "epidemic", "outbreak", "corruption", "crime",    "drug",
        "addiction", "cancer",    "hunger",   "climate",  "unemployment", "headwind", "rumour",
        "rumor",     "odds",      "trend",    "record",   "high",      "low",       "market",
        "expectation", "estimate", "forecast", "deadline", "trail",    "road",      "ground",
        "milestone", "milepost",  "wall",     "snag",     "bump",      "jackpot",   "button",
        "nerve",     "note",      "stride",   "mark",     "bottom",    "peak",      "ceiling",
        "policy",    "plan",      "proposal", "agenda",   "budget",    "stance"};
    /* (only verbs of fighting and hitting: "opened fire", "set fire to",
    ** "blocked roads" are acts) */
    static const char *const verbs[] = {"fight", "battle", "combat", "hit", "beat", "shoot",
                                        "attack", "tackle", "wage", "pound", "hammer", "bash"};
    if (!in_list(&s->tok[t], verbs, sizeof verbs / sizeof *verbs)) return 0;
    int o = pgn__object_child(s, t);
    return o >= 0 && in_list(&s->tok[o], things, sizeof things / sizeof *things);
}

/* "Clinton captured Virginia, Georgia and Texas", "he captured his home
** state of Vermont": a politician taking a place of their own country is
** winning its primary, when the source sits in a legislature or party or
** the sentence speaks of votes. */
static int won_state(const pgn_doc *doc, const pgn__sent *s, int t, int32_t src, int32_t tgt) {
    static const char *const taking[] = {"capture", "seize", "take", "win", "sweep", "carry",
                                         "grab", "clinch", "recapture"};
    static const char *const votes[] = {"primary", "caucus", "delegate", "vote", "voter",
                                        "nomination", "ballot", "election", "race", "poll",
                                        "contest", "candidate", "campaign"};
    if (tgt < 0 || !in_list(&s->tok[t], taking, sizeof taking / sizeof *taking) ||
        !pgn__same_country(doc, src, tgt) || doc->mentions.v[tgt].sector)
        return 0;
    const char *sec = doc->mentions.v[src].sector;
    if (sec && (!strncmp(sec, "LEG", 3) || !strncmp(sec, "PTY", 3))) return 1;
    for (int i = 0; i < s->n; i++)
        if (in_list(&s->tok[i], votes, sizeof votes / sizeof *votes)) return 1;
    return 0;
}

/* "seized on the remark", "pounced on his gaffe": a chance grabbed, not a
** thing taken, whoever grabs it (not "fired on the crowd"). */
static int grabbed_chance(const pgn__sent *s, int t) {
    static const char *const grabbing[] = {"seize", "pounce", "jump"};
    return t + 1 < s->n && in_list(&s->tok[t], grabbing, sizeof grabbing / sizeof *grabbing) &&
           (pgn__word_is(&s->tok[t + 1], "on") || pgn__word_is(&s->tok[t + 1], "upon"));
}

/* "forced Cruz out of the race", "knocked him out of the primary": a
** contest left, said of the trigger followed closely by "out of" a
** contest. */
static int out_of_contest(const pgn__sent *s, int t) {
    static const char *const contests[] = {"race", "contest", "primary", "campaign", "running",
                                           "election", "caucus", "tournament", "competition"};
    for (int i = t + 1; i + 1 < s->n && i <= t + 12; i++) {
        if (!pgn__word_is(&s->tok[i], "out") || !pgn__word_is(&s->tok[i + 1], "of")) continue;
        for (int j = i + 2; j < s->n && j <= i + 4; j++)
            if (in_list(&s->tok[j], contests, sizeof contests / sizeof *contests)) return 1;
        return 0;
    }
    return 0;
}

/* "suspended his campaign", "ended her bid for the nomination", "dropped
** out": a candidate leaving a race reduces no one's relations (a civil
** actor ending its own campaign or bid; not "Russia suspended its bombing
** campaign"). */
static int own_bid_ended(const pgn_doc *doc, const pgn__sent *s, int t, int32_t src) {
    static const char *const bids[] = {"campaign", "bid", "candidacy", "run", "candidature"};
    int o = pgn__object_child(s, t);
    if (o < 0 || !civil_actor(doc, src) || !in_list(&s->tok[o], bids, sizeof bids / sizeof *bids)) return 0;
    /* (a campaign of war or of bombing is no race) */
    static const char *const warlike[] = {"bombing", "military", "air", "bomb", "war", "missile", "drone",
                                          "vaccination", "sanction", "pressure"};
    for (int c = s->first_child[o]; c >= 0; c = s->next_sibling[c])
        if (in_list(&s->tok[c], warlike, sizeof warlike / sizeof *warlike)) return 0;
    return 1;
}

/* An actor of the story's home country acting at home: a civil actor of
** politics, the press or business, or a place (a state, a city), of the
** country the document is about (doc->home, src/kb/home.c), or a civil
** actor with no country at all. */
static int home_actor(const pgn_doc *doc, int32_t m) {
    if (m < 0 || !doc->home) return 0;
    const pgn__mention *mm = &doc->mentions.v[m];
    if (!mm->country || !mm->country[0]) return civil_actor(doc, m);
    if (strcmp(mm->country, doc->home) != 0) return 0;
    return civil_actor(doc, m) || (mm->flags & PGN__MENTION_PLACE);
}

/* "struck a populist tone", "launched a 6-word missile", "fired off an
** angry letter", "struck up a date": in a story at home, an actor of
** politics at home that hits no one but a thing is speaking or
** campaigning.  Not acts that hurt people though no victim is named ("the
** regime killed hundreds"), nor power, land or ships taken. */
static int thing_hit_at_home(const pgn_doc *doc, const pgn__sent *s, int t, int32_t src) {
    static const char *const harming[] = {"kill", "murder", "execute", "massacre", "torture",
                                          "arrest", "detain", "abduct", "kidnap", "wound",
                                          "injure", "assassinate", "behead", "rape", "bomb", "shell"};
    static const char *const taken[] = {"power", "control", "territory", "land", "property", "asset",
                                        "ship", "vessel", "tanker", "hostage", "town", "city",
                                        "village", "base", "airport", "capital", "drone", "plane",
                                        "jet", "aircraft", "helicopter", "tank", "convoy", "boat",
                                        "position", "facility", "plant", "building", "bridge"};
    /* (a government's armed men, "its pilots struck the drone") */
    static const char *const armed[] = {"pilot", "soldier", "troop", "force", "gunman", "militant",
                                        "police", "officer", "guard", "army", "navy", "military",
                                        "fighter", "sniper", "rebel", "commando", "marine", "jet"};
    const pgn__token *tk = &s->tok[t];
    if (!home_actor(doc, src) || in_list(tk, harming, sizeof harming / sizeof *harming)) return 0;
    int passive = 0, subj = pgn__subject_of(s, t, &passive);
    if (subj >= 0 && in_list(&s->tok[subj], armed, sizeof armed / sizeof *armed)) return 0;
    int particle = t + 1 < s->n && (pgn__word_is(&s->tok[t + 1], "off") || pgn__word_is(&s->tok[t + 1], "up"));
    int o = pgn__object_child(s, t);
    if (o < 0) return particle;
    const pgn__token *ot = &s->tok[o];
    return pgn__actor_of(s, o) < 0 && !(ot->lemma && pgn__person_noun(ot->lemma)) &&
           !in_list(ot, taken, sizeof taken / sizeof *taken);
}

static int force_root(const char *code) {
    return !strncmp(code, "145", 3) || !strncmp(code, "17", 2) || !strncmp(code, "18", 2) ||
           !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
}

const char *pgn__figurative_force(const pgn_doc *doc, const pgn__sent *s, int t, const char *code,
                                  int32_t src, int32_t tgt) {
    const pgn__token *tk = &s->tok[t];
    if (!tk->lemma) return NULL;
    /* "questioned America's commitment", "questioned the wisdom of the
    ** deal": questioning a thing is doubting it in words (111); a person
    ** or actor questioned is interrogated (090) */
    if (!strncmp(code, "09", 2) && pgn__lemma_is(tk, "question")) {
        int o = pgn__object_child(s, t);
        if (o >= 0 && s->mention[o] < 0 && !(s->tok[o].lemma && pgn__person_noun(s->tok[o].lemma)) &&
            !(s->tok[o].upos && !strcmp(s->tok[o].upos, "PRON")))
            return "111";
    }
    /* (and "conceded the Wisconsin primary": a contest lost is no
    ** concession) */
    int contest = force_root(code) || !strncmp(code, "08", 2);
    if (contest && (contest_object(s, t) || out_of_contest(s, t) || control_of_contest(s, t) ||
                    contest_named(s, t)))
        return "";
    if ((contest || !strncmp(code, "16", 2)) && own_bid_ended(doc, s, t, src)) return "";
    static const char *const winning[] = {"beat", "defeat", "top", "edge", "rout", "trounce",
                                          "thrash", "crush", "overcome", "outpoll"};
    /* "he can beat Hillary", "would defeat Trump in November": an actor of
    ** politics beaten by another is an election, whatever the code (a
    ** threat, 138, for "would beat") and whatever their countries (not
    ** "crush" or "rout", which governments do to oppositions) */
    static const char *const outvoting[] = {"beat", "defeat", "outpoll", "edge", "trounce"};
    if (in_list(tk, outvoting, sizeof outvoting / sizeof *outvoting) && tgt >= 0 &&
        civil_actor(doc, src) && civil_actor(doc, tgt))
        return "";
    if (!force_root(code)) return NULL;
    /* "attacked Trump's record", "hit the governor's budget": words
    ** against a named civilian's record are a criticism of its owner */
    if (thing_object(s, t))
        return tgt >= 0 && civil_actor(doc, src) && civil_actor(doc, tgt) && verbal_when_civil(tk) ? "111" : "";
    if (in_list(tk, winning, sizeof winning / sizeof *winning) && scored(s)) return "";
    if (grabbed_chance(s, t)) return "";
    /* (a target the parse found outside the thing hit, "at their rally in
    ** Ohio, Brown struck a populist tone", is at home too) */
    /* (only blows, fights and mass violence: a curfew imposed, a ban or
    ** a warrant issued, 17x, are the state's coercion at home) */
    int blow = !strncmp(code, "145", 3) || !strncmp(code, "18", 2) || !strncmp(code, "19", 2) ||
               !strncmp(code, "20", 2);
    if (blow && (tgt < 0 || home_actor(doc, tgt)) && thing_hit_at_home(doc, s, t, src)) return "";
    if (!civil_actor(doc, src)) return NULL;
    if (won_state(doc, s, t, src, tgt)) return "";
    /* both sides civil and of one country (a court, "Congress" with no
    ** country of its own), or no one hit */
    if (tgt >= 0 && !(civil_actor(doc, tgt) &&
                      (pgn__same_country(doc, src, tgt) || pgn__countryless(doc, tgt))))
        return NULL;
    if (verbal_when_civil(tk)) return tgt >= 0 || pgn__lemma_is(tk, "attack") ||
                                              pgn__lemma_is(tk, "assault") ||
                                              pgn__lemma_is(tk, "target") ||
                                              pgn__lemma_is(tk, "shoot") || pgn__lemma_is(tk, "fire")
                                          ? "111"
                                          : "";
    if (empty_when_civil(tk)) return "";
    return NULL;
}
