/* tests/unit/test_quotes.c -- quotes and attribution on hand-written news
** paragraphs: direct quotes (curly, straight, nested, split by the cue,
** spanning paragraphs), reported speech, speakers in earlier sentences,
** actor codes from mentions, parser relations, and the cue lexicon. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "discourse/cues.h"
#include "discourse/discourse.h"
#include "peregrine.h"

static pgn_doc *quotes_of(const char *text) {
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    return doc;
}

/* The text of a span (bytes) as a NUL-terminated string in buf. */
static const char *span_text(const pgn_doc *doc, const pgn_span_view *s, char *buf, size_t cap) {
    if (!s->present) return "(none)";
    size_t n = s->byte_end - s->byte_start;
    if (n >= cap) n = cap - 1;
    memcpy(buf, pgn_doc_text(doc, NULL) + s->byte_start, n);
    buf[n] = 0;
    return buf;
}

/* Finds the quote whose content starts with prefix and checks speaker
** and cue (NULL: none). */
static pgn_quote_view expect(const pgn_doc *doc, const char *prefix, const char *speaker,
                             const char *cue) {
    char a[512], b[512];
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        assert_int_equal(pgn_doc_quote(doc, i, &q), 0);
        const char *c = span_text(doc, &q.content, a, sizeof a);
        if (strncmp(c, prefix, strlen(prefix)) != 0) continue;
        if (speaker) assert_string_equal(span_text(doc, &q.speaker, b, sizeof b), speaker);
        else assert_false(q.speaker.present);
        if (cue) assert_string_equal(span_text(doc, &q.cue, b, sizeof b), cue);
        else assert_false(q.cue.present);
        return q;
    }
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        pgn_doc_quote(doc, i, &q);
        print_message("quote: [%s]\n", span_text(doc, &q.content, a, sizeof a));
    }
    fail_msg("no quote starting \"%s\"", prefix);
    pgn_quote_view none;
    memset(&none, 0, sizeof none);
    return none;
}

static void direct_quote_cue_after(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "The Kremlin rejected the report.\n\n"
        "\xE2\x80\x9CNo. This is not so,\xE2\x80\x9D Kremlin spokesman Dmitry Peskov told reporters, "
        "adding that Russia had enough resources.\n");
    pgn_quote_view q = expect(doc, "\xE2\x80\x9CNo. This is not so,\xE2\x80\x9D",
                              "Kremlin spokesman Dmitry Peskov", "told");
    assert_true(q.direct);
    /* character offsets: the curly quote is one character */
    assert_int_equal(q.content.start, 34);
    assert_int_equal(q.content.end, 34 + 21);
    expect(doc, "that Russia had enough resources", "Kremlin spokesman Dmitry Peskov", "adding");
    pgn_doc_free(doc);
}

static void speaker_two_sentences_back(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "NATO Secretary General Jens Stoltenberg said the alliance had offered talks. "
        "The NATO chief added, \xE2\x80\x9CWe have reached out many times.\xE2\x80\x9D\n\n"
        "\xE2\x80\x9C" "But we are disappointed by the response.\xE2\x80\x9D\n");
    expect(doc, "the alliance had offered talks", "NATO Secretary General Jens Stoltenberg", "said");
    expect(doc, "\xE2\x80\x9CWe have reached out", "The NATO chief", "added");
    /* no cue of its own: the last speaker goes on */
    pgn_quote_view q = expect(doc, "\xE2\x80\x9C" "But we are disappointed", "The NATO chief", NULL);
    assert_true(q.direct);
    pgn_doc_free(doc);
}

static void straight_quotes_split_by_cue_and_inverted(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "\"The door remains open,\" Stoltenberg said, \"and it will stay open.\" "
        "\"We saw what happened,\" said Foreign Minister Dmytro Kuleba.\n");
    expect(doc, "\"The door remains open,\"", "Stoltenberg", "said");
    expect(doc, "\"and it will stay open.\"", "Stoltenberg", "said");
    expect(doc, "\"We saw what happened,\"", "Foreign Minister Dmytro Kuleba", "said");
    pgn_doc_free(doc);
}

static void nested_quote_spanning_paragraphs(void **state) {
    (void)state;
    const char *text =
        "\xE2\x80\x9CNobody can say \xE2\x80\x98we did not know\xE2\x80\x99 any more,\xE2\x80\x9D "
        "Kuleba said. \xE2\x80\x9CThe evidence is everywhere.\n\n"
        "\xE2\x80\x9CThose responsible will be punished.\xE2\x80\x9D\n\n"
        "Officials gave no figures.\n";
    pgn_doc *doc = quotes_of(text);
    /* the inner single quotes stay inside the content; the quote going on
    ** after "Kuleba said." is the same statement and joins it */
    pgn_quote_view q = expect(doc, "\xE2\x80\x9CNobody can say \xE2\x80\x98we did not know\xE2\x80\x99 any more,\xE2\x80\x9D "
                              "Kuleba said. \xE2\x80\x9CThe evidence is everywhere.\n\n\xE2\x80\x9CThose",
                              "Kuleba", "said");
    /* double quotes nested in double quotes */
    pgn_doc *d2 = quotes_of("\xE2\x80\x9CThey told me \xE2\x80\x9Cno\xE2\x80\x9D twice,\xE2\x80\x9D "
                            "the envoy said.\n");
    expect(d2, "\xE2\x80\x9CThey told me \xE2\x80\x9Cno\xE2\x80\x9D twice,\xE2\x80\x9D", "the envoy",
           "said");
    assert_int_equal(pgn_doc_n_quotes(d2), 1);
    pgn_doc_free(d2);
    /* the quote over two paragraphs ends at its closing mark */
    const char *t = pgn_doc_text(doc, NULL);
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    assert_memory_equal(t + q.content.byte_end - 5, "d.\xE2\x80\x9D", 5);
    pgn_doc_free(doc);
}

/* Marks typed wrong: an opening curly mark closing a quote (glued to the
** word before, a space after) closes it, so the cue after it and the next
** paragraph are outside the quote; a single mark closing an inner quote
** right before the outer closing one (`country,''' said`) does not hide
** the cue after it. */
static void marks_typed_wrong(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("\xE2\x80\x9C" "Apparently not,\xE2\x80\x9C he said.\n\n"
                             "The mayor said that the city would appeal the ruling.\n");
    expect(doc, "\xE2\x80\x9C" "Apparently not,\xE2\x80\x9C", "he", "said");
    expect(doc, "that the city would appeal", "The mayor", "said");
    pgn_doc_free(doc);
    doc = quotes_of("''They told me, 'Go back to your country,''' said Mr. Regalado, a teacher.\n");
    expect(doc, "''They told me", "Mr. Regalado, a teacher", "said");
    pgn_doc_free(doc);
}

static void reported_speech(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "According to the ministry, 12 people were killed. "
        "The shelling continued overnight, according to local officials. "
        "The minister told reporters that the talks would resume next week. "
        "Peskov, the Kremlin spokesman, said the report was false. "
        "Russia will not attack, the foreign minister insisted. "
        "The convoy was hit twice, said a senior army officer.\n");
    expect(doc, "12 people were killed", "the ministry", "According to");
    expect(doc, "The shelling continued overnight", "local officials", "according to");
    expect(doc, "that the talks would resume", "The minister", "told");
    expect(doc, "the report was false", "Peskov, the Kremlin spokesman,", "said");
    expect(doc, "Russia will not attack", "the foreign minister", "insisted");
    expect(doc, "The convoy was hit twice", "a senior army officer", "said");
    pgn_doc_free(doc);
}

static void auxiliaries_and_non_cues(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "The president has repeatedly said that no troops would be sent. "
        "Media reports about the talks were wrong. "
        "He was asked about the sanctions.\n");
    expect(doc, "that no troops would be sent", "The president", "has repeatedly said");
    /* a noun after a determiner and a passive are no attribution */
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_doc_free(doc);
}

static void quoted_terms(void **state) {
    (void)state;
    /* run into a reported sentence: part of its content, no quote of its own */
    pgn_doc *doc = quotes_of("Rubio says Obama is \"obsessed\" with guns.\n");
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_quote_view q = expect(doc, "Obama is \"obsessed\" with guns", "Rubio", "says");
    assert_false(q.direct);
    pgn_doc_free(doc);
    /* nobody reports it: quoted words with no speaker and no cue */
    doc = quotes_of("The issue of \xE2\x80\x9Csystemic racism\xE2\x80\x9D came up again.\n");
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    q = expect(doc, "\xE2\x80\x9Csystemic racism\xE2\x80\x9D", NULL, NULL);
    assert_true(q.direct);
    assert_null(q.speaker_code);
    pgn_doc_free(doc);
}

static void removed_blocks_and_empty_docs(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("");
    assert_int_equal(pgn_doc_n_quotes(doc), 0);
    pgn_quote_view q;
    assert_int_equal(pgn_doc_quote(doc, 0, &q), PGN_EINVAL);
    pgn_doc_free(doc);
    /* an unclosed quote at the end of the text ends there */
    doc = quotes_of("He said: \"we will win\n");
    expect(doc, "\"we will win", "He", "said");
    pgn_doc_free(doc);
}

static void speaker_code_from_mention(void **state) {
    (void)state;
    const char *text = "\"No,\" Peskov told reporters.\n";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    /* what src/kb will write: a mention over "Peskov" (bytes 6-12) */
    assert_int_equal(PGN__VEC_RESERVE(doc->arena, doc->mentions), 0);
    pgn__mention *m = &doc->mentions.v[doc->mentions.n++];
    memset(m, 0, sizeof *m);
    m->start = 6;
    m->end = 12;
    m->code = "RUSGOV";
    m->antecedent = -1;
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    pgn_quote_view q = expect(doc, "\"No,\"", "Peskov", "told");
    assert_non_null(q.speaker_code);
    assert_string_equal(q.speaker_code, "RUSGOV");
    pgn_doc_free(doc);
}

static void parser_relations_replace_rules(void **state) {
    (void)state;
    /* "Officials in Kyiv said talks failed ." with a parse: the rules would
    ** give "Officials in Kyiv"... the parse agrees on the subject and gives
    ** the ccomp as content. */
    const char *text = "Officials in Kyiv said talks failed .\n";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    static const struct {
        const char *rel;
        int head;
    } arcs[] = {{"nsubj", 4}, {"case", 3}, {"nmod", 1}, {"root", 0},
                {"nsubj", 6}, {"ccomp", 4}, {"punct", 4}};
    assert_int_equal(doc->tokens.n, 7);
    for (size_t i = 0; i < 7; i++) {
        doc->tokens.v[i].deprel = arcs[i].rel;
        doc->tokens.v[i].head = arcs[i].head;
    }
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    expect(doc, "talks failed", "Officials in Kyiv", "said");
    pgn_quote_view q;
    pgn_doc_quote(doc, 0, &q);
    assert_int_equal(q.content.end, 35);   /* the parse leaves out " ." */
    pgn_doc_free(doc);
}

/* Sets the parse of doc's tokens from (deprel, head) arcs. */
static void set_arcs(pgn_doc *doc, const char *const *rel, const int *head, size_t n) {
    assert_int_equal(doc->tokens.n, n);
    for (size_t i = 0; i < n; i++) {
        doc->tokens.v[i].deprel = rel[i];
        doc->tokens.v[i].head = head[i];
        doc->tokens.v[i].upos = strcmp(rel[i], "root") == 0 ? "VERB" : "NOUN";
    }
}

/* A verb outside the cue lexicon with a subject and a clausal complement
** is an attribution by the parse ("the court holds that ..."); an
** expletive subject ("it") gives none (quotes_parse.c). */
static void parse_frame_beyond_lexicon(void **state) {
    (void)state;
    const char *text = "The court holds that the law was void .\n";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    static const char *const rel[] = {"det", "nsubj", "root", "mark", "det",
                                      "nsubj", "cop", "ccomp", "punct"};
    static const int head[] = {2, 3, 0, 8, 6, 8, 8, 3, 3};
    /* without a parse the rules know no "holds" */
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    assert_int_equal(pgn_doc_n_quotes(doc), 0);
    set_arcs(doc, rel, head, 9);
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_quote_view q = expect(doc, "that the law was void", "The court", "holds");
    assert_false(q.direct);
    pgn_doc_free(doc);

    const char *text2 = "It holds that the law was void .\n";
    assert_int_equal(pgn_doc_from_text(text2, strlen(text2), NULL, &doc, &err), 0);
    static const char *const rel2[] = {"nsubj", "root", "mark", "det", "nsubj", "cop", "ccomp", "punct"};
    static const int head2[] = {2, 0, 7, 5, 7, 7, 2, 2};
    set_arcs(doc, rel2, head2, 8);
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    assert_int_equal(pgn_doc_n_quotes(doc), 0);
    pgn_doc_free(doc);
}

/* A name and a colon before a quote ("Rep. Trey Gowdy (R-S.C.): "..."",
** after a dash in a newsletter) attribute it, the colon the cue; a quote
** run into a sentence that closes on a comma before an inverted cue
** ('Manafort "has ... Trump," said Black') is reported speech of the name
** after the cue; a clause between commas is no appositive subject. */
static void colon_and_inverted_attributions(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "The hearing went on.\n\n"
        "Rep. Trey Gowdy (R-S.C.): \"I have not heard anyone cite that figure.\"\n\n"
        "NOT WRONG, JUST EARLY - Mark Blumenthal and Jon Cohen: \"The polls ended too early.\"\n\n"
        "Manafort \"has taken on a tough task, but it is a good decision,\" said Black, who "
        "has known him for years.\n\n"
        "In New York, a state she hoped to carry by a large margin, the race will be tight, said "
        "Dan Gerstein, a political analyst.\n");
    expect(doc, "\"I have not heard anyone", "Rep. Trey Gowdy (R-S.C.)", ":");
    expect(doc, "\"The polls ended too early.\"", "Mark Blumenthal and Jon Cohen", ":");
    expect(doc, "Manafort \"has taken on", "Black, who has known him for years", "said");
    expect(doc, "In New York, a state she hoped", "Dan Gerstein, a political analyst", "said");
    pgn_doc_free(doc);
}

/* "..., whom he has alienated, said Larry Sabato, ...": the words between
** the last two commas are no appositive of a subject in mid-clause ("in
** Congress"), so the cue is inverted; a subject that opens the sentence
** with its appositives keeps the cue ("Dean Johnson, ..., says Cruz
** will ..."), as does one whose phrase after the cue runs on. */
static void inverted_after_mid_clause_commas(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "Cruz also lacks support from his colleagues in Congress, whom he has alienated with his "
        "rhetoric, said Larry Sabato, director of the Center for Politics.\n\n"
        "That would create trouble for Clinton leading up to the convention, forcing her to fend "
        "off Sanders, said Brad Bannon, a Democratic pollster.\n\n"
        "Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will leave here with "
        "momentum.\n");
    expect(doc, "Cruz also lacks support from his colleagues", "Larry Sabato", "said");
    expect(doc, "That would create trouble for Clinton", "Brad Bannon, a Democratic pollster",
           "said");
    /* (the rules alone take the last appositive for the subject here; the
    ** parse and the ranker mend that) */
    pgn_quote_view q = expect(doc, "Cruz will leave here", "Sumter, South Carolina,", "says");
    assert_true(q.speaker.byte_end < q.cue.byte_start);
    pgn_doc_free(doc);
}

/* "When asked by X whether ...": the asker is the speaker, the question up
** to the comma the content; "to" ends the asker's phrase. */
static void asked_by_the_asker(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "When asked by a reporter whether this differed from the plan, Trump said no.\n\n"
        "Asked by Stephanopoulos to respond to the criticism, Carson laughed.\n");
    expect(doc, "whether this differed from the plan", "a reporter", "asked");
    expect(doc, "to respond to the criticism", "Stephanopoulos", "Asked");
    pgn_doc_free(doc);
}

/* Transcripts: when three paragraphs or more open with a speaker label
** and a name recurs, each labelled paragraph is the label's, the colon
** the cue, the whole paragraph the content ("A:" keeps its speaker); a
** count ("Clinton: 547.") is no turn and "UPDATE:" no speaker.  A
** headline names its speaker before "on"/"to" ("CNN President On Trump:").
** A quote paragraph followed by "- Name." is the name's, the dash the cue;
** "read" after a quote reports written words ('," the statement read');
** "More from the report: "..."" is the report's; a quote paragraph after
** one ending "X says:" is X's. */
static void transcript_and_headline_labels(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "CNN President On Trump: We Do Not Pay Candidates.\n\n"
        "The interview went on.\n\n"
        "TAPPER: And obviously, you are supporting him, I think, and many ask why, "
        "and what then. Tell us.\n\n"
        "FALLIN: Well, I think the whole nation needs to work together.\n\n"
        "TAPPER: Do you think he has campaigned as a healer?\n\n"
        "A: Yes, he has done that for years.\n\n"
        "UPDATE: The segment was cut.\n\n"
        "Clinton: 547.\n\n"
        "\"The idea that I would dismantle health care is just not accurate.\"\n\n"
        "- Sanders.\n\n"
        "\"Nobody will be left behind,\" the statement read.\n\n"
        "WEB PANELS DIFFER - More from the report: \"Samples with longer field periods did "
        "better.\"\n\n"
        "Reporter Jomana Karadsheh says:\n\n"
        "\"Well Anderson, the situation there is a frontline.\"\n");
    expect(doc, "We Do Not Pay Candidates", "CNN President", ":");
    expect(doc, "And obviously, you are supporting him, I think, and many ask why, and what then. "
                "Tell us",
           "TAPPER", ":");
    expect(doc, "Well, I think the whole nation", "FALLIN", ":");
    expect(doc, "Do you think he has campaigned", "TAPPER", ":");
    expect(doc, "Yes, he has done that", "A", ":");
    expect(doc, "\"The idea that I would dismantle", "Sanders", "-");
    expect(doc, "\"Nobody will be left behind,\"", "the statement", "read");
    expect(doc, "\"Samples with longer field", "the report", ":");
    expect(doc, "\"Well Anderson, the situation", "Reporter Jomana Karadsheh", "says");
    char buf[64];
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        assert_int_equal(pgn_doc_quote(doc, i, &q), 0);
        const char *sp = span_text(doc, &q.speaker, buf, sizeof buf);
        assert_string_not_equal(sp, "UPDATE");
        assert_string_not_equal(sp, "Clinton");
    }
    pgn_doc_free(doc);
}

/* Hedged clauses with no source: the cue is the raising verb or
** "expected" with its auxiliaries, the content the clause from its
** subject; "It appears that C" keeps "that C"; "Asked whether C," has the
** question as content.  "the expected result" is no cue. */
static void sourceless_attributions(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "Trump is expected to deliver a speech tonight. "
        "Republican voters appear to be moving behind him. "
        "It appears, though, that the game was not boring. "
        "Asked whether the plan would work, the minister shrugged. "
        "The expected result came in.\n");
    expect(doc, "Trump is expected to deliver a speech tonight", NULL, "is expected");
    expect(doc, "Republican voters appear to be moving behind him", NULL, "appear");
    expect(doc, "that the game was not boring", NULL, "appears");
    expect(doc, "whether the plan would work", NULL, "Asked");
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        pgn_doc_quote(doc, i, &q);
        assert_false(q.speaker.present);
        assert_true(q.content.byte_end <= strlen(pgn_doc_text(doc, NULL)));
    }
    assert_int_equal(pgn_doc_n_quotes(doc), 4);
    pgn_doc_free(doc);
}

/* "X did A and said C": the sentence's subject speaks, not the dateline
** before it. */
static void dateline_is_no_speaker(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of(
        "Intro.\n\nWASHINGTON \xE2\x80\x94 Senator Chuck Grassley on Wednesday downplayed the "
        "attack and said the party was united.\n\n"
        "ORLANDO (Reuters) - President Barack Obama met survivors and said the country would "
        "not bow.\n");
    expect(doc, "the party was united", "Senator Chuck Grassley", "said");
    expect(doc, "the country would not bow", "President Barack Obama", "said");
    pgn_doc_free(doc);
    /* a name with one comma before the cue is its subject */
    doc = quotes_of("Intro.\n\nSen. Jack Reed (D-R.I.), said that he had not read the plan.\n");
    expect(doc, "that he had not read the plan", "Sen. Jack Reed (D-R.I.)", "said");
    pgn_doc_free(doc);
}

/* Without a parse, a past tense outside the lexicon before "that" after a
** subject is a verb of stance; a plural noun before a relative "that" is
** not ("the cases that"). */
static void past_tense_before_that(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("The appeals court ruled that the law was void. "
                             "He ignored the cases that ended in prison.\n");
    expect(doc, "that the law was void", "The appeals court", "ruled");
    assert_int_equal(pgn_doc_n_quotes(doc), 1);
    pgn_doc_free(doc);
}

/* A direct quote with no cue that goes on from the same speaker's quote
** in the same paragraph joins it; in the next paragraph it stays a quote
** of its own (with the speaker carried over). */
static void continuation_joins_in_paragraph(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("\"We will win,\" Smith said. \"They know it.\"\n\n"
                             "\"Nothing will stop us.\"\n");
    pgn_quote_view q = expect(doc, "\"We will win,\" Smith said. \"They know it.\"", "Smith", "said");
    assert_true(q.direct);
    q = expect(doc, "\"Nothing will stop us.\"", "Smith", NULL);
    assert_int_equal(pgn_doc_n_quotes(doc), 2);
    pgn_doc_free(doc);
}

typedef struct sink {
    char buf[2048];
    size_t n;
} sink;

static int to_sink(void *ctx, const char *s, size_t n) {
    sink *k = ctx;
    if (k->n + n >= sizeof k->buf) return -1;
    memcpy(k->buf + k->n, s, n);
    k->n += n;
    k->buf[k->n] = 0;
    return 0;
}

static void quotes_json(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("\"We are ready,\" the minister said.\n");
    sink k = {{0}, 0};
    pgn_error err;
    assert_int_equal(pgn_doc_write_quotes_json(doc, to_sink, &k, &err), 0);
    assert_non_null(strstr(k.buf, "{\"quotes\":[{\"text\":\"\\\"We are ready,\\\"\",\"start\":0,\"end\":15,"
                                  "\"direct\":true,\"speaker\":{\"text\":\"the minister\",\"start\":16,"
                                  "\"end\":28},\"cue\":{\"text\":\"said\",\"start\":29,\"end\":33},\"date\":null}]}\n"));
    pgn_doc_free(doc);
}

/* A word set gives each word the bits of every list holding it (a word in
** two lists has both), found by its hash taken a byte at a time; a word in
** no list, a prefix or an extension of one, has none; the quote finder's
** own set holds its lists' words. */
static void word_set_bits(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    static const char *const one[] = {"said", "has", "the"};
    static const char *const two[] = {"has", "who", "the", "a"};
    const pgn__word_list lists[] = {{one, 3, 1u}, {two, 4, 4u}};
    pgn__wordset ws;
    assert_int_equal(pgn__wordset_build(a, lists, 2, &ws), 0);
    assert_int_equal(ws.n, 5);
    assert_true(ws.n_slots >= 4 * ws.n);
    static const struct { const char *w; uint32_t bits; } want[] = {
        {"said", 1u}, {"has", 5u}, {"the", 5u}, {"who", 4u}, {"a", 4u},
        {"sai", 0}, {"saids", 0}, {"th", 0}, {"", 0}, {"table", 0}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        uint32_t h = PGN__CUES_HASH0;
        for (const char *p = want[i].w; *p; p++) h = pgn__cues_hash_step(h, (unsigned char)*p);
        assert_int_equal(pgn__wordset_bits(&ws, want[i].w, h), want[i].bits);
    }
    pgn__wordset q;
    assert_int_equal(pgn__quotes_words(a, &q), 0);
    static const char *const listed[] = {"has", "the", "he", "yesterday", "monday", "mr", "told", "seems"};
    for (size_t i = 0; i < sizeof listed / sizeof listed[0]; i++) {
        uint32_t h = PGN__CUES_HASH0;
        for (const char *p = listed[i]; *p; p++) h = pgn__cues_hash_step(h, (unsigned char)*p);
        assert_true(pgn__wordset_bits(&q, listed[i], h) != 0);
    }
    uint32_t h = PGN__CUES_HASH0;
    for (const char *p = "senate"; *p; p++) h = pgn__cues_hash_step(h, (unsigned char)*p);
    assert_int_equal(pgn__wordset_bits(&q, "senate", h), 0);
    pgn__arena_free(a);
}

static void cue_lexicon(void **state) {
    (void)state;
    pgn__arena *a = pgn__arena_new(0);
    pgn__cues c;
    pgn_error err;
    assert_int_equal(pgn__cues_builtin(a, &c, &err), 0);
    assert_true(c.n > 100);
    assert_non_null(pgn__cues_find(&c, "said"));
    assert_non_null(pgn__cues_find(&c, "according to"));
    assert_int_equal(pgn__cues_find(&c, "believes")->kind, PGN__CUE_BELIEF);
    assert_null(pgn__cues_find(&c, "table"));
    /* every form is found by itself, and by its hash taken a byte at a
    ** time (as the quote model hashes a word while lower-casing it); the
    ** form with a letter added is not; the table is a quarter full at most */
    assert_true(c.n_slots >= 4 * c.n);
    for (size_t i = 0; i < c.n; i++) {
        const char *form = c.v[i].form;
        uint32_t h = PGN__CUES_HASH0;
        for (const char *p = form; *p; p++) h = pgn__cues_hash_step(h, (unsigned char)*p);
        assert_int_equal(h, c.v[i].hash);
        assert_ptr_equal(pgn__cues_find(&c, form), &c.v[i]);
        assert_ptr_equal(pgn__cues_find_hashed(&c, form, h), &c.v[i]);
        char other[64];
        snprintf(other, sizeof other, "%sq", form);
        assert_null(pgn__cues_find(&c, other));
    }
    const char good[] = "# comment\nsaid\tspeech\r\nthinks\tbelief\n";
    assert_int_equal(pgn__cues_parse(good, sizeof good - 1, "t.txt", a, &c, &err), 0);
    assert_int_equal(c.n, 2);
    const char bad_kind[] = "said\tspeech\nshows\tproof\n";
    assert_int_equal(pgn__cues_parse(bad_kind, sizeof bad_kind - 1, "t.txt", a, &c, &err), PGN_ESYNTAX);
    assert_int_equal(err.line, 2);
    assert_string_equal(err.file, "t.txt");
    const char no_tab[] = "said speech\n";
    assert_int_equal(pgn__cues_parse(no_tab, sizeof no_tab - 1, "t.txt", a, &c, &err), PGN_ESYNTAX);
    assert_int_equal(err.line, 1);
    const char dup[] = "said\tspeech\n\nsaid\tspeech\n";
    assert_int_equal(pgn__cues_parse(dup, sizeof dup - 1, "t.txt", a, &c, &err), PGN_EDUPLICATE);
    assert_int_equal(err.line, 3);
    const char upper[] = "Said\tspeech\n";
    assert_int_equal(pgn__cues_parse(upper, sizeof upper - 1, "t.txt", a, &c, &err), PGN_ESYNTAX);
    pgn__arena_fail_after(a, 0);
    assert_int_equal(pgn__cues_parse(good, sizeof good - 1, "t.txt", a, &c, &err), PGN_ENOMEM);
    pgn__arena_free(a);
}

static void memory_failure_is_reported(void **state) {
    (void)state;
    const char *text = "\"No,\" Peskov said. The minister said that talks failed.\n";
    /* Every allocation of the finder may fail: an error, never a crash. */
    for (long n = 0; n < 40; n++) {
        pgn_doc *doc = NULL;
        pgn_error err;
        assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
        pgn__arena_fail_after(doc->arena, n);
        int rc = pgn_doc_find_quotes(doc, &err);
        assert_true(rc == 0 || rc == PGN_ENOMEM);
        pgn_doc_free(doc);
    }
}

/* A quote carries the day of its cue's clause when the dates were found
** first; a month says when a period was, so it dates no quote, and a cue
** in a clause with no expression leaves the quote undated. */
static void quote_dated_by_cue_clause(void **state) {
    (void)state;
    const char *text =
        "At a summit on June 28, Jens Stoltenberg said the alliance needed to act. "
        "In March, Peskov said talks had stalled. "
        "Later, Peskov added that nothing had changed.\n";
    pgn_doc *doc = NULL;
    pgn_error err;
    assert_int_equal(pgn_doc_from_text(text, strlen(text), NULL, &doc, &err), 0);
    assert_int_equal(pgn_doc_find_dates(doc, "2022-07-05", &err), 0);
    assert_int_equal(pgn_doc_find_quotes(doc, &err), 0);
    pgn_quote_view q = expect(doc, "the alliance needed to act", "Jens Stoltenberg", "said");
    assert_non_null(q.date);
    assert_string_equal(q.date, "2022-06-28");
    q = expect(doc, "talks had stalled", "Peskov", "said");
    assert_null(q.date);
    q = expect(doc, "that nothing had changed", "Peskov", "added");
    assert_null(q.date);
    pgn_doc_free(doc);
    /* without the dates stage no quote is dated */
    doc = quotes_of(text);
    q = expect(doc, "the alliance needed to act", "Jens Stoltenberg", "said");
    assert_null(q.date);
    pgn_doc_free(doc);
}

/* Where the noun-phrase walk stops short ("and", a preposition, "This", a
** hyphenated adjective), a cue ending its sentence after a comma takes the
** whole phrase from the comma as its subject, and a direct quote's cue
** after the closing mark every word between mark and cue; a clause there
** is no subject, nor a phrase opening with ", and". */
static void subjects_the_walk_cuts_short(void **state) {
    (void)state;
    pgn_doc *doc = quotes_of("The economy is weak, he and Mr. Allen said.\n\n"
                             "Prices will rise, people familiar with the talks said.\n\n"
                             "Taxes will fall, current and former officials said.\n\n"
                             "\"It was the first time in a long time,\" CBS This Morning co-Anchor "
                             "DeMarco Morgan said.\n\n"
                             "\"We did not discuss that,\" warm-and-fuzzy Trump said.\n\n"
                             "\"Publish the book,\" the pitch on Kickstarter says.\n\n"
                             "Wages grew, the report was clear, and Smith said.\n");
    static const char *const want[][3] = {
        {"The economy is weak", "he and Mr. Allen", "said"},
        {"Prices will rise", "people familiar with the talks", "said"},
        {"Taxes will fall", "current and former officials", "said"},
        {"\"It was the first", "CBS This Morning co-Anchor DeMarco Morgan", "said"},
        {"\"We did not", "warm-and-fuzzy Trump", "said"},
        {"\"Publish the book", "the pitch on Kickstarter", "says"}};
    for (size_t k = 0; k < sizeof want / sizeof *want; k++) expect(doc, want[k][0], want[k][1], want[k][2]);
    const char *wages = strstr(pgn_doc_text(doc, NULL), "Wages");
    for (size_t i = 0; i < pgn_doc_n_quotes(doc); i++) {
        pgn_quote_view q;
        assert_int_equal(pgn_doc_quote(doc, i, &q), 0);
        assert_true(q.content.byte_start < (size_t)(wages - pgn_doc_text(doc, NULL)));
    }
    pgn_doc_free(doc);
    /* alone: a quote with no cue would take the speaker before it */
    doc = quotes_of("\"Go home,\" the man who was there said.\n");
    expect(doc, "\"Go home", NULL, NULL);
    pgn_doc_free(doc);
}

/* Sets v's speaker to the first occurrence of part in text. */
static void speaker_at(pgn__quote *v, const char *text, const char *part) {
    const char *p = strstr(text, part);
    assert_non_null(p);
    v->speaker.present = 1;
    v->speaker.start = (uint32_t)(p - text);
    v->speaker.end = v->speaker.start + (uint32_t)strlen(part);
}

static void assert_speaker(const pgn__quote *v, const char *text, const char *want) {
    assert_true(v->speaker.present);
    assert_int_equal(v->speaker.end - v->speaker.start, strlen(want));
    assert_memory_equal(text + v->speaker.start, want, strlen(want));
}

/* Overlapping speaker spans become the longest one (a span cut inside
** another, a chain of overlaps ends on one span); a span holding another
** attribution's relative pronoun first ends before it; a speaker apart
** and a missing one stay. */
static void overlapping_speakers_share_one_span(void **state) {
    (void)state;
    const char *text = "Allan Lichtman, a professor who predicted it, said so. "
                       "Huma Abedin, an aide to Clinton, wrote. Sanders agreed.";
    pgn__quote v[7];
    memset(v, 0, sizeof v);
    speaker_at(&v[0], text, "who");
    speaker_at(&v[1], text, "Allan Lichtman, a professor who predicted it");
    speaker_at(&v[2], text, "Abedin");
    speaker_at(&v[3], text, "Huma Abedin, an aide");
    speaker_at(&v[4], text, "aide to");
    speaker_at(&v[5], text, "Sanders");
    pgn__quote_vec qs = {v, 7, 7};
    pgn__quotes_unify_speakers(text, &qs);
    assert_speaker(&v[0], text, "who");
    assert_speaker(&v[1], text, "Allan Lichtman, a professor");
    for (int i = 2; i < 5; i++) assert_speaker(&v[i], text, "Huma Abedin, an aide");
    assert_speaker(&v[5], text, "Sanders");
    assert_false(v[6].speaker.present);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(direct_quote_cue_after),
        cmocka_unit_test(speaker_two_sentences_back),
        cmocka_unit_test(straight_quotes_split_by_cue_and_inverted),
        cmocka_unit_test(nested_quote_spanning_paragraphs),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(auxiliaries_and_non_cues),
        cmocka_unit_test(quoted_terms),
        cmocka_unit_test(removed_blocks_and_empty_docs),
        cmocka_unit_test(speaker_code_from_mention),
        cmocka_unit_test(parser_relations_replace_rules),
        cmocka_unit_test(quotes_json),
        cmocka_unit_test(cue_lexicon),
        cmocka_unit_test(word_set_bits),
        cmocka_unit_test(quote_dated_by_cue_clause),
        cmocka_unit_test(parse_frame_beyond_lexicon),
        cmocka_unit_test(colon_and_inverted_attributions),
        cmocka_unit_test(inverted_after_mid_clause_commas),
        cmocka_unit_test(asked_by_the_asker),
        cmocka_unit_test(transcript_and_headline_labels),
        cmocka_unit_test(sourceless_attributions),
        cmocka_unit_test(dateline_is_no_speaker),
        cmocka_unit_test(past_tense_before_that),
        cmocka_unit_test(continuation_joins_in_paragraph),
        cmocka_unit_test(marks_typed_wrong),
        cmocka_unit_test(overlapping_speakers_share_one_span),
        cmocka_unit_test(subjects_the_walk_cuts_short),
        cmocka_unit_test(memory_failure_is_reported),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
