/* src/events/actors.c -- who an event is between, once the tree has named
** them: actors known only by sector ("protesters", "soldiers"), the
** country a domestic act lends them, the recodings that depend on who acts
** (repression, riots), and the duplicates one sentence's events make.
** Used by extract.c (declared in extract_int.h).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "extract_int.h"

/* Country-less agents in a domestic act.  "Belarusian police detained
** protesters", "Soldiers detained Niger's president": the KB knows
** "protesters" and "soldiers" only as sectors (OPP, MIL); in a coercive act
** (CAMEO 14, 17 but expulsions and deportations) or violence against
** protesters, the one whose country is known lends it to the other, as a
** coder reading the story would (not so for civilians in a war: "Russian
** forces killed civilians" are not Russian ones).  The mention is given the
** composed code (country + sector), so every stage after this one sees it.
** Violence by a state's police or army against its own protesters or
** civilians is then violent repression (175). */
int pgn__domestic_root(const char *code) {
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (strncmp(code, "166", 3) == 0 || strncmp(code, "174", 3) == 0) return 0;
    return root == 14 || root == 17 || root == 18 || root == 19 || root == 20;
}

/* Has m a country of its own (not an international body or a firm)? */
static int state_country(const pgn__mention *m) {
    return m->country && strlen(m->country) == 3 && strcmp(m->country, "IGO") &&
           strcmp(m->country, "NGO") && strcmp(m->country, "MNC") && strcmp(m->country, "IMG");
}

static int unarmed(const char *sector) {
    static const char *const ss[] = {"OPP", "CVL", "LAB", "EDU", "MED", "REL", "HLH", "JUD", "LEG"};
    for (size_t i = 0; sector && i < sizeof ss / sizeof ss[0]; i++)
        if (strcmp(sector, ss[i]) == 0) return 1;
    return 0;
}

int pgn__nonstate(const pgn_doc *doc, int32_t m) {
    const char *sec = m >= 0 && (size_t)m < doc->mentions.n ? doc->mentions.v[m].sector : NULL;
    return sec && (!strcmp(sec, "REB") || !strcmp(sec, "OPP"));
}

int pgn__countryless(const pgn_doc *doc, int32_t m) {
    return m >= 0 && (size_t)m < doc->mentions.n &&
           (!doc->mentions.v[m].country || !doc->mentions.v[m].country[0]) &&
           doc->mentions.v[m].sector && doc->mentions.v[m].how != PGN__MENTION_COREF;
}

void pgn__lend_country(pgn_doc *doc, int32_t to, int32_t from) {
    pgn__mention *t = &doc->mentions.v[to];
    const pgn__mention *f = &doc->mentions.v[from];
    if (!f->country || strlen(f->country) != 3 || !strcmp(f->country, "IGO") ||
        !strcmp(f->country, "NGO") || !strcmp(f->country, "MNC") || !strcmp(f->country, "IMG"))
        return;
    /* (the CAMEO code's country, which the ISO one may not be: Kosovo is
    ** KSV, ISO XKX) */
    const char *cy = f->code && strlen(f->code) >= 3 ? f->code : f->country;
    size_t n = 3 + strlen(t->sector) + 1;
    char *code = pgn__arena_alloc(doc->arena, n);
    if (!code) return;
    snprintf(code, n, "%.3s%s", cy, t->sector);
    t->code = code;
    t->country = f->country;
}

static int armed(const char *sector) {
    return sector && (!strcmp(sector, "MIL") || !strcmp(sector, "REB") || !strcmp(sector, "UAF"));
}

/* A state's own armed forces (not rebels, not a sector with no country). */
static int state_armed(const pgn__mention *m) {
    return m->sector && !strcmp(m->sector, "MIL") && m->country && strlen(m->country) == 3 &&
           strcmp(m->country, "IGO") && strcmp(m->country, "NGO") && strcmp(m->country, "IMG");
}

/* A state as such, named ("Russia") or as a pronoun for one ("it"). */
static int state_itself(const pgn_doc *doc, int32_t m) {
    const pgn__mention *sm = &doc->mentions.v[m];
    return pgn__state_named(doc, m) || (sm->how == PGN__MENTION_COREF && state_country(sm) &&
                                        (!sm->sector || !strcmp(sm->sector, "GOV")) && !sm->role);
}

static const pgn__cameo *recode(const pgn__ontology *ont, const pgn__cameo *code, const char *to) {
    const pgn__cameo *c = pgn__ontology_find(ont, to);
    return c ? c : code;
}

const pgn__cameo *pgn__domestic(pgn_doc *doc, const pgn__ontology *ont, const pgn__cameo *code,
                                  int32_t src, int32_t tgt) {
    if (src < 0) return code;
    int root = (code->code[0] - '0') * 10 + (code->code[1] - '0');
    if (root >= 9 && root <= 13 && tgt >= 0 && pgn__countryless(doc, tgt) &&
        !pgn__countryless(doc, src) && unarmed(doc->mentions.v[tgt].sector)) {
        /* "Yoon accused the opposition of anti-state activities": a
        ** state's inquiry, demand, reproach, rebuff or threat aimed at its
        ** unarmed sectors (opposition, judges, journalists; "an
        ** investigation into the deaths of protesters") is a domestic one */
        pgn__lend_country(doc, tgt, src);
        return code;
    }
    if (root >= 10 && root <= 14 && tgt >= 0 && pgn__countryless(doc, tgt) &&
        doc->mentions.v[tgt].sector && !strcmp(doc->mentions.v[tgt].sector, "GOV") &&
        !pgn__countryless(doc, src) && state_country(&doc->mentions.v[src]) &&
        !pgn__state_named(doc, src) && unarmed(doc->mentions.v[src].sector)) {
        /* "Serbian students demanded the resignation of the government",
        ** "Kenyan protesters marched against the government": a country's
        ** people's demand on or protest against a government of no named
        ** country is on their own */
        pgn__lend_country(doc, tgt, src);
        return code;
    }
    const pgn__mention *sm = &doc->mentions.v[src];
    /* An army does not cut ties: troops "withdrawing" or "pulling out"
    ** retreat (0874); the same words from a government reduce relations. */
    /* ("the junta suspended the BBC": suspending broadcasters or
    ** newspapers, by anyone, is a ban on them, 172, not cut ties) */
    if (strncmp(code->code, "160", 3) == 0 && tgt >= 0 && doc->mentions.v[tgt].sector &&
        !strcmp(doc->mentions.v[tgt].sector, "MED"))
        return recode(ont, code, "172");
    if (strncmp(code->code, "160", 3) == 0 && state_armed(sm)) return recode(ont, code, "0874");
    if (strncmp(code->code, "174", 3) == 0 && tgt >= 0 && doc->mentions.v[tgt].code) {
        /* "Mali ordered the UN mission to leave": an expulsion of an
        ** international mission or agency (166) is not a deportation of
        ** people (174) */
        const char *tc = doc->mentions.v[tgt].code;
        if (strncmp(tc, "IGO", 3) == 0)
            return recode(ont, code, strstr(tc, "PKO") ? "1661" : "166");
        if (strncmp(tc, "NGO", 3) == 0) return recode(ont, code, "1663");
    }
    if (!pgn__domestic_root(code->code)) return code;
    /* A state's forces attacking, bombing or blocking use military force
    ** ("troops attacked" 190, not unconventional violence 180): warplanes
    ** "bombed" a camp (195, not a non-military bombing 183), troops
    ** "blockaded" a corridor (191, not protesters obstructing it 144). */
    /* ("Russia bombs Kyiv": a state named as such bombs from the air) */
    if (strncmp(code->code, "183", 3) == 0 && (state_armed(sm) || state_itself(doc, src)))
        return recode(ont, code, "195");
    if (strcmp(code->code, "180") == 0 && state_armed(sm)) return recode(ont, code, "190");
    if (strncmp(code->code, "144", 3) == 0 && state_armed(sm)) return recode(ont, code, "191");
    /* Who acts decides between a riot and an assault: armed men storming
    ** a town assault it (180); protesters attacking police riot (145). */
    if (strncmp(code->code, "145", 3) == 0 &&
        (armed(sm->sector) || (sm->sector && !strcmp(sm->sector, "COP"))))
        return recode(ont, code, "180"); /* (police storming an embassy too) */
    if ((root == 18 || root == 19) && unarmed(sm->sector)) /* (students, workers too) */
        return recode(ont, code, "145");
    if (tgt < 0) return code;
    const pgn__mention *tm = &doc->mentions.v[tgt];
    if (pgn__countryless(doc, tgt) && !pgn__countryless(doc, src) &&
        !(tm->sector && strcmp(tm->sector, "REF") == 0) && /* migrants come from elsewhere */
        (root <= 17 || (tm->sector && strcmp(tm->sector, "OPP") == 0) ||
         /* "the Pakistani Taliban killed twelve soldiers": the forces a
         ** country's rebels fight are their state's (a state's forces
         ** killing soldiers are more likely an enemy's: not lent) */
         (sm->sector && strcmp(sm->sector, "REB") == 0 && tm->sector &&
          (!strcmp(tm->sector, "MIL") || !strcmp(tm->sector, "COP")))))
        pgn__lend_country(doc, tgt, src);
    else if (pgn__countryless(doc, src) && !pgn__countryless(doc, tgt) && root == 17)
        pgn__lend_country(doc, src, tgt);
    if (root >= 18 && sm->country && tm->country && strcmp(sm->country, tm->country) == 0 &&
        sm->sector && (!strcmp(sm->sector, "COP") || !strcmp(sm->sector, "MIL") ||
                       !strcmp(sm->sector, "GOV")) && unarmed(tm->sector))
        return recode(ont, code, "175");
    return code;
}

/* "Indian farmers blocked highways to protest", "Thousands of Cubans took
** to the streets": a country's people demonstrating with no one named
** demonstrate against their own state (CAMEO codes such a protest as
** domestic).  Not a strike (143: aimed at employers), nor a state's own
** "protest" (a complaint to another state).  Returns a new mention of the
** source's country at token tok, or -1. */
/* A new mention of src's country when src is that country's people (not
** its state named as such, nor its government, army or police), or -1. */
static int32_t own_state_of_people(pgn_doc *doc, uint32_t sentence, uint32_t tok, int32_t src) {
    const pgn__mention *sm = &doc->mentions.v[src];
    if (!state_country(sm) || pgn__state_named(doc, src) || pgn__countryless(doc, src)) return -1;
    if (sm->sector && (!strcmp(sm->sector, "GOV") || !strcmp(sm->sector, "MIL") ||
                       !strcmp(sm->sector, "COP")))
        return -1;
    return pgn__country_mention(doc, sentence, tok, sm->country);
}

int32_t pgn__domestic_protest(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                              int32_t src) {
    if (src < 0 || strncmp(code, "14", 2) != 0 || strncmp(code, "143", 3) == 0) return -1;
    return own_state_of_people(doc, sentence, tok, src);
}

int32_t pgn__domestic_demand(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                             int32_t src) {
    if (src < 0 || strncmp(code, "10", 2) != 0) return -1;
    return own_state_of_people(doc, sentence, tok, src);
}

/* Words for people an arrest can name ("arrested 25 people", "detained
** opposition leaders"): nouns the KB has no actor for. */
int pgn__person_noun(const char *lemma) {
    static const char *const ps[] = {
        "people",   "person",    "man",     "woman",    "leader",   "journalist", "reporter",
        "activist", "dissident", "member",  "suspect",  "politician", "opponent", "critic",
        "lawmaker", "student",   "blogger", "lawyer",   "candidate", "figure",  "minister",
        "president", "official", "citizen", "resident", "worker",   "organiser", "organizer",
        "dictator", "mayor",    "governor"};
    for (size_t i = 0; lemma && i < sizeof ps / sizeof ps[0]; i++)
        if (strcmp(lemma, ps[i]) == 0) return 1;
    return 0;
}

int pgn__serving_person_noun(const char *lemma) {
    static const char *const ranks[] = {"general", "officer", "commander", "colonel",
                                        "soldier", "chief",   "captain",   "lieutenant"};
    for (size_t i = 0; lemma && i < sizeof ranks / sizeof ranks[0]; i++)
        if (strcmp(lemma, ranks[i]) == 0) return 1;
    return pgn__person_noun(lemma);
}

/* "charged a former army general", "detained two army officers": the noun
** at tok is a service ("army") compounded on the person it names, so the
** one arrested is unnamed and domestic as "a former general" is. */
static int service_of_person(const pgn_doc *doc, uint32_t sentence, uint32_t tok) {
    const pgn__token *t = &doc->tokens.v[tok];
    if (!t->deprel || strcmp(t->deprel, "compound") || t->head <= 0) return 0;
    const pgn__token *h = &doc->tokens.v[doc->sentences.v[sentence].first + (uint32_t)t->head - 1];
    return h->upos && strcmp(h->upos, "NOUN") == 0 && pgn__serving_person_noun(h->lemma);
}

int32_t pgn__country_mention(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *country) {
    if (PGN__VEC_RESERVE(doc->arena, doc->mentions)) return -1;
    const pgn__token *t = &doc->tokens.v[tok];
    pgn__mention *m = &doc->mentions.v[doc->mentions.n];
    memset(m, 0, sizeof *m);
    m->sentence = sentence;
    m->first = tok;
    m->last = tok + 1;
    m->start = t->start;
    m->end = t->end;
    m->code = country;
    m->country = country;
    m->how = PGN__MENTION_NAME;
    m->antecedent = -1;
    return (int32_t)doc->mentions.n++;
}

/* Unnamed people or the places they live in that force or coercion is
** used on ("shelled villages", "abducted 276 schoolgirls", "deported 135
** political prisoners"). */
static int victim_noun(const char *lemma) {
    static const char *const vs[] = {
        "civilian", "villager", "village", "protester", "demonstrator", "detainee", "prisoner",
        "schoolgirl", "pupil", "child", "crowd", "inhabitant", "family", "worshipper",
        "farmer", "passenger", "hostage", "opponent", "dissident", "activist", "journalist"};
    for (size_t i = 0; lemma && i < sizeof vs / sizeof vs[0]; i++)
        if (strcmp(lemma, vs[i]) == 0) return 1;
    return pgn__person_noun(lemma);
}

/* A state's forces, police or government, or rebels of a country, using
** force or coercion (CAMEO 17 to 20) on people no nationality is named for
** use it on their own country's people: a new mention of the source's
** country at token tok, or -1. */
static int32_t violence_victims(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                                const pgn__mention *sm) {
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    const pgn__token *t = &doc->tokens.v[tok];
    if (root < 17 || root > 20 || !state_country(sm) || !t->upos || strcmp(t->upos, "NOUN") ||
        !victim_noun(t->lemma))
        return -1;
    if (sm->sector && strcmp(sm->sector, "COP") && strcmp(sm->sector, "MIL") &&
        strcmp(sm->sector, "GOV") && strcmp(sm->sector, "REB") && strcmp(sm->sector, "SPY"))
        return -1; /* (protesters, workers: src/events/actors.c recodes their violence) */
    return pgn__country_mention(doc, sentence, tok, sm->country);
}

/* "Pakistani police arrested former Prime Minister Imran Khan", "German
** police arrested 25 people": a state's arrest of someone the KB does not
** know is domestic; the arrested are given the arresting state's country
** as a new mention of the object (token tok of the sentence), whose index
** is returned (-1 when the act or the phrase does not qualify). */
int32_t pgn__domestic_victim(pgn_doc *doc, uint32_t sentence, uint32_t tok, const char *code,
                             int32_t src) {
    if (src < 0) return -1;
    const pgn__mention *sm = &doc->mentions.v[src];
    const pgn__token *t = &doc->tokens.v[tok];
    if (strcmp(code, "1722") == 0 && t->lemma &&
        (strcmp(t->lemma, "power") == 0 || strcmp(t->lemma, "coup") == 0 ||
         strcmp(t->lemma, "government") == 0 || strcmp(t->lemma, "parliament") == 0 ||
         strcmp(t->lemma, "party") == 0) &&
        sm->country &&
        strlen(sm->country) == 3 && strcmp(sm->country, "IGO") && strcmp(sm->country, "NGO") &&
        strcmp(sm->country, "MNC"))
        /* "army officers seized power", "dissolved the government",
        ** "dissolved 50 political parties": the power seized, the
        ** government or the parties dissolved are their state's */
        return pgn__country_mention(doc, sentence, tok, sm->country);
    if (strncmp(code, "0841", 4) == 0 && t->lemma && state_country(sm) &&
        (!sm->sector || !strcmp(sm->sector, "GOV") || !strcmp(sm->sector, "MIL") ||
         !strcmp(sm->sector, "JUD")) &&
        (!strcmp(t->lemma, "prisoner") || !strcmp(t->lemma, "detainee") ||
         !strcmp(t->lemma, "inmate") || !strcmp(t->lemma, "activist") ||
         !strcmp(t->lemma, "dissident") || !strcmp(t->lemma, "opponent") ||
         !strcmp(t->lemma, "protester") || !strcmp(t->lemma, "demonstrator")))
        /* "Cuba freed 53 political prisoners", "Venezuela released
        ** opposition activists": prisoners and dissidents a state frees
        ** with no nationality named are its own (foreigners are named:
        ** "released nine Yemeni prisoners") */
        return pgn__country_mention(doc, sentence, tok, sm->country);
    /* ("A Guatemalan court found former dictator Rios Montt guilty", "a
    ** court in Bangkok convicted an activist": a state's verdict (116) on
    ** someone the KB does not know is on its own people, as its arrests) */
    if (strncmp(code, "173", 3) != 0 && strncmp(code, "116", 3) != 0)
        return violence_victims(doc, sentence, tok, code, sm);
    if (!sm->country || strlen(sm->country) != 3 || !strcmp(sm->country, "IGO") ||
        !strcmp(sm->country, "NGO") || !strcmp(sm->country, "MNC") || !sm->sector ||
        !(strcmp(sm->sector, "COP") == 0 || strcmp(sm->sector, "MIL") == 0 ||
          strcmp(sm->sector, "GOV") == 0 || strcmp(sm->sector, "JUD") == 0 ||
          strcmp(sm->sector, "SPY") == 0))
        return -1;
    if (!t->upos || !(strcmp(t->upos, "PROPN") == 0 ||
                      (strcmp(t->upos, "NOUN") == 0 && (pgn__person_noun(t->lemma) ||
                                                        service_of_person(doc, sentence, tok)))))
        return -1;
    return pgn__country_mention(doc, sentence, tok, sm->country);
}

/* Is mention m a state named as such ("Britain", "Beijing"), not its
** people ("Kenyans") nor a person? */
int pgn__state_named(const pgn_doc *doc, int32_t m) {
    if (m < 0) return 0;
    const pgn__mention *sm = &doc->mentions.v[m];
    return sm->country && strlen(sm->country) == 3 && strcmp(sm->country, "IGO") &&
           strcmp(sm->country, "NGO") && strcmp(sm->country, "MNC") &&
           (sm->how == PGN__MENTION_NAME || sm->how == PGN__MENTION_METONYM) &&
           (!sm->sector || !strcmp(sm->sector, "GOV")) && !sm->role;
}

int pgn__same_country(const pgn_doc *doc, int32_t a, int32_t b) {
    const char *x = doc->mentions.v[a].country, *y = doc->mentions.v[b].country;
    return x && y && x[0] && strcmp(x, y) == 0;
}

/* Do mentions a and b carry the same actor code (both none counts)? */
int pgn__same_code(const pgn_doc *doc, int32_t a, int32_t b) {
    if (a < 0 || b < 0) return a == b;
    const char *x = doc->mentions.v[a].code, *y = doc->mentions.v[b].code;
    return x && y && strcmp(x, y) == 0;
}

/* Should event i of the sentence's events give way to event j? */
/* The tag of the trigger of event e as the sentence s was read (after
** src/events/repair.c mended it), else as the document has it. */
static const char *trigger_upos(const pgn_doc *doc, const pgn__sent *s, const pgn__event *e) {
    if (s && e->trigger >= s->first && e->trigger < s->first + (uint32_t)s->n)
        return s->tok[e->trigger - s->first].upos;
    return doc->tokens.v[e->trigger].upos;
}

static int shadows(const pgn_doc *doc, const pgn__sent *s, size_t j, size_t i) {
    const pgn__event *e = &doc->events.v[i], *f = &doc->events.v[j];
    if (f->negated != e->negated) return 0;
    /* "warrants for Netanyahu and his defence minister": two actors with
    ** one code make one coded event, not two (the first stays) */
    if (f->trigger == e->trigger)
        return j < i && f->cameo == e->cameo && pgn__same_code(doc, f->source, e->source) &&
               pgn__same_code(doc, f->target, e->target);
    /* "met in Bali, their first meeting": a noun retelling another
    ** trigger's event is that event (of two nouns, the first stays) */
    /* ("and [cut NOUN] internet access" repaired into a verb is no noun) */
    const char *ue = trigger_upos(doc, s, e), *uf = trigger_upos(doc, s, f);
    if (ue && strcmp(ue, "NOUN") == 0 && f->cameo->plover == e->cameo->plover &&
        pgn__same_code(doc, f->source, e->source) && pgn__same_code(doc, f->target, e->target) &&
        !(uf && strcmp(uf, "NOUN") == 0 && j > i))
        return 1;
    /* "met with Saudi Arabia to discuss exports" codes the meeting twice,
    ** once without a target */
    return e->target < 0 && f->target >= 0 && !pgn__countryless(doc, f->target) &&
           f->source == e->source && f->cameo->plover == e->cameo->plover;
}

void pgn__drop_shadowed(pgn_doc *doc, const pgn__sent *s, size_t first) {
    size_t n = doc->events.n - first;
    char *drop = n ? calloc(n, 1) : NULL;
    if (!drop) return; /* nothing to do, or no memory: keep every event */
    for (size_t i = first; i < doc->events.n; i++)
        for (size_t j = first; j < doc->events.n && !drop[i - first]; j++)
            drop[i - first] = j != i && shadows(doc, s, j, i);
    size_t out = first;
    for (size_t i = first; i < doc->events.n; i++)
        if (!drop[i - first]) doc->events.v[out++] = doc->events.v[i];
    doc->events.n = out;
    free(drop);
}

