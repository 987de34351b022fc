/* src/events/repair_mistagged_verb.c -- repairs of a verb the tagger mistook.
**
** The tagger at times reads a sentence's verb as a noun, an adjective, a
** pronoun or a name ("The US Navy [shot NOUN] down", "Washington [froze
** ADP] aid", "Protesters [set ADJ] fire to"), or a word of a name or an
** adjective as a verb ("Human Rights [Watch aux:pass]", "[sweeping VERB]
** tariffs"), and the parser builds a clause with no predicate or the wrong
** one.  Each repair here gives the word its part of speech back and the
** clause the verb, subject and object it was written with.  Separate from
** repair.c (the driver) and the other repair_*.c files, which mend the
** parser's attachments when the tags were right.
*/
#include <string.h>

#include "repair_int.h"

/* "The US Navy [shot NOUN] down Houthi missiles": the tagger's commonest
** slip in war news.  "shot" tagged a noun and followed by "down" is the
** verb: the noun phrase right before it is its subject, the one after
** "down" its object; whatever hung on "shot" or on the object's old head
** is re-hung so that the clause reads as written.  Applies only when no
** other token is a finite verb (then the parse is the noun-phrase one). */
int pgn__repair_shot_down(pgn__sent *s, pgn__token *tok) {
    int v = -1;
    for (int i = 1; i + 2 < s->n && v < 0; i++)
        if (is(s->tok[i].upos, "NOUN") && s->tok[i].form && strcmp(s->tok[i].form, "shot") == 0 &&
            s->tok[i + 1].form && strcmp(s->tok[i + 1].form, "down") == 0)
            v = i;
    if (v < 0) return 0;
    for (int i = 0; i < s->n; i++)
        if (i != v && finite_verb(&s->tok[i])) return 0;
    int subj = -1, obj = -1;
    for (int i = v - 1; i >= 0 && subj < 0; i--)
        if (nominal(&s->tok[i])) subj = i;
    for (int i = v + 2; i < s->n && obj < 0; i++)
        if (nominal(&s->tok[i]) && !(i + 1 < s->n && nominal(&s->tok[i + 1]))) obj = i;
    if (subj < 0 || obj < 0) return 0;
    pgn__repair_copy(s, tok);
    int old_root = -1;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) old_root = i;
    for (int i = 0; i < s->n; i++) {
        if (i == v || i == subj || i == obj) continue;
        if (i < v && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            pgn__repair_attach(s, tok, i, subj,
                               tok[i].deprel && !is(tok[i].deprel, "nsubj") ? tok[i].deprel : "compound");
        else if (i > v + 1 && i < obj && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            pgn__repair_attach(s, tok, i, obj, tok[i].deprel && !is(tok[i].deprel, "root") ? tok[i].deprel : "amod");
        else if (i > obj && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            pgn__repair_attach(s, tok, i, v, is(tok[i].deprel, "punct") ? "punct" : "obl");
    }
    tok[v].upos = "VERB";
    tok[v].xpos = "VBD";
    tok[v].lemma = "shoot";
    tok[v].feats = NULL;
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    pgn__repair_attach(s, tok, v + 1, v, "compound:prt");
    tok[v + 1].upos = "ADP";
    pgn__repair_attach(s, tok, subj, v, "nsubj");
    pgn__repair_attach(s, tok, obj, v, "obj");
    s->tok = tok;
    return 1;
}

/* "The Israeli military [struck NOUN root] Hezbollah positions": a past
** form the tagger took for a singular noun heads a sentence with no verb.
** A root noun whose form is no form of its lemma as a noun (not the lemma,
** not a plural of it: "struck" for strike, "shelled") and which the
** lexicon knows as a verb, with an actor before it hung on it and a noun
** phrase without a preposition after it, is the verb: the actor its
** subject, the noun phrase its object. */
int pgn__repair_noun_root_verb(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 1 || !is(s->tok[r].upos, "NOUN") || !is(s->tok[r].xpos, "NN") || s->mention[r] >= 0 ||
        !s->tok[r].form || !s->tok[r].lemma || pgn__repair_main_finite_verb(s, r))
        return 0;
    char low[PGN__LEMMA_MAX];
    size_t n = strlen(s->tok[r].form);
    if (n >= sizeof low) return 0;
    for (size_t k = 0; k <= n; k++)
        low[k] = s->tok[r].form[k] >= 'A' && s->tok[r].form[k] <= 'Z'
                     ? (char)(s->tok[r].form[k] - 'A' + 'a')
                     : s->tok[r].form[k];
    size_t ln = strlen(s->tok[r].lemma);
    int noun_form = strcmp(low, s->tok[r].lemma) == 0 ||
                    (strncmp(low, s->tok[r].lemma, ln) == 0 && (!strcmp(low + ln, "s") ||
                                                                 !strcmp(low + ln, "es")));
    int past = n > 4 && strcmp(low + n - 2, "ed") == 0;
    if ((noun_form && !past) || !pgn__repair_lexicon_verb(s, r)) return 0;
    int subj = -1, obj = -1;
    for (int c = r - 1; c >= 0 && subj < 0; c--)
        if (s->head[c] == r && s->mention[c] >= 0 && !pgn__repair_has_case(s, c) &&
            (nominal(&s->tok[c]) || is(s->tok[c].upos, "ADJ")))
            subj = c;
    for (int c = r + 1; c < s->n && obj < 0; c++)
        if (s->head[c] == r && nominal(&s->tok[c]) && !pgn__repair_has_case(s, c)) obj = c;
    if (subj < 0 || obj < 0) return 0;
    pgn__repair_make_clause(s, tok, r, r, subj, obj);
    return 1;
}

/* "[Beijing VERB/VBG root] [phoned case] Libya's president", "[Beijing
** root] [hit PRON] back with tariffs": an actor's name opening the
** sentence, taken for a verb (its "-ing"), heads the parse, and the verb
** after it hangs on it as whatever was left.  The first word after the
** name that the lexicon knows as an event verb is the clause's verb, the
** name its subject, a noun phrase without a preposition hung on the name
** after the verb its object. */
int pgn__repair_name_root(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 0 || s->mention[r] < 0 || !is(s->tok[r].upos, "VERB")) return 0;
    int v = r + 1;
    while (v < s->n && s->mention[v] == s->mention[r]) v++;
    if (v >= s->n || s->mention[v] >= 0 || is(s->tok[v].upos, "PUNCT") ||
        is(s->tok[v].upos, "ADP") || is(s->tok[v].upos, "DET") || is(s->tok[v].upos, "AUX") ||
        is(s->tok[v].upos, "CCONJ") || is(s->tok[v].upos, "SCONJ") || is(s->tok[v].upos, "PART") ||
        !pgn__repair_lexicon_verb(s, v))
        return 0;
    int obj = -1, has_obj = 0;
    for (int i = 0; i < s->n; i++) {
        int h = s->head[i];
        /* (a verb with a subject of its own: "Beijing, [China nsubj]
        ** [said root]" is parsed) */
        if (h >= 0 && h != r && is(s->tok[h].upos, "VERB") && s->tok[i].deprel &&
            strncmp(s->tok[i].deprel, "nsubj", 5) == 0)
            return 0;
        has_obj |= h == v && is(s->tok[i].deprel, "obj");
    }
    for (int c = v + 1; c < s->n && obj < 0 && !has_obj; c++)
        if (s->head[c] == r && nominal(&s->tok[c]) && !pgn__repair_has_case_but(s, c, v) &&
            (is(s->tok[c].deprel, "obj") || is(s->tok[c].deprel, "obl") ||
             is(s->tok[c].deprel, "nmod") || is(s->tok[c].deprel, "appos") ||
             is(s->tok[c].deprel, "dep")))
            obj = c;
    pgn__repair_make_clause(s, tok, r, v, r, obj);
    tok[r].upos = "PROPN"; /* (a name, whatever its "-ing") */
    tok[r].xpos = "NNP";
    return 1;
}

/* "Drones launched by Russia [hit PRON nmod:poss] power plants": a word
** the tagger took for a pronoun that the lexicon knows as an event verb
** (pronouns head no entry), in a sentence with no predicate headed by a
** noun before it, is the predicate: the root noun its subject, the noun
** the word was hung on its object. */
int pgn__repair_pronoun_verb(pgn__sent *s, pgn__token *tok) {
    int r = pgn__repair_sole_root(s);
    if (r < 0 || !nominal(&s->tok[r])) return 0;
    for (int v = r + 1; v < s->n; v++) {
        if (!is(s->tok[v].upos, "PRON") || s->mention[v] >= 0 || !pgn__repair_lexicon_verb(s, v) ||
            pgn__repair_main_finite_verb(s, v))
            continue;
        int o = s->head[v];
        if (o <= v || !nominal(&s->tok[o]) || pgn__repair_has_case(s, o)) o = -1;
        pgn__repair_make_clause(s, tok, r, v, r, o);
        return 1;
    }
    return 0;
}

/* "[France compound] [froze NOUN compound] [aid root] to Mali",
** "[Washington root] [froze ADP] military [aid nmod]": an actor's name
** opening a sentence with no verb, then a word the tagger took for a noun,
** adjective, preposition, conjunction or name (not a plural) that is a
** lexicon verb whose entry names the noun phrase it hangs on (or, heading
** the parse, the one after it) as its object ("freeze =aid").  The word is the
** verb, the name its subject, the noun phrase (with its own modifiers and
** phrases: "to Mali") its object.  The named object keeps a headline
** compound ("France aid cuts") from being read as a clause. */
int pgn__repair_name_noun_verb(pgn__sent *s, pgn__token *tok) {
    int r = -1, x = 0;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) {
            if (r >= 0) return 0;
            r = i;
        }
    if (r < 0 || pgn__repair_main_finite_verb(s, -1)) return 0;
    while (x < s->n && is(s->tok[x].upos, "DET")) x++;
    if (x >= s->n || s->mention[x] < 0) return 0;
    int m = s->mention[x], subj = -1;
    for (; x < s->n && s->mention[x] == m; x++)
        if (s->head[x] < 0 || s->mention[s->head[x]] != m) subj = x; /* (the name's head) */
    /* (a plural is a headline's "-s" verb: repair_headline_verb's) */
    if (subj < 0 || x + 1 >= s->n || s->mention[x] >= 0 ||
        !(is(s->tok[x].upos, "NOUN") || is(s->tok[x].upos, "ADJ") || is(s->tok[x].upos, "ADP") ||
          is(s->tok[x].upos, "SCONJ") || is(s->tok[x].upos, "PROPN")) ||
        is(s->tok[x].xpos, "NNS") || is(s->tok[x].xpos, "NNPS") || !pgn__repair_lexicon_verb(s, x))
        return 0;
    int o = s->head[x];
    /* (through adjectives and compounds: "[froze] Iranian [assets]") */
    for (int k = 0; o > x && k < 3 && s->head[o] > o && is(s->tok[o].deprel, "compound"); k++)
        o = s->head[o];
    if (x == r) { /* ("South Korea [froze PROPN root] North Korean [assets appos]") */
        o = pgn__repair_phrase_head_from(s, x + 1);
        if (o < 0 || s->head[o] != x) return 0;
    }
    if (o <= x || !is(s->tok[o].upos, "NOUN") || s->mention[o] >= 0 || !pgn__repair_names_object(s, x, o))
        return 0;
    for (int d = x + 1; d < o; d++) /* (nothing but the object's own words between) */
        if (s->head[d] != o && s->head[d] <= x) return 0;
    pgn__repair_copy(s, tok);
    for (int i = 0; i < x; i++)
        if (i != subj && (s->head[i] < 0 || s->head[i] >= x)) pgn__repair_attach(s, tok, i, subj, "compound");
    for (int i = x + 1; i < s->n; i++)
        if (i != o && (s->head[i] == subj || s->head[i] == x || (s->head[i] == r && r != o) ||
                       (r == o && s->head[i] == o && is(s->tok[i].upos, "PUNCT"))))
            pgn__repair_attach(s, tok, i, x, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    pgn__repair_retag(tok, x, "VERB", "VBD");
    pgn__repair_attach(s, tok, x, -1, "root");
    tok[x].head = 0;
    pgn__repair_attach(s, tok, subj, x, "nsubj");
    pgn__repair_attach(s, tok, o, x, "obj");
    s->tok = tok;
    return 1;
}

/* The headlines "Hungary demands EU release frozen funds", "Ecuador and
** Colombia sign deal to share electricity": a present-tense verb right
** after the subject's name, tagged as a noun (or an auxiliary), leaves the
** headline with no verb.  In a sentence with no final stop and no verb of
** its own, a word after an actor's name that the lexicon knows as an event
** verb becomes the root; what came before it hangs on it through the
** name (its subject), the first noun heading a phrase after it is its
** object, and the rest of what hung outside its side hangs on it. */
int pgn__repair_headline_verb(pgn__sent *s, pgn__token *tok) {
    const pgn__token *last = &s->tok[s->n - 1];
    if (s->n < 3 || (is(last->upos, "PUNCT") && last->form && strchr(".!?", last->form[0])))
        return 0;
    for (int i = 0; i < s->n; i++) /* ("agree [aux] two-month truce": no verb of its own) */
        if (is(s->tok[i].upos, "VERB") && finite_verb(&s->tok[i]) && !is(s->tok[i].deprel, "aux"))
            return 0;
    int v = -1;
    for (int i = 1; i + 1 < s->n && v < 0; i++) {
        const pgn__token *t = &s->tok[i];
        size_t n = 0;
        if (s->mention[i] >= 0 || s->mention[i - 1] < 0 || !t->lemma || !t->form ||
            !(is(t->upos, "NOUN") || is(t->upos, "AUX") || is(t->upos, "VERB")) ||
            is(t->xpos, "VBG") || is(t->xpos, "VBN"))
            continue;
        /* the bare or third-person form of the verb, not a noun's plural
        ** that only looks like one ("sanctions" stays a noun: its lemma
        ** is "sanction", its form no verb form after a name is) */
        size_t lf = strlen(t->lemma), ff = strlen(t->form);
        int verb_form = (ff == lf || (ff == lf + 1 && t->form[ff - 1] == 's')) &&
                        strncmp(t->form, t->lemma, lf) == 0;
        if (verb_form && pgn__lexicon_lookup(s->lex, t->lemma, 'v', &n) && n > 0) v = i;
    }
    if (v < 0 || s->head[v] < 0) return 0; /* ("Egypt, Sudan [warn root] Ethiopia": parsed) */
    for (int i = 0; i < s->n; i++) /* ("Ukraine war: [Germany nsubj] sends tanks": parsed) */
        if (s->head[i] == v && is(s->tok[i].deprel, "nsubj")) return 0;
    int subj = -1, obj = -1;
    for (int i = v - 1; i >= 0 && subj < 0; i--)
        if (s->mention[i] >= 0 && (s->head[i] < 0 || s->head[i] >= v)) subj = i;
    /* (an actor's name first: "demands [EU] release frozen funds") */
    for (int i = v + 1; i < s->n && obj < 0; i++)
        if (s->mention[i] >= 0 && nominal(&s->tok[i]) && !pgn__repair_has_case(s, i) &&
            (i + 1 == s->n || s->mention[i + 1] != s->mention[i]))
            obj = i;
    for (int i = v + 1; i < s->n && obj < 0; i++)
        if (nominal(&s->tok[i]) && !(is(s->tok[i].deprel, "compound") && s->head[i] > i) &&
            !pgn__repair_has_case(s, i))
            obj = i;
    if (subj < 0 || obj < 0) return 0;
    pgn__repair_copy(s, tok);
    pgn__repair_retag(tok, v, "VERB", "VBZ");
    pgn__repair_attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    for (int i = 0; i < s->n; i++) {
        if (i == v) continue;
        int h = s->head[i], left = i < v;
        int outside = h < 0 || h == v || (left ? h > v : h < v);
        if (i == subj) pgn__repair_attach(s, tok, i, v, "nsubj");
        else if (i == obj) pgn__repair_attach(s, tok, i, v, "obj");
        else if (outside && left && s->mention[i] >= 0 && s->mention[i] != s->mention[subj] &&
                 s->mention[i + 1] != s->mention[i])
            pgn__repair_attach(s, tok, i, subj, "conj"); /* ("[Egypt], Sudan warn": one more subject) */
        else if (outside) pgn__repair_attach(s, tok, i, left ? subj : v, tok[i].deprel);
    }
    s->tok = tok;
    return 1;
}

/* "insisted that Washington [respect NOUN] the country's sovereignty",
** "Egypt, Sudan [warn NOUN] Ethiopia": a present verb tagged a noun right
** after its subject's name leaves its clause verbless, headed by a noun.
** A noun the lexicon knows as a verb, right after a name and right before
** an article or another name (where no noun phrase goes on), in a clause
** with no verb, is the clause's verb: the name its subject (names listed
** before it its conjuncts), the noun phrase after it its object, and the
** clause's old head, if another noun, its oblique. */
int pgn__repair_clause_noun_verb(pgn__sent *s, pgn__token *tok) {
    for (int v = 1; v + 1 < s->n; v++) {
        int32_t sm = s->mention[v - 1];
        if (!is(s->tok[v].upos, "NOUN") || s->mention[v] >= 0 || sm < 0 ||
            !(is(s->tok[v + 1].upos, "DET") ||
              (s->mention[v + 1] >= 0 && s->mention[v + 1] != sm)) ||
            !pgn__repair_lexicon_verb(s, v))
            continue;
        /* the clause v is in: up to its head, through no verb */
        int c = v, verbless = 1;
        for (int steps = 0; c >= 0 && steps < PGN__MAX_WALK; steps++) {
            if (c != v && (is(s->tok[c].upos, "VERB") || is(s->tok[c].upos, "AUX"))) verbless = 0;
            if (s->head[c] < 0 || is(s->tok[c].deprel, "ccomp") || is(s->tok[c].deprel, "advcl") ||
                is(s->tok[c].deprel, "parataxis"))
                break;
            c = s->head[c];
        }
        if (!verbless || c == v || !nominal(&s->tok[c])) continue;
        int o = pgn__repair_phrase_head_from(s, v + 1), subj = v - 1;
        if (o < 0 || (o != c && pgn__repair_below(s, v, o))) continue;
        pgn__repair_copy(s, tok);
        int ch = s->head[c];
        const char *crel = tok[c].deprel;
        for (int i = 0; i < s->n; i++) {
            int h = s->head[i];
            if (i == v || i == subj || i == o || i == c || !(h == c || h == v)) continue;
            if (i < v && s->mention[i] == sm) pgn__repair_attach(s, tok, i, subj, "compound");
            else if (i < v && s->mention[i] >= 0 && s->mention[i + 1] != s->mention[i])
                pgn__repair_attach(s, tok, i, subj, "conj"); /* ("Egypt, [Sudan] warn") */
            else if (i < v || c != o)
                pgn__repair_attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
        }
        tok[v].upos = "VERB";
        tok[v].xpos = s->tok[v].form && s->tok[v].form[0] &&
                              s->tok[v].form[strlen(s->tok[v].form) - 1] == 's'
                          ? "VBZ"
                          : "VBP";
        tok[v].feats = NULL;
        pgn__repair_attach(s, tok, v, ch, ch < 0 ? "root" : crel);
        if (ch < 0) tok[v].head = 0;
        pgn__repair_attach(s, tok, subj, v, "nsubj");
        pgn__repair_attach(s, tok, o, v, "obj");
        if (c != o) pgn__repair_attach(s, tok, c, v, pgn__repair_has_case(s, c) ? "obl" : "dep");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "demanded [that mark] [NATO compound] [withdraw NOUN compound] [forces
** nsubj] from Eastern Europe [. root of the clause]", "insisted that
** [Britain compound] [release NOUN compound] detained [sailors ccomp]": a
** bare verb tagged a noun right after the name that opens a "that" clause
** leaves the clause verbless, headed by its object or the final stop.  A
** word after the name the lexicon knows as a verb, in its bare form, that
** could be an event with the noun it hangs on as object, in a clause with
** no verb of its own, is the clause's verb: a complement of the verb
** before "that", the name its subject, the noun its object, the clause's
** old head (a noun's phrase: "on Chinese firms") its oblique. */
int pgn__repair_that_noun_verb(pgn__sent *s, pgn__token *tok) {
    for (int i = 1; i + 3 < s->n; i++) {
        int c = s->head[i], g = c >= 0 ? s->head[c] : -1, k = i + 1;
        if (!pgn__word_is(&s->tok[i], "that") || !is(s->tok[i].upos, "SCONJ") || c <= i || g < 0 ||
            g >= i || !is(s->tok[g].upos, "VERB"))
            continue;
        while (k < s->n && is(s->tok[k].upos, "DET")) k++;
        int m = k < s->n ? s->mention[k] : -1, subj = -1, v = k;
        if (m < 0) continue;
        for (; v < s->n && s->mention[v] == m; v++)
            if (s->head[v] < 0 || s->mention[s->head[v]] != m) subj = v;
        if (subj < 0 || v + 1 >= s->n || s->mention[v] >= 0 ||
            !(is(s->tok[v].upos, "NOUN") || is(s->tok[v].upos, "ADJ")) ||
            !pgn__repair_form_is_lemma(&s->tok[v]) || !pgn__repair_lexicon_verb(s, v))
            continue;
        int o = s->head[v];
        for (int n = 0; o > v && n < 3 && s->head[o] > o && is(s->tok[o].deprel, "compound"); n++)
            o = s->head[o];
        if (o <= v || !is(s->tok[o].upos, "NOUN") || !pgn__repair_below(s, o, c) ||
            !pgn__repair_event_with_object(s, v, o))
            continue;
        int verbless = 1; /* (participles modifying nouns aside: "detained sailors") */
        for (int d = i + 1; d < s->n && verbless; d++)
            if (pgn__repair_below(s, d, c) && (is(s->tok[d].upos, "AUX") ||
                                   (is(s->tok[d].upos, "VERB") && !is(s->tok[d].deprel, "amod"))))
                verbless = 0;
        if (!verbless) continue;
        pgn__repair_copy(s, tok);
        for (int d = k; d < v; d++)
            if (d != subj && (s->head[d] < 0 || s->mention[s->head[d]] != m))
                pgn__repair_attach(s, tok, d, subj, "compound");
        if (c != o)
            for (int d = 0; d < s->n; d++)
                if (s->head[d] == c && d != o && d != i && s->mention[d] != m)
                    pgn__repair_attach(s, tok, d, v, is(tok[d].deprel, "nmod") ? "obl" : tok[d].deprel);
        pgn__repair_retag(tok, v, "VERB", "VB");
        pgn__repair_attach(s, tok, v, g, "ccomp");
        pgn__repair_attach(s, tok, i, v, "mark");
        pgn__repair_attach(s, tok, subj, v, "nsubj");
        pgn__repair_attach(s, tok, o, v, "obj");
        if (c != o)
            pgn__repair_attach(s, tok, c, is(s->tok[c].upos, "PUNCT") ? g : v,
                   is(s->tok[c].upos, "PUNCT") ? "punct" : pgn__repair_has_case(s, c) ? "obl" : "dep");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "voted [to] [impeach ADJ] President Yoon": a bare verb after "to" the
** tagger took for an adjective or noun, before an actor's name.  A word
** the lexicon knows as a verb, in its bare form, between "to" and a name
** is the infinitive of the verb before it, the name its object. */
int pgn__repair_to_infinitive(pgn__sent *s, pgn__token *tok) {
    for (int i = 1; i + 2 < s->n; i++) {
        int c = i + 1, o = i + 2;
        if (!pgn__word_is(&s->tok[i], "to") || s->mention[c] >= 0 || s->mention[o] < 0 ||
            !(is(s->tok[c].upos, "ADJ") || is(s->tok[c].upos, "NOUN")) ||
            !pgn__repair_form_is_lemma(&s->tok[c]) || !pgn__repair_lexicon_verb(s, c))
            continue;
        int h = i - 1;
        while (h >= 0 && !is(s->tok[h].upos, "VERB")) h--;
        /* (the name's head: its word hung outside it) */
        for (int k = o; k < s->n && s->mention[k] == s->mention[o]; k++)
            if (s->head[k] < 0 || s->mention[s->head[k]] != s->mention[o]) {
                o = k;
                break;
            }
        if (h < 0 || pgn__repair_below(s, h, c) || pgn__repair_below(s, h, o)) continue;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, c, h, "xcomp");
        pgn__repair_retag(tok, c, "VERB", "VB");
        pgn__repair_attach(s, tok, i, c, "mark");
        tok[i].upos = "PART";
        tok[i].xpos = "TO";
        pgn__repair_attach(s, tok, o, c, "obj");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "declared a state of emergency and [cut NOUN compound] internet
** [access conj]": a second verb sharing the subject, tagged a noun and
** read as a compound of its object, the object a conjunct of the first
** verb's.  A noun after "and" whose lexicon entry names that object ("cut
** =internet") is the verb, a conjunct of the first verb, the noun its
** object. */
int pgn__repair_coordinated_noun_verb(pgn__sent *s, pgn__token *tok) {
    for (int x = 1; x + 1 < s->n; x++) {
        int n = s->head[x];
        /* (through the compound chain: "[cut] [internet] access") */
        for (int k = 0; n > x && k < 3 && is(s->tok[n].deprel, "compound") && s->head[n] > n; k++)
            n = s->head[n];
        int f = n >= 0 ? s->head[n] : -1, h = f >= 0 ? s->head[f] : -1;
        if (!is(s->tok[x].upos, "NOUN") || !is(s->tok[x].deprel, "compound") || n <= x ||
            !is(s->tok[x - 1].upos, "CCONJ") || !is(s->tok[n].deprel, "conj") || f < 0 || f >= x ||
            !is(s->tok[f].deprel, "obj") || h < 0 || !is(s->tok[h].upos, "VERB") ||
            s->mention[x] >= 0 || !pgn__repair_names_object(s, x, n))
            continue;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, x, h, "conj");
        tok[x].upos = "VERB";
        tok[x].xpos = is(s->tok[h].xpos, "VBD") ? "VBD" : "VBP";
        tok[x].feats = NULL;
        pgn__repair_attach(s, tok, n, x, "obj");
        if (s->head[x - 1] == n) pgn__repair_attach(s, tok, x - 1, x, "cc");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "Protesters [set ADJ/NOUN] fire to the parliament", "Demonstrators in
** Almaty [set] fire to the mayor's office": the tagger rarely reads "set"
** in "set fire to" as the verb, and the clause of the riot is lost.  "set
** fire to" with a noun phrase before it (not inside a prepositional
** phrase) is a clause: that phrase its subject, "fire" its object and the
** "to" phrase its oblique.  A verb the parser made the root after it
** ("... and attacked a military headquarters") is coordinated with it; a
** verb before it ("police said rioters set fire") governs it as its
** complement.  Runs first: the other repairs would read the broken clause. */
int pgn__repair_set_fire(pgn__sent *s, pgn__token *tok) {
    for (int v = 1; v + 3 < s->n; v++) {
        if (is(s->tok[v].upos, "VERB") || !s->tok[v].form || strcmp(s->tok[v].form, "set") != 0 ||
            !pgn__lemma_is(&s->tok[v + 1], "fire") || !pgn__word_is(&s->tok[v + 2], "to"))
            continue;
        int g = s->head[v + 2], subj = -1, r = pgn__repair_sole_root(s);
        if (g <= v + 2 || r < 0) return 0;
        int said = r < v && is(s->tok[r].upos, "VERB"); /* ("police said rioters set fire") */
        for (int c = v - 1; c >= 0 && subj < 0; c--) {
            if (is(s->tok[c].upos, "PUNCT") || is(s->tok[c].upos, "VERB")) break;
            if (nominal(&s->tok[c]) && !pgn__repair_has_case(s, c) && !(c > 0 && is(s->tok[c - 1].upos, "ADP")) &&
                !is(s->tok[c].deprel, "nmod:poss") && !is(s->tok[c].deprel, "compound") &&
                !(s->head[c] > c && s->head[c] < v && nominal(&s->tok[s->head[c]])))
                subj = c;
        }
        if (subj < 0) return 0;
        pgn__repair_copy(s, tok);
        /* ("Demonstrators [in Almaty] set": the phrase the parser hung on
        ** "set" or "fire" is the subject's) */
        for (int i = subj + 1; i < v; i++) {
            if (s->head[i] != v && s->head[i] != v + 1) continue;
            if (is(s->tok[i].upos, "ADP")) {
                int n = i + 1;
                while (n < v && !nominal(&s->tok[n])) n++;
                if (n < v) pgn__repair_attach(s, tok, i, n, "case");
            } else if (nominal(&s->tok[i])) {
                pgn__repair_attach(s, tok, i, subj, "nmod");
            }
        }
        pgn__repair_retag(tok, v, "VERB", "VBD");
        if (said) {
            pgn__repair_attach(s, tok, v, r, "ccomp");
        } else {
            pgn__repair_attach(s, tok, v, -1, "root");
            tok[v].head = 0;
        }
        pgn__repair_attach(s, tok, subj, v, "nsubj");
        pgn__repair_attach(s, tok, v + 1, v, "obj");
        pgn__repair_attach(s, tok, g, v, "obl");
        /* (the parser's root: a verb after it is coordinated, a noun hangs on) */
        if (!said && r != v && r != subj && r != g && r != v + 1)
            pgn__repair_attach(s, tok, r, v, is(s->tok[r].upos, "VERB") ? "conj" : "dep");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "Human Rights [Watch aux:pass] called for an inquiry": a word of an
** actor's name taken for an auxiliary of the verb after it makes the
** clause passive and leaves it without its subject.  The last word of a
** name of two words or more, hung on the verb right after the name as an
** auxiliary, is the name's head and the verb's subject. */
int pgn__repair_name_as_auxiliary(pgn__sent *s, pgn__token *tok) {
    for (int a = 1; a + 1 < s->n; a++) {
        int v = s->head[a], m = s->mention[a];
        if (m < 0 || s->mention[a - 1] != m || (a + 1 < s->n && s->mention[a + 1] == m) || v != a + 1 ||
            !(is(s->tok[a].deprel, "aux") || is(s->tok[a].deprel, "aux:pass") || is(s->tok[a].deprel, "cop")) ||
            !is(s->tok[v].upos, "VERB"))
            continue;
        pgn__repair_copy(s, tok);
        for (int i = 0; i < a; i++)
            if (s->mention[i] == m && s->head[i] == v) pgn__repair_attach(s, tok, i, a, "compound");
        pgn__repair_attach(s, tok, a, v, "nsubj");
        pgn__repair_retag(tok, a, "PROPN", "NNP");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "Trump announced [sweeping VERB xcomp] [tariffs obj]": an -ing form
** used as an adjective, taken for a gerund whose object is the noun after
** it, leaves the verb before it without its object.  For the -ing forms
** news uses as adjectives of measures and means (a list, written by us:
** "stopped sending weapons" is a true gerund), the form modifies the noun
** and the noun is the verb's object. */
int pgn__repair_adjectival_ing(pgn__sent *s, pgn__token *tok) {
    static const char *const adjectival[] = {"sweeping",   "crippling", "punishing", "devastating",
                                             "damaging",   "stinging",  "scathing",  "biting",
                                             "blistering", "escalating", "far-reaching", "firefighting"};
    for (int t = 1; t + 1 < s->n; t++) {
        int h = s->head[t], o = t + 1, hit = 0;
        for (size_t k = 0; s->tok[t].form && k < sizeof adjectival / sizeof adjectival[0]; k++)
            hit |= strcmp(s->tok[t].form, adjectival[k]) == 0;
        if (!hit || h < 0 || !is(s->tok[t].upos, "VERB") || s->head[o] != t || !is(s->tok[o].deprel, "obj") ||
            !nominal(&s->tok[o]) || !is(s->tok[h].upos, "VERB"))
            continue;
        int taken = 0; /* (the verb has an object of its own: leave it) */
        for (int c = 0; c < s->n; c++) taken |= s->head[c] == h && is(s->tok[c].deprel, "obj");
        if (taken) continue;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, o, h, "obj");
        /* (what else hung on the participle, "sent firefighting aircraft
        ** [to Bolivia]", is the verb's) */
        for (int c = o + 1; c < s->n; c++)
            if (s->head[c] == t) pgn__repair_attach(s, tok, c, h, tok[c].deprel);
        pgn__repair_attach(s, tok, t, o, "amod");
        pgn__repair_retag(tok, t, "ADJ", "JJ");
        tok[t].lemma = tok[t].form; /* (an adjective is its own lemma) */
        s->tok = tok;
        return 1;
    }
    return 0;
}
