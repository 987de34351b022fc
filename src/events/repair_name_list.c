/* src/events/repair_name_list.c -- repairs of misparsed lists of actors.
**
** "Saudi Arabia, Egypt, Bahrain and the UAE cut ties", "China, Japan hold
** talks", "Japan and South Korea vowed": lists and pairs of names are
** where the parser most often loses the subject, making the list the root,
** one name a compound of the next or a name of the list the subject of a
** clause of its own.  Each repair here makes the list the verb's subject
** again, its names conjuncts.  Kept apart from the repairs of mistagged
** verbs and of misattached phrases because every slip here is one of
** coordination.
*/
#include <string.h>

#include "repair_int.h"

/* "[The EU root], Britain, Canada and the United States [imposed conj]
** sanctions": a list of names parsed as the root, the verb a conjunct of
** it with the list's last name as its own subject.  The verb becomes the
** root, the list its subject, the last name one more conjunct. */
int pgn__repair_list_subject(pgn__sent *s, pgn__token *tok) {
    int r = -1;
    for (int i = 0; i < s->n && r < 0; i++)
        if (s->head[i] < 0) r = i;
    if (r < 0 || !nominal(&s->tok[r]) || s->mention[r] < 0) return 0;
    for (int v = r + 1; v < s->n; v++) {
        if (s->head[v] != r || !is(s->tok[v].deprel, "conj") || !is(s->tok[v].upos, "VERB") ||
            !(finite_verb(&s->tok[v]) || is(s->tok[v].xpos, "VBN")))
            continue; /* (the tagger may call it a participle) */
        int n = -1, names = 0;
        for (int c = r + 1; c < v; c++) {
            if (s->head[c] == v && is(s->tok[c].deprel, "nsubj") && s->mention[c] >= 0) n = c;
            if (s->head[c] == r && is(s->tok[c].deprel, "conj") && s->mention[c] >= 0) names++;
        }
        if (n < 0 || names == 0) return 0;
        pgn__repair_verb_as_root(s, tok, v);
        pgn__repair_attach(s, tok, r, v, "nsubj");
        pgn__repair_attach(s, tok, n, r, "conj");
        for (int c = r + 1; c < v; c++) /* the "and" before the last name */
            if (s->head[c] == v && is(s->tok[c].deprel, "cc")) pgn__repair_attach(s, tok, c, n, "cc");
        for (int c = v + 1; c < s->n; c++)
            if (s->head[c] == r) pgn__repair_attach(s, tok, c, v, tok[c].deprel);
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "[Saudi Arabia root], Egypt, Bahrain and [the UAE compound] [cut VB
** compound] diplomatic ties": a list of names heads the parse, and the
** verb after it hangs on whatever was left.  The first word after the
** list (names, commas, "and", articles) is its verb when the lexicon knows
** it as one and the sentence has no other: the list becomes its subject,
** each name on it a conjunct of the first. */
int pgn__repair_list_root(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 0 || s->mention[r] < 0 || !is(s->tok[r].upos, "PROPN")) return 0;
    int names = 0, v = r + 1;
    for (; v < s->n; v++) {
        const pgn__token *t = &s->tok[v];
        if (s->mention[v] >= 0) {
            names += s->mention[v] != s->mention[v - 1];
            continue;
        }
        if (!(is(t->upos, "CCONJ") || is(t->upos, "DET") || (t->form && !strcmp(t->form, ","))))
            break;
    }
    if (names < 1 || v >= s->n || !is(s->tok[v].upos, "VERB") || is(s->tok[v].xpos, "VBG") ||
        is(s->tok[v].xpos, "VBN") || !pgn__repair_lexicon_verb(s, v) || pgn__repair_main_finite_verb(s, v))
        return 0;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] >= 0 && is(s->tok[s->head[i]].upos, "VERB") && s->tok[i].deprel &&
            strncmp(s->tok[i].deprel, "nsubj", 5) == 0)
            return 0; /* (a verb with a subject: parsed) */
    pgn__repair_make_clause(s, tok, r, v, r, -1);
    for (int m = r + 1; m < v; m++) {
        int32_t mm = s->mention[m];
        if (mm < 0 || mm == s->mention[r] || (m + 1 < v && s->mention[m + 1] == mm)) continue;
        if (s->head[m] != r || !is(tok[m].deprel, "conj"))
            pgn__repair_attach(s, tok, m, r, "conj"); /* (m: the name's last word) */
        for (int d = m - 1; d > r && s->mention[d] < 0; d--) /* ("and the" before it) */
            if (is(s->tok[d].upos, "CCONJ") || is(s->tok[d].upos, "DET"))
                pgn__repair_attach(s, tok, d, m, is(s->tok[d].upos, "DET") ? "det" : "cc");
    }
    return 1;
}

/* "[Spain obl] , [Britain nsubj] and Qatar sent teams": a list of names
** opening the clause whose first name the parser hung on the verb as a
** modifier.  The name right before ", <subject>" is one more conjunct of
** the subject. */
int pgn__repair_list_head(pgn__sent *s, pgn__token *tok) {
    for (int i = 0; i + 2 < s->n; i++) {
        int n = i + 2, v = s->head[i];
        if (v < 0 || s->head[n] != v || !is(s->tok[n].deprel, "nsubj") || s->mention[i] < 0 ||
            s->mention[n] < 0 || s->mention[i] == s->mention[n] || !is(s->tok[i].upos, "PROPN") ||
            !is(s->tok[i + 1].upos, "PUNCT") || !s->tok[i + 1].form ||
            strcmp(s->tok[i + 1].form, ",") != 0 || pgn__repair_has_case(s, i) ||
            is(s->tok[i].deprel, "nsubj") || is(s->tok[i].deprel, "conj"))
            continue;
        /* the whole list: "and" and a last name after the subject */
        int last = 0;
        for (int c = n + 1; c < s->n && c <= n + 6; c++)
            if (s->head[c] == n && is(s->tok[c].deprel, "conj") && s->mention[c] >= 0) last = 1;
        if (!last) continue;
        return pgn__repair_reattach(s, tok, i, n, "conj");
    }
    return 0;
}

/* The headline "China, Japan hold talks": the comma stands for "and".
** The parser makes the first name the root and the verb its dependent;
** the verb becomes the root, the first name a conjunct of its subject. */
int pgn__repair_headline_pair(pgn__sent *s, pgn__token *tok) {
    int r = 0, n = 2, v = n < s->n ? s->head[n] : -1;
    if (s->n < 4 || s->head[r] >= 0 || s->mention[r] < 0 || !is(s->tok[r].upos, "PROPN") ||
        !s->tok[1].form || strcmp(s->tok[1].form, ",") != 0 || s->mention[n] < 0 ||
        s->mention[n] == s->mention[r] || !is(s->tok[n].deprel, "nsubj") || v <= n ||
        s->head[v] != r || !is(s->tok[v].upos, "VERB"))
        return 0;
    pgn__repair_copy(s, tok);
    for (int c = 0; c < s->n; c++)
        if (c != v && s->head[c] == r) pgn__repair_attach(s, tok, c, v, tok[c].deprel);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, r, n, "conj");
    s->tok = tok;
    return 1;
}

/* "[Japan compound] and South Korea vowed": two names joined by "and"
** parsed as one compound name.  The first, an actor of its own, is a
** conjunct of the second. */
int pgn__repair_compound_pair(pgn__sent *s, pgn__token *tok) {
    for (int i = 0; i + 2 < s->n; i++) {
        int h = s->head[i], a = i + 1;
        if (h <= a || !is(s->tok[i].deprel, "compound") || s->mention[i] < 0 ||
            s->mention[h] < 0 || s->mention[h] == s->mention[i] || !is(s->tok[a].upos, "CCONJ") ||
            s->mention[a + 1] != s->mention[h] || (i > 0 && s->mention[i - 1] == s->mention[i]))
            continue;
        return pgn__repair_reattach(s, tok, i, h, "conj");
    }
    return 0;
}

/* The headline "Myanmar earthquake: China, India and Thailand send rescue
** teams": the clause after the topic's colon hangs on the topic, and its
** subject was taken for an apposition of the topic.  The name right after
** the colon becomes the subject of the clause's verb. */
int pgn__repair_topic_subject(pgn__sent *s, pgn__token *tok) {
    int c = -1;
    for (int i = 1; i < s->n && i <= 5 && c < 0; i++)
        if (s->tok[i].form && strcmp(s->tok[i].form, ":") == 0) c = i;
    if (c < 0 || c + 2 >= s->n) return 0;
    int r = s->head[c + 1], n = c + 1;
    if (r < 0 || r >= c || s->head[r] >= 0 || !nominal(&s->tok[r]) || s->mention[n] < 0 ||
        !is(s->tok[n].deprel, "appos"))
        return 0;
    for (int v = n + 1; v < s->n; v++) {
        if (s->head[v] != r || !is(s->tok[v].upos, "VERB") ||
            !(is(s->tok[v].deprel, "parataxis") || is(s->tok[v].deprel, "appos") ||
              is(s->tok[v].deprel, "dep")))
            continue;
        for (int k = 0; k < s->n; k++)
            if (s->head[k] == v && strncmp(s->tok[k].deprel ? s->tok[k].deprel : "", "nsubj", 5) == 0)
                return 0;
        return pgn__repair_reattach(s, tok, n, v, "nsubj");
    }
    return 0;
}

/* "[Fighting root] between the army and [the RSF nsubj] [resumed conj]":
** a sentence opening with an act between two sides, its second side
** taken for the subject of a second clause.  The gerund heading the
** parse with a "between" phrase, and a verb coordinated with it whose
** subject follows an "and" after that phrase: the verb is the clause,
** the gerund its subject and the second side coordinated with the first.
** (Also a gerund opening the sentence hung on the verb after it as an
** auxiliary: it is that verb's subject.) */
int pgn__repair_between_pair(pgn__sent *s, pgn__token *tok) {
    int t = pgn__repair_sole_root(s);
    if (s->n > 2 && is(s->tok[0].xpos, "VBG") && s->head[0] == 1 && is(s->tok[1].upos, "VERB") &&
        (is(s->tok[0].deprel, "aux") || is(s->tok[0].deprel, "aux:pass") || is(s->tok[0].deprel, "advmod"))) {
        /* ("[Fighting aux:pass] erupted in Khartoum between ...": the
        ** opening gerund is the subject of the verb right after it) */
        for (int c = 2; c < s->n; c++)
            if (s->head[c] == 1 && s->tok[c].deprel && !strncmp(s->tok[c].deprel, "nsubj", 5)) return 0;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, 0, 1, "nsubj");
        pgn__repair_retag(tok, 0, "NOUN", "NN");
        s->tok = tok;
        return 1;
    }
    if (t < 0 || !is(s->tok[t].xpos, "VBG")) return 0;
    int a = -1, v = -1;
    for (int c = 0; c < s->n; c++) {
        if (s->head[c] != t) continue;
        if (is(s->tok[c].deprel, "obl") && c > t && a < 0) {
            for (int d = t + 1; d < c; d++)
                if (s->head[d] == c && is(s->tok[d].deprel, "case") && pgn__word_is(&s->tok[d], "between")) a = c;
        } else if (is(s->tok[c].deprel, "conj") && is(s->tok[c].upos, "VERB") && v < 0) {
            v = c;
        }
    }
    if (a < 0 || v < a) return 0;
    int b = -1, cc = -1;
    for (int c = a + 1; c < v; c++) {
        if (s->head[c] == v && is(s->tok[c].deprel, "cc") && cc < 0) cc = c;
        if (s->head[c] == v && is(s->tok[c].deprel, "nsubj")) b = c;
    }
    if (b < 0 || cc < 0 || cc > b || !nominal(&s->tok[b])) return 0;
    pgn__repair_copy(s, tok);
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, t, v, "nsubj");
    pgn__repair_retag(tok, t, "NOUN", "NN");
    pgn__repair_attach(s, tok, b, a, "conj");
    pgn__repair_attach(s, tok, cc, b, "cc");
    s->tok = tok;
    return 1;
}
