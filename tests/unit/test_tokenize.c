/* tests/unit/test_tokenize.c -- the tokenizer and sentence splitter
** (src/text): UD English conventions, offsets, flags, NFC, white space,
** sentence boundaries, long and hostile input, allocation failures, and
** the compiled word lists. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/arena.h"
#include "text/boundary.h"
#include "text/lexicon.h"
#include "text/text.h"

typedef struct seg {
    pgn__arena *arena;
    pgn__token_vec tokens;
    pgn__sentence_vec sentences;
    int rc;
    char joined[4096];     /* forms joined by '|', sentences by " || " */
} seg;

static void run(seg *s, const char *text) {
    memset(s, 0, sizeof *s);
    s->arena = pgn__arena_new(0);
    assert_non_null(s->arena);
    pgn_error err;
    s->rc = pgn__segment(text, 0, strlen(text), 7, s->arena, &s->tokens, &s->sentences, &err);
    size_t n = 0, cap = sizeof s->joined;
    for (size_t i = 0; i < s->sentences.n && n < cap; i++) {
        const pgn__sentence *st = &s->sentences.v[i];
        if (i) n += (size_t)snprintf(s->joined + n, cap - n, " || ");
        for (uint32_t t = st->first; t < st->first + st->n_tokens && n < cap; t++)
            n += (size_t)snprintf(s->joined + n, cap - n, "%s%s", t > st->first ? "|" : "",
                                  s->tokens.v[t].form);
    }
}

static void done(seg *s) { pgn__arena_free(s->arena); }

/* Asserts that text segments into expected (forms '|', sentences " || "). */
static void check(const char *text, const char *expected) {
    seg s;
    run(&s, text);
    assert_int_equal(s.rc, 0);
    if (strcmp(s.joined, expected) != 0)
        fail_msg("text:     %s\nexpected: %s\ngot:      %s", text, expected, s.joined);
    done(&s);
}

static void test_basic_words_and_punctuation(void **state) {
    (void)state;
    check("Hello, world!", "Hello|,|world|!");
    check("The cat sat on the mat.", "The|cat|sat|on|the|mat|.");
    check("(see below) and [1] {x}", "(|see|below|)|and|[|1|]|{|x|}");
    check("\"Quoted,\" she said; then: no.", "\"|Quoted|,|\"|she|said|;|then|:|no|.");
}

static void test_contractions_and_possessives(void **state) {
    (void)state;
    check("I don't know", "I|do|n't|know");
    check("We can't go", "We|ca|n't|go");
    check("It won't work", "It|wo|n't|work");
    check("I'm here", "I|'m|here");
    check("Xi's visit", "Xi|'s|visit");
    check("they're, we've, you'll, he'd", "they|'re|,|we|'ve|,|you|'ll|,|he|'d");
    check("I cannot", "I|can|not");
    check("gonna win", "gon|na|win");
    check("DON'T", "DO|N'T");
    check("the Sanders' letter", "the|Sanders|'|letter");
    check("in the 80's", "in|the|80's");
    check("O'Brien and Sha'lan", "O'Brien|and|Sha'lan");
    check("'72 and 'em", "'72|and|'em");
}

static void test_split_flags(void **state) {
    (void)state;
    seg s;
    run(&s, "don't go");
    assert_int_equal(s.tokens.n, 3);
    assert_true(s.tokens.v[0].flags & PGN__TOK_SPLIT);
    assert_true(s.tokens.v[1].flags & PGN__TOK_SPLIT);
    assert_false(s.tokens.v[2].flags & PGN__TOK_SPLIT);
    assert_int_equal(s.tokens.v[0].end, s.tokens.v[1].start);
    assert_false(s.tokens.v[0].flags & PGN__TOK_SPACE_AFTER);
    assert_true(s.tokens.v[1].flags & PGN__TOK_SPACE_AFTER);
    done(&s);
}

static void test_curly_apostrophes_and_quotes(void **state) {
    (void)state;
    check("it\xE2\x80\x99s fine", "it|\xE2\x80\x99s|fine");
    check("don\xE2\x80\x99t", "do|n\xE2\x80\x99t");
    check("\xE2\x80\x9CYes,\xE2\x80\x9D he said.",
          "\xE2\x80\x9C|Yes|,|\xE2\x80\x9D|he|said|.");
    check("\xE2\x80\x98\xE2\x80\x99Where", "\xE2\x80\x98\xE2\x80\x99|Where");
}

static void test_hyphens_and_slashes(void **state) {
    (void)state;
    check("a 15-year term", "a|15|-|year|term");
    check("long-term plans", "long|-|term|plans");
    check("send an e-mail", "send|an|e-mail");
    check("non-stop anti-American", "non-stop|anti-American");
    check("call 713-853-3989 now", "call|713-853-3989|now");
    check("and/or", "and|/|or");
    check("on 11/28/2000 at 9/11", "on|11/28/2000|at|9/11");
    check("wait -- what", "wait|--|what");
    check("dial 853-3242 or ext. 3-5213 from 2003-2007, pages 10-12",
          "dial|853-3242|or|ext.|3-5213|from|2003|-|2007|,|pages|10|-|12");
    check("b/c of it, w/o sugar, w/ milk", "b/c|of|it|,|w/o|sugar|,|w/|milk");
    check("mis-matches", "mis-matches");
}

static void test_dashes(void **state) {
    (void)state;
    check("Yes\xE2\x80\x94no", "Yes|\xE2\x80\x94|no");
    check("1990\xE2\x80\x93" "2000", "1990|\xE2\x80\x93|2000");
    check("so\xE2\x80\x94\xE2\x80\x94what", "so|\xE2\x80\x94\xE2\x80\x94|what");
}

static void test_numbers_money_times(void **state) {
    (void)state;
    check("It cost $5 or $1,000.50.", "It|cost|$|5|or|$|1,000.50|.");
    check("at 5:30 today", "at|5:30|today");
    check("at 5pm and 7:30PM", "at|5|pm|and|7:30|PM");
    check("up 3.5% on 1,200 shares", "up|3.5|%|on|1,200|shares");
    check("1,2,3", "1|,|2|,|3");
    check("12,34", "12|,|34");
}

static void test_abbreviations_and_initials(void **state) {
    (void)state;
    check("Mr. Smith met Gen. Lee in the U.S. on Jan. 5.",
          "Mr.|Smith|met|Gen.|Lee|in|the|U.S.|on|Jan.|5|.");
    check("J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|.");
    check("fruit, e.g. apples, i.e. food", "fruit|,|e.g.|apples|,|i.e.|food");
    check("Apple Inc. said so", "Apple|Inc.|said|so");
    check("at 7 p.m. today", "at|7|p.m.|today");
    check("No. 5 said no.", "No.|5|said|no|.");
    check("He said: \"No. This is not so.\"", "He|said|:|\"|No|. || This|is|not|so|.|\"");
    check("see pp. 10-12 and vol. 2", "see|pp.|10|-|12|and|vol.|2");
    /* An abbreviation that may end a sentence gives its dot at the end. */
    check("apples, pears etc.", "apples|,|pears|etc|.");
}

static void test_urls_emails_emoticons(void **state) {
    (void)state;
    check("See http://example.com/a_b?x=1.", "See|http://example.com/a_b?x=1|.");
    check("(www.example.org)", "(|www.example.org|)");
    check("Mail jane.doe@example.co.uk, please", "Mail|jane.doe@example.co.uk|,|please");
    check("the file report.doc is here", "the|file|report.doc|is|here");
    check("Great :) thanks ;-) ok :D", "Great|:)|thanks|;-)|ok|:D");
    check("Great :) Thanks", "Great|:) || Thanks");
    check("AT&T and Q&A", "AT&T|and|Q&A");
    check("write to jane...@example.com now", "write|to|jane...@example.com|now");
    check("join #audiobooks for $$$", "join|#audiobooks|for|$$$");
    check("(here ):", "(|here|)|:");
}

static void test_ellipses_and_runs(void **state) {
    (void)state;
    check("Well... maybe", "Well|...|maybe");
    check("What?! No!!!", "What|?! || No|!!!");
    check("wait\xE2\x80\xA6 then", "wait|\xE2\x80\xA6|then");
    check("==== ***", "====|***");
}

static void test_sentences(void **state) {
    (void)state;
    check("He left. She stayed.", "He|left|. || She|stayed|.");
    check("Really? Yes! OK.", "Really|? || Yes|! || OK|.");
    check("\"Go home.\" Then he left.", "\"|Go|home|.|\" || Then|he|left|.");
    check("(It ended.) Next one.", "(|It|ended|.|) || Next|one|.");
    check("Mr. Smith arrived. Dr. Jones left.", "Mr.|Smith|arrived|. || Dr.|Jones|left|.");
    check("He met J. Smith today.", "He|met|J.|Smith|today|.");
    check("Wait... what happened", "Wait|...|what|happened");
    check("It rose 5.5 percent. Then it fell.",
          "It|rose|5.5|percent|. || Then|it|fell|.");
    /* The abbreviation's dot then goes to the sentence, as in UD. */
    check("He works for Acme Inc. The firm grew.", "He|works|for|Acme|Inc|. || The|firm|grew|.");
    check("He works for Acme, L.P.. It grew.", "He|works|for|Acme|,|L.P.|. || It|grew|.");
    check("He joined Acme Inc. Later he left.", "He|joined|Acme|Inc.|Later|he|left|.");
    check("i said no. i meant it", "i|said|no|. || i|meant|it");
    check("one\ntwo", "one|two");
    check("one\n\ntwo", "one || two");
    check("one \n \t\n two", "one || two");
    check("Sent 11/10/2000 01:04 PM Steve, hi", "Sent|11/10/2000|01:04|PM || Steve|,|hi");
    /* A list number opens its item; it does not end a sentence. */
    check("Change the date. 2. Delete the rest.",
          "Change|the|date|. || 2|.|Delete|the|rest|.");
    /* Lists of URLs; an ellipsis before a number or a quote. */
    check("http://a.org/x http://b.org/y", "http://a.org/x || http://b.org/y");
    check("in... 2003 and so...\" he said", "in|...|2003|and|so|...|\"|he|said");
    check("Wait... Then it came.", "Wait|... || Then|it|came|.");
    /* Quotation marks closing on a comma go on into the attribution. */
    check("He spoke of \xE2\x80\x9Cpeople telling leaders, 'this is not what we want,'\xE2\x80\x9D Wilcox said.",
          "He|spoke|of|\xE2\x80\x9C|people|telling|leaders|,|'|this|is|not|what|we|want|,|'|\xE2\x80\x9D|Wilcox|said|.");
}

static void test_offsets_and_space_after(void **state) {
    (void)state;
    const char *text = "  Hi, you.  ";
    seg s;
    memset(&s, 0, sizeof s);
    s.arena = pgn__arena_new(0);
    pgn_error err;
    /* A span inside a larger text: offsets are into the whole text. */
    assert_int_equal(pgn__segment(text, 2, 10, 3, s.arena, &s.tokens, &s.sentences, &err), 0);
    assert_int_equal(s.tokens.n, 4);
    static const uint32_t starts[] = {2, 4, 6, 9}, ends[] = {4, 5, 9, 10};
    static const uint32_t space[] = {0, 1, 0, 0};
    for (size_t i = 0; i < 4; i++) {
        assert_int_equal(s.tokens.v[i].start, starts[i]);
        assert_int_equal(s.tokens.v[i].end, ends[i]);
        assert_int_equal((s.tokens.v[i].flags & PGN__TOK_SPACE_AFTER) != 0, space[i]);
        assert_int_equal(s.tokens.v[i].head, -1);
        assert_null(s.tokens.v[i].upos);
        assert_memory_equal(s.tokens.v[i].form, text + starts[i], ends[i] - starts[i]);
    }
    assert_int_equal(s.sentences.n, 1);
    assert_int_equal(s.sentences.v[0].first, 0);
    assert_int_equal(s.sentences.v[0].n_tokens, 4);
    assert_int_equal(s.sentences.v[0].start, 2);
    assert_int_equal(s.sentences.v[0].end, 10);
    assert_int_equal(s.sentences.v[0].block, 3);
    /* A second span appends; sentence.first indexes the whole array. */
    assert_int_equal(pgn__segment("Bye. Now", 0, 8, 4, s.arena, &s.tokens, &s.sentences, &err), 0);
    assert_int_equal(s.tokens.n, 7);
    assert_int_equal(s.sentences.n, 3);
    assert_int_equal(s.sentences.v[1].first, 4);
    assert_int_equal(s.sentences.v[1].n_tokens, 2);
    assert_int_equal(s.sentences.v[2].first, 6);
    assert_int_equal(s.sentences.v[2].block, 4);
    done(&s);
}

static void test_nfc(void **state) {
    (void)state;
    /* "Cafe" + U+0301 COMBINING ACUTE becomes U+00E9; offsets stay raw. */
    seg s;
    run(&s, "Cafe\xCC\x81 ok");
    assert_int_equal(s.rc, 0);
    assert_int_equal(s.tokens.n, 2);
    assert_string_equal(s.tokens.v[0].form, "Caf\xC3\xA9");
    assert_int_equal(s.tokens.v[0].end - s.tokens.v[0].start, 6);
    done(&s);
    /* A long non-ASCII token (beyond the stack buffer) is normalised too. */
    char buf[3 * 400 + 1];
    for (int i = 0; i < 400; i++) memcpy(buf + 3 * i, "e\xCC\x81", 3);
    buf[3 * 400] = '\0';
    run(&s, buf);
    assert_int_equal(s.rc, 0);
    assert_int_equal(s.tokens.n, 1);
    assert_int_equal(strlen(s.tokens.v[0].form), 800);
    assert_memory_equal(s.tokens.v[0].form, "\xC3\xA9\xC3\xA9", 4);
    done(&s);
}

static void test_unicode_spaces(void **state) {
    (void)state;
    /* NBSP, EN QUAD, IDEOGRAPHIC SPACE, ZERO WIDTH SPACE, NARROW NBSP. */
    check("a\xC2\xA0" "b\xE2\x80\x80" "c\xE3\x80\x80" "d\xE2\x80\x8B" "e\xE2\x80\xAF" "f",
          "a|b|c|d|e|f");
    seg s;
    run(&s, "10\xC2\xA0km");
    assert_int_equal(s.tokens.n, 2);
    assert_true(s.tokens.v[0].flags & PGN__TOK_SPACE_AFTER);
    assert_int_equal(s.tokens.v[1].start, 4);
    done(&s);
    /* U+2029 PARAGRAPH SEPARATOR twice is a blank line. */
    check("one\xE2\x80\xA9\xE2\x80\xA9two", "one || two");
    /* Non-Latin letters are words; CJK punctuation is a token. */
    check("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82",
          "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82|,|\xE4\xB8\x96\xE7\x95\x8C|\xE3\x80\x82");
}

static void test_empty_and_blank_spans(void **state) {
    (void)state;
    static const char *const blanks[] = {"", " ", "\n\n\n", "\t \r\n \xC2\xA0 \xE2\x80\x83"};
    for (size_t i = 0; i < sizeof blanks / sizeof *blanks; i++) {
        seg s;
        run(&s, blanks[i]);
        assert_int_equal(s.rc, 0);
        assert_int_equal(s.tokens.n, 0);
        assert_int_equal(s.sentences.n, 0);
        done(&s);
    }
    /* An empty span of a non-empty text; a NULL text with an empty span. */
    pgn__arena *a = pgn__arena_new(0);
    pgn__token_vec tv = {0};
    pgn__sentence_vec sv = {0};
    pgn_error err;
    assert_int_equal(pgn__segment("abc", 2, 2, 0, a, &tv, &sv, &err), 0);
    assert_int_equal(pgn__segment(NULL, 0, 0, 0, a, &tv, &sv, &err), 0);
    assert_int_equal(tv.n, 0);
    assert_int_equal(pgn__segment("abc", 3, 1, 0, a, &tv, &sv, &err), PGN_EINVAL);
    pgn__arena_free(a);
}

/* Every token lies in the span, in order, non-empty; sentences tile them. */
static void check_invariants(const seg *s, size_t off, size_t end) {
    uint32_t prev = (uint32_t)off;
    for (size_t i = 0; i < s->tokens.n; i++) {
        const pgn__token *t = &s->tokens.v[i];
        assert_true(t->start >= prev);
        assert_true(t->end > t->start);
        assert_true(t->end <= end);
        assert_non_null(t->form);
        prev = t->end;
    }
    size_t next = 0;
    for (size_t i = 0; i < s->sentences.n; i++) {
        assert_int_equal(s->sentences.v[i].first, next);
        assert_true(s->sentences.v[i].n_tokens > 0);
        next += s->sentences.v[i].n_tokens;
    }
    assert_int_equal(next, s->tokens.n);
}

static void test_ten_megabytes_without_spaces(void **state) {
    (void)state;
    size_t n = 10u << 20;
    char *text = malloc(n + 1);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n] = '\0';
    seg s;
    run(&s, text);
    assert_int_equal(s.rc, 0);
    assert_int_equal(s.tokens.n, 1);
    assert_int_equal(s.tokens.v[0].end, n);
    done(&s);
    /* 1 MB of punctuation without spaces: a token for nearly every byte,
    ** all in range and in order. */
    size_t m = 1u << 20;
    for (size_t i = 0; i < m; i++) text[i] = ",.-(\"'"[i % 6];
    text[m] = '\0';
    run(&s, text);
    assert_int_equal(s.rc, 0);
    assert_true(s.tokens.n > m / 2);
    check_invariants(&s, 0, m);
    done(&s);
    free(text);
}

static void test_hostile_input_never_crashes(void **state) {
    (void)state;
    /* Pseudo-random bytes, including invalid UTF-8 (the contract asks for
    ** valid UTF-8, but a caller's mistake must not crash us). */
    uint32_t x = 12345;
    char buf[4096];
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round * 20 % 4096);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            buf[i] = round % 2 ? (char)(x >> 16) : " a.'-\xE2\x80\x99:/@$,?!\xC2\xA0"[(x >> 16) % 18];
        }
        seg s;
        memset(&s, 0, sizeof s);
        s.arena = pgn__arena_new(0);
        pgn_error err;
        assert_int_equal(pgn__segment(buf, 0, n, 0, s.arena, &s.tokens, &s.sentences, &err), 0);
        check_invariants(&s, 0, n);
        done(&s);
    }
    /* Truncated multi-byte sequences at the end of the span. */
    /* Truncated sequences: each stray byte is a token of its own. */
    check("ab\xE2\x80", "ab|\xE2|\x80");
    check("\xF0", "\xF0");
}

/* Segments three spans into the same vectors, as src/doc does with its
** blocks; returns the status of the first failure or 0. */
static int segment_three(pgn__arena *a, const char *text, size_t cut1, size_t cut2, size_t len,
                         pgn_error *err) {
    pgn__token_vec tv = {0};
    pgn__sentence_vec sv = {0};
    int rc = pgn__segment(text, 0, cut1, 0, a, &tv, &sv, err);
    if (!rc) rc = pgn__segment(text, cut1, cut2, 1, a, &tv, &sv, err);
    if (!rc) rc = pgn__segment(text, cut2, len, 2, a, &tv, &sv, err);
    return rc;
}

static void test_allocation_failures(void **state) {
    (void)state;
    /* Span 1: ordinary text.  Span 2: a word of 400 accented letters (NFC
    ** beyond the stack buffer).  Span 3: 6000 bytes of punctuation (more
    ** tokens than reserved, several form blocks, many sentences). */
    static char text[16384];
    const char *p1 = "Mr. Smith didn't pay $1,000.50 for the caf\xC3\xA9 in the U.S. "
                     "Really?! Yes.\n\nAnother paragraph, e\xCC\x81t\xC3\xA9 :) ok. "
                     "He works for Acme Inc. The firm grew.";
    size_t n = strlen(p1);
    memcpy(text, p1, n);
    size_t cut1 = n;
    text[n++] = ' ';
    for (int i = 0; i < 400; i++, n += 3) memcpy(text + n, "e\xCC\x81", 3);
    size_t cut2 = n;
    for (int i = 0; i < 6000; i++) text[n++] = "!,(.\"a"[i % 6];
    text[n] = '\0';
    /* Count the allocations of a full run, failing each one in turn. */
    long n_ok = -1;
    for (long k = 0; k < 100000; k++) {
        pgn__arena *a = pgn__arena_new(0);
        assert_non_null(a);
        pgn__arena_fail_after(a, k);
        pgn_error err;
        int rc = segment_three(a, text, cut1, cut2, n, &err);
        pgn__arena_free(a);
        if (rc == 0) {
            n_ok = k;
            break;
        }
        assert_int_equal(rc, PGN_ENOMEM);
        assert_int_equal(err.code, PGN_ENOMEM);
    }
    /* Many allocation points were reached, and failing any was reported. */
    assert_true(n_ok >= 10);
}

static void test_word_lists_are_sorted_and_found(void **state) {
    (void)state;
    for (size_t i = 1; i < pgn__abbrev_n; i++)
        assert_true(strcmp(pgn__abbrev[i - 1].key, pgn__abbrev[i].key) < 0);
    for (size_t i = 1; i < pgn__hyphen_prefix_n; i++)
        assert_true(strcmp(pgn__hyphen_prefix[i - 1].key, pgn__hyphen_prefix[i].key) < 0);
    assert_non_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "Gen.", 4));
    assert_non_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "GEN.", 4));
    assert_non_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "No.", 3));
    assert_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "no.", 3));
    assert_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "Gen", 3));
    assert_null(pgn__word_find(pgn__abbrev, pgn__abbrev_n, "", 0));
    const pgn__word *w = pgn__word_find(pgn__abbrev, pgn__abbrev_n, "etc.", 4);
    assert_non_null(w);
    assert_true(w->flags & PGN__WORD_E);
    assert_non_null(pgn__word_find(pgn__hyphen_prefix, pgn__hyphen_prefix_n, "Anti", 4));
}

static void test_boundary_model_table(void **state) {
    (void)state;
    const pgn__bmodel *m = &pgn__boundary_model;
    if (m->n_slots == 0) skip();                 /* rules only: nothing to check */
    assert_true((m->n_slots & (m->n_slots - 1)) == 0);
    size_t used = 0;
    for (uint32_t k = 0; k < m->n_slots; k++) {
        if (!m->slots[k].key) continue;
        used++;
        /* Every key is found where it is stored (the probing is sound). */
        assert_int_equal(pgn__bmodel_slot(m->slots, m->n_slots, m->slots[k].key), k);
    }
    assert_true(used > 100);
    assert_true(used * 2 <= m->n_slots);
}

static void test_boundary_features(void **state) {
    (void)state;
    seg s;
    run(&s, "It works. Then he left; ok.");
    pgn__bctx c;
    pgn__bctx_init(&c);
    uint32_t f1[PGN__BF_MAX], f2[PGN__BF_MAX];
    /* Gap after "." (token 2): a candidate; features are non-zero, stable,
    ** and change with the rule's decision. */
    assert_true(pgn__boundary_candidate(s.tokens.v, 2, 0));
    assert_false(pgn__boundary_candidate(s.tokens.v, 0, 0));   /* "It works" */
    assert_true(pgn__boundary_candidate(s.tokens.v, 0, 1));
    size_t n1 = pgn__boundary_features(&c, s.tokens.v, 0, 2, s.tokens.n, 1, f1);
    size_t n2 = pgn__boundary_features(&c, s.tokens.v, 0, 2, s.tokens.n, 1, f2);
    assert_true(n1 > 5 && n1 <= PGN__BF_MAX);
    assert_int_equal(n1, n2);
    assert_memory_equal(f1, f2, n1 * sizeof *f1);
    for (size_t k = 0; k < n1; k++) assert_int_not_equal(f1[k], 0);
    pgn__boundary_features(&c, s.tokens.v, 0, 2, s.tokens.n, 0, f2);
    assert_memory_not_equal(f1, f2, n1 * sizeof *f1);
    done(&s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic_words_and_punctuation),
        cmocka_unit_test(test_contractions_and_possessives),
        cmocka_unit_test(test_split_flags),
        cmocka_unit_test(test_curly_apostrophes_and_quotes),
        cmocka_unit_test(test_hyphens_and_slashes),
        cmocka_unit_test(test_dashes),
        cmocka_unit_test(test_numbers_money_times),
        cmocka_unit_test(test_abbreviations_and_initials),
        cmocka_unit_test(test_urls_emails_emoticons),
        cmocka_unit_test(test_ellipses_and_runs),
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_offsets_and_space_after),
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_unicode_spaces),
        cmocka_unit_test(test_empty_and_blank_spans),
        cmocka_unit_test(test_ten_megabytes_without_spaces),
        cmocka_unit_test(test_hostile_input_never_crashes),
        cmocka_unit_test(test_allocation_failures),
        cmocka_unit_test(test_word_lists_are_sorted_and_found),
        cmocka_unit_test(test_boundary_model_table),
        cmocka_unit_test(test_boundary_features),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
