/* src/events/unrealised.c -- what is asked for, vetoed or banned is no
** event of its own.
**
** "rejected calls from the opposition to resign", "ignored UN calls to
** release Suu Kyi", "urged Washington to press Israel to let aid in",
** "appealed to both sides to halt the fighting and return to talks",
** "demanded his resignation": the resigning, releasing, letting in, halting
** and resignation are wished for, not done.  Coding them makes a second,
** false event, often with the caller as its source (a RETREAT or CONCEDE
** where the sentence tells a REQUEST or a REJECT).  extract.c already drops
** the content in the tidy cases (an object-control infinitive, a "that"
** clause, an "of" phrase); this pass catches the content reached through
** the parser's other attachments.
**
** So with a draft that failed ("vetoed a draft [demanding a ceasefire]",
** "blocked a resolution [calling for a truce]": the demand was never made
** by the Council; an adopted one's is) and an act someone is kept from
** ("banned opposition parties from [holding rallies]", "barred Russia from
** competing", "banned all [protests]"), an act named only as a charge ("to face [hacking]
** charges") or as the ground of a penalty ("sentenced him for
** [assaulting] an officer"), a topic ("a referendum on [annexing] the
** region") and an act only proposed or planned ("the proposed
** annexation").
*/
#include <string.h>

#include "events.h"
#include "unrealised.h"

typedef struct walk {
    const pgn__ontology *ont;
    const pgn__sent *s;
    const pgn__match *matches;
    const char *has;
} walk;

static int commanding(const pgn__token *t) {
    return pgn__lemma_is(t, "order") || pgn__lemma_is(t, "command") ||
           pgn__lemma_is(t, "instruct") || pgn__lemma_is(t, "authorize") ||
           pgn__lemma_is(t, "authorise");
}

/* Trigger h is coded as a request.  Orders are left to extract.c, which
** tells an order to one's own forces ("ordered the army to attack", "ordered
** a siege of Gaza": the attack and the siege are coded) from a demand. */
static int is_request(const walk *w, int h) {
    const pgn__match *m = &w->matches[h];
    const pgn__cameo *c = m->code ? pgn__ontology_find(w->ont, m->code) : NULL;
    return c && strcmp(c->plover->name, "REQUEST") == 0 && !commanding(&w->s->tok[h]);
}

static int has_to_mark(const pgn__sent *s, int i) {
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "mark") && pgn__lemma_is(&s->tok[c], "to")) return 1;
    return 0;
}

static int is_upos(const pgn__token *t, const char *u) { return t->upos && strcmp(t->upos, u) == 0; }

static int demand_lemma(const pgn__token *t) {
    static const char *const nouns[] = {"call", "demand", "appeal", "request", "plea", "ultimatum"};
    for (size_t k = 0; k < sizeof nouns / sizeof nouns[0]; k++)
        if (pgn__lemma_is(t, nouns[k])) return 1;
    return 0;
}

/* A demand word used as a noun: tagged one, or in a noun's place ("ignored
** [UN calls VERB obj]": the tagger read "calls" as a verb). */
static int demand_noun(const pgn__sent *s, int i) {
    const pgn__token *t = &s->tok[i];
    if (!demand_lemma(t)) return 0;
    return is_upos(t, "NOUN") || pgn__rel_is(t, "obj") || pgn__rel_is(t, "nsubj") ||
           pgn__rel_is(t, "obl") || pgn__rel_is(t, "nmod") || pgn__rel_is(t, "iobj");
}

/* "calls by the opposition [to release acl-of-opposition]": the infinitive
** follows a noun phrase headed by a demand noun, with nothing but that
** phrase's words in between. */
static int after_demand_phrase(const pgn__sent *s, int t) {
    int to = t - 1;
    if (to < 1 || !pgn__lemma_is(&s->tok[to], "to") || !is_upos(&s->tok[to], "PART")) return 0;
    for (int k = to - 1, steps = 0; k >= 0 && steps < 7; k--, steps++) {
        const pgn__token *w = &s->tok[k];
        if (is_upos(w, "NOUN") && demand_lemma(w)) return 1;
        if (!(is_upos(w, "NOUN") || is_upos(w, "PROPN") || is_upos(w, "DET") ||
              is_upos(w, "ADP") || is_upos(w, "ADJ") || is_upos(w, "NUM") || is_upos(w, "PART")))
            return 0;
    }
    return 0;
}

/* Is coded trigger t what a request asks for?  Walks up complement links
** (an infinitive, a clause, a purpose or noun-modifying "to" clause, an
** infinitive coordinated with one) until a demand noun or a coded trigger
** decides: the content of a request when that trigger is a REQUEST, an
** act of its own when it is anything else ("demanded guarantees,
** threatening to attack": the threat stands). */
static int asked_for(const walk *w, int t) {
    const pgn__sent *s = w->s;
    const char *has = w->has;
    int i = t;
    if (has[t] == 'n') {
        /* "demanded his resignation": a request's object is its content */
        int h = s->head[t];
        return h >= 0 && has[h] && pgn__rel_is(&s->tok[t], "obj") && is_request(w, h);
    }
    if (after_demand_phrase(s, t)) return 1;
    /* "to halt the fighting and [return conj]": the second infinitive asks
    ** what the first does (not "..., and Russia agreed": it has a subject) */
    if (pgn__rel_is(&s->tok[t], "conj") && s->head[t] >= 0 && pgn__child(s, t, "nsubj") < 0 &&
        has_to_mark(s, s->head[t]))
        i = s->head[t];
    int via_acl = 0;
    for (int depth = 0; depth < 4; depth++) {
        int h = s->head[i];
        if (h < 0) return 0;
        const pgn__token *ti = &s->tok[i];
        int complement = pgn__rel_is(ti, "xcomp") || pgn__rel_is(ti, "ccomp") ||
                         ((pgn__rel_is(ti, "advcl") || pgn__rel_is(ti, "acl")) && has_to_mark(s, i));
        /* ("calls from [the opposition nmod] [to resign acl]": the
        ** infinitive hung on the demand's own modifier) */
        int hung = via_acl && pgn__rel_is(ti, "nmod");
        if (!complement && !hung) return 0;
        via_acl = pgn__rel_is(ti, "acl");
        if (demand_noun(s, h)) return 1;
        if (has[h]) return is_request(w, h);
        i = h;
    }
    return 0;
}

static int lemma_in(const pgn__token *t, const char *const *ls, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (pgn__lemma_is(t, ls[k])) return 1;
    return 0;
}

/* "vetoed a draft [demanding acl] a ceasefire": t says what a document
** that was voted down, vetoed or blocked would have said. */
static int failed_document(const pgn__sent *s, int t) {
    static const char *const docs[] = {"draft", "resolution", "motion", "text", "bill",
                                       "amendment"};
    static const char *const sink[] = {"veto", "block", "reject", "defeat", "scupper", "sink"};
    int h = s->head[t];
    if (h < 0 || !pgn__rel_is(&s->tok[t], "acl") ||
        !lemma_in(&s->tok[h], docs, sizeof docs / sizeof docs[0]))
        return 0;
    int v = s->head[h];
    return v >= 0 && (pgn__rel_is(&s->tok[h], "obj") || pgn__rel_is(&s->tok[h], "nsubj:pass")) &&
           lemma_in(&s->tok[v], sink, sizeof sink / sizeof sink[0]);
}

/* "banned parties from [holding] rallies", "barred Russia from [competing]":
** the act (or the act noun held) a ban or a block keeps someone from. */
static int kept_from(const pgn__sent *s, const char *has, int t) {
    static const char *const bans[] = {"ban", "bar", "prevent", "stop", "block", "prohibit",
                                       "forbid", "keep", "exclude"};
    int u = t;
    if (has[t] == 'n' && pgn__rel_is(&s->tok[t], "obj") && s->head[t] >= 0) u = s->head[t];
    int v = s->head[u], from = 0;
    for (int c = s->first_child[u]; c >= 0; c = s->next_sibling[c])
        from |= (pgn__rel_is(&s->tok[c], "mark") || pgn__rel_is(&s->tok[c], "case")) &&
                pgn__lemma_is(&s->tok[c], "from");
    return from && v >= 0 && lemma_in(&s->tok[v], bans, sizeof bans / sizeof bans[0]);
}

/* "banned all [protests] in central Nairobi", "rallies were outlawed": an
** act noun a ban names is what may not happen, not an act done (the ban
** is the event, 172). */
static int banned_act(const pgn__sent *s, const char *has, int t) {
    static const char *const bans[] = {"ban", "prohibit", "forbid", "outlaw"};
    int v = s->head[t];
    return has[t] == 'n' && v >= 0 &&
           (pgn__rel_is(&s->tok[t], "obj") || pgn__rel_is(&s->tok[t], "nsubj:pass")) &&
           lemma_in(&s->tok[v], bans, sizeof bans / sizeof bans[0]);
}

/* "to face [hacking] charges", "jailed him on spying [charges]": an act
** named only as what a charge says is no established act (the gold
** conventions' "a named act that is only a charge is not coded"), and
** charges a sentence or arrest rests on are no second legal action. */
static int charge_named(const pgn__sent *s, int t) {
    static const char *const charges[] = {"charge", "accusation", "allegation", "count",
                                          "conviction", "suspicion"};
    int h = s->head[t];
    const int n_charges = sizeof charges / sizeof charges[0];
    if (h >= 0 && pgn__rel_is(&s->tok[t], "compound") && lemma_in(&s->tok[h], charges, n_charges))
        return 1;
    /* ("[hacking VBG] charges" read as a gerund with the charges its
    ** object) */
    if (t + 1 < s->n && s->head[t + 1] == t && pgn__rel_is(&s->tok[t + 1], "obj") &&
        s->tok[t].xpos && strcmp(s->tok[t].xpos, "VBG") == 0 &&
        lemma_in(&s->tok[t + 1], charges, n_charges))
        return 1;
    const char *c = pgn__case_of(s, t);
    return pgn__lemma_is(&s->tok[t], "charge") && c && (!strcmp(c, "on") || !strcmp(c, "over"));
}

/* "criticised the referendum [on annexing] the region", "talks on
** demarcating the border": a gerund after "on" or "about" is a topic; and
** "sentenced an activist [for assaulting] an officer": the ground a court
** or the police give for a penalty is what it says the person did, no act
** established (as a charge). */
static int topic_or_ground(const pgn__sent *s, int t) {
    static const char *const penalties[] = {"sentence", "convict", "jail", "imprison", "fine",
                                            "arrest", "detain", "punish", "prosecute", "execute",
                                            "indict"};
    int h = s->head[t];
    if (h < 0 || !s->tok[t].xpos || strcmp(s->tok[t].xpos, "VBG") != 0 ||
        pgn__child(s, t, "nsubj") >= 0)
        return 0;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
        if (!pgn__rel_is(&s->tok[c], "mark") && !pgn__rel_is(&s->tok[c], "case")) continue;
        if (pgn__lemma_is(&s->tok[c], "on") || pgn__lemma_is(&s->tok[c], "about")) return 1;
        if (pgn__lemma_is(&s->tok[c], "for") &&
            lemma_in(&s->tok[h], penalties, sizeof penalties / sizeof penalties[0]))
            return 1;
    }
    return 0;
}

/* "rejected the [proposed] annexation", "condemned Israel's [planned]
** annexation": an act noun marked as only proposed or planned has not
** happened (the eighth session's convention in tests/data/events/README.md:
** what is rejected or condemned is coded only when it was done). */
static int only_planned(const pgn__sent *s, const char *has, int t) {
    static const char *const plans[] = {"propose", "proposed", "plan",       "planned",
                                        "intend",  "intended", "possible",   "potential",
                                        "moot",    "mooted",   "prospective", "contemplated"};
    if (has[t] != 'n') return 0;
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "amod") && lemma_in(&s->tok[c], plans, sizeof plans / sizeof plans[0]))
            return 1;
    return 0;
}

/* "his plan to temporarily [ban] Muslims", "Trump's proposal for
** [banning] Muslim immigration", "has proposed temporarily [banning]
** Muslims": an act a plan, proposal or promise names, or one proposed, has
** not happened (the same convention as only_planned; what a verb of
** promising controls, "pledged to back", keeps its future factuality) */
static int in_a_proposal(const pgn__sent *s, int t) {
    static const char *const nouns[] = {"plan",  "proposal", "idea",    "scheme", "blueprint",
                                        "promise", "pledge",  "proposition"};
    static const char *const verbs[] = {"propose", "float", "moot"};
    int h = s->head[t];
    if (h < 0) return 0;
    const pgn__token *ht = &s->tok[h];
    if ((pgn__rel_is(&s->tok[t], "acl") || pgn__rel_is(&s->tok[t], "nmod")) &&
        !pgn__rel_is(&s->tok[t], "acl:relcl") && ht->upos && !strcmp(ht->upos, "NOUN") &&
        s->head[h] >= 0 && lemma_in(ht, nouns, sizeof nouns / sizeof nouns[0])) {
        /* (someone's or "the" plan, not the sentence's root: "Warsaw
        ** [plans] to urge", "The Indian government [plans] to reject",
        ** "supporters of a minimum wage [plan] to protest" are the verb
        ** misread as a noun) */
        for (int c = s->first_child[h]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "nmod:poss") ||
                (pgn__rel_is(&s->tok[c], "det") && !pgn__lemma_is(&s->tok[c], "a")))
                return 1;
        return 0;
    }
    /* ("has proposed [banning advcl]": the gerund as the parser attaches it) */
    return (pgn__rel_is(&s->tok[t], "xcomp") || pgn__rel_is(&s->tok[t], "obj") ||
            (pgn__rel_is(&s->tok[t], "advcl") && s->tok[t].xpos && !strcmp(s->tok[t].xpos, "VBG"))) &&
           ht->upos && !strcmp(ht->upos, "VERB") && lemma_in(ht, verbs, sizeof verbs / sizeof verbs[0]);
}

/* "asked the delegates [whether] they supported Cruz", "questioning
** whether he would [hold] talks", "if he decides to use it to [help] the
** Democrats": a "whether" clause asks if its act happens, an "if" or
** "unless" clause supposes it (even in a quote: a condition is no one's
** act).  The mark sits on the clause's predicate: the trigger itself, the
** first of coordinated predicates, the verb carrying a nominal trigger as
** its object, or the verbs an infinitive hangs on. */
static int asked_or_supposed(const pgn__sent *s, int t) {
    for (int k = 0; k < 4 && t >= 0; k++) {
        for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c])
            if (pgn__rel_is(&s->tok[c], "mark") &&
                (pgn__lemma_is(&s->tok[c], "whether") || pgn__lemma_is(&s->tok[c], "if") ||
                 pgn__lemma_is(&s->tok[c], "unless")))
                return 1;
        const pgn__token *tk = &s->tok[t];
        int infinitive = (pgn__rel_is(tk, "xcomp") || pgn__rel_is(tk, "advcl")) && has_to_mark(s, t);
        if (!pgn__rel_is(tk, "conj") && !pgn__rel_is(tk, "obj") && !infinitive) return 0;
        t = s->head[t];
    }
    return 0;
}

void pgn__drop_unrealised(const pgn__ontology *ont, const pgn__sent *s,
                          const pgn__match *matches, char *has) {
    walk w = {ont, s, matches, has};
    /* (a trigger dropped here is walked through by those below it: the
    ** content of content, "urged Washington to press Israel [to let]", is
    ** content too) */
    for (int t = 0; t < s->n; t++)
        if (has[t] && (asked_for(&w, t) || failed_document(s, t) || kept_from(s, has, t) ||
                       banned_act(s, has, t) ||
                       charge_named(s, t) || topic_or_ground(s, t) || only_planned(s, has, t) ||
                       in_a_proposal(s, t) || asked_or_supposed(s, t)))
            has[t] = 0;
}
