/* src/events/restated.c -- one act told twice is one event.
**
** "farmers blocked highways to protest against the laws", "took to the
** streets to protest the arrest", "clashed with police during protests":
** the purpose clause or the circumstance names, in general words, the act
** its head already tells in sharper ones (144 road blocks, 141 rallies,
** 145 riots).  Coding both makes a second, generic event (140) of the same
** actors, a false one beside the right one.  So with meetings: "the
** presidents met in Tehran to discuss the conflict in Syria" is one
** meeting, not a second one with Syria (the topic) as its party.  And a
** purpose clause coding the very code of its head ("used tear gas to
** disperse protesters", both 175) tells the same act again.
*/
#include <string.h>

#include "events.h"
#include "restated.h"

static const char *category(const pgn__ontology *ont, const pgn__match *m) {
    const pgn__cameo *c = m->code ? pgn__ontology_find(ont, m->code) : NULL;
    return c ? c->plover->name : NULL;
}

/* A root's generic code ("140", "190"): three digits ending in 0. */
static int generic(const char *code) { return strlen(code) == 3 && code[2] == '0'; }

static int restates(const pgn__sent *s, int t) {
    const pgn__token *tk = &s->tok[t];
    if (pgn__child(s, t, "nsubj") >= 0) return 0;   /* an actor of its own */
    if (pgn__rel_is(tk, "advcl") || pgn__rel_is(tk, "xcomp")) {
        int to = pgn__child(s, t, "mark");
        return to >= 0 && pgn__lemma_is(&s->tok[to], "to");
    }
    const char *c = pgn__rel_is(tk, "obl") || pgn__rel_is(tk, "nmod") ? pgn__case_of(s, t) : NULL;
    return c && (!strcmp(c, "during") || !strcmp(c, "in") || !strcmp(c, "amid"));
}

void pgn__drop_restated(const pgn__ontology *ont, const pgn__sent *s, const pgn__match *matches,
                        char *has) {
    for (int t = 0; t < s->n; t++) {
        int h = s->head[t];
        if (!has[t] || h < 0 || !has[h] || !matches[t].code || !matches[h].code || !restates(s, t)) continue;
        if (!strcmp(matches[t].code, matches[h].code) && pgn__rel_is(&s->tok[t], "advcl")) {
            /* "used tear gas [to disperse] protesters": the same code twice
            ** is one act; the telling that names its target is kept */
            has[matches[h].target < 0 && matches[t].target >= 0 ? h : t] = 0;
            continue;
        }
        if (!generic(matches[t].code)) continue;
        const char *a = category(ont, &matches[t]), *b = category(ont, &matches[h]);
        /* (a meeting restates only the same kind of meeting: "met to
        ** discuss" is one, and so is "telephoned the emir to discuss"
        ** (041, a call, is a meeting by phone); "travelled to Beijing to
        ** meet Xi" is a visit and a meeting) */
        if (a && b && strcmp(a, b) == 0 &&
            (!strcmp(a, "PROTEST") ||
             (!strcmp(a, "CONSULT") && (!strcmp(matches[t].code, matches[h].code) ||
                                        !strncmp(matches[h].code, "041", 3)))))
            has[t] = 0;
    }
}
