/* src/events/targetless.c -- events that need someone on the receiving end.
**
** Real political news says a great deal about things: candidates denounce
** "corporate tax avoidance", push for "the agenda item", share "the same
** views", criticise "the Paris agreement".  The lexicon codes the same verbs
** between actors (111, 100, 019), where they are events; aimed at no actor
** they are statements, which the conventions code as no event ("a statement
** with no target actor and no act is no event").  The gold sets bear this
** out: of about 1,300 events whose code is a consultation, cooperation, aid,
** demand or criticism, fewer than ten have no target.  Refusals, denials,
** acknowledgements, threats, protests and force keep theirs without one
** ("refused to comment", "denied any role", "deployed troops").
** (Real-news precision round, issue 5.)
*/
#include <string.h>

#include "targetless.h"

/* A person speaking (a named politician, "he", "the senator"), not a state
** or government named as such: "Germany halted ...", "Washington warned"
** leave their target to the story more often than a candidate does. */
static int speaking_person(const pgn__mention *m) {
    return m->role || m->how == PGN__MENTION_COREF || m->how == PGN__MENTION_TITLE ||
           (m->flags & PGN__MENTION_LOCAL);
}

/* Whether the phrase headed by i names an actor with a country other than
** src, or a proper noun the KB lacks.  Places ("a speech in Des Moines"),
** pronouns ("behind it") and adjectives ("for American workers") say
** where, what or for whom, not whom the statement is aimed at. */
static int names_someone(const pgn__sent *s, int i, int32_t src, int depth) {
    /* ("a bad deal for American workers": whom a thing is for, as a
    ** reason after "for", is not whom the statement is aimed at) */
    const char *c = pgn__case_of(s, i);
    if (c && !strcmp(c, "for")) return 0;
    int32_t m = s->mention[i];
    if (m >= 0 && m != src) {
        const pgn__mention *mm = &s->doc->mentions.v[m];
        if (!(mm->flags & PGN__MENTION_PLACE) && mm->how != PGN__MENTION_COREF &&
            mm->how != PGN__MENTION_ADJECTIVE && mm->country && mm->country[0] &&
            !pgn__place_names_thing(s, m))
            return 1;
    }
    if (m < 0 && s->tok[i].upos && !strcmp(s->tok[i].upos, "PROPN")) return 1;
    if (depth >= PGN__MAX_WALK) return 0;
    for (int c = s->first_child[i]; c >= 0; c = s->next_sibling[c])
        if (names_someone(s, c, src, depth + 1)) return 1;
    return 0;
}

/* "the Paris climate agreement": noun o is a thing named after a place. */
static int named_after_place(const pgn__sent *s, int o) {
    for (int c = s->first_child[o]; c >= 0; c = s->next_sibling[c])
        if (pgn__rel_is(&s->tok[c], "compound") && pgn__place_names_thing(s, s->mention[c])) return 1;
    return 0;
}

int pgn__aimed_at_nothing(const pgn__sent *s, int t, const char *code, int32_t src) {
    if (!pgn__needs_target(code) || src < 0 || !speaking_person(&s->doc->mentions.v[src])) return 0;
    /* "demanded that Riyadh hand over", "said it would help defend its
    ** ally": the one aimed at is in the clause */
    if (pgn__child(s, t, "ccomp") >= 0 || pgn__child(s, t, "xcomp") >= 0) return 0;
    /* "condemned the strike": an act whose doer the story names
    ** elsewhere */
    int o = pgn__object_child(s, t);
    if (o >= 0 && pgn__is_event_noun(s, o) && !named_after_place(s, o)) return 0;
    /* "the suspects in the Khashoggi killing" after "demanded", "accused
    ** NGOs of": an actor, or a name the KB lacks, below the trigger is
    ** someone aimed at that was not placed, not a thing */
    /* (a trigger the parse hangs nothing on, "police [accused acl] ...",
    ** tells nothing of what it is aimed at) */
    int below = 0;
    /* (punctuation too: a parse may hang a clause on the full stop) */
    for (int c = s->first_child[t]; c >= 0; c = s->next_sibling[c]) {
        if (pgn__rel_is(&s->tok[c], "nsubj")) continue;
        if (names_someone(s, c, src, 0)) return 0;
        below |= !pgn__rel_is(&s->tok[c], "punct");
    }
    return below;
}

int pgn__needs_target(const char *code) {
    /* 052 (defend one's own policy) and 057 (sign an agreement, whose
    ** partner a wire story often leaves out) stand alone */
    if (!strncmp(code, "052", 3) || !strncmp(code, "057", 3)) return 0;
    static const char *const roots[] = {"04", "05", "06", "07", "10", "11"};
    for (size_t k = 0; k < sizeof roots / sizeof *roots; k++)
        if (!strncmp(code, roots[k], 2)) return 1;
    /* express accord ("agrees with this sentiment") and plain comments */
    return !strcmp(code, "019") || !strcmp(code, "010") || !strcmp(code, "012") ||
           !strcmp(code, "013") || !strcmp(code, "020") || !strcmp(code, "120") || !strcmp(code, "130");
}

int pgn__place_names_thing(const pgn__sent *s, int32_t m) {
    static const char *const things[] = {"agreement", "accord", "deal", "treaty", "pact",
                                         "protocol", "process", "format", "declaration",
                                         "convention", "communique"};
    if (m < 0) return 0;
    /* (a seat of power too: "the Paris agreement" is no deal with the
    ** French government; "the Iran deal", a country's name, keeps Iran) */
    const pgn__mention *mm = &s->doc->mentions.v[m];
    if (!(mm->flags & PGN__MENTION_PLACE) && mm->how != PGN__MENTION_METONYM) return 0;
    for (uint32_t i = mm->first; i < mm->last; i++) {
        int k = (int)(i - s->first);
        if (k < 0 || k >= s->n || !pgn__rel_is(&s->tok[k], "compound")) continue;
        int h = s->head[k];
        if (h < 0 || s->mention[h] == m) continue;
        for (size_t j = 0; j < sizeof things / sizeof *things; j++)
            if (pgn__lemma_is(&s->tok[h], things[j])) return 1;
    }
    return 0;
}
