/* src/events/repair.c -- mending parse errors before events are read.
**
** A news sentence opening "Pakistani police arrested Imran Khan" or
** "Turkey hosted Russian negotiators" is at times parsed as a noun phrase:
** the noun is the root and the verb a participle modifying it ("police
** [arrested acl]", "[hosted amod] negotiators"), so the clause has no
** predicate and no subject and codes no event.  When the sentence has no
** predicate at all (the root is a noun and no other token is a finite
** verb), the participle is the sentence's verb: it becomes the root, the
** noun before it its subject and the noun after it its object.
** Likewise a finite verb with no subject and an actor hung before it as a
** modifier ("[Norway advmod] pledged aid") has that actor as its subject.
** The repair writes a copy of the sentence's tokens; the document keeps
** the parser's analysis.
*/
#include <string.h>

#include "extract_int.h"

/* (the first byte before strcmp: ten repairs ask it of every sentence) */
static int is(const char *a, const char *b) { return a && a[0] == b[0] && strcmp(a, b) == 0; }

static int finite_verb(const pgn__token *t) {
    return (is(t->upos, "VERB") || is(t->upos, "AUX")) &&
           (is(t->xpos, "VBD") || is(t->xpos, "VBZ") || is(t->xpos, "VBP") || is(t->xpos, "MD"));
}

static int nominal(const pgn__token *t) { return is(t->upos, "NOUN") || is(t->upos, "PROPN"); }

/* Has i a case marker?  (The children lists are not built yet; a marker
** comes just before its noun, so a few tokens back are enough, and a long
** broken sentence stays linear.) */
static int has_case(const pgn__sent *s, int i) {
    for (int d = i > 4 ? i - 4 : 0; d < i; d++)
        if (s->head[d] == i && is(s->tok[d].deprel, "case")) return 1;
    return 0;
}

/* Has the sentence a finite verb heading a clause of its own (not one
** inside a relative clause or a noun's modifier: "protesters [who had
** surrounded] the legislature" leaves a verbless main clause verbless)?
** except: a token not to count. */
static int main_finite_verb_but(const pgn__sent *s, int except, int except2) {
    for (int i = 0; i < s->n; i++) {
        if (i == except || i == except2 || !finite_verb(&s->tok[i])) continue;
        int c = i; /* (an auxiliary stands for its verb's clause) */
        if ((is(s->tok[i].deprel, "aux") || is(s->tok[i].deprel, "aux:pass")) && s->head[i] >= 0)
            c = s->head[i];
        if (is(s->tok[c].deprel, "acl")) continue;
        /* (a relative clause only when a relative word opens it: "aid
        ** [convoys VBZ relcl] into the United States" is the tagger's verb) */
        int rel = 0;
        for (int d = 0; d < c && is(s->tok[c].deprel, "acl:relcl"); d++)
            rel |= s->head[d] == c && is(s->tok[d].upos, "PRON") &&
                   (pgn__word_is(&s->tok[d], "who") || pgn__word_is(&s->tok[d], "which") ||
                    pgn__word_is(&s->tok[d], "that") || pgn__word_is(&s->tok[d], "whom"));
        if (!rel) return 1;
    }
    return 0;
}

static int main_finite_verb(const pgn__sent *s, int except) {
    return main_finite_verb_but(s, except, -1);
}

static void attach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel) {
    s->head[i] = h;
    tok[i].head = h + 1;
    tok[i].deprel = rel;
}

/* Gives token i of the copy tok the tags upos and xpos (no features: the
** tagger's were for the other part of speech). */
static void retag(pgn__token *tok, int i, const char *upos, const char *xpos) {
    tok[i].upos = upos;
    tok[i].xpos = xpos;
    tok[i].feats = NULL;
}

/* A repair that moves one arc: copies the tokens into tok (the caller's
** copy), hangs i on h as rel and makes the sentence read the copy.
** Returns 1, what the repairs return when they changed the parse. */
static int reattach(pgn__sent *s, pgn__token *tok, int i, int h, const char *rel) {
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, i, h, rel);
    s->tok = tok;
    return 1;
}

/* "[Norway advmod] pledged $50 million": a finite root verb with no
** subject, and an actor before it hung on it as a modifier: the actor is
** the subject the tagger missed. */
static int repair_subject(pgn__sent *s, pgn__token *tok, int root) {
    if (!finite_verb(&s->tok[root]) || !is(s->tok[root].upos, "VERB")) return 0;
    for (int c = 0; c < s->n; c++)
        if (s->head[c] == root && s->tok[c].deprel &&
            (strncmp(s->tok[c].deprel, "nsubj", 5) == 0 ||
             strncmp(s->tok[c].deprel, "csubj", 5) == 0 || is(s->tok[c].deprel, "expl")))
            return 0;
    for (int c = 0; c < root; c++) {
        if (s->head[c] != root || s->mention[c] < 0) continue;
        if (!(is(s->tok[c].deprel, "advmod") || is(s->tok[c].deprel, "compound") ||
              is(s->tok[c].deprel, "dep") || is(s->tok[c].deprel, "obl:npmod")))
            continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        tok[c].deprel = "nsubj";
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "The US Navy [shot NOUN] down Houthi missiles": the tagger's commonest
** slip in war news.  "shot" tagged a noun and followed by "down" is the
** verb: the noun phrase right before it is its subject, the one after
** "down" its object; whatever hung on "shot" or on the object's old head
** is re-hung so that the clause reads as written.  Applies only when no
** other token is a finite verb (then the parse is the noun-phrase one). */
static int repair_shot_down(pgn__sent *s, pgn__token *tok) {
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
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    int old_root = -1;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) old_root = i;
    for (int i = 0; i < s->n; i++) {
        if (i == v || i == subj || i == obj) continue;
        if (i < v && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            attach(s, tok, i, subj, tok[i].deprel && !is(tok[i].deprel, "nsubj") ? tok[i].deprel : "compound");
        else if (i > v + 1 && i < obj && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            attach(s, tok, i, obj, tok[i].deprel && !is(tok[i].deprel, "root") ? tok[i].deprel : "amod");
        else if (i > obj && (s->head[i] == v || s->head[i] == old_root || s->head[i] < 0))
            attach(s, tok, i, v, is(tok[i].deprel, "punct") ? "punct" : "obl");
    }
    tok[v].upos = "VERB";
    tok[v].xpos = "VBD";
    tok[v].lemma = "shoot";
    tok[v].feats = NULL;
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, v + 1, v, "compound:prt");
    tok[v + 1].upos = "ADP";
    attach(s, tok, subj, v, "nsubj");
    attach(s, tok, obj, v, "obj");
    s->tok = tok;
    return 1;
}

/* "[The EU root], Britain, Canada and the United States [imposed conj]
** sanctions": a list of names parsed as the root, the verb a conjunct of
** it with the list's last name as its own subject.  The verb becomes the
** root, the list its subject, the last name one more conjunct. */
static int repair_list_subject(pgn__sent *s, pgn__token *tok) {
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
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, v, -1, "root");
        tok[v].head = 0;
        tok[v].feats = NULL; /* not the passive participle the tagger took */
        attach(s, tok, r, v, "nsubj");
        attach(s, tok, n, r, "conj");
        for (int c = r + 1; c < v; c++) /* the "and" before the last name */
            if (s->head[c] == v && is(s->tok[c].deprel, "cc")) attach(s, tok, c, n, "cc");
        for (int c = v + 1; c < s->n; c++)
            if (s->head[c] == r) attach(s, tok, c, v, tok[c].deprel);
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* Does o hang on the root r, directly or (the parser having hung the rest
** of the clause on a later word: "court [jailed amod] American [journalist]
** Evan Gershkovich [on charges nmod]") through words after v only? */
static int under_root_after(const pgn__sent *s, int o, int r, int v) {
    for (int h = s->head[o], steps = 0; h >= 0 && steps < 4; h = s->head[h], steps++) {
        if (h == r) return 1;
        if (h <= v) return 0;
    }
    return 0;
}

/* The sentence's root when it has exactly one, else -1: the repairs below
** rebuild a parse only when the parser gave one tree (two roots mean it
** already split the sentence some other way). */
static int sole_root(const pgn__sent *s) {
    int r = -1;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) {
            if (r >= 0) return -1;
            r = i;
        }
    return r;
}

/* "Iranian police [fired amod] tear [gas nmod/conj]": a past verb (or
** participle: the tagger says either)
** right after the noun root, hung as a modifier on a later noun that
** itself hangs on the root, with no other finite verb in the sentence.
** The verb becomes the root, the noun root its subject, the later noun its
** object; what hung on the old root after the verb hangs on the verb. */
static int repair_amod_verb(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    int v = r + 1, o = v < s->n && r >= 0 ? s->head[v] : -1;
    if (r < 0 || !nominal(&s->tok[r]) || v >= s->n || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
        !is(s->tok[v].deprel, "amod") || o <= v ||
        !nominal(&s->tok[o]) || !under_root_after(s, o, r, v) || has_case(s, o))
        return 0;
    if (main_finite_verb(s, v)) return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, r, v, "nsubj");
    attach(s, tok, o, v, "obj");
    for (int i = v + 1; i < s->n; i++)
        if (i != o && s->head[i] == r) attach(s, tok, i, v, tok[i].deprel);
    s->tok = tok;
    return 1;
}

/* "[Malian soldiers nsubj] [executed amod] [civilians root] in the village
** of Moura, a UN report [said dep]": a past verb with its own subject before
** it, hung as a modifier on the noun root after it ("executed civilians"
** read as a noun phrase).  The verb becomes the root and the noun its
** object; a place phrase on the noun ("in", "near", "at") becomes the
** verb's, and a trailing "X said" stays a clause of its own (the only
** other finite verb allowed). */
static int repair_subject_amod_verb(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 1 || !nominal(&s->tok[r])) return 0;
    int v = -1, n = -1;
    for (int i = 0; i < r; i++)
        if (s->head[i] == r && is(s->tok[i].deprel, "amod") && is(s->tok[i].upos, "VERB") &&
            (is(s->tok[i].xpos, "VBD") || is(s->tok[i].xpos, "VBN")))
            v = i;
    for (int i = 0; v >= 0 && i < v; i++)
        if (s->head[i] == v && is(s->tok[i].deprel, "nsubj") && nominal(&s->tok[i])) n = i;
    if (n < 0) return 0;
    int said = -1;
    for (int i = r + 1; i < s->n; i++)
        if (s->head[i] == r && (is(s->tok[i].deprel, "dep") || is(s->tok[i].deprel, "parataxis")) &&
            finite_verb(&s->tok[i]))
            said = i;
    if (main_finite_verb_but(s, v, said)) return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, r, v, "obj");
    for (int i = r + 1; i < s->n; i++) {
        if (s->head[i] != r) continue;
        const char *cs = NULL;
        for (int d = i - 1; d > r && !cs; d--)
            if (s->head[d] == i && is(s->tok[d].deprel, "case")) cs = s->tok[d].lemma;
        if (i == said) attach(s, tok, i, v, "parataxis");
        else if (is(s->tok[i].deprel, "nmod") && cs &&
                 (!strcmp(cs, "in") || !strcmp(cs, "near") || !strcmp(cs, "at")))
            attach(s, tok, i, v, "obl");
        else if (is(s->tok[i].deprel, "punct"))
            attach(s, tok, i, v, "punct");
    }
    s->tok = tok;
    return 1;
}

/* "Pakistani [jets nsubj] [struck acl] [suspected root] militant
** [hideouts obj]", "police [arrested acl] [suspected root] gang members":
** "suspected" or "alleged" before the object taken for the verb, the verb
** for a participle on the subject.  The participle becomes the root, with
** the subject, the object and the old root's other phrases; "suspected"
** goes back to modifying the object. */
static int repair_suspected_object(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 2 || !(pgn__lemma_is(&s->tok[r], "suspect") || pgn__lemma_is(&s->tok[r], "allege")) ||
        !is(s->tok[r].xpos, "VBN"))
        return 0;
    int v = r - 1, n = s->head[v], o = -1;
    if (n < 0 || s->head[n] != r || !is(s->tok[n].deprel, "nsubj") || !nominal(&s->tok[n]) ||
        !is(s->tok[v].deprel, "acl") || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")))
        return 0;
    for (int i = 0; i < s->n; i++) {
        if (s->head[i] != r) continue;
        if (is(s->tok[i].deprel, "aux") || is(s->tok[i].deprel, "aux:pass")) return 0;
        if (o < 0 && i > r && is(s->tok[i].deprel, "obj") && nominal(&s->tok[i])) o = i;
    }
    if (o < 0) return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    for (int i = 0; i < s->n; i++)
        if (i != v && s->head[i] == r) attach(s, tok, i, v, tok[i].deprel);
    attach(s, tok, r, o, "amod");
    s->tok = tok;
    return 1;
}

/* "[Jordanian root] and French [planes conj] [dropped amod] food parcels":
** a subject opening with coordinated nationality adjectives, parsed with
** the first adjective as the root, the noun a conjunct of it and the verb
** a modifier of its object.  The verb becomes the root, the noun its
** subject (the adjectives coordinated on it, as in "Chinese and Indian
** troops clashed"), the modified noun its object; what followed the verb
** on the old root or the subject noun hangs on the verb. */
static int repair_adjective_list_root(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 0 || !is(s->tok[r].upos, "ADJ") || s->mention[r] < 0) return 0;
    int n = -1;
    for (int i = r + 1; i + 1 < s->n && n < 0; i++)
        if (s->head[i] == r && is(s->tok[i].deprel, "conj") && nominal(&s->tok[i])) n = i;
    int v = n + 1, o = n >= 0 && v < s->n ? s->head[v] : -1;
    if (n < 0 || v >= s->n || !is(s->tok[v].upos, "VERB") ||
        !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
        !is(s->tok[v].deprel, "amod") || o <= v || !nominal(&s->tok[o]) ||
        (s->head[o] != r && s->head[o] != n) || has_case(s, o))
        return 0;
    for (int i = 0; i < s->n; i++)
        if (i != v && finite_verb(&s->tok[i]) && !is(s->tok[i].deprel, "acl")) return 0;
    int second = -1, cc = -1; /* "French", "and" */
    for (int i = r + 1; i < n; i++) {
        if (s->head[i] == n && is(s->tok[i].upos, "ADJ") && s->mention[i] >= 0) second = i;
        if ((s->head[i] == n || s->head[i] == r) && is(s->tok[i].deprel, "cc")) cc = i;
    }
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    tok[v].feats = NULL; /* not the passive participle the tagger took */
    attach(s, tok, n, v, "nsubj");
    attach(s, tok, r, n, "amod");
    if (second >= 0) attach(s, tok, second, r, "conj");
    if (second >= 0 && cc >= 0 && cc < second) attach(s, tok, cc, second, "cc");
    attach(s, tok, o, v, "obj");
    for (int i = v + 1; i < s->n; i++)
        if (i != o && (s->head[i] == r || s->head[i] == n))
            attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    s->tok = tok;
    return 1;
}

/* Does the lexicon know token i as an event verb (its lemma or a simple
** stem of its form: "struck" -> strike, "phoned" -> phone)? */
static int lexicon_verb(const pgn__sent *s, int i) {
    char v[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[i], v, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        if (pgn__lexicon_lookup(s->lex, v[k], 'v', &n) && n > 0) return 1;
    }
    return 0;
}

/* Makes v the root verb of the sentence with subj its subject and obj
** (or -1) its object, reading a verbless parse as the clause it is: what
** hung before v on v, on the old root r or nowhere hangs on the subject,
** what hung after v there hangs on v (a noun's modifier becoming the
** verb's oblique).  Writes the copy tok and points s at it. */
static void make_clause(pgn__sent *s, pgn__token *tok, int r, int v, int subj, int obj) {
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    for (int i = 0; i < s->n; i++) {
        if (i == v || i == subj || i == obj) continue;
        int h = s->head[i];
        if (!(h < 0 || h == v || h == r)) continue;
        if (i < v) attach(s, tok, i, subj, is(tok[i].deprel, "nsubj") ? "compound" : tok[i].deprel);
        else if (h < 0) /* (the old root: "as [part]") */
            attach(s, tok, i, v, has_case(s, i) ? "obl" : "dep");
        else attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    }
    /* (a phrase after the verb hung on a word before it, across the verb,
    ** is the verb's: "Drones launched by Russia hit plants [in cities]") */
    for (int i = v + 1; i < s->n; i++) {
        int h = s->head[i];
        if (i != obj && h >= 0 && h < v && h != subj && s->head[h] >= 0 &&
            (is(tok[i].deprel, "obl") || is(tok[i].deprel, "nmod")))
            attach(s, tok, i, v, "obl");
    }
    tok[v].upos = "VERB";
    if (!is(tok[v].xpos, "VBD") && !is(tok[v].xpos, "VBZ") && !is(tok[v].xpos, "VBP"))
        tok[v].xpos = "VBD";
    tok[v].feats = NULL;
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, subj, v, "nsubj");
    if (obj >= 0) attach(s, tok, obj, v, "obj");
    s->tok = tok;
}

/* Has i a case marker other than token skip? */
static int has_case_but(const pgn__sent *s, int i, int skip) {
    for (int d = i > 4 ? i - 4 : 0; d < i; d++)
        if (d != skip && s->head[d] == i && is(s->tok[d].deprel, "case")) return 1;
    return 0;
}

/* "The Israeli military [struck NOUN root] Hezbollah positions": a past
** form the tagger took for a singular noun heads a sentence with no verb.
** A root noun whose form is no form of its lemma as a noun (not the lemma,
** not a plural of it: "struck" for strike, "shelled") and which the
** lexicon knows as a verb, with an actor before it hung on it and a noun
** phrase without a preposition after it, is the verb: the actor its
** subject, the noun phrase its object. */
static int repair_noun_root_verb(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 1 || !is(s->tok[r].upos, "NOUN") || !is(s->tok[r].xpos, "NN") || s->mention[r] >= 0 ||
        !s->tok[r].form || !s->tok[r].lemma || main_finite_verb(s, r))
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
    if ((noun_form && !past) || !lexicon_verb(s, r)) return 0;
    int subj = -1, obj = -1;
    for (int c = r - 1; c >= 0 && subj < 0; c--)
        if (s->head[c] == r && s->mention[c] >= 0 && !has_case(s, c) &&
            (nominal(&s->tok[c]) || is(s->tok[c].upos, "ADJ")))
            subj = c;
    for (int c = r + 1; c < s->n && obj < 0; c++)
        if (s->head[c] == r && nominal(&s->tok[c]) && !has_case(s, c)) obj = c;
    if (subj < 0 || obj < 0) return 0;
    make_clause(s, tok, r, r, subj, obj);
    return 1;
}

/* "[Beijing VERB/VBG root] [phoned case] Libya's president", "[Beijing
** root] [hit PRON] back with tariffs": an actor's name opening the
** sentence, taken for a verb (its "-ing"), heads the parse, and the verb
** after it hangs on it as whatever was left.  The first word after the
** name that the lexicon knows as an event verb is the clause's verb, the
** name its subject, a noun phrase without a preposition hung on the name
** after the verb its object. */
static int repair_name_root(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 0 || s->mention[r] < 0 || !is(s->tok[r].upos, "VERB")) return 0;
    int v = r + 1;
    while (v < s->n && s->mention[v] == s->mention[r]) v++;
    if (v >= s->n || s->mention[v] >= 0 || is(s->tok[v].upos, "PUNCT") ||
        is(s->tok[v].upos, "ADP") || is(s->tok[v].upos, "DET") || is(s->tok[v].upos, "AUX") ||
        is(s->tok[v].upos, "CCONJ") || is(s->tok[v].upos, "SCONJ") || is(s->tok[v].upos, "PART") ||
        !lexicon_verb(s, v))
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
        if (s->head[c] == r && nominal(&s->tok[c]) && !has_case_but(s, c, v) &&
            (is(s->tok[c].deprel, "obj") || is(s->tok[c].deprel, "obl") ||
             is(s->tok[c].deprel, "nmod") || is(s->tok[c].deprel, "appos") ||
             is(s->tok[c].deprel, "dep")))
            obj = c;
    make_clause(s, tok, r, v, r, obj);
    tok[r].upos = "PROPN"; /* (a name, whatever its "-ing") */
    tok[r].xpos = "NNP";
    return 1;
}

/* "[Saudi Arabia root], Egypt, Bahrain and [the UAE compound] [cut VB
** compound] diplomatic ties": a list of names heads the parse, and the
** verb after it hangs on whatever was left.  The first word after the
** list (names, commas, "and", articles) is its verb when the lexicon knows
** it as one and the sentence has no other: the list becomes its subject,
** each name on it a conjunct of the first. */
static int repair_list_root(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
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
        is(s->tok[v].xpos, "VBN") || !lexicon_verb(s, v) || main_finite_verb(s, v))
        return 0;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] >= 0 && is(s->tok[s->head[i]].upos, "VERB") && s->tok[i].deprel &&
            strncmp(s->tok[i].deprel, "nsubj", 5) == 0)
            return 0; /* (a verb with a subject: parsed) */
    make_clause(s, tok, r, v, r, -1);
    for (int m = r + 1; m < v; m++) {
        int32_t mm = s->mention[m];
        if (mm < 0 || mm == s->mention[r] || (m + 1 < v && s->mention[m + 1] == mm)) continue;
        if (s->head[m] != r || !is(tok[m].deprel, "conj"))
            attach(s, tok, m, r, "conj"); /* (m: the name's last word) */
        for (int d = m - 1; d > r && s->mention[d] < 0; d--) /* ("and the" before it) */
            if (is(s->tok[d].upos, "CCONJ") || is(s->tok[d].upos, "DET"))
                attach(s, tok, d, m, is(s->tok[d].upos, "DET") ? "det" : "cc");
    }
    return 1;
}

/* "[The European Union nsubj] [banned amod] [imports appos] of Russian
** diamonds [as part root] of a package": a past verb (or participle) right
** after an actor's name, hung as a modifier on the noun after it, in a
** sentence with no predicate: the verb is the predicate, the name its
** subject, the noun its object.  (On the root noun itself, "[Turkey]
** [hosted amod] Russian [negotiators root]", repair_clause's own case.) */
static int repair_amod_after_name(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    for (int v = 1; r >= 0 && v + 1 < s->n; v++) {
        int n = v - 1, o = s->head[v];
        if (!is(s->tok[v].upos, "VERB") || !(is(s->tok[v].xpos, "VBD") || is(s->tok[v].xpos, "VBN")) ||
            !is(s->tok[v].deprel, "amod") || s->mention[v] >= 0 || s->mention[n] < 0 || o == r ||
            !nominal(&s->tok[n]) || has_case(s, n) || o <= v || !nominal(&s->tok[o]) ||
            has_case(s, o) || s->mention[o] >= 0 || main_finite_verb(s, v) || !lexicon_verb(s, v))
            continue;
        make_clause(s, tok, r, v, n, o);
        return 1;
    }
    return 0;
}

/* "Drones launched by Russia [hit PRON nmod:poss] power plants": a word
** the tagger took for a pronoun that the lexicon knows as an event verb
** (pronouns head no entry), in a sentence with no predicate headed by a
** noun before it, is the predicate: the root noun its subject, the noun
** the word was hung on its object. */
static int repair_pronoun_verb(pgn__sent *s, pgn__token *tok) {
    int r = sole_root(s);
    if (r < 0 || !nominal(&s->tok[r])) return 0;
    for (int v = r + 1; v < s->n; v++) {
        if (!is(s->tok[v].upos, "PRON") || s->mention[v] >= 0 || !lexicon_verb(s, v) ||
            main_finite_verb(s, v))
            continue;
        int o = s->head[v];
        if (o <= v || !nominal(&s->tok[o]) || has_case(s, o)) o = -1;
        make_clause(s, tok, r, v, r, o);
        return 1;
    }
    return 0;
}

static int names_object(const pgn__sent *s, int v, int o);
static int phrase_head_from(const pgn__sent *s, int k);

/* "[France compound] [froze NOUN compound] [aid root] to Mali",
** "[Washington root] [froze ADP] military [aid nmod]": an actor's name
** opening a sentence with no verb, then a word the tagger took for a noun,
** adjective, preposition, conjunction or name (not a plural) that is a
** lexicon verb whose entry names the noun phrase it hangs on (or, heading
** the parse, the one after it) as its object ("freeze =aid").  The word is the
** verb, the name its subject, the noun phrase (with its own modifiers and
** phrases: "to Mali") its object.  The named object keeps a headline
** compound ("France aid cuts") from being read as a clause. */
static int repair_name_noun_verb(pgn__sent *s, pgn__token *tok) {
    int r = -1, x = 0;
    for (int i = 0; i < s->n; i++)
        if (s->head[i] < 0) {
            if (r >= 0) return 0;
            r = i;
        }
    if (r < 0 || main_finite_verb(s, -1)) return 0;
    while (x < s->n && is(s->tok[x].upos, "DET")) x++;
    if (x >= s->n || s->mention[x] < 0) return 0;
    int m = s->mention[x], subj = -1;
    for (; x < s->n && s->mention[x] == m; x++)
        if (s->head[x] < 0 || s->mention[s->head[x]] != m) subj = x; /* (the name's head) */
    /* (a plural is a headline's "-s" verb: repair_headline_verb's) */
    if (subj < 0 || x + 1 >= s->n || s->mention[x] >= 0 ||
        !(is(s->tok[x].upos, "NOUN") || is(s->tok[x].upos, "ADJ") || is(s->tok[x].upos, "ADP") ||
          is(s->tok[x].upos, "SCONJ") || is(s->tok[x].upos, "PROPN")) ||
        is(s->tok[x].xpos, "NNS") || is(s->tok[x].xpos, "NNPS") || !lexicon_verb(s, x))
        return 0;
    int o = s->head[x];
    /* (through adjectives and compounds: "[froze] Iranian [assets]") */
    for (int k = 0; o > x && k < 3 && s->head[o] > o && is(s->tok[o].deprel, "compound"); k++)
        o = s->head[o];
    if (x == r) { /* ("South Korea [froze PROPN root] North Korean [assets appos]") */
        o = phrase_head_from(s, x + 1);
        if (o < 0 || s->head[o] != x) return 0;
    }
    if (o <= x || !is(s->tok[o].upos, "NOUN") || s->mention[o] >= 0 || !names_object(s, x, o))
        return 0;
    for (int d = x + 1; d < o; d++) /* (nothing but the object's own words between) */
        if (s->head[d] != o && s->head[d] <= x) return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    for (int i = 0; i < x; i++)
        if (i != subj && (s->head[i] < 0 || s->head[i] >= x)) attach(s, tok, i, subj, "compound");
    for (int i = x + 1; i < s->n; i++)
        if (i != o && (s->head[i] == subj || s->head[i] == x || (s->head[i] == r && r != o) ||
                       (r == o && s->head[i] == o && is(s->tok[i].upos, "PUNCT"))))
            attach(s, tok, i, x, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
    retag(tok, x, "VERB", "VBD");
    attach(s, tok, x, -1, "root");
    tok[x].head = 0;
    attach(s, tok, subj, x, "nsubj");
    attach(s, tok, o, x, "obj");
    s->tok = tok;
    return 1;
}

static int repair_clause(pgn__sent *s, pgn__token *tok) {
    if (repair_shot_down(s, tok)) return 1;
    if (repair_noun_root_verb(s, tok)) return 1;
    if (repair_name_root(s, tok)) return 1;
    if (repair_list_root(s, tok)) return 1;
    if (repair_name_noun_verb(s, tok)) return 1;
    if (repair_list_subject(s, tok)) return 1;
    if (repair_amod_verb(s, tok)) return 1;
    if (repair_subject_amod_verb(s, tok)) return 1;
    if (repair_suspected_object(s, tok)) return 1;
    if (repair_adjective_list_root(s, tok)) return 1;
    if (repair_amod_after_name(s, tok)) return 1;
    if (repair_pronoun_verb(s, tok)) return 1;
    int root = -1;
    for (int i = 0; i < s->n; i++) {
        if (s->head[i] < 0) {
            if (root >= 0) return 0; /* two roots: some other trouble */
            root = i;
        } else if (finite_verb(&s->tok[i]) && !is(s->tok[i].deprel, "acl")) {
            return 0; /* the clause has a verb of its own */
        }
    }
    if (root < 0) return 0;
    if (!nominal(&s->tok[root])) return repair_subject(s, tok, root);
    int v = -1, subj = -1, obj = -1;
    if (root + 1 < s->n && s->head[root + 1] == root && is(s->tok[root + 1].upos, "VERB") &&
        is(s->tok[root + 1].deprel, "acl") &&
        (is(s->tok[root + 1].xpos, "VBN") || is(s->tok[root + 1].xpos, "VBD"))) {
        /* "Pakistani police [arrested acl] former Prime Minister Imran Khan" */
        v = root + 1;
        subj = root;
        for (int c = v + 1; c < s->n && obj < 0; c++)
            if (s->head[c] == v && nominal(&s->tok[c]) &&
                (is(s->tok[c].deprel, "obl:agent") || is(s->tok[c].deprel, "obj") ||
                 is(s->tok[c].deprel, "nsubj:pass")) &&
                !has_case(s, c))
                obj = c;
        /* ("Chinese and Indian troops [clashed acl] on the border": a
        ** past-tense verb needs no object; a participle does) */
        if (obj < 0 && !is(s->tok[v].xpos, "VBD")) return 0;
    } else {
        /* "[Turkey compound] [hosted amod] Russian negotiators" (the name
        ** may hang on the participle as its passive subject) */
        for (int c = 0; c < root && v < 0; c++)
            if (s->head[c] == root && is(s->tok[c].upos, "VERB") && is(s->tok[c].deprel, "amod") &&
                (is(s->tok[c].xpos, "VBN") || is(s->tok[c].xpos, "VBD")) && c > 0)
                v = c;
        if (v < 0) return 0;
        for (int c = 0; c < v && subj < 0; c++)
            if ((s->head[c] == root || s->head[c] == v) &&
                (is(s->tok[c].upos, "PROPN") ||
                 /* ("the Israeli [military ADJ] struck": an actor's last
                 ** word right before the participle is its head noun) */
                 ((!is(s->tok[c].upos, "ADJ") || c == v - 1) && s->mention[c] >= 0)) &&
                (is(s->tok[c].deprel, "compound") || is(s->tok[c].deprel, "nsubj") ||
                 is(s->tok[c].deprel, "nsubj:pass") || is(s->tok[c].deprel, "amod") ||
                 is(s->tok[c].deprel, "advmod")))
                subj = c; /* "Turkey", "[Sudan's army amod] shelled positions",
                          ** "[Norway advmod] pledged aid" */
        if (subj < 0) return 0;
        obj = root;
    }
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    tok[v].feats = NULL; /* not the passive participle the parser took */
    attach(s, tok, subj, v, "nsubj");
    if (obj >= 0) attach(s, tok, obj, v, "obj");
    /* What hung on the old root after the verb (places, times, the final
    ** full stop) now hangs on the verb, except the object's own phrase. */
    for (int i = 0; i < s->n; i++)
        if (i != v && i != obj && s->head[i] == root && root == subj && i > v)
            attach(s, tok, i, v, is(tok[i].deprel, "punct") ? "punct" : tok[i].deprel);
    s->tok = tok;
    return 1;
}

/* "Japan offered [the Philippines nsubj] radar [systems obj]": a verb's
** indirect object before its object is at times parsed as the subject of
** the object noun (a verbless small clause).  A named actor so hung on a
** verb's nominal object becomes the verb's indirect object, where the
** lexicon's dative reading looks for it ("offer T =system"). */
static int repair_dative(pgn__sent *s, pgn__token *tok) {
    for (int o = 1; o < s->n; o++) {
        int h = s->head[o];
        if (h < 0 || h >= o || !nominal(&s->tok[o]) || !is(s->tok[o].deprel, "obj") ||
            !is(s->tok[h].upos, "VERB"))
            continue;
        for (int n = h + 1; n < o; n++) {
            if (s->head[n] != o || !is(s->tok[n].deprel, "nsubj") || s->mention[n] < 0 ||
                !nominal(&s->tok[n]))
                continue;
            return reattach(s, tok, n, h, "iobj");
        }
    }
    return 0;
}

/* "[Spain obl] , [Britain nsubj] and Qatar sent teams": a list of names
** opening the clause whose first name the parser hung on the verb as a
** modifier.  The name right before ", <subject>" is one more conjunct of
** the subject. */
static int repair_list_head(pgn__sent *s, pgn__token *tok) {
    for (int i = 0; i + 2 < s->n; i++) {
        int n = i + 2, v = s->head[i];
        if (v < 0 || s->head[n] != v || !is(s->tok[n].deprel, "nsubj") || s->mention[i] < 0 ||
            s->mention[n] < 0 || s->mention[i] == s->mention[n] || !is(s->tok[i].upos, "PROPN") ||
            !is(s->tok[i + 1].upos, "PUNCT") || !s->tok[i + 1].form ||
            strcmp(s->tok[i + 1].form, ",") != 0 || has_case(s, i) ||
            is(s->tok[i].deprel, "nsubj") || is(s->tok[i].deprel, "conj"))
            continue;
        /* the whole list: "and" and a last name after the subject */
        int last = 0;
        for (int c = n + 1; c < s->n && c <= n + 6; c++)
            if (s->head[c] == n && is(s->tok[c].deprel, "conj") && s->mention[c] >= 0) last = 1;
        if (!last) continue;
        return reattach(s, tok, i, n, "conj");
    }
    return 0;
}

/* The headline "China, Japan hold talks": the comma stands for "and".
** The parser makes the first name the root and the verb its dependent;
** the verb becomes the root, the first name a conjunct of its subject. */
static int repair_headline_pair(pgn__sent *s, pgn__token *tok) {
    int r = 0, n = 2, v = n < s->n ? s->head[n] : -1;
    if (s->n < 4 || s->head[r] >= 0 || s->mention[r] < 0 || !is(s->tok[r].upos, "PROPN") ||
        !s->tok[1].form || strcmp(s->tok[1].form, ",") != 0 || s->mention[n] < 0 ||
        s->mention[n] == s->mention[r] || !is(s->tok[n].deprel, "nsubj") || v <= n ||
        s->head[v] != r || !is(s->tok[v].upos, "VERB"))
        return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    for (int c = 0; c < s->n; c++)
        if (c != v && s->head[c] == r) attach(s, tok, c, v, tok[c].deprel);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, r, n, "conj");
    s->tok = tok;
    return 1;
}

/* "[Japan compound] and South Korea vowed": two names joined by "and"
** parsed as one compound name.  The first, an actor of its own, is a
** conjunct of the second. */
static int repair_compound_pair(pgn__sent *s, pgn__token *tok) {
    for (int i = 0; i + 2 < s->n; i++) {
        int h = s->head[i], a = i + 1;
        if (h <= a || !is(s->tok[i].deprel, "compound") || s->mention[i] < 0 ||
            s->mention[h] < 0 || s->mention[h] == s->mention[i] || !is(s->tok[a].upos, "CCONJ") ||
            s->mention[a + 1] != s->mention[h] || (i > 0 && s->mention[i - 1] == s->mention[i]))
            continue;
        return reattach(s, tok, i, h, "conj");
    }
    return 0;
}

/* "sent a letter [to case] the [UN nsubj] [urging advcl] it to condemn":
** a participle after a prepositional phrase, the phrase's noun taken for
** the participle's subject and its preposition hung on the participle.  A
** preposition does not introduce a subject: the noun is the head verb's
** oblique again, and the participle, with no subject of its own, is the
** main clause's act (the letter's sender's appeal). */
static int repair_case_subject(pgn__sent *s, pgn__token *tok) {
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
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, n, h, "obl");
        attach(s, tok, c, n, "case");
        for (int i = c + 1; i < n; i++) /* ("the" before "UN") */
            if (s->head[i] == v) attach(s, tok, i, n, tok[i].deprel);
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* The headline "Myanmar earthquake: China, India and Thailand send rescue
** teams": the clause after the topic's colon hangs on the topic, and its
** subject was taken for an apposition of the topic.  The name right after
** the colon becomes the subject of the clause's verb. */
static int repair_topic_subject(pgn__sent *s, pgn__token *tok) {
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
        return reattach(s, tok, n, v, "nsubj");
    }
    return 0;
}

/* "signed a pact [with mark] Kim [nsubj] during a rare visit [advcl]",
** "reopened its border [with mark] Hong Kong [nsubj] and dropped": the
** parser read a noun's "with" phrase as an absolute clause, the actor after
** "with" the subject of a later verb or noun.  The actor is the noun's
** "with" phrase again (the pact's, the border's party); the clause keeps
** its head and, with no subject of its own, its main clause's. */
static int repair_with_subject(pgn__sent *s, pgn__token *tok) {
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
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, n, w - 1, "nmod");
        attach(s, tok, w, n, "case");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "accusing it [of genocide] [in Gaza]": the parser hangs the place of the
** act an accusation names on the accusing verb.  A place phrase right
** after the named act's noun belongs to the act ("genocide in Gaza"). */
static int repair_accused_place(pgn__sent *s, pgn__token *tok) {
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
        if (accusing && of) return reattach(s, tok, p, n, "nmod");
    }
    return 0;
}

/* The headlines "Hungary demands EU release frozen funds", "Ecuador and
** Colombia sign deal to share electricity": a present-tense verb right
** after the subject's name, tagged as a noun (or an auxiliary), leaves the
** headline with no verb.  In a sentence with no final stop and no verb of
** its own, a word after an actor's name that the lexicon knows as an event
** verb becomes the root; what came before it hangs on it through the
** name (its subject), the first noun heading a phrase after it is its
** object, and the rest of what hung outside its side hangs on it. */
static int repair_headline_verb(pgn__sent *s, pgn__token *tok) {
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
        if (s->mention[i] >= 0 && nominal(&s->tok[i]) && !has_case(s, i) &&
            (i + 1 == s->n || s->mention[i + 1] != s->mention[i]))
            obj = i;
    for (int i = v + 1; i < s->n && obj < 0; i++)
        if (nominal(&s->tok[i]) && !(is(s->tok[i].deprel, "compound") && s->head[i] > i) &&
            !has_case(s, i))
            obj = i;
    if (subj < 0 || obj < 0) return 0;
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    retag(tok, v, "VERB", "VBZ");
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    for (int i = 0; i < s->n; i++) {
        if (i == v) continue;
        int h = s->head[i], left = i < v;
        int outside = h < 0 || h == v || (left ? h > v : h < v);
        if (i == subj) attach(s, tok, i, v, "nsubj");
        else if (i == obj) attach(s, tok, i, v, "obj");
        else if (outside && left && s->mention[i] >= 0 && s->mention[i] != s->mention[subj] &&
                 s->mention[i + 1] != s->mention[i])
            attach(s, tok, i, subj, "conj"); /* ("[Egypt], Sudan warn": one more subject) */
        else if (outside) attach(s, tok, i, left ? subj : v, tok[i].deprel);
    }
    s->tok = tok;
    return 1;
}

/* Is a at or below b in the tree (so hanging b on a would close a
** cycle)? */
static int below(const pgn__sent *s, int a, int b) {
    for (int h = a, steps = 0; h >= 0 && steps < PGN__MAX_WALK; h = s->head[h], steps++)
        if (h == b) return 1;
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
static int repair_that_complement(pgn__sent *s, pgn__token *tok) {
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
        if (o < 0 || has_case(s, o)) continue;
        if (s->head[o] == v ? !is(s->tok[o].deprel, "obj")
                            : !(is(s->tok[o].deprel, "obj") || is(s->tok[o].deprel, "ccomp") ||
                                is(s->tok[o].deprel, "nmod") || is(s->tok[o].deprel, "obl") ||
                                is(s->tok[o].deprel, "dep") || is(s->tok[o].deprel, "appos")))
            continue;
        if (below(s, v, o)) continue; /* (o above v: no cycle made) */
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        tok[t].upos = "SCONJ";
        tok[t].xpos = "IN";
        attach(s, tok, t, v, "mark");
        attach(s, tok, o, v, "obj");
        int n = s->head[v];
        if (n >= 0 && s->tok[v].deprel && strncmp(s->tok[v].deprel, "acl", 3) == 0 &&
            s->head[n] >= 0 && is(s->tok[n].deprel, "obl") && is(s->tok[s->head[n]].upos, "VERB") &&
            !below(s, s->head[n], v))
            attach(s, tok, v, s->head[n], "ccomp");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* The head of the noun phrase starting at k ("the country's [sovereignty]",
** "[Ethiopia]"): the first noun the words before it do not hang beyond;
** -1 when no noun phrase starts there. */
static int phrase_head_from(const pgn__sent *s, int k) {
    for (; k < s->n; k++) {
        if (!nominal(&s->tok[k])) {
            if (is(s->tok[k].upos, "DET") || is(s->tok[k].upos, "ADJ") ||
                is(s->tok[k].upos, "NUM") || is(s->tok[k].upos, "PART"))
                continue;
            return -1;
        }
        if (s->head[k] > k && s->head[k] <= k + 4) continue; /* a modifier of a later noun */
        return k;
    }
    return -1;
}

/* "insisted that Washington [respect NOUN] the country's sovereignty",
** "Egypt, Sudan [warn NOUN] Ethiopia": a present verb tagged a noun right
** after its subject's name leaves its clause verbless, headed by a noun.
** A noun the lexicon knows as a verb, right after a name and right before
** an article or another name (where no noun phrase goes on), in a clause
** with no verb, is the clause's verb: the name its subject (names listed
** before it its conjuncts), the noun phrase after it its object, and the
** clause's old head, if another noun, its oblique. */
static int repair_clause_noun_verb(pgn__sent *s, pgn__token *tok) {
    for (int v = 1; v + 1 < s->n; v++) {
        int32_t sm = s->mention[v - 1];
        if (!is(s->tok[v].upos, "NOUN") || s->mention[v] >= 0 || sm < 0 ||
            !(is(s->tok[v + 1].upos, "DET") ||
              (s->mention[v + 1] >= 0 && s->mention[v + 1] != sm)) ||
            !lexicon_verb(s, v))
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
        int o = phrase_head_from(s, v + 1), subj = v - 1;
        if (o < 0 || (o != c && below(s, v, o))) continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        int ch = s->head[c];
        const char *crel = tok[c].deprel;
        for (int i = 0; i < s->n; i++) {
            int h = s->head[i];
            if (i == v || i == subj || i == o || i == c || !(h == c || h == v)) continue;
            if (i < v && s->mention[i] == sm) attach(s, tok, i, subj, "compound");
            else if (i < v && s->mention[i] >= 0 && s->mention[i + 1] != s->mention[i])
                attach(s, tok, i, subj, "conj"); /* ("Egypt, [Sudan] warn") */
            else if (i < v || c != o)
                attach(s, tok, i, v, is(tok[i].deprel, "nmod") ? "obl" : tok[i].deprel);
        }
        tok[v].upos = "VERB";
        tok[v].xpos = s->tok[v].form && s->tok[v].form[0] &&
                              s->tok[v].form[strlen(s->tok[v].form) - 1] == 's'
                          ? "VBZ"
                          : "VBP";
        tok[v].feats = NULL;
        attach(s, tok, v, ch, ch < 0 ? "root" : crel);
        if (ch < 0) tok[v].head = 0;
        attach(s, tok, subj, v, "nsubj");
        attach(s, tok, o, v, "obj");
        if (c != o) attach(s, tok, c, v, has_case(s, c) ? "obl" : "dep");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* Is t's form (lower-cased) its lemma: a bare verb, a singular noun? */
static int form_is_lemma(const pgn__token *t) {
    if (!t->form || !t->lemma) return 0;
    size_t i = 0;
    for (; t->form[i] && t->lemma[i]; i++) {
        char c = t->form[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != t->lemma[i]) return 0;
    }
    return !t->form[i] && !t->lemma[i];
}

/* Could verb v be an event with o as its object?  Some entry of its
** lemma names no object lemma, or names o's. */
static int event_with_object(const pgn__sent *s, int v, int o) {
    char w[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[v], w, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        const pgn__lex_entry *es = pgn__lexicon_lookup(s->lex, w[k], 'v', &n);
        for (size_t e = 0; es && e < n; e++) {
            int named = 0, fits = 0;
            for (int it = 0; it < es[e].n_items; it++)
                if (es[e].items[it].kind == PGN__LI_OBJECT) {
                    named = 1;
                    fits |= pgn__lemma_is(&s->tok[o], es[e].items[it].word);
                }
            if (!named || fits) return 1;
        }
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
static int repair_that_noun_verb(pgn__sent *s, pgn__token *tok) {
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
            !form_is_lemma(&s->tok[v]) || !lexicon_verb(s, v))
            continue;
        int o = s->head[v];
        for (int n = 0; o > v && n < 3 && s->head[o] > o && is(s->tok[o].deprel, "compound"); n++)
            o = s->head[o];
        if (o <= v || !is(s->tok[o].upos, "NOUN") || !below(s, o, c) ||
            !event_with_object(s, v, o))
            continue;
        int verbless = 1; /* (participles modifying nouns aside: "detained sailors") */
        for (int d = i + 1; d < s->n && verbless; d++)
            if (below(s, d, c) && (is(s->tok[d].upos, "AUX") ||
                                   (is(s->tok[d].upos, "VERB") && !is(s->tok[d].deprel, "amod"))))
                verbless = 0;
        if (!verbless) continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        for (int d = k; d < v; d++)
            if (d != subj && (s->head[d] < 0 || s->mention[s->head[d]] != m))
                attach(s, tok, d, subj, "compound");
        if (c != o)
            for (int d = 0; d < s->n; d++)
                if (s->head[d] == c && d != o && d != i && s->mention[d] != m)
                    attach(s, tok, d, v, is(tok[d].deprel, "nmod") ? "obl" : tok[d].deprel);
        retag(tok, v, "VERB", "VB");
        attach(s, tok, v, g, "ccomp");
        attach(s, tok, i, v, "mark");
        attach(s, tok, subj, v, "nsubj");
        attach(s, tok, o, v, "obj");
        if (c != o)
            attach(s, tok, c, is(s->tok[c].upos, "PUNCT") ? g : v,
                   is(s->tok[c].upos, "PUNCT") ? "punct" : has_case(s, c) ? "obl" : "dep");
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
static int repair_to_compound(pgn__sent *s, pgn__token *tok) {
    for (int i = 1; i + 2 < s->n; i++) {
        int c = i + 1, o = i + 2, h = s->head[c];
        if (!pgn__word_is(&s->tok[i], "to") || s->head[i] != c || !is(s->tok[i].deprel, "mark") ||
            !is(s->tok[c].upos, "VERB") || !is(s->tok[c].xpos, "VB") ||
            !is(s->tok[c].deprel, "advcl") || h < 0 || h >= i || !is(s->tok[h].upos, "VERB") ||
            !is(s->tok[o].upos, "NOUN") || s->head[o] != c || !is(s->tok[o].deprel, "obj") ||
            event_with_object(s, c, o))
            continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        for (int d = 0; d < s->n; d++)
            if (d != i && d != o && s->head[d] == c)
                attach(s, tok, d, o, is(tok[d].deprel, "obl") ? "nmod" : tok[d].deprel);
        attach(s, tok, o, h, "obl");
        attach(s, tok, i, o, "case");
        tok[i].upos = "ADP";
        tok[i].xpos = "IN";
        attach(s, tok, c, o, "compound");
        retag(tok, c, "NOUN", "NN");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "voted [to] [impeach ADJ] President Yoon": a bare verb after "to" the
** tagger took for an adjective or noun, before an actor's name.  A word
** the lexicon knows as a verb, in its bare form, between "to" and a name
** is the infinitive of the verb before it, the name its object. */
static int repair_to_infinitive(pgn__sent *s, pgn__token *tok) {
    for (int i = 1; i + 2 < s->n; i++) {
        int c = i + 1, o = i + 2;
        if (!pgn__word_is(&s->tok[i], "to") || s->mention[c] >= 0 || s->mention[o] < 0 ||
            !(is(s->tok[c].upos, "ADJ") || is(s->tok[c].upos, "NOUN")) ||
            !form_is_lemma(&s->tok[c]) || !lexicon_verb(s, c))
            continue;
        int h = i - 1;
        while (h >= 0 && !is(s->tok[h].upos, "VERB")) h--;
        /* (the name's head: its word hung outside it) */
        for (int k = o; k < s->n && s->mention[k] == s->mention[o]; k++)
            if (s->head[k] < 0 || s->mention[s->head[k]] != s->mention[o]) {
                o = k;
                break;
            }
        if (h < 0 || below(s, h, c) || below(s, h, o)) continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, c, h, "xcomp");
        retag(tok, c, "VERB", "VB");
        attach(s, tok, i, c, "mark");
        tok[i].upos = "PART";
        tok[i].xpos = "TO";
        attach(s, tok, o, c, "obj");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* Does an entry of verb v name o, or a compound word of o, as its object
** ("cut =internet" for "internet access")? */
static int names_object(const pgn__sent *s, int v, int o) {
    char w[8][PGN__LEMMA_MAX];
    int nv = pgn__lemma_variants(&s->tok[v], w, 8);
    for (int k = 0; k < nv; k++) {
        size_t n = 0;
        const pgn__lex_entry *es = pgn__lexicon_lookup(s->lex, w[k], 'v', &n);
        for (size_t e = 0; es && e < n; e++)
            for (int it = 0; it < es[e].n_items; it++) {
                const char *x = es[e].items[it].word;
                if (es[e].items[it].kind != PGN__LI_OBJECT) continue;
                if (pgn__lemma_is(&s->tok[o], x)) return 1;
                for (int d = 0; d < s->n; d++)
                    if (d != v && s->head[d] == o && is(s->tok[d].deprel, "compound") &&
                        pgn__lemma_is(&s->tok[d], x))
                        return 1;
            }
    }
    return 0;
}

/* "declared a state of emergency and [cut NOUN compound] internet
** [access conj]": a second verb sharing the subject, tagged a noun and
** read as a compound of its object, the object a conjunct of the first
** verb's.  A noun after "and" whose lexicon entry names that object ("cut
** =internet") is the verb, a conjunct of the first verb, the noun its
** object. */
static int repair_coordinated_noun_verb(pgn__sent *s, pgn__token *tok) {
    for (int x = 1; x + 1 < s->n; x++) {
        int n = s->head[x];
        /* (through the compound chain: "[cut] [internet] access") */
        for (int k = 0; n > x && k < 3 && is(s->tok[n].deprel, "compound") && s->head[n] > n; k++)
            n = s->head[n];
        int f = n >= 0 ? s->head[n] : -1, h = f >= 0 ? s->head[f] : -1;
        if (!is(s->tok[x].upos, "NOUN") || !is(s->tok[x].deprel, "compound") || n <= x ||
            !is(s->tok[x - 1].upos, "CCONJ") || !is(s->tok[n].deprel, "conj") || f < 0 || f >= x ||
            !is(s->tok[f].deprel, "obj") || h < 0 || !is(s->tok[h].upos, "VERB") ||
            s->mention[x] >= 0 || !names_object(s, x, n))
            continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, x, h, "conj");
        tok[x].upos = "VERB";
        tok[x].xpos = is(s->tok[h].xpos, "VBD") ? "VBD" : "VBP";
        tok[x].feats = NULL;
        attach(s, tok, n, x, "obj");
        if (s->head[x - 1] == n) attach(s, tok, x - 1, x, "cc");
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
static int repair_stop_clause(pgn__sent *s, pgn__token *tok) {
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
        if (c < 0 || !nominal(&s->tok[c - 1]) || below(s, c - 1, v)) continue;
        int open = 0; /* (nothing else of the subject's own: no article) */
        for (int i = c + 1; i < n; i++) open |= s->head[i] == n && is(s->tok[i].upos, "DET");
        if (open) continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        for (int i = c; i < n; i++)
            if (s->head[i] == p || s->head[i] == v) attach(s, tok, i, o, tok[i].deprel);
        attach(s, tok, o, c - 1, "nmod");
        attach(s, tok, v, o, "compound");
        retag(tok, v, "NOUN", "NN");
        attach(s, tok, n, v, "compound");
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
static int repair_set_fire(pgn__sent *s, pgn__token *tok) {
    for (int v = 1; v + 3 < s->n; v++) {
        if (is(s->tok[v].upos, "VERB") || !s->tok[v].form || strcmp(s->tok[v].form, "set") != 0 ||
            !pgn__lemma_is(&s->tok[v + 1], "fire") || !pgn__word_is(&s->tok[v + 2], "to"))
            continue;
        int g = s->head[v + 2], subj = -1, r = sole_root(s);
        if (g <= v + 2 || r < 0) return 0;
        int said = r < v && is(s->tok[r].upos, "VERB"); /* ("police said rioters set fire") */
        for (int c = v - 1; c >= 0 && subj < 0; c--) {
            if (is(s->tok[c].upos, "PUNCT") || is(s->tok[c].upos, "VERB")) break;
            if (nominal(&s->tok[c]) && !has_case(s, c) && !(c > 0 && is(s->tok[c - 1].upos, "ADP")) &&
                !is(s->tok[c].deprel, "nmod:poss") && !is(s->tok[c].deprel, "compound") &&
                !(s->head[c] > c && s->head[c] < v && nominal(&s->tok[s->head[c]])))
                subj = c;
        }
        if (subj < 0) return 0;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        /* ("Demonstrators [in Almaty] set": the phrase the parser hung on
        ** "set" or "fire" is the subject's) */
        for (int i = subj + 1; i < v; i++) {
            if (s->head[i] != v && s->head[i] != v + 1) continue;
            if (is(s->tok[i].upos, "ADP")) {
                int n = i + 1;
                while (n < v && !nominal(&s->tok[n])) n++;
                if (n < v) attach(s, tok, i, n, "case");
            } else if (nominal(&s->tok[i])) {
                attach(s, tok, i, subj, "nmod");
            }
        }
        retag(tok, v, "VERB", "VBD");
        if (said) {
            attach(s, tok, v, r, "ccomp");
        } else {
            attach(s, tok, v, -1, "root");
            tok[v].head = 0;
        }
        attach(s, tok, subj, v, "nsubj");
        attach(s, tok, v + 1, v, "obj");
        attach(s, tok, g, v, "obl");
        /* (the parser's root: a verb after it is coordinated, a noun hangs on) */
        if (!said && r != v && r != subj && r != g && r != v + 1)
            attach(s, tok, r, v, is(s->tok[r].upos, "VERB") ? "conj" : "dep");
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
static int repair_final_stop(pgn__sent *s, pgn__token *tok) {
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
    if (verb >= 0 && head < 0 && !marked) return reattach(s, tok, verb, h, "advcl");
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
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    if (prep >= 0) tok[prep].deprel = "case";
    for (int i = 0; i < head; i++) {
        if (s->head[i] != p || is(s->tok[i].upos, "PUNCT")) continue;
        const char *rel = is(s->tok[i].upos, "ADP")   ? "case"
                        : is(s->tok[i].upos, "DET")   ? "det"
                        : is(s->tok[i].upos, "NUM")   ? "nummod"
                        : is(s->tok[i].upos, "ADJ")   ? "amod"
                                                      : "compound";
        attach(s, tok, i, head, rel);
    }
    attach(s, tok, head, h, marked ? "obl" : "obj");
    s->tok = tok;
    return 1;
}

/* "[Fighting root] between the army and [the RSF nsubj] [resumed conj]":
** a sentence opening with an act between two sides, its second side
** taken for the subject of a second clause.  The gerund heading the
** parse with a "between" phrase, and a verb coordinated with it whose
** subject follows an "and" after that phrase: the verb is the clause,
** the gerund its subject and the second side coordinated with the first.
** (Also a gerund opening the sentence hung on the verb after it as an
** auxiliary: it is that verb's subject.) */
static int repair_between_pair(pgn__sent *s, pgn__token *tok) {
    int t = sole_root(s);
    if (s->n > 2 && is(s->tok[0].xpos, "VBG") && s->head[0] == 1 && is(s->tok[1].upos, "VERB") &&
        (is(s->tok[0].deprel, "aux") || is(s->tok[0].deprel, "aux:pass") || is(s->tok[0].deprel, "advmod"))) {
        /* ("[Fighting aux:pass] erupted in Khartoum between ...": the
        ** opening gerund is the subject of the verb right after it) */
        for (int c = 2; c < s->n; c++)
            if (s->head[c] == 1 && s->tok[c].deprel && !strncmp(s->tok[c].deprel, "nsubj", 5)) return 0;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, 0, 1, "nsubj");
        retag(tok, 0, "NOUN", "NN");
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
    memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
    attach(s, tok, v, -1, "root");
    tok[v].head = 0;
    attach(s, tok, t, v, "nsubj");
    retag(tok, t, "NOUN", "NN");
    attach(s, tok, b, a, "conj");
    attach(s, tok, cc, b, "cc");
    s->tok = tok;
    return 1;
}

/* "Human Rights [Watch aux:pass] called for an inquiry": a word of an
** actor's name taken for an auxiliary of the verb after it makes the
** clause passive and leaves it without its subject.  The last word of a
** name of two words or more, hung on the verb right after the name as an
** auxiliary, is the name's head and the verb's subject. */
static int repair_name_as_auxiliary(pgn__sent *s, pgn__token *tok) {
    for (int a = 1; a + 1 < s->n; a++) {
        int v = s->head[a], m = s->mention[a];
        if (m < 0 || s->mention[a - 1] != m || (a + 1 < s->n && s->mention[a + 1] == m) || v != a + 1 ||
            !(is(s->tok[a].deprel, "aux") || is(s->tok[a].deprel, "aux:pass") || is(s->tok[a].deprel, "cop")) ||
            !is(s->tok[v].upos, "VERB"))
            continue;
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        for (int i = 0; i < a; i++)
            if (s->mention[i] == m && s->head[i] == v) attach(s, tok, i, a, "compound");
        attach(s, tok, a, v, "nsubj");
        retag(tok, a, "PROPN", "NNP");
        s->tok = tok;
        return 1;
    }
    return 0;
}

/* "Trump announced [sweeping VERB xcomp] [tariffs obj]": an -ing form
** used as an adjective, taken for a gerund whose object is the noun after
** it, leaves the verb before it without its object.  For the -ing forms
** news uses as adjectives of measures (a list, written by us: "stopped
** sending weapons" is a true gerund), the form modifies the noun and the
** noun is the verb's object. */
static int repair_adjectival_ing(pgn__sent *s, pgn__token *tok) {
    static const char *const adjectival[] = {"sweeping",   "crippling", "punishing", "devastating",
                                             "damaging",   "stinging",  "scathing",  "biting",
                                             "blistering", "escalating", "far-reaching"};
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
        memcpy(tok, s->tok, (size_t)s->n * sizeof *tok);
        attach(s, tok, o, h, "obj");
        attach(s, tok, t, o, "amod");
        retag(tok, t, "ADJ", "JJ");
        s->tok = tok;
        return 1;
    }
    return 0;
}

int pgn__repair_headline(pgn__sent *s, pgn__token *tok) {
    return repair_set_fire(s, tok) || repair_clause(s, tok) || repair_dative(s, tok) || repair_list_head(s, tok) ||
           repair_headline_pair(s, tok) || repair_compound_pair(s, tok) ||
           repair_case_subject(s, tok) || repair_topic_subject(s, tok) ||
           repair_with_subject(s, tok) || repair_accused_place(s, tok) ||
           repair_headline_verb(s, tok) || repair_that_complement(s, tok) ||
           repair_clause_noun_verb(s, tok) || repair_that_noun_verb(s, tok) ||
           repair_to_compound(s, tok) ||
           repair_to_infinitive(s, tok) || repair_coordinated_noun_verb(s, tok) ||
           repair_stop_clause(s, tok) || repair_adjectival_ing(s, tok) || repair_between_pair(s, tok) || repair_name_as_auxiliary(s, tok) ||
           repair_final_stop(s, tok);
}
