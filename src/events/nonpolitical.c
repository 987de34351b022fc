/* src/events/nonpolitical.c -- acts of business, the press and idiom that
** read like diplomacy.
**
** Campaign and business news is full of investing, speaking and coming to
** things: "Trump has invested in some of the companies he attacks",
** "speaking to MSNBC's Morning Joe", "when it came to Rubio, 48 percent
** chose him".  The lexicon codes the same verbs between states (061, 040,
** 042), where they are events; between a person and a firm, a newspaper or
** an expletive "it" they are none; a candidate's rally is no
** demonstration; a deal with a firm is business, a release of papers
** frees no one.  (Precision round, issue 5.)
*/
#include <string.h>

#include "nonpolitical.h"

static int sector_is(const pgn_doc *doc, int32_t m, const char *sector) {
    return m >= 0 && doc->mentions.v[m].sector && strcmp(doc->mentions.v[m].sector, sector) == 0;
}

/* Whether an oblique of t ("in the parade", "from the race") is one of
** these nouns. */
static int obl_among(const pgn__sent *s, int t, const char *const *nouns) {
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "obl")) continue;
        for (size_t k = 0; nouns[k]; k++)
            if (pgn__lemma_is(&s->tok[c], nouns[k])) return 1;
    }
    return 0;
}

static const char *const celebrations[] = {"parade", "festival", "celebration", "inauguration",
                                           "ceremony", "carnival", "marathon", NULL};
static const char *const contests[] = {"race", "primary", "caucus", "contest", "debate",
                                       "competition", "tournament", "game", "match", "event",
                                       "parade", "nomination", "running", NULL};

static int speaking(const pgn__token *t) {
    return pgn__lemma_is(t, "speak") || pgn__lemma_is(t, "talk") || pgn__lemma_is(t, "address");
}

/* "speak to supporters", "addressed the crowd", "prepared to speak to
** supporters" (the pattern's head is "prepare"): t, or the infinitive it
** takes, is a verb of speaking whose oblique or object is an audience,
** not someone consulted. */
static int addressed_audience(const pgn__sent *s, int t) {
    int x = pgn__child(s, t, "xcomp");
    if (x >= 0 && !speaking(&s->tok[t])) t = x;
    if (!speaking(&s->tok[t])) return 0;
    static const char *const audiences[] = {"supporter", "crowd", "audience", "voter",
                                            "reporter",  "journalist", "press", "rally",
                                            "gathering", "student", "donor", "delegate",
                                            "worker", "fan", "graduate", "congregation", NULL};
    if (obl_among(s, t, audiences)) return 1;
    int o = pgn__child(s, t, "obj");
    for (size_t k = 0; o >= 0 && audiences[k]; k++)
        if (pgn__lemma_is(&s->tok[o], audiences[k])) return 1;
    return 0;
}

/* The object of "defy" is a custom or a forecast ("conventions", "the
** odds", "expectations"), not an order or a body. */
static int defied_thing(const pgn__sent *s, int t) {
    static const char *const customs[] = {"convention", "odds", "expectation", "prediction",
                                          "norm", "logic", "gravity", "tradition", "wisdom",
                                          "poll", "pundit", "forecast", "rule", "stereotype",
                                          "description", "categorization", "label", NULL};
    int o = pgn__object_child(s, t);
    for (size_t k = 0; o >= 0 && customs[k]; k++)
        if (pgn__lemma_is(&s->tok[o], customs[k])) return 1;
    return 0;
}

/* An actor of business: a firm's sector or a multinational's code. */
static int business_actor(const pgn_doc *doc, int32_t m) {
    if (m < 0) return 0;
    const char *code = doc->mentions.v[m].code;
    return sector_is(doc, m, "BUS") || (code && !strncmp(code, "MNC", 3));
}

/* A firm: an actor of business, or a noun that names one. */
static int firm(const pgn_doc *doc, const pgn__sent *s, int i) {
    static const char *const firms[] = {"company", "firm", "developer", "brand", "retailer",
                                        "corporation", "manufacturer", "maker", "chain",
                                        "conglomerate", "label", "studio", "startup", "supplier",
                                        "franchise", "distributor", "bank", "insurer", "automaker",
                                        "carmaker", "publisher", "airline", "operator", NULL};
    int32_t a = pgn__actor_of(s, i);
    if (a >= 0) return business_actor(doc, a);
    for (size_t k = 0; firms[k]; k++)
        if (pgn__lemma_is(&s->tok[i], firms[k])) return 1;
    return 0;
}

/* "signed a licensing agreement with G-III", "announced a partnership
** with a luxury developer", "struck a deal with a Chinese e-commerce
** company": a deal made with a firm is business, whoever makes it (the
** partner is the "with" of the trigger or of its object, or the target);
** a firm's deal with no one named is too. */
static int business_deal(const pgn_doc *doc, const pgn__sent *s, int t, int32_t src, int32_t tgt) {
    static const char *const deals[] = {"deal", "agreement", "partnership", "partner", "contract",
                                        "license", "licensing", "venture", "merger", "alliance", NULL};
    int o = pgn__object_child(s, t), dealt = 0;
    for (size_t k = 0; deals[k]; k++)
        dealt |= pgn__lemma_is(&s->tok[t], deals[k]) || (o >= 0 && pgn__lemma_is(&s->tok[o], deals[k]));
    if (!dealt) return 0;
    int with = pgn__prep_child(s, t, "with");
    if (with < 0 && o >= 0) with = pgn__prep_child(s, o, "with");
    if (with >= 0) return firm(doc, s, with);
    return business_actor(doc, tgt >= 0 ? tgt : src);
}

/* "the release of Clinton's emails", "released his tax returns", "its
** findings", "excerpts of his speech": papers made public, not people
** set free (0841). */
static int papers_released(const pgn__sent *s, int t) {
    static const char *const papers[] = {"email", "e-mail", "document", "record", "report", "transcript",
                                         "tape", "video", "file", "data", "statement", "letter",
                                         "memo", "correspondence", "return", "result", "plan",
                                         "budget", "book", "album", "film", "poll", "figure",
                                         "information", "message", "recording", "photo", "list",
                                         "detail", "text", "cable", "finding", "excerpt", "tax",
                                         "speech", "testimony", "footage", "study", "survey",
                                         "audit", "summary", "analysis", "assessment", "ad",
                                         "advertisement", "image", "picture", "note", "draft", NULL};
    int o = pgn__object_child(s, t);
    if (o < 0) o = pgn__prep_child(s, t, "of");
    /* ("excerpts of his speech [released] by the White House": the
    ** participle hangs on what it released) */
    if (o < 0 && pgn__rel_is(&s->tok[t], "acl")) o = s->head[t];
    for (size_t k = 0; o >= 0 && papers[k]; k++)
        if (pgn__lemma_is(&s->tok[o], papers[k])) return 1;
    return 0;
}

int pgn__nonpolitical(const pgn_doc *doc, const pgn__sent *s, int t, const char *code,
                      int32_t src, int32_t tgt) {
    const pgn__token *tk = &s->tok[t];
    /* money put into firms, or into nothing named: a private investment */
    if (!strncmp(code, "061", 3) && (pgn__lemma_is(tk, "invest") || pgn__lemma_is(tk, "investment")))
        return tgt < 0 || pgn__countryless(doc, tgt) || sector_is(doc, tgt, "BUS");
    if ((!strncmp(code, "03", 2) || !strncmp(code, "05", 2) || !strncmp(code, "06", 2)) &&
        business_deal(doc, s, t, src, tgt))
        return 1;
    if (!strncmp(code, "084", 3) && (pgn__lemma_is(tk, "release") || pgn__lemma_is(tk, "free")) &&
        papers_released(s, t))
        return 1;
    /* "Mexican newspapers have been inspecting Trump's new book", "the
    ** Post investigated the candidate's charity": the press looking into
    ** something is reporting, not a state's investigation (09x) */
    if (!strncmp(code, "09", 2) && sector_is(doc, src, "MED")) return 1;
    /* "prepared to speak to supporters in Wisconsin", "talked to
    ** reporters": addressing a crowd or the press is no consultation */
    if (!strncmp(code, "0", 1) && addressed_audience(s, t)) return 1;
    /* "held up the Bernie Sanders sign": a sign with an article, or
    ** tagged a noun, is a placard, not a signing (057) */
    if (!strncmp(code, "05", 2) && pgn__lemma_is(tk, "sign") &&
        (pgn__child(s, t, "det") >= 0 || (tk->upos && !strcmp(tk->upos, "NOUN"))))
        return 1;
    /* "defied all conventions", "defied the odds": defying what no one
    ** laid down is no defiance of anyone (12x) */
    if (!strncmp(code, "12", 2) && pgn__lemma_is(tk, "defy") && defied_thing(s, t)) return 1;
    /* an interview or a word to reporters is no consultation */
    if (!strncmp(code, "04", 2) && sector_is(doc, tgt, "MED")) return 1;

    /* "Renzi is rallying a coalition", "demonstrated a fondness for":
    ** gathering or showing something is no demonstration */
    if (!strncmp(code, "141", 3) && (pgn__lemma_is(tk, "rally") || pgn__lemma_is(tk, "demonstrate")) &&
        pgn__child(s, t, "obj") >= 0)
        return 1;
    /* "Trump held a rally in Butler": a candidate's or officeholder's rally
    ** at a place is campaigning, not a demonstration (an opposition or
    ** crowd's rally, or one against someone, still is) */
    /* (or the crowd a participle's rally was lent: "visited Nevada,
    ** holding a rally in Reno") */
    if (!strncmp(code, "141", 3) && (pgn__lemma_is(tk, "rally") || pgn__lemma_is(tk, "hold")) &&
        (tgt < 0 || (doc->mentions.v[tgt].flags & PGN__MENTION_PLACE) ||
         doc->mentions.v[tgt].first == s->first + (uint32_t)t))
        return sector_is(doc, src, "GOV") || sector_is(doc, src, "LEG") || sector_is(doc, src, "PTY") ||
               sector_is(doc, src, "ELI");
    /* "marched in the Pride parade", "marched at the inauguration": a
    ** march in a celebration is no demonstration */
    if (!strncmp(code, "14", 2) && obl_among(s, t, celebrations)) return 1;
    /* "withdrew from the race", "pulled out of the debate": leaving a
    ** contest or a show is no retreat */
    if (!strncmp(code, "08", 2) && obl_among(s, t, contests)) return 1;
    /* "debates hosted by CNN", "Fox News hosted a town hall": the press
    ** staging a show consults no one */
    if (!strncmp(code, "04", 2) && sector_is(doc, src, "MED")) return 1;
    /* "donated $10 million to a super PAC", "contributed to Clinton's
    ** campaign": money given at home, to a campaign, a group or no one
    ** named, is a political donation, no aid (aid crosses borders: "China
    ** donated vaccines to Zimbabwe") */
    if (!strncmp(code, "07", 2) && (pgn__lemma_is(tk, "donate") || pgn__lemma_is(tk, "donation") ||
                                    pgn__lemma_is(tk, "contribute") || pgn__lemma_is(tk, "contribution")))
        return tgt < 0 || pgn__countryless(doc, tgt) || pgn__same_country(doc, src, tgt);
    /* "when it comes to Rubio"; "the governor's announcement came as a
    ** surprise to party leaders": a thing that comes is no visit by its
    ** owner */
    if ((!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) &&
        (pgn__lemma_is(tk, "come") || pgn__lemma_is(tk, "arrive"))) {
        int subj = pgn__child(s, t, "nsubj");
        if (subj >= 0 && pgn__word_is(&s->tok[subj], "it")) return 1;
        return subj >= 0 && s->mention[subj] < 0 && s->tok[subj].upos &&
               !strcmp(s->tok[subj].upos, "NOUN") && !pgn__person_noun(s->tok[subj].lemma);
    }
    return 0;
}
