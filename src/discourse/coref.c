/* src/discourse/coref.c -- coreference for actors: who "he", "its" and
** "the Chinese leader" are.
**
** In: doc->mentions from actor recognition (src/kb), in text order, and the
** tokens (with a parse when the parser ran).  Out: doc->mentions again in
** text order, with
**  - every resolved third-person pronoun (he, him, his, she, her, hers, it,
**    its, they, them, their, theirs) added as a mention of how COREF whose
**    antecedent indexes the named mention it refers to and whose code,
**    country, sector, entry and role are copied from it;
**  - every definite description recognised as a TITLE ("the Chinese
**    leader", "the NATO chief", "The Kremlin spokesman") switched to how
**    COREF, antecedent set to the last person named before it with the same
**    code and a compatible role, and entry/role taken from that person.
** Read by quotes.c (a speaker "he" or "the NATO chief" gets the person's
** code and entry) and the events stage.
**
** The rules, deliberately simple (in the spirit of the pronoun and
** "strict head match" passes of a sieve resolver, without a parse):
**  1. Each non-adjective mention is a PERSON (a named person: a role on the
**     date, out of office, or known here by a title; or a title whose head
**     is a person noun, "leader"), a GROUP (a plural title: "reporters",
**     "officials", "the police") or an ORG (country, organisation, seat of
**     power, singular institution: "the government"); other singular
**     titles are no antecedent.  A person's gender is
**     known from a courtesy title before any mention of the same entry
**     (Mr, Mrs, Ms...), a gendered title word (spokeswoman, king) or a
**     given name of the lists below (facts, written by us); else unknown,
**     compatible with both "he" and "she".
**  2. he/him/his want a person not known female; she/her/hers a person
**     not known male; it/its an ORG; they/them/their a GROUP.  Pleonastic
**     "it" ("it is unclear", "it seems") is left alone; so are I, we, you
**     (inside quotes their referent is the speaker, which quotes.c gives).
**  3. Candidates lie in the pronoun's sentence (before it) and up to three
**     sentences back.  In the pronoun's sentence a subject pronoun (he,
**     she, it, they) takes the first compatible mention (the subject in
**     news style), a possessive or object the nearest one ("Russia and its
**     President").  In earlier sentences the nearest sentence wins, and in
**     it the grammatical subject when the parse gives one, else the first
**     compatible mention.  A mention the parse makes a noun modifier
**     ("NATO enlargement") is no candidate.  An earlier resolved pronoun is a candidate too,
**     standing for its antecedent, so "Stoltenberg ... He ... He" chains.
**  4. A pronoun with no compatible candidate stays unresolved (no mention).
**  5. Binding: an object pronoun is never its own verb's subject, nor that
**     of the clause a participle hangs on ("Putin praised him", "Trump
**     halted funding to the WHO, accusing it").
**  6. With a parse, a subject pronoun of a complement clause is its
**     governing verb's subject ("Obama said he would veto it"; "Jeb Bush,
**     who announced he"); when that subject is a proper noun no mention
**     covers ("Joe Bateman says he", "Twitter said it"), the pronoun is
**     left unresolved.  A person the KB does not know named with a courtesy
**     title since the antecedent ("Mr. Minor said he") also leaves he/she
**     unresolved.  A place after "in"/"at" is no antecedent of a subject
**     "it" ("an ad in Indiana. It attacks...").
**  7. A bare surname two people of the document share ("Clinton" beside
**     "Hillary Clinton") has only its courtesy title's gender; a resolved
**     he/she gives an antecedent of unknown gender its gender.
** Not handled: split antecedents ("China and Russia ... their"), cataphora.
*/
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "discourse/coref.h"
#include "discourse/discourse.h"

enum { K_NONE = PGN__K_NONE, K_PERSON = PGN__K_PERSON, K_GROUP = PGN__K_GROUP, K_ORG = PGN__K_ORG };
enum { G_UNKNOWN = PGN__G_UNKNOWN, G_MALE = PGN__G_MALE, G_FEMALE = PGN__G_FEMALE };
enum { P_SUBJ = 0, P_POSS, P_OBJ };

#define LOOKBACK 3      /* sentences a pronoun looks back */
#define TITLE_LOOKBACK 12 /* sentences a definite description looks back */

typedef struct pron {
    const char *form;
    int want;           /* K_PERSON, K_ORG, K_GROUP */
    int gender;         /* for persons */
    int pos;            /* P_* */
} pron;

static const pron PRONOUNS[] = {
    {"he", K_PERSON, G_MALE, P_SUBJ},     {"him", K_PERSON, G_MALE, P_OBJ},
    {"his", K_PERSON, G_MALE, P_POSS},    {"she", K_PERSON, G_FEMALE, P_SUBJ},
    {"her", K_PERSON, G_FEMALE, P_POSS},  {"hers", K_PERSON, G_FEMALE, P_POSS},
    {"it", K_ORG, G_UNKNOWN, P_SUBJ},     {"its", K_ORG, G_UNKNOWN, P_POSS},
    {"they", K_GROUP, G_UNKNOWN, P_SUBJ}, {"them", K_GROUP, G_UNKNOWN, P_OBJ},
    {"their", K_GROUP, G_UNKNOWN, P_POSS}, {"theirs", K_GROUP, G_UNKNOWN, P_POSS},
};

/* Head nouns of titles that name one person (agents.txt "title" terms). */
static const char *const PERSON_HEADS[] = {
    "activist", "aide", "ambassador", "archbishop", "bishop", "businessman", "chairman",
    "chairwoman", "chancellor", "chief", "cleric", "commander", "commissioner", "counterpart",
    "diplomat", "director", "director-general", "dissident", "doctor", "emir", "envoy",
    "general", "governor", "head", "imam", "journalist", "judge", "king", "lawmaker", "leader",
    "legislator", "mayor", "minister", "monarch", "negotiator", "official", "parliamentarian",
    "policeman", "premier", "president", "president-elect", "priest", "prince", "prosecutor",
    "queen", "representative", "reporter", "ruler", "secretary", "secretary-general", "senator",
    "spokesman", "spokesperson", "spokeswoman", "strongman", "sultan", "vice-president",
    "mediator", "officer", "chief-of-staff",
    /* one member of a group ("the soldier ... he") */
    "soldier", "migrant", "refugee", "protester", "demonstrator", "rebel", "militant", "civilian",
    "citizen", "resident", "student", "worker", "farmer", "teacher", "nurse", "gunman", "settler",
    "villager", "insurgent", "separatist", "jihadist", "peacekeeper", "pirate", "smuggler",
    "investor", "criminal", "guerrilla", "asylum-seeker", "paramilitary",
};

/* Head nouns of singular titles that are institutions, "it" ("the
** government said it"); any other singular title ("the Syrian migrant
** crisis") is no antecedent for "it". */
static const char *const ORG_HEADS[] = {
    "administration", "agency", "army", "authority", "bank", "cabinet", "cartel", "company",
    "congress", "court", "delegation", "firm", "force", "government", "gang", "guard",
    "intelligence", "judiciary", "junta", "leadership", "legislature", "military", "militia",
    "ministry", "navy", "newspaper", "office", "opposition", "parliament", "regime", "senate",
    "service", "union", "hospital", "television", "alliance", "bloc", "coalition", "party",
};

/* Group nouns read as plural without an -s ("the police say they"). */
static const char *const PLURAL_GROUPS[] = {"police", "media", "press", "gunmen", "people", "military"};

static const char *const MALE_TITLES[] = {"spokesman", "chairman", "king", "prince", "emir",
                                          "sultan", "businessman", "policeman", "congressman"};
static const char *const FEMALE_TITLES[] = {"spokeswoman", "chairwoman", "queen", "princess",
                                            "congresswoman", "businesswoman", "policewoman"};
static const char *const MALE_HONORIFICS[] = {"mr", "sir", "lord", "monsieur", "herr"};
static const char *const FEMALE_HONORIFICS[] = {"mrs", "ms", "miss", "madam", "madame", "lady",
                                                "dame", "frau"};

/* Given names of political figures (a fact about each person, written by
** us), for the gender of "she" and "he".  Names that are family names
** first (Xi, Kim) are not listed: their first word says nothing. */
static const char *const FEMALE_NAMES[] = {
    "angela", "annalena", "ursula", "theresa", "margaret", "hillary", "kamala", "nancy",
    "christine", "kaja", "liz", "giorgia", "jacinda", "sanna", "mette", "julia", "yulia",
    "condoleezza", "madeleine", "nikki", "samantha", "linda", "marine", "segolene", "golda",
    "indira", "benazir", "dilma", "cristina", "michelle", "ellen", "federica", "catherine",
    "kristalina", "ngozi", "mia", "kristi", "janet", "gina", "avril", "samia", "maia", "salome",
    "zuzana", "kersti", "dalia", "ingrida", "evika", "natalia", "valentina", "maria", "anna",
    "elena", "olena", "irina", "elizabeth", "mary", "sarah", "susan", "laura", "claudia",
    "xiomara", "dina", "isabel", "beata", "ewa", "viola", "katalin", "magdalena", "marta",
    "jill", "melania", "tzipi", "hina", "sheikha", "maryam", "tulsi", "kristen", "karine",
    "yvette", "penny", "priti", "suella", "rachel", "kemi", "nicola", "arlene",
    /* US politics */
    "elise", "debbie", "dianne", "barbara", "kirsten", "amy", "tammy", "carly", "huma", "patty",
    "heidi", "claire", "donna", "loretta", "kellyanne", "sheryl",
};
static const char *const MALE_NAMES[] = {
    "vladimir", "joe", "donald", "barack", "george", "bill", "emmanuel", "olaf", "boris", "rishi",
    "keir", "jens", "antony", "sergei", "sergey", "dmitry", "dmitri", "volodymyr", "recep",
    "benjamin", "narendra", "mohammed", "muhammad", "mohammad", "ali", "hassan", "ebrahim",
    "jair", "luiz", "justin", "fumio", "shinzo", "abdel", "bashar", "nicolas", "alexei",
    "alexander", "mark", "mike", "michael", "john", "james", "charles", "david", "tony",
    "gordon", "jacques", "francois", "gerhard", "helmut", "friedrich", "frank-walter", "heiko",
    "mario", "matteo", "silvio", "pedro", "mariano", "jose", "antonio", "viktor", "andrzej",
    "mateusz", "mevlut", "hakan", "ahmed", "abiy", "paul", "cyril", "jacob", "uhuru", "william",
    "bola", "muhammadu", "yoweri", "emmerson", "robert", "ashraf", "hamid", "imran", "nawaz",
    "shehbaz", "rodrigo", "ferdinand", "joko", "anwar", "javier", "gustavo", "andres",
    "alberto", "hugo", "evo", "raul", "fidel", "miguel", "enrique", "felipe", "mauricio",
    "stephen", "scott", "anthony", "malcolm", "kevin", "lars", "stefan", "ulf", "sauli",
    "ilham", "nikol", "kassym-jomart", "shavkat", "emomali", "nursultan", "aleksandr",
    "alyaksandr", "ramzan", "yevgeny", "nikolai", "mikhail", "yuri", "vitali", "vitaly", "petro",
    "leonid", "oleksii", "oleksiy", "dmytro", "mykhailo", "andriy", "ismail", "mahmoud",
    "yair", "naftali", "ehud", "ariel", "yitzhak", "shimon", "ayatollah", "hosni", "moammar",
    "saddam", "osama", "abu", "ban", "kofi", "antonio", "josep", "charles", "jean-claude",
    "herman", "donald", "pope", "lloyd", "marco", "jd", "rex", "jim", "hunter", "xavier",
    /* US politics, and others met in the news */
    "ted", "jeb", "chris", "rand", "bernie", "mitch", "harry", "newt", "rick", "mitt", "reince",
    "edouard", "ben", "chuck", "orrin", "lamar", "eric", "jeff", "rudy", "corey", "steve",
};

static int word_in(const char *w, const char *const *list, size_t n) {
    /* the first byte before strcmp: asked of every mention's words, and
    ** the first-name list alone has hundreds of entries */
    for (size_t i = 0; i < n; i++)
        if (w[0] == list[i][0] && strcmp(w, list[i]) == 0) return 1;
    return 0;
}
#define IN(w, list) word_in((w), (list), sizeof(list) / sizeof *(list))

/* Lower-cased ASCII copy of s[0, n) into buf (cap bytes); accents and
** periods dropped ("Mr." = "mr"); "" when it does not fit. */
static void lower(const char *s, size_t n, char *buf, size_t cap) {
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '.' || ch >= 0x80) continue;
        if (k + 1 >= cap) {
            buf[0] = 0;
            return;
        }
        buf[k++] = (char)tolower(ch);
    }
    buf[k] = 0;
}

void pgn__coref_tok_lower(const pgn_doc *doc, uint32_t t, char *buf, size_t cap) {
    const pgn__token *tk = &doc->tokens.v[t];
    lower(doc->text + tk->start, tk->end - tk->start, buf, cap);
}
#define tok_lower pgn__coref_tok_lower

/* The pronoun token t is, or NULL. */
static const pron *pronoun_at(const pgn_doc *doc, uint32_t t) {
    char w[8];
    tok_lower(doc, t, w, sizeof w);
    for (size_t k = 0; k < sizeof PRONOUNS / sizeof *PRONOUNS; k++)
        if (strcmp(w, PRONOUNS[k].form) == 0) return &PRONOUNS[k];
    return NULL;
}

/* What kind of actor mention m is (rule 1). */
static int kind_of(const pgn_doc *doc, const pgn__mention *m) {
    switch (m->how) {
    case PGN__MENTION_ADJECTIVE: return K_NONE;
    case PGN__MENTION_METONYM: return K_ORG;
    case PGN__MENTION_NAME:
        if (m->role || (m->flags & PGN__MENTION_LOCAL) || (m->sector && strcmp(m->sector, "ELI") == 0))
            return K_PERSON;
        return K_ORG;
    default: break;
    }
    /* TITLE (or COREF from a title): its last word decides */
    if (m->last == 0 || m->last <= m->first) return K_NONE;
    char w[48];
    tok_lower(doc, m->last - 1, w, sizeof w);
    if (!w[0]) return K_NONE;
    if (IN(w, PLURAL_GROUPS)) return K_GROUP;
    if (IN(w, PERSON_HEADS)) return K_PERSON;
    size_t n = strlen(w);
    if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u') return K_GROUP;
    return IN(w, ORG_HEADS) ? K_ORG : K_NONE;
}

/* Gender said by one mention: its courtesy title, title word or given name. */
static int gender_of(const pgn_doc *doc, const pgn__mention *m) {
    char w[48];
    if (m->first > 0 && m->first > doc->sentences.v[m->sentence].first) {
        tok_lower(doc, m->first - 1, w, sizeof w);
        if (IN(w, MALE_HONORIFICS)) return G_MALE;
        if (IN(w, FEMALE_HONORIFICS)) return G_FEMALE;
    }
    for (uint32_t t = m->first; t < m->last; t++) {
        tok_lower(doc, t, w, sizeof w);
        if (IN(w, MALE_HONORIFICS) || IN(w, MALE_TITLES)) return G_MALE;
        if (IN(w, FEMALE_HONORIFICS) || IN(w, FEMALE_TITLES)) return G_FEMALE;
    }
    if (m->entry && m->how == PGN__MENTION_NAME) {
        const char *e = m->entry, *sp = strchr(e, ' ');
        if (sp) {
            lower(e, (size_t)(sp - e), w, sizeof w);
            if (IN(w, MALE_NAMES)) return G_MALE;
            if (IN(w, FEMALE_NAMES)) return G_FEMALE;
        }
    }
    return G_UNKNOWN;
}

/* One antecedent candidate: an old mention, or a resolved pronoun standing
** for its antecedent. */
typedef struct cand {
    uint32_t sentence, start;
    int32_t root;         /* old mention index it stands for */
    int kind, gender, subj;
} cand;

typedef struct added {
    pgn__mention m;       /* antecedent: an old mention index */
} added;

typedef PGN__VEC(added) added_vec;

/* 1: a subject in the parse; -1: a noun modifier in the parse ("NATO
** enlargement": its head word is a compound), no antecedent; else 0. */
static int is_subject(const pgn_doc *doc, const pgn__mention *m) {
    const char *last = m->last > m->first ? doc->tokens.v[m->last - 1].deprel : NULL;
    if (last && strcmp(last, "compound") == 0) return -1;
    for (uint32_t t = m->first; t < m->last; t++) {
        const char *d = doc->tokens.v[t].deprel;
        if (d && strncmp(d, "nsubj", 5) == 0) return 1;
    }
    return 0;
}

/* The subject of the clause of verb h (1-based in the sentence [first,
** end)): its nsubj, else that of the clause a participle, infinitive or
** conjunct hangs on.  Its token (document index), or -1. */
static int32_t clause_subject(const pgn_doc *doc, uint32_t first, uint32_t end, int32_t h) {
    for (int up = 0; up < 4 && h > 0 && first + (uint32_t)h - 1 < end; up++) {
        uint32_t ht = first + (uint32_t)h - 1;
        for (uint32_t c = first; c < end; c++) {
            const pgn__token *ct = &doc->tokens.v[c];
            if (ct->head == h && ct->deprel && strcmp(ct->deprel, "nsubj") == 0) return (int32_t)c;
        }
        const char *d = doc->tokens.v[ht].deprel;
        if (!d || (strcmp(d, "advcl") && strcmp(d, "xcomp") && strcmp(d, "conj"))) return -1;
        h = doc->tokens.v[ht].head;
    }
    return -1;
}

/* Binding: an object pronoun does not refer to its own verb's subject
** ("Trump halted funding to the WHO, accusing it": "it" is not Trump).
** Returns that subject's token (document index), or -1 when the pronoun at
** t is no object or no subject is found. */
static int32_t bound_subject(const pgn_doc *doc, uint32_t first, uint32_t end, uint32_t t) {
    const pgn__token *tk = &doc->tokens.v[t];
    if (!tk->deprel || (strcmp(tk->deprel, "obj") && strcmp(tk->deprel, "iobj"))) return -1;
    return clause_subject(doc, first, end, tk->head);
}

/* The governing subject of a subject pronoun in a complement clause: the
** speaker or knower of "Obama said he would veto it", "Jeb Bush, who
** announced he is suspending his campaign" (through the relative pronoun to
** its noun), "Twitter said in a statement, adding that it condemns".  In
** news such a pronoun is that subject far more often than the sentence's
** first actor.  Its token (document index), or -1. */
static int32_t governing_subject(const pgn_doc *doc, uint32_t first, uint32_t end, uint32_t t) {
    const pgn__token *tk = &doc->tokens.v[t];
    if (!tk->deprel || strncmp(tk->deprel, "nsubj", 5) != 0 || tk->head <= 0 ||
        first + (uint32_t)tk->head - 1 >= end)
        return -1;
    const pgn__token *v = &doc->tokens.v[first + (uint32_t)tk->head - 1];
    if (!v->deprel || strcmp(v->deprel, "ccomp") != 0) return -1;
    int32_t g = v->head, s = clause_subject(doc, first, end, g);
    if (s < 0 || g <= 0) return s;
    /* a relative pronoun stands for the word before it (the parser does
    ** not always attach the relative clause to its noun) */
    char w[8];
    tok_lower(doc, (uint32_t)s, w, sizeof w);
    const char *up = doc->tokens.v[s].upos;
    if (!up || strcmp(up, "PRON") != 0 || (strcmp(w, "who") != 0 && strcmp(w, "that") != 0))
        return s;
    uint32_t k = (uint32_t)s;
    while (k > first && (doc->tokens.v[k - 1].upos && strcmp(doc->tokens.v[k - 1].upos, "PUNCT") == 0)) k--;
    return k > first ? (int32_t)(k - 1) : -1;
}

static int covers(const pgn__mention *m, int32_t tok) {
    return tok >= 0 && (uint32_t)tok >= m->first && (uint32_t)tok < m->last;
}

/* "it is unclear", "it seems", "it's time": no referent. */
static int pleonastic(const pgn_doc *doc, uint32_t t, uint32_t end) {
    static const char *const BE[] = {"is", "was", "s", "'s", "\xe2\x80\x99s", "will", "would",
                                     "has", "had", "may", "might", "could", "remains", "remained"};
    static const char *const RAISING[] = {"seems", "seemed", "appears", "appeared", "emerged",
                                          "takes", "took", "rains", "rained"};
    static const char *const PRED[] = {
        "unclear", "clear", "likely", "unlikely", "possible", "impossible", "important",
        "necessary", "time", "true", "false", "expected", "believed", "reported", "said",
        "understood", "known", "thought", "hoped", "feared", "estimated", "hard", "difficult",
        "easy", "worth", "essential", "vital", "crucial", "obvious", "evident", "certain",
        "uncertain", "unacceptable", "natural", "normal", "wrong", "right", "good", "bad", "better", "best",
        "up", "over", "unknown", "alleged", "claimed", "rumoured", "rumored", "feared",
        /* evaluative adjectives of an extraposed clause ("it was
        ** premature to back her", "it is unfair that") */
        "premature", "early", "late", "fair", "unfair", "appropriate", "inappropriate",
        "ridiculous", "absurd", "outrageous", "shameful", "sad", "surprising", "remarkable",
        "ironic", "notable", "striking", "interesting", "disappointing", "troubling",
        "disturbing", "encouraging", "frustrating", "fitting", "wise", "unwise", "smart",
        "foolish", "legal", "illegal", "reasonable", "unreasonable", "appalling"};
    char w[24];
    if (t + 1 >= end) return 0;
    tok_lower(doc, t + 1, w, sizeof w);
    if (IN(w, RAISING)) return 1;
    /* the apostrophe of "it's" is dropped by lower() only when ASCII */
    if (!IN(w, BE) && strcmp(w, "s") != 0) return 0;
    /* "it is not clear", "it would be difficult", "it has been reported" */
    for (uint32_t k = t + 2; k < end && k < t + 6; k++) {
        tok_lower(doc, k, w, sizeof w);
        if (IN(w, PRED)) return 1;
        if (strcmp(w, "not") != 0 && strcmp(w, "been") != 0 && strcmp(w, "be") != 0 &&
            strcmp(w, "now") != 0 && strcmp(w, "still") != 0 && strcmp(w, "also") != 0 &&
            strcmp(w, "so") != 0 && strcmp(w, "too") != 0 && strcmp(w, "very") != 0 &&
            /* an opening quote ("it was “premature” to"): lower() leaves
            ** nothing of a curly one */
            w[0] != 0 && strcmp(w, "\"") != 0 && strcmp(w, "``") != 0 && strcmp(w, "''") != 0)
            break;
    }
    return 0;
}

/* Is the role compatible with the head noun of a definite description?
** Generic heads ("leader", "chief", "head", "official") fit any role;
** others must appear in the role's title ("spokesman" in "spokesman"). */
static int role_fits(const char *head, const char *role) {
    if (!role) return 1;
    if (strcmp(head, "chief") == 0 || strcmp(head, "head") == 0 || strcmp(head, "official") == 0 ||
        strcmp(head, "leader") == 0 || strcmp(head, "strongman") == 0 || strcmp(head, "ruler") == 0)
        return 1;
    if (strcmp(head, "spokeswoman") == 0 || strcmp(head, "spokesperson") == 0) head = "spokes";
    if (strcmp(head, "premier") == 0) return strstr(role, "prime") || strstr(role, "premier");
    if (strcmp(head, "diplomat") == 0) return strstr(role, "foreign") || strstr(role, "ambassador") ||
                                              strstr(role, "secretary-of-state");
    return strstr(role, head) != NULL;
}

/* Pass 1: definite descriptions recognised as TITLE mentions. */
static void resolve_titles(pgn_doc *doc, const int *kind) {
    pgn__mention *ms = doc->mentions.v;
    for (size_t i = 0; i < doc->mentions.n; i++) {
        pgn__mention *m = &ms[i];
        if (m->how != PGN__MENTION_TITLE || kind[i] != K_PERSON || m->last - m->first < 2) continue;
        char w[48];
        tok_lower(doc, m->first, w, sizeof w);
        if (strcmp(w, "the") != 0) continue;
        char head[48];
        tok_lower(doc, m->last - 1, head, sizeof head);
        for (size_t j = i; j-- > 0;) {
            const pgn__mention *a = &ms[j];
            if (m->sentence - a->sentence > TITLE_LOOKBACK) break;
            if (a->how != PGN__MENTION_NAME || kind[j] != K_PERSON || a->end > m->start) continue;
            /* same code; a bare title ("the spokesman", no country) only
            ** within the lookback of a pronoun */
            int same = m->code && a->code && strcmp(m->code, a->code) == 0;
            if (!same && !(m->country == NULL && m->sentence - a->sentence <= LOOKBACK)) continue;
            if (!role_fits(head, a->role)) continue;
            m->how = PGN__MENTION_COREF;
            m->antecedent = (int32_t)j;
            m->entry = a->entry;
            m->role = a->role;
            m->code = a->code;
            m->country = a->country;
            m->sector = a->sector;
            break;
        }
    }
}

/* Is token t covered by one of the n mentions ms (in text order)? */
static int in_mention(const pgn__mention *ms, size_t n, uint32_t t) {
    size_t lo = 0, hi = n;
    while (lo < hi) { /* the first mention ending after t */
        size_t mid = (lo + hi) / 2;
        if (ms[mid].last <= t) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && ms[lo].first <= t;
}

/* Is token t the last word of KB entry `entry` ("Ryan" of "Paul Ryan": a
** surname the KB does not link alone)? */
static int names_entry(const pgn_doc *doc, int32_t t, const char *entry) {
    if (t < 0 || !entry) return 0;
    const char *last = strrchr(entry, ' ');
    last = last ? last + 1 : entry;
    const pgn__token *tk = &doc->tokens.v[t];
    return strlen(last) == tk->end - tk->start && memcmp(last, doc->text + tk->start, tk->end - tk->start) == 0;
}

/* Is a person the KB does not know named with a courtesy title ("Mr.
** Minor", "Mrs. Jackson, a teacher") among tokens [from, to) and of a
** gender the pronoun fits?  Such a person is the nearer antecedent ("Mr.
** Minor said he"), so a farther actor is not: the pronoun stays unresolved.
** The check runs only for a resolved he/she pronoun, over the tokens since
** its antecedent, whose KB entry is `entry`: a name that is the entry's last
** word ("Bernie Sanders ... Mr. Sanders said he") is that person. */
static int unknown_person_between(const pgn_doc *doc, uint32_t from, uint32_t to, int gender,
                                  const char *entry) {
    const pgn__mention *ms = doc->mentions.v;
    for (uint32_t t = from; t + 1 < to; t++) {
        const pgn__token *tk = &doc->tokens.v[t];
        uint32_t len = tk->end - tk->start;
        if (len < 2 || len > 4) continue;
        char w[8];
        tok_lower(doc, t, w, sizeof w);
        int g = IN(w, MALE_HONORIFICS) ? G_MALE : IN(w, FEMALE_HONORIFICS) ? G_FEMALE
                : strcmp(w, "dr") == 0 ? G_UNKNOWN : -1;
        if (g < 0 || (g != G_UNKNOWN && g != gender)) continue;
        const pgn__token *nx = &doc->tokens.v[t + 1];
        char c = doc->text[nx->start];
        if (c < 'A' || c > 'Z') continue;
        if (names_entry(doc, t + 1, entry)) continue;
        if (!in_mention(ms, doc->mentions.n, t + 1) && !in_mention(ms, doc->mentions.n, t)) return 1;
    }
    return 0;
}

/* Is old mention a, a place named after "in" or "at" ("an ad in
** Indiana", "the primary in Michigan"), where the text is?  A location is
** no antecedent of a subject "it": what "it" does there is the thing
** placed ("It slams Trump University" is the ad). */
static int locative(const pgn_doc *doc, const pgn__mention *a) {
    if (a->first == 0 || a->first <= doc->sentences.v[a->sentence].first) return 0;
    char w[4];
    tok_lower(doc, a->first - 1, w, sizeof w);
    return strcmp(w, "in") == 0 || strcmp(w, "at") == 0;
}

/* Is candidate a preferred to b for a pronoun of sentence `sentence` (rule 3)? */
static int better(const cand *a, const cand *b, uint32_t sentence, int pos) {
    if (a->sentence != b->sentence) return a->sentence > b->sentence;
    if (a->sentence == sentence && pos != P_SUBJ) return a->start > b->start;
    if (a->subj != b->subj) return a->subj > b->subj;
    return a->start < b->start;
}

static int compatible(const cand *c, const pron *p) {
    if (c->kind != p->want || c->subj < 0) return 0;
    if (p->want == K_PERSON && p->gender != G_UNKNOWN && c->gender != G_UNKNOWN && c->gender != p->gender)
        return 0;
    return 1;
}

/* A bare surname ("Clinton") shared by two people the document names
** ("Hillary Clinton", and "Clinton" linked to Bill Clinton) says nothing
** of gender by the linked entry's given name: its gender[] becomes what its
** own courtesy title says, or unknown.  Entries are compared among the
** first 32 people named (a news article names fewer). */
static void ambiguous_surnames(const pgn_doc *doc, const int *kind, int *gender) {
    const char *people[32];
    size_t np = 0;
    const pgn__mention *ms = doc->mentions.v;
    for (size_t i = 0; i < doc->mentions.n && np < 32; i++) {
        if (kind[i] != K_PERSON || ms[i].how != PGN__MENTION_NAME || !ms[i].entry) continue;
        size_t k = 0;
        while (k < np && people[k] != ms[i].entry) k++;
        if (k == np) people[np++] = ms[i].entry;
    }
    if (np < 2) return;
    for (size_t i = 0; i < doc->mentions.n; i++) {
        const pgn__mention *m = &ms[i];
        if (kind[i] != K_PERSON || m->how != PGN__MENTION_NAME || m->last != m->first + 1 ||
            !names_entry(doc, (int32_t)m->first, m->entry))
            continue;
        for (size_t k = 0; k < np; k++) {
            if (people[k] == m->entry || !names_entry(doc, (int32_t)m->first, people[k])) continue;
            /* gender_of without the entry: the title before the name */
            pgn__mention bare = *m;
            bare.entry = NULL;
            gender[i] = gender_of(doc, &bare);
            break;
        }
    }
}

int pgn__coref_resolve(pgn_doc *doc, pgn_error *err) {
    const char *name = doc->meta.source;
    size_t n = doc->mentions.n;
    if (n == 0) return 0;
    pgn__arena *ar = doc->arena;
    int *kind = pgn__arena_alloc(ar, n * sizeof *kind);
    int *gender = pgn__arena_alloc(ar, n * sizeof *gender);
    int *subj = pgn__arena_alloc(ar, n * sizeof *subj);
    if (!kind || !gender || !subj) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for coreference");
    pgn__mention *ms = doc->mentions.v;
    for (size_t i = 0; i < n; i++) {
        int32_t a = ms[i].antecedent;
        subj[i] = is_subject(doc, &ms[i]);
        if (ms[i].how == PGN__MENTION_COREF && a >= 0 && (size_t)a < i) {
            /* resolved by an earlier run: what its antecedent is */
            kind[i] = kind[a];
            gender[i] = gender[a];
            continue;
        }
        kind[i] = kind_of(doc, &ms[i]);
        gender[i] = kind[i] == K_PERSON ? gender_of(doc, &ms[i]) : G_UNKNOWN;
    }
    ambiguous_surnames(doc, kind, gender);
    /* an entry's gender is what any of its mentions says; mentions of one
    ** entry share its name string (the KB's, or the document's for people
    ** known here by a title), so a table keyed by the pointer gathers them
    ** in linear time */
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    struct slot { const char *entry; int gender; } *tab = pgn__arena_calloc(ar, cap, sizeof *tab);
    if (!tab) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for coreference");
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < n; i++) {
            if (kind[i] != K_PERSON || !ms[i].entry) continue;
            size_t h = (size_t)(((uintptr_t)ms[i].entry >> 3) * 0x9E3779B97F4A7C15ull) & (cap - 1);
            while (tab[h].entry && tab[h].entry != ms[i].entry) h = (h + 1) & (cap - 1);
            tab[h].entry = ms[i].entry;
            if (pass == 0 && gender[i] != G_UNKNOWN) tab[h].gender = gender[i];
            if (pass == 1 && gender[i] == G_UNKNOWN) gender[i] = tab[h].gender;
        }
    }
    resolve_titles(doc, kind);
    /* a he/she an earlier run resolved taught its antecedent a gender (see
    ** below); taught again here, a second run resolves what the first did
    ** and no more ("She urged him": "him" is not the woman) */
    for (size_t i = 0; i < n; i++) {
        int32_t a = ms[i].antecedent;
        if (ms[i].how != PGN__MENTION_COREF || a < 0 || (size_t)a >= i || ms[i].last != ms[i].first + 1)
            continue;
        const pron *p = pronoun_at(doc, ms[i].first);
        if (p && p->want == K_PERSON && gender[a] == G_UNKNOWN) gender[a] = p->gender;
    }
    for (size_t i = 0; i < n; i++)
        if (ms[i].how == PGN__MENTION_COREF && ms[i].antecedent >= 0) gender[i] = gender[ms[i].antecedent];

    added_vec add = {0};
    size_t next = 0;   /* first old mention not yet before the pronoun */
    for (uint32_t s = 0; s < doc->sentences.n; s++) {
        const pgn__sentence *se = &doc->sentences.v[s];
        uint32_t end = se->first + se->n_tokens;
        for (uint32_t t = se->first; t < end; t++) {
            const pgn__token *tk = &doc->tokens.v[t];
            /* cheap filter first: every pronoun is 2-6 letters and starts
            ** with h, s, i or t */
            uint32_t len = tk->end - tk->start;
            int c0 = doc->text[tk->start] | 0x20;
            if (len < 2 || len > 6 || (c0 != 'h' && c0 != 's' && c0 != 'i' && c0 != 't')) continue;
            const pron *p = pronoun_at(doc, t);
            if (!p) continue;
            while (next < n && ms[next].start < tk->start) next++;
            /* inside a mention already ("its" never is, but be safe) */
            if ((next > 0 && ms[next - 1].end > tk->start) || (next < n && ms[next].start == tk->start))
                continue;
            if (p->want == K_ORG && p->pos == P_SUBJ && pleonastic(doc, t, end)) continue;
            cand best = {0};
            int found = 0;
            int32_t bound = bound_subject(doc, se->first, end, t);
            int32_t gov = governing_subject(doc, se->first, end, t), gov_last = gov;
            /* the name's last word ("Mrs. Clinton": the parser's head is "Mrs.") */
            while (gov_last >= 0 && (uint32_t)gov_last + 1 < end &&
                   doc->tokens.v[gov_last + 1].deprel && strcmp(doc->tokens.v[gov_last + 1].deprel, "flat") == 0 &&
                   se->first + (uint32_t)doc->tokens.v[gov_last + 1].head - 1 == (uint32_t)gov)
                gov_last++;
            int gov_hit = 0; /* best is the governing subject */
            for (size_t j = next; j-- > 0;) {
                const pgn__mention *a = &ms[j];
                if (s - a->sentence > LOOKBACK) break;
                if (covers(a, bound)) continue;
                if (p->want == K_ORG && p->pos == P_SUBJ && locative(doc, a)) continue;
                /* a pronoun resolved by an earlier run stands for its antecedent */
                int32_t root = a->how == PGN__MENTION_COREF && a->antecedent >= 0 && a->last == a->first + 1
                                   ? a->antecedent : (int32_t)j;
                cand c = {a->sentence, a->start, root, kind[j], gender[j], subj[j]};
                if (!compatible(&c, p) || gov_hit) continue;
                if (covers(a, gov) || covers(a, gov_last) || names_entry(doc, gov_last, ms[root].entry))
                    best = c, found = gov_hit = 1;
                else if (!found || better(&c, &best, s, p->pos)) best = c, found = 1;
            }
            for (size_t j = add.n; j-- > 0;) {
                const pgn__mention *a = &add.v[j].m;
                if (s - a->sentence > LOOKBACK) break;
                if (covers(a, bound)) continue;
                int32_t r = a->antecedent;
                cand c = {a->sentence, a->start, r, kind[r], gender[r], is_subject(doc, a)};
                if (!compatible(&c, p) || gov_hit) continue;
                if (covers(a, gov) || covers(a, gov_last)) best = c, found = gov_hit = 1;
                else if (!found || better(&c, &best, s, p->pos)) best = c, found = 1;
            }
            /* a governing subject that is a name the KB does not know ("Joe
            ** Bateman says he feels", "Twitter said it condemns") is the
            ** referent, and no actor */
            if (!found || (gov >= 0 && !gov_hit && p->want != K_GROUP &&
                           doc->tokens.v[gov_last].upos && strcmp(doc->tokens.v[gov_last].upos, "PROPN") == 0 &&
                           !in_mention(ms, n, (uint32_t)gov) && !in_mention(ms, n, (uint32_t)gov_last)))
                continue;
            if (p->want == K_PERSON && p->gender != G_UNKNOWN && !gov_hit) {
                /* the tokens since the antecedent's mention */
                uint32_t from = t;
                for (uint32_t k = t; k-- > doc->sentences.v[best.sentence].first;) {
                    if (doc->tokens.v[k].start < best.start) break;
                    from = k;
                }
                if (unknown_person_between(doc, from, t, p->gender, ms[best.root].entry)) continue;
            }
            if (PGN__VEC_RESERVE(ar, add)) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for coreference");
            const pgn__mention *a = &ms[best.root];
            pgn__mention *m = &add.v[add.n++].m;
            *m = *a;
            m->sentence = s;
            m->first = t;
            m->last = t + 1;
            m->start = tk->start;
            m->end = tk->end;
            m->how = PGN__MENTION_COREF;
            m->antecedent = best.root;
            m->flags &= ~PGN__MENTION_LOCAL;
            /* "her" makes a person of unknown gender a woman for the
            ** pronouns after it ("... her record ... pounding him": not her) */
            if (p->want == K_PERSON && gender[best.root] == G_UNKNOWN) gender[best.root] = p->gender;
        }
    }
    /* descriptions the KB does not know: "the 30-nation alliance", "the
    ** two countries" (coref_desc.c) */
    pgn__mention *desc;
    size_t n_desc;
    if (pgn__coref_descriptions(doc, kind, gender, TITLE_LOOKBACK, &desc, &n_desc))
        return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for coreference");
    if (add.n == 0 && n_desc == 0) return 0;

    /* Merge: the new mentions (pronouns and descriptions, each list in text
    ** order, never overlapping) go in text order; antecedents are
    ** renumbered (old index i moves to i + the number of new mentions
    ** before it). */
    size_t total = n + add.n + n_desc;
    pgn__mention *out = pgn__arena_alloc(ar, total * sizeof *out);
    int32_t *remap = pgn__arena_alloc(ar, n * sizeof *remap);
    if (!out || !remap) return pgn__err(err, PGN_ENOMEM, name, -1, -1, "no memory for coreference");
    size_t i = 0, k = 0, d = 0, o = 0;
    while (i < n || k < add.n || d < n_desc) {
        /* the earliest of the three heads; an old mention first on a tie */
        const pgn__mention *pk = k < add.n ? &add.v[k].m : NULL, *pd = d < n_desc ? &desc[d] : NULL;
        const pgn__mention *nw = pk && (!pd || pk->start <= pd->start) ? pk : pd;
        if (!nw || (i < n && ms[i].start <= nw->start)) {
            remap[i] = (int32_t)o;
            out[o++] = ms[i++];
        } else if (nw == pk) {
            out[o++] = add.v[k++].m;
        } else {
            out[o++] = desc[d++];
        }
    }
    for (o = 0; o < total; o++)
        if (out[o].antecedent >= 0 && (size_t)out[o].antecedent < n) out[o].antecedent = remap[out[o].antecedent];
    doc->mentions.v = out;
    doc->mentions.n = doc->mentions.cap = total;
    return 0;
}

int pgn_doc_resolve_coref(pgn_doc *doc, pgn_error *err) {
    pgn__err_clear(err);
    if (!doc) return pgn__err(err, PGN_EINVAL, NULL, -1, -1, "NULL document");
    return pgn__coref_resolve(doc, err);
}
