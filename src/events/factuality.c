/* src/events/factuality.c -- negation, modality, attribution and denial.
**
** In: a trigger in a parsed sentence.  Out: whether its event is asserted,
** alleged, denied, future or hypothetical, whether it is negated, who it
** is attributed to and who denied it.  We walk from the trigger to the
** root because each of these is marked on some predicate above it: "has
** not been able to condemn" puts "not" on "able"; "X said that Y attacked"
** puts the speaker on "said"; "denied reports that Y attacked" puts the
** denier two steps up.  The cue words come from data/lexicon/events_cues.txt.
*/
#include <string.h>

#include "extract_int.h"
#include "match.h"

/* Which reading wins when two apply: denial overrides everything, an
** allegation overrides modality, hypothetical overrides future. */
static int strength(int f) {
    switch (f) {
    case PGN__FACT_DENIED: return 4;
    case PGN__FACT_ALLEGED: return 3;
    case PGN__FACT_HYPOTHETICAL: return 2;
    case PGN__FACT_FUTURE: return 1;
    default: return 0;
    }
}

static void raise_fact(pgn__modality *m, int f) {
    if (f >= 0 && f < PGN__FACT__COUNT && strength(f) > strength(m->factuality))
        m->factuality = f;
}

/* Marks on predicate p itself: auxiliaries, adverbs, negators, "if". */
static void local_marks(const pgn__sent *s, int p, pgn__modality *m) {
    for (int c = s->first_child[p]; c >= 0; c = s->next_sibling[c]) {
        const pgn__token *t = &s->tok[c];
        int v;
        if (!t->lemma) continue;
        if ((pgn__rel_is(t, "aux") || pgn__rel_is(t, "advmod") || pgn__rel_is(t, "part") ||
             pgn__rel_is(t, "det")) &&
            pgn__lexicon_cue(s->lex, PGN__CUE_NEGATION, t->lemma, NULL) &&
            !pgn__rel_is(t, "det"))
            m->negated = 1;
        else if (pgn__rel_is(t, "aux") &&
                 pgn__lexicon_cue(s->lex, PGN__CUE_MODAL, t->lemma, &v))
            raise_fact(m, v);
        else if ((pgn__rel_is(t, "advmod") || pgn__rel_is(t, "mark")) &&
                 pgn__lexicon_cue(s->lex, PGN__CUE_HEDGE, t->lemma, &v))
            raise_fact(m, v);
        else if (pgn__rel_is(t, "obl") || pgn__rel_is(t, "advcl")) {
            /* "according to media reports" */
            for (int d = s->first_child[c]; d >= 0; d = s->next_sibling[d])
                if ((pgn__rel_is(&s->tok[d], "case") || pgn__rel_is(&s->tok[d], "mark")) &&
                    (pgn__lemma_is(&s->tok[d], "accord") ||
                     pgn__lemma_is(&s->tok[d], "according"))) {
                    raise_fact(m, PGN__FACT_ALLEGED);
                    if (m->attributed_to < 0) m->attributed_to = pgn__actor_of(s, c);
                }
        }
    }
}

/* Denial verbs that say an act did not happen ("denied the attack").  The
** other denial cues ("rejected", "dismissed") call reports and claims
** false, but rejecting a demand does not unmake the demand. */
static int denies_fact(const pgn__token *t) {
    static const char *const verbs[] = {"deny", "refute", "debunk", "disprove", "rebut"};
    for (size_t i = 0; t->lemma && i < sizeof verbs / sizeof verbs[0]; i++)
        if (strcmp(t->lemma, verbs[i]) == 0) return 1;
    return 0;
}

static int is_clause_rel(const pgn__token *t) {
    return pgn__rel_is(t, "ccomp") || pgn__rel_is(t, "parataxis") || pgn__rel_is(t, "xcomp") ||
           pgn__rel_is(t, "advcl");
}

/* The speaker of the clause headed by p ("Peskov announced that reports
** are false": Peskov), or -1. */
static int32_t speaker_of(const pgn__sent *s, int p) {
    for (int steps = 0; p >= 0 && steps < PGN__MAX_WALK; steps++) {
        int h = s->head[p];
        if (h < 0) return -1;
        int v;
        if ((pgn__rel_is(&s->tok[p], "ccomp") || pgn__rel_is(&s->tok[p], "parataxis")) &&
            s->tok[h].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, s->tok[h].lemma, &v)) {
            int passive = 0, subj = pgn__subject_of(s, h, &passive);
            return subj >= 0 && !passive ? pgn__actor_of(s, subj) : -1;
        }
        if (!pgn__rel_is(&s->tok[p], "conj")) return -1;
        p = h;
    }
    return -1;
}

static int is_accusing(const pgn__token *t) {
    static const char *const verbs[] = {"accuse", "blame", "charge", "fault"};
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (pgn__lemma_is(t, verbs[i])) return 1;
    return 0;
}

/* The accused of accusing verb h: its object, or a passive's subject. */
static int accused_of(const pgn__sent *s, int h) {
    int o = pgn__child(s, h, "obj");
    return o >= 0 ? o : pgn__is_passive(s, h) ? pgn__child(s, h, "nsubj:pass") : -1;
}

/* "accused Western states of blocking exports", "blamed Kyiv for
** shelling the plant", "blamed Israel for the blast", "accused Israel of
** genocide", "blamed Ukrainian shelling": the act p is what the accuser
** alleges.  A clause hangs on the
** verb (advcl) or on the accused (acl), marked "of" or "for"; a noun is
** the verb's oblique or the accused's modifier with that preposition.
** Returns the accusing verb, or -1; *accused (if not NULL) gets the
** accused's token (-1 for none). */
static int blamed_act(const pgn__sent *s, int p, int *blamed);

int pgn__accusing_verb(const pgn__sent *s, int p, int *accused) {
    int h = s->head[p], marked = 0, noun = 0;
    if (accused) *accused = -1;
    int blamed, speech = blamed_act(s, p, &blamed);
    if (speech >= 0) { /* "said Israel was behind [the attack]": the speaker accuses */
        if (accused) *accused = blamed;
        return speech;
    }
    /* "cyber attacks [blamed acl] on Chinese hackers" (or "a wave of
    ** attacks blamed on"): the participle names the accused */
    int q = h >= 0 && pgn__counted_noun(s, h) == p ? h : -1;
    for (int k = 0, at = p; k < 2 && at >= 0; k++, at = q)
        for (int c = s->first_child[at]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "acl") && pgn__lemma_is(&s->tok[c], "blame") &&
                pgn__prep_child(s, c, "on") >= 0) {
                if (accused) *accused = pgn__prep_child(s, c, "on");
                return c;
            }
    if (h < 0) return -1;
    for (int c = s->first_child[p]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "mark") &&
            (pgn__lemma_is(&s->tok[c], "of") || pgn__lemma_is(&s->tok[c], "for") ||
             pgn__lemma_is(&s->tok[c], "with")))
            marked = 1;
    if (pgn__rel_is(&s->tok[p], "obj") && pgn__lemma_is(&s->tok[h], "blame") &&
        pgn__is_event_noun(s, p))
        return h; /* "Moscow blamed Ukrainian shelling": the act is the blamed */
    const char *cs = pgn__case_of(s, p);
    if (!marked && cs && (strcmp(cs, "of") == 0 || strcmp(cs, "for") == 0) &&
        (pgn__rel_is(&s->tok[p], "obl") || pgn__rel_is(&s->tok[p], "nmod")))
        marked = noun = 1;
    if (!marked) return -1;
    int on = -1; /* the accused the act hangs on */
    if ((pgn__rel_is(&s->tok[p], "acl") || (noun && pgn__rel_is(&s->tok[p], "nmod"))) &&
        pgn__rel_is(&s->tok[h], "obj"))
        on = h, h = s->head[h];
    else if (!pgn__rel_is(&s->tok[p], "advcl") && !(noun && pgn__rel_is(&s->tok[p], "obl")))
        return -1;
    if (h < 0 || !is_accusing(&s->tok[h])) return -1;
    if (accused) *accused = on >= 0 ? on : accused_of(s, h);
    return h;
}

int pgn__blame_predicate(const pgn__sent *s, int t, int *blamed, int *act) {
    *blamed = *act = -1;
    int q = t; /* the head of the clause the predicate makes */
    if (pgn__lemma_is(&s->tok[t], "responsible")) {
        *blamed = pgn__child(s, t, "nsubj");
        *act = pgn__prep_child(s, t, "for");
    } else if (pgn__lemma_is(&s->tok[t], "involve") || pgn__lemma_is(&s->tok[t], "involved")) {
        *blamed = pgn__child(s, t, pgn__is_passive(s, t) ? "nsubj:pass" : "nsubj");
        if (*blamed < 0 || pgn__child(s, t, "obj") >= 0) *blamed = -1; /* ("the talks involved ...") */
        *act = pgn__prep_child(s, t, "in");
    } else if (pgn__word_is(&s->tok[t], "behind") && pgn__rel_is(&s->tok[t], "case") && s->head[t] >= 0 &&
               pgn__child(s, s->head[t], "cop") >= 0) {
        q = s->head[t];
        *blamed = pgn__child(s, q, "nsubj");
        *act = q;
    }
    int h = s->head[q], v;
    if (h < 0 || !(pgn__rel_is(&s->tok[q], "ccomp") || pgn__rel_is(&s->tok[q], "parataxis")) ||
        !s->tok[h].lemma || !pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, s->tok[h].lemma, &v))
        /* ("Russia is responsible, [Zelensky said]": the saying hangs on
        ** the predicate) */
        for (h = s->first_child[q]; h >= 0; h = s->next_sibling[h])
            if ((pgn__rel_is(&s->tok[h], "parataxis") || pgn__rel_is(&s->tok[h], "dep")) && h > q &&
                s->tok[h].lemma && pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, s->tok[h].lemma, &v))
                break;
    int passive = 0, sj = h >= 0 ? pgn__subject_of(s, h, &passive) : -1;
    /* ("Hamas said it was not involved": no one blames himself) */
    if (*blamed < 0 || pgn__actor_of(s, *blamed) < 0 || sj < 0 || passive || pgn__actor_of(s, sj) < 0 ||
        pgn__same_code(s->doc, pgn__actor_of(s, sj), pgn__actor_of(s, *blamed)) ||
        s->doc->mentions.v[pgn__actor_of(s, *blamed)].how == PGN__MENTION_COREF) {
        *blamed = *act = -1;
        return -1;
    }
    return h;
}

/* The blame predicate whose act p is ("behind [the attack]", "responsible
** for [the strike]"): its speech verb, else -1; *blamed as above. */
static int blamed_act(const pgn__sent *s, int p, int *blamed) {
    int act = -1, h = s->head[p], v = h >= 0 ? pgn__blame_predicate(s, h, blamed, &act) : -1;
    if (v >= 0 && act == p) return v;
    for (int c = s->first_child[p]; c >= 0; c = s->next_sibling[c])
        if (pgn__word_is(&s->tok[c], "behind")) {
            int v = pgn__blame_predicate(s, c, blamed, &act);
            if (v >= 0 && act == p) return v;
        }
    *blamed = -1;
    return -1;
}

int32_t pgn__falsity_speaker(const pgn__sent *s, int pred) { return speaker_of(s, pred); }

/* A report noun ("reports that X attacked Y"): the clause is alleged, and
** denied when the noun is what a denial verb governs or is called false. */
static void report_noun(const pgn__sent *s, int noun, pgn__modality *m) {
    raise_fact(m, PGN__FACT_ALLEGED);
    int h = s->head[noun];
    /* "reports that X declined ... are false": a falsity predicate whose
    ** subject is the report; the denier is whoever says so. */
    if (h >= 0 && pgn__rel_is(&s->tok[noun], "nsubj") && s->tok[h].lemma &&
        pgn__lexicon_cue(s->lex, PGN__CUE_FALSITY, s->tok[h].lemma, NULL)) {
        m->factuality = PGN__FACT_DENIED;
        if (m->denied_by < 0) m->denied_by = speaker_of(s, h);
        return;
    }
    if (h >= 0 && s->tok[h].lemma &&
        pgn__lexicon_cue(s->lex, PGN__CUE_DENIAL, s->tok[h].lemma, NULL) &&
        (pgn__rel_is(&s->tok[noun], "obj") || pgn__rel_is(&s->tok[noun], "obl"))) {
        m->factuality = PGN__FACT_DENIED;
        if (m->denied_by < 0) {
            int passive = 0, subj = pgn__subject_of(s, h, &passive);
            if (subj >= 0 && !passive) m->denied_by = pgn__actor_of(s, subj);
        }
    }
    /* "reports said": the speech verb's subject is the report itself. */
}

/* The verb that carries nominal event t as its object, directly or through
** a quantity ("hold talks", "offered to host a new round of talks"), when
** that verb makes the event happen or plans it: a light verb, a verb of
** hosting or arranging, or a control verb of the future or of what may be
** ("planned an offensive", "proposed talks").  Such an event is as real as
** the carrier's clause, so the walk goes on from the carrier.  Other verbs
** are about an event that stands on its own ("condemned the invasion",
** "declined the invitation"), and -1 is returned.  *v gets the carrier's
** own control value, or PGN__FACT_ASSERTED. */
static int nominal_carrier(const pgn__sent *s, int t, int *v) {
    static const char *const arrange[] = {"host", "organise", "organize", "arrange", "schedule",
                                          "convene"};
    *v = PGN__FACT_ASSERTED;
    const pgn__token *tk = &s->tok[t];
    if (!tk->upos || strcmp(tk->upos, "NOUN") != 0) return -1;
    int h = s->head[t];
    /* "a new round of talks": the quantity is the carrier's object */
    if (h >= 0 && pgn__rel_is(tk, "nmod") && s->tok[h].upos && strcmp(s->tok[h].upos, "NOUN") == 0 &&
        pgn__case_of(s, t) && strcmp(pgn__case_of(s, t), "of") == 0) {
        t = h;
        h = s->head[t];
    }
    if (h < 0 || !pgn__rel_is(&s->tok[t], "obj") || !s->tok[h].lemma) return -1;
    const pgn__token *ht = &s->tok[h];
    if (pgn__light_verb(ht)) return h;
    for (size_t k = 0; k < sizeof arrange / sizeof *arrange; k++)
        if (strcmp(ht->lemma, arrange[k]) == 0) return h;
    int c;
    if (pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, ht->lemma, &c) &&
        (c == PGN__FACT_FUTURE || c == PGN__FACT_HYPOTHETICAL)) {
        *v = c;
        return h;
    }
    return -1;
}

/* "Did the foundation refuse to turn over documents?", "Will Putin
** attack?": a yes/no question asks whether the act happened; a wh-question
** ("Why is he attacking me?") takes it as given. */
int pgn__yes_no_question(const pgn__sent *s) {
    static const char *const wh[] = {"why", "what", "how", "who", "whom", "whose", "when",
                                     "where", "which"};
    if (s->n == 0 || !s->tok[s->n - 1].form || strcmp(s->tok[s->n - 1].form, "?") != 0) return 0;
    for (int i = 0; i < s->n; i++)
        for (size_t k = 0; k < sizeof wh / sizeof *wh; k++)
            if (pgn__lemma_is(&s->tok[i], wh[k])) return 0;
    return 1;
}

/* Verbs that voice or make what they take as object ("affirm his
** support", "sign a deal", "offer help"). */
static int voicing_verb(const pgn__token *t) {
    static const char *const verbs[] = {"affirm", "reaffirm", "voice",   "express", "offer",
                                        "give",   "lend",     "pledge",  "declare", "announce",
                                        "state",  "throw",    "sign",    "make",
                                        "issue",  "confirm"};
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (pgn__lemma_is(t, verbs[k])) return 1;
    return 0;
}

/* "declined to affirm [his support]", "Trump's unwillingness to affirm
** [his support]", "has refrained from [endorsing] Clinton": an act a
** predicate p stands for that its head says was held back.  p is the
** infinitive of a verb of refusing (the control cue "negated"), the
** infinitive a noun of refusing governs, or the gerund after "refrain
** from" or "abstain from". */
static int held_back(const pgn__sent *s, int p) {
    static const char *const refusals[] = {"refusal", "unwillingness", "reluctance", "failure",
                                           "hesitance", "hesitancy"};
    int h = s->head[p], v;
    if (h < 0 || !s->tok[h].lemma) return 0;
    const pgn__token *t = &s->tok[p], *ht = &s->tok[h];
    if (pgn__rel_is(t, "xcomp") && pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, ht->lemma, &v))
        return v == PGN__FACT__COUNT;
    if ((pgn__rel_is(t, "acl") || pgn__rel_is(t, "xcomp")) && pgn__child(s, p, "mark") >= 0)
        for (size_t k = 0; k < sizeof refusals / sizeof *refusals; k++)
            if (pgn__lemma_is(ht, refusals[k])) return 1;
    if ((pgn__rel_is(t, "advcl") || pgn__rel_is(t, "obl") || pgn__rel_is(t, "xcomp")) &&
        (pgn__lemma_is(ht, "refrain") || pgn__lemma_is(ht, "abstain")))
        for (int c = s->first_child[p]; c >= 0; c = s->next_sibling[c])
            if ((pgn__rel_is(&s->tok[c], "mark") || pgn__rel_is(&s->tok[c], "case")) &&
                pgn__lemma_is(&s->tok[c], "from"))
                return 1;
    return 0;
}

void pgn__modality_of(const pgn__sent *s, int trigger, pgn__modality *m) {
    m->factuality = PGN__FACT_ASSERTED;
    m->negated = 0;
    m->attributed_to = -1;
    m->denied_by = -1;
    int cur = trigger, steps = 0, carried;
    /* a nominal event's own marks first ("no talks"), then its carrier's */
    pgn__modality own = {PGN__FACT_ASSERTED, 0, -1, -1};
    int carrier = nominal_carrier(s, trigger, &carried);
    if (carrier >= 0) {
        local_marks(s, trigger, &own);
        raise_fact(m, own.factuality);
        raise_fact(m, carried);
        m->negated = own.negated;
        cur = carrier;
    }
    /* The negation of a predicate belongs to the clause it heads; once we
    ** cross into a reporting or denying clause, its negation is not ours
    ** ("did not say that X attacked" leaves the attack unnegated). */
    int own_clause = 1;
    /* "recommended that no criminal charges be filed", "fired no shots":
    ** an act with "no" on what it acts on did not happen */
    for (int c = s->first_child[trigger]; c >= 0 && carrier < 0; c = s->next_sibling[c])
        if ((pgn__rel_is(&s->tok[c], "obj") || pgn__rel_is(&s->tok[c], "nsubj:pass")) &&
            pgn__child(s, c, "det") >= 0 && pgn__word_is(&s->tok[pgn__child(s, c, "det")], "no"))
            m->negated = 1;
    if (pgn__yes_no_question(s)) raise_fact(m, PGN__FACT_HYPOTHETICAL);
    while (cur >= 0 && steps++ < PGN__MAX_WALK) {
        pgn__modality local = {PGN__FACT_ASSERTED, 0, -1, -1};
        local_marks(s, cur, &local);
        raise_fact(m, local.factuality);
        if (own_clause && local.negated) m->negated = 1;
        const pgn__token *t = &s->tok[cur];
        int h = s->head[cur];
        if (h < 0) break;
        const pgn__token *ht = &s->tok[h];
        int v, acc;
        if (own_clause && !pgn__rel_is(t, "xcomp") && held_back(s, cur)) {
            /* (the nouns of refusing and "refrain from": the verbs of
            ** refusing are the control cues just below) */
            m->negated = 1;
        }
        if (pgn__rel_is(t, "xcomp") && ht->lemma &&
            pgn__lexicon_cue(s->lex, PGN__CUE_CONTROL, ht->lemma, &v)) {
            if (v == PGN__FACT__COUNT) m->negated = own_clause ? 1 : m->negated;
            else raise_fact(m, v);
        } else if (is_clause_rel(t) && ht->lemma &&
                   pgn__lexicon_cue(s->lex, PGN__CUE_DENIAL, ht->lemma, NULL)) {
            /* "denied that X attacked Y" */
            int passive = 0, subj = pgn__subject_of(s, h, &passive);
            m->factuality = PGN__FACT_DENIED;
            if (m->denied_by < 0 && subj >= 0 && !passive) m->denied_by = pgn__actor_of(s, subj);
            own_clause = 0;
        } else if (is_clause_rel(t) && !pgn__rel_is(t, "xcomp") && ht->lemma &&
                   pgn__lexicon_cue(s->lex, PGN__CUE_SPEECH, ht->lemma, &v) &&
                   blamed_act(s, cur, &acc) < 0) {
            int passive = 0, subj = pgn__subject_of(s, h, &passive);
            raise_fact(m, v);
            if (subj >= 0 && s->tok[subj].lemma &&
                pgn__lexicon_cue(s->lex, PGN__CUE_REPORT, s->tok[subj].lemma, NULL))
                raise_fact(m, PGN__FACT_ALLEGED); /* "reports said" */
            else if (m->attributed_to < 0 && subj >= 0 && !passive)
                m->attributed_to = pgn__actor_of(s, subj);
            own_clause = 0;
        } else if ((pgn__rel_is(t, "acl") || pgn__rel_is(t, "ccomp") || pgn__rel_is(t, "nmod")) &&
                   ht->lemma && pgn__lexicon_cue(s->lex, PGN__CUE_REPORT, ht->lemma, NULL)) {
            /* "reports that X declined", "reports about X's refusal" */
            report_noun(s, h, m);
            own_clause = 0;
        } else if ((acc = pgn__accusing_verb(s, cur, NULL)) >= 0) {
            int passive = 0, subj = pgn__subject_of(s, acc, &passive);
            raise_fact(m, PGN__FACT_ALLEGED);
            if (m->attributed_to < 0 && subj >= 0 && !passive)
                m->attributed_to = pgn__actor_of(s, subj);
            own_clause = 0;
            cur = acc;
            continue;
        } else if (!(pgn__rel_is(t, "conj") || pgn__rel_is(t, "xcomp") ||
                     pgn__rel_is(t, "ccomp") || pgn__rel_is(t, "parataxis"))) {
            /* An argument or modifier: what is above says nothing about it,
            ** except a denial or a report governing the phrase. */
            /* "declined to affirm [his support] for Jerusalem": what the
            ** held-back act would have voiced or made is not either (not
            ** what it would have undone: "refused to lift the sanctions") */
            if (own_clause && pgn__rel_is(t, "obj") && voicing_verb(ht) && held_back(s, h))
                m->negated = 1;
            if ((pgn__rel_is(t, "obj") || pgn__rel_is(t, "nsubj")) && denies_fact(ht)) {
                int passive = 0, subj = pgn__subject_of(s, h, &passive);
                m->factuality = PGN__FACT_DENIED;
                if (m->denied_by < 0 && subj >= 0 && !passive)
                    m->denied_by = pgn__actor_of(s, subj);
            }
            break;
        }
        cur = h;
    }
}
