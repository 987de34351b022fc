/* src/events/repair_attachment.c -- repairs of phrases hung on the wrong head.
**
** With the tags right, the parser still at times hangs a phrase where the
** event reader will not look: an indirect object as the subject of the
** object noun, an actor after "to" or "with" as the subject of a later
** clause, the place of an accused act on the accusing verb, the last
** phrase of the sentence on its final full stop.  Each repair here re-hangs
** the phrase where the sentence puts it.  Separate from the repairs that
** restore a missing verb (repair_mistagged_verb.c, repair_modifier_verb.c)
** and a broken list of names (repair_name_list.c).
*/
#include <string.h>

#include "repair_int.h"

/* "Japan offered [the Philippines nsubj] radar [systems obj]": a verb's
** indirect object before its object is at times parsed as the subject of
** the object noun (a verbless small clause).  A named actor so hung on a
** verb's nominal object becomes the verb's indirect object, where the
** lexicon's dative reading looks for it ("offer T =system"). */
int pgn__repair_dative(pgn__sent *s, pgn__token *tok) {
    for (int o = 1; o < s->n; o++) {
        int h = s->head[o];
        if (h < 0 || h >= o || !nominal(&s->tok[o]) || !is(s->tok[o].deprel, "obj") ||
            !is(s->tok[h].upos, "VERB"))
            continue;
        for (int n = h + 1; n < o; n++) {
            if (s->head[n] != o || !is(s->tok[n].deprel, "nsubj") || s->mention[n] < 0 ||
                !nominal(&s->tok[n]))
                continue;
            return pgn__repair_reattach(s, tok, n, h, "iobj");
        }
    }
    return 0;
}

/* "sent a letter [to case] the [UN nsubj] [urging advcl] it to condemn":
** a participle after a prepositional phrase, the phrase's noun taken for
** the participle's subject and its preposition hung on the participle.  A
** preposition does not introduce a subject: the noun is the head verb's
** oblique again, and the participle, with no subject of its own, is the
** main clause's act (the letter's sender's appeal). */
int pgn__repair_case_subject(pgn__sent *s, pgn__token *tok) {
    for (int v = 2; v < s->n; v++) {
        int h = s->head[v];
        if (h < 0 || h >= v || !is(s->tok[v].upos, "VERB") || !is(s->tok[v].xpos, "VBG") ||
            !(is(s->tok[v].deprel, "advcl") || is(s->tok[v].deprel, "acl")))
            continue;
        int n = -1, c = -1;
        for (int i = h + 1; i < v; i++) {
            if (s->head[i] != v) continue;
            if (is(s->tok[i].deprel, "case") && c < 0) c = i;
            else if (is(s->tok[i].deprel, "nsubj") && nominal(&s->tok[i])) n = i;
        }
        if (n < 0 || c < 0 || c > n) continue;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, n, h, "obl");
        pgn__repair_attach(s, tok, c, n, "case");
        for (int i = c + 1; i < n; i++) /* ("the" before "UN") */
            if (s->head[i] == v) pgn__repair_attach(s, tok, i, n, tok[i].deprel);
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "signed a pact [with mark] Kim [nsubj] during a rare visit [advcl]",
** "reopened its border [with mark] Hong Kong [nsubj] and dropped": the
** parser read a noun's "with" phrase as an absolute clause, the actor after
** "with" the subject of a later verb or noun.  The actor is the noun's
** "with" phrase again (the pact's, the border's party); the clause keeps
** its head and, with no subject of its own, its main clause's. */
int pgn__repair_with_subject(pgn__sent *s, pgn__token *tok) {
    for (int w = 1; w + 1 < s->n; w++) {
        int h = s->head[w];
        if (h <= w + 1 || !is(s->tok[w].lemma, "with") || !is(s->tok[w].deprel, "mark") ||
            !is(s->tok[w - 1].upos, "NOUN"))
            continue;
        int n = -1;
        for (int i = w + 1; i < h && n < 0; i++)
            if (s->head[i] == h && is(s->tok[i].deprel, "nsubj") && nominal(&s->tok[i]) &&
                s->mention[i] >= 0)
                n = i;
        if (n < 0) continue;
        pgn__repair_copy(s, tok);
        pgn__repair_attach(s, tok, n, w - 1, "nmod");
        pgn__repair_attach(s, tok, w, n, "case");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "accusing it [of genocide] [in Gaza]": the parser hangs the place of the
** act an accusation names on the accusing verb.  A place phrase right
** after the named act's noun belongs to the act ("genocide in Gaza"). */
int pgn__repair_accused_place(pgn__sent *s, pgn__token *tok) {
    static const char *const verbs[] = {"accuse", "blame", "charge"};
    for (int n = 1; n + 2 < s->n; n++) {
        int v = s->head[n], p = n + 2;
        /* (the act hangs on the verb, or on the accused: "accusing [Israel
        ** obj] [of genocide nmod]") */
        if (v >= 0 && is(s->tok[n].deprel, "nmod") && is(s->tok[v].deprel, "obj")) v = s->head[v];
        if (v < 0 || !(is(s->tok[n].deprel, "obl") || is(s->tok[n].deprel, "nmod")) ||
            !is(s->tok[n].upos, "NOUN") || s->head[p] != v || !is(s->tok[p].deprel, "obl") ||
            s->head[n + 1] != p || !is(s->tok[n + 1].lemma, "in"))
            continue;
        int accusing = 0;
        for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++) accusing |= is(s->tok[v].lemma, verbs[k]);
        int of = 0; /* (the act is the accusation's "of" or "for" phrase) */
        for (int d = n - 1; d >= 0 && d >= n - 4; d--)
            if (s->head[d] == n && is(s->tok[d].deprel, "case"))
                of |= is(s->tok[d].lemma, "of") || is(s->tok[d].lemma, "for");
        if (accusing && of) return pgn__repair_reattach(s, tok, p, n, "nmod");
    }
    return 0;
}

/* "said in a statement [that PRON obj] Serbia had assassinated [Australia's
** nuclear scientist]": the complementizer "that" tagged a relative
** pronoun, the clause read as a relative clause whose object it is, and
** the clause's real object hung elsewhere (or beside it as a second
** object).  A relative clause whose "that" is its object has no room for
** another: a noun phrase without a preposition right after the verb is
** its object, "that" its marker, and a clause hung on the oblique noun of
** a verb ("in a statement") that verb's complement. */
int pgn__repair_that_complement(pgn__sent *s, pgn__token *tok) {
    for (int t = 0; t + 3 < s->n; t++) {
        int v = s->head[t];
        if (!pgn__word_is(&s->tok[t], "that") || !is(s->tok[t].upos, "PRON") ||
            !is(s->tok[t].deprel, "obj") || v <= t + 1 || !is(s->tok[v].upos, "VERB"))
            continue;
        int subj = 0;
        for (int i = t + 1; i < v; i++) subj |= s->head[i] == v && is(s->tok[i].deprel, "nsubj");
        if (!subj) continue;
        /* the head of the noun phrase after v: the first noun the words
        ** before it hang on (through "Australia 's nuclear") */
        int o = -1;
        for (int k = v + 1; k < s->n && o < 0; k++) {
            if (!nominal(&s->tok[k])) {
                if (is(s->tok[k].upos, "DET") || is(s->tok[k].upos, "ADJ") ||
                    is(s->tok[k].upos, "NUM") || is(s->tok[k].upos, "PART"))
                    continue;
                break;
            }
            if (s->head[k] > k && s->head[k] <= k + 4) continue; /* a modifier of a later noun */
            o = k;
        }
        if (o < 0 || pgn__repair_has_case(s, o)) continue;
        if (s->head[o] == v ? !is(s->tok[o].deprel, "obj")
                            : !(is(s->tok[o].deprel, "obj") || is(s->tok[o].deprel, "ccomp") ||
                                is(s->tok[o].deprel, "nmod") || is(s->tok[o].deprel, "obl") ||
                                is(s->tok[o].deprel, "dep") || is(s->tok[o].deprel, "appos")))
            continue;
        if (pgn__repair_below(s, v, o)) continue; /* (o above v: no cycle made) */
        pgn__repair_copy(s, tok);
        tok[t].upos = "SCONJ";
        tok[t].xpos = "IN";
        pgn__repair_attach(s, tok, t, v, "mark");
        pgn__repair_attach(s, tok, o, v, "obj");
        int n = s->head[v];
        if (n >= 0 && s->tok[v].deprel && strncmp(s->tok[v].deprel, "acl", 3) == 0 &&
            s->head[n] >= 0 && is(s->tok[n].deprel, "obl") && is(s->tok[s->head[n]].upos, "VERB") &&
            !pgn__repair_below(s, s->head[n], v))
            pgn__repair_attach(s, tok, v, s->head[n], "ccomp");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "distributed food [to mark] [flood VB advcl] [victims obj] in Libya": a
** noun compound after "to" read as an infinitive and its object.  When the
** bare verb could be no event with that object (its entries all name
** other objects: "flood =street"), the words are the noun phrase of a
** "to" phrase on the verb before them, where the lexicon looks for whom
** aid goes to. */
int pgn__repair_to_compound(pgn__sent *s, pgn__token *tok) {
    for (int i = 1; i + 2 < s->n; i++) {
        int c = i + 1, o = i + 2, h = s->head[c];
        if (!pgn__word_is(&s->tok[i], "to") || s->head[i] != c || !is(s->tok[i].deprel, "mark") ||
            !is(s->tok[c].upos, "VERB") || !is(s->tok[c].xpos, "VB") ||
            !is(s->tok[c].deprel, "advcl") || h < 0 || h >= i || !is(s->tok[h].upos, "VERB") ||
            !is(s->tok[o].upos, "NOUN") || s->head[o] != c || !is(s->tok[o].deprel, "obj") ||
            pgn__repair_event_with_object(s, c, o))
            continue;
        pgn__repair_copy(s, tok);
        for (int d = 0; d < s->n; d++)
            if (d != i && d != o && s->head[d] == c)
                pgn__repair_attach(s, tok, d, o, is(tok[d].deprel, "obl") ? "nmod" : tok[d].deprel);
        pgn__repair_attach(s, tok, o, h, "obl");
        pgn__repair_attach(s, tok, i, o, "case");
        tok[i].upos = "ADP";
        tok[i].xpos = "IN";
        pgn__repair_attach(s, tok, c, o, "compound");
        pgn__repair_retag(tok, c, "NOUN", "NN");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "participation [in case] [the det] last remaining nuclear [arms nsubj]
** [control VBP] [treaty obj] with Washington [. root's punct]": a noun
** compound read as a clause (subject, verb, object), the phrase's
** preposition and article left on the final stop.  A full stop has no
** dependents but punctuation: a present verb hung on it with a bare noun
** subject right before and a noun object right after is the compound's
** middle word; the object heads the phrase, which the preposition and
** article rejoin, as a modifier of the noun before the preposition. */
int pgn__repair_stop_clause(pgn__sent *s, pgn__token *tok) {
    for (int v = 2; v + 1 < s->n; v++) {
        int p = s->head[v], n = v - 1, o = v + 1;
        if (p < 0 || !is(s->tok[p].upos, "PUNCT") || !is(s->tok[v].upos, "VERB") ||
            !(is(s->tok[v].xpos, "VBP") || is(s->tok[v].xpos, "VB")) || s->head[n] != v ||
            !is(s->tok[n].deprel, "nsubj") || !is(s->tok[n].upos, "NOUN") || s->head[o] != v ||
            !is(s->tok[o].deprel, "obj") || !is(s->tok[o].upos, "NOUN"))
            continue;
        int c = -1; /* the preposition left on the stop, and the noun before it */
        for (int i = 1; i < n && c < 0; i++)
            if (s->head[i] == p && is(s->tok[i].deprel, "case")) c = i;
        if (c < 0 || !nominal(&s->tok[c - 1]) || pgn__repair_below(s, c - 1, v)) continue;
        int open = 0; /* (nothing else of the subject's own: no article) */
        for (int i = c + 1; i < n; i++) open |= s->head[i] == n && is(s->tok[i].upos, "DET");
        if (open) continue;
        pgn__repair_copy(s, tok);
        for (int i = c; i < n; i++)
            if (s->head[i] == p || s->head[i] == v) pgn__repair_attach(s, tok, i, o, tok[i].deprel);
        pgn__repair_attach(s, tok, o, c - 1, "nmod");
        pgn__repair_attach(s, tok, v, o, "compound");
        pgn__repair_retag(tok, v, "NOUN", "NN");
        pgn__repair_attach(s, tok, n, v, "compound");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "China began military drills around Taiwan [.]", "imposed a security
** law on Hong Kong [.]": the parser at times hangs the sentence's last
** phrase on the final full stop, so the verb loses its object or oblique.
** The phrase is re-hung on the stop's own head: a clause as it was (its
** verb stays advcl), a noun phrase as an oblique when it has a
** preposition, else as the object when the verb has none.  Only a phrase
** made of a noun and its plain modifiers (preposition, article,
** adjective, number, name) is re-hung. */
int pgn__repair_final_stop(pgn__sent *s, pgn__token *tok) {
    int p = s->n - 1, h = p >= 0 ? s->head[p] : -1;
    if (h < 0 || !is(s->tok[p].upos, "PUNCT")) return 0;
    int head = -1, verb = -1, marked = 0;
    for (int i = 0; i < p; i++) {
        if (s->head[i] != p || is(s->tok[i].upos, "PUNCT")) continue;
        if (is(s->tok[i].upos, "VERB")) {
            if (verb >= 0 || head >= 0) return 0;
            verb = i;
        } else if (nominal(&s->tok[i])) {
            head = i; /* (the rightmost noun heads a noun phrase) */
        } else if (is(s->tok[i].upos, "ADP")) {
            marked = 1;
        } else if (!is(s->tok[i].upos, "DET") && !is(s->tok[i].upos, "ADJ") && !is(s->tok[i].upos, "NUM")) {
            return 0;
        }
    }
    if (verb >= 0 && head < 0 && !marked) return pgn__repair_reattach(s, tok, verb, h, "advcl");
    if (verb >= 0 || head < 0 || head == h) return 0;
    for (int i = head + 1; i < p; i++)
        if (s->head[i] == p && !is(s->tok[i].upos, "PUNCT")) return 0;
    int prep = -1; /* (a preposition the parser made a marker of the noun) */
    for (int d = 0; d < head; d++)
        if (s->head[d] == head && is(s->tok[d].upos, "ADP") &&
            (is(s->tok[d].deprel, "case") || is(s->tok[d].deprel, "mark")))
            prep = d, marked = 1;
    int has_obj = 0;
    for (int d = 0; d < s->n; d++) has_obj |= s->head[d] == h && is(s->tok[d].deprel, "obj");
    if (!marked && has_obj) return 0;
    pgn__repair_copy(s, tok);
    if (prep >= 0) tok[prep].deprel = "case";
    for (int i = 0; i < head; i++) {
        if (s->head[i] != p || is(s->tok[i].upos, "PUNCT")) continue;
        const char *rel = is(s->tok[i].upos, "ADP")   ? "case"
                        : is(s->tok[i].upos, "DET")   ? "det"
                        : is(s->tok[i].upos, "NUM")   ? "nummod"
                        : is(s->tok[i].upos, "ADJ")   ? "amod"
                                                      : "compound";
        pgn__repair_attach(s, tok, i, head, rel);
    }
    pgn__repair_attach(s, tok, head, h, marked ? "obl" : "obj");
    s->tok = tok;
    return 1;
}
