/* src/events/warning.c -- a warning that something will go wrong is no
** threat.
**
** "warn" with no one warned codes 130 (threaten) through its bare entry.
** That fits "warned that it would respond to any attack", but most such
** warnings in the news foresee trouble the speaker does not cause: "the
** finance minister warned that the debt talks could drag on for years",
** "the IMF warned that growth would slow".  Those are pessimistic comments
** (012), aimed at whom the clause's subject names (extract.c's
** outlook_target).  A warning that the speaker itself will do something
** the lexicon codes ("warned that Turkey would not ratify Sweden's
** membership") is told by that act, as "said" would be; violence or
** sanctions it announces were made threats before this pass runs.
*/
#include <string.h>

#include "warning.h"

static int is_pronoun(const pgn__token *t) {
    static const char *const own[] = {"it", "they", "we", "he", "she", "i"};
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++)
        if (pgn__word_is(t, own[k])) return 1;
    return 0;
}

/* Words that make a warning a threat whoever the clause's subject is:
** "the deployment would be met with a response", "would pay a price". */
static int threat_word(const pgn__token *t) {
    static const char *const words[] = {"response", "respond",  "retaliate", "retaliation",
                                        "consequence", "price", "countermeasure", "reprisal",
                                        "punish", "punishment", "tolerate", "war"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (pgn__lemma_is(t, words[k])) return 1;
    return 0;
}

static int within(const pgn__sent *s, int k, int top) {
    for (int d = 0; k >= 0 && d < PGN__MAX_WALK; d++, k = s->head[k])
        if (k == top) return 1;
    return 0;
}

static int clause_threatens(const pgn__sent *s, int c) {
    for (int k = 0; k < s->n; k++)
        if (within(s, k, c) && threat_word(&s->tok[k])) return 1;
    return 0;
}

void pgn__warning_outlook(const pgn__sent *s, pgn__match *matches, char *has) {
    for (int t = 0; t < s->n; t++) {
        pgn__match *m = &matches[t];
        if (has[t] != 'v' || !pgn__lemma_is(&s->tok[t], "warn") || !m->code ||
            strcmp(m->code, "130") != 0 || (m->target >= 0 && pgn__actor_of(s, m->target) >= 0))
            continue;
        int c = pgn__child(s, t, "ccomp");
        if (c < 0 || clause_threatens(s, c)) continue;
        int sj = pgn__child(s, c, "nsubj");
        if (sj < 0) sj = pgn__child(s, c, "nsubj:pass");
        if (sj < 0) continue;
        int passive = 0, ws = pgn__subject_of(s, t, &passive);
        int32_t warner = ws >= 0 && !passive ? pgn__actor_of(s, ws) : -1;
        int32_t who = pgn__actor_of(s, sj);
        int own = is_pronoun(&s->tok[sj]) ||
                  (who >= 0 && warner >= 0 && pgn__same_country(s->doc, who, warner));
        if (!own) m->code = "012";
        else if (has[c]) has[t] = 0;
    }
}
