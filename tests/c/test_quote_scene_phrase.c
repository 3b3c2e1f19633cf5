/* A phrase that opens a sentence before its comma and subject ("In a speech to the Senate,", "Asked
 * about the delay,") is reported speech only when the speech verb after the subject closes the
 * clause ("CLAUSE, Ann Roe said on Tuesday."). When the verb has an object or a clause of its own
 * ("Ivo Marek predicted growth of 4.2%", "it announced an order") or a direct quote follows, the
 * phrase only sets the scene: no quote claim of it (src/quotes.c closes_report). */
#include "helpers.h"

static size_t quote_claims_at(const cd_doc *doc, size_t start)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_QUOTE && c[i].span.start == start;
    return k;
}

static void expect_no_scene_claim(const char *t, const char *opening)
{
    cd_doc *doc = analyze(t, NULL);
    if (quote_claims_at(doc, offset_of(t, opening))) fail_msg("a quote claim of '%s' in: %s", opening, t);
    cd_doc_free(doc);
}

static void test_verb_with_object(void **state)
{
    (void)state;
    const char *t = "The budget was tight. In an address to the Senate on Monday, Ivo Marek predicted growth of "
                    "4.2% in 2027, up from 3%.";
    expect_no_scene_claim(t, "In an address");
    const char *u = "Coach sales slowed. In addition to its order of 20 ferries on Friday, it announced an order "
                    "of 30 buses.";
    expect_no_scene_claim(u, "In addition");
}

/* a direct quote after the verb and its listener: the quote is the words, not the phrase */
static void test_quote_follows(void **state)
{
    (void)state;
    const char *t = "Asked about the delay, Mr Marek told the Daily Post: \"We are nearly there.\"";
    expect_no_scene_claim(t, "Asked about");
    expect_quote_claim(t, "\"We are nearly there.\"", "Marek", 0);
}

/* the verb closes the clause, with a time, a place of saying or a listener after it: reported */
static void test_verb_closes_clause(void **state)
{
    (void)state;
    const char *t = "The rules changed in May. In cases of doubt, a panel of three judges would decide the "
                    "matter, Ann Roe said on Tuesday.";
    const char *want = "In cases of doubt, a panel of three judges would decide the matter";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, want);
    if (!c) fail_msg("no quote claim '%s'", want);
    assert_int_equal(c->span.start, offset_of(t, want));
    assert_int_equal(c->span.stop, offset_of(t, want) + strlen(want));
    assert_string_equal(c->quote.speaker, "Ann Roe");
    cd_doc_free(doc);
    const char *u = "At least four climbers were missing after the storm, the mayor told reporters in Zell.";
    const char *w = "At least four climbers were missing after the storm";
    doc = analyze(u, NULL);
    c = find_claim(doc, CD_CLAIM_QUOTE, w);
    if (!c) fail_msg("no quote claim '%s'", w);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, strlen(w));
    assert_string_equal(c->quote.speaker, "mayor");
    cd_doc_free(doc);
}

/* a listener with a possessive, a dash set off by spaces: the verb still closes the clause */
static void test_listener_and_dash(void **state)
{
    (void)state;
    const char *t = "The levy on coal was small and had no teeth, Ivo Marek told Radio 4's Night Desk.";
    const char *want = "The levy on coal was small and had no teeth";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, want);
    if (!c) fail_msg("no quote claim '%s'", want);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, strlen(want));
    assert_string_equal(c->quote.speaker, "Ivo Marek");
    cd_doc_free(doc);
    const char *u = "In the new year the toll on lorries will rise to 9%, Ann Roe said - well short of the aim.";
    const char *w = "In the new year the toll on lorries will rise to 9%";
    doc = analyze(u, NULL);
    c = find_claim(doc, CD_CLAIM_QUOTE, w);
    if (!c) fail_msg("no quote claim '%s'", w);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, strlen(w));
    assert_string_equal(c->quote.speaker, "Ann Roe");
    cd_doc_free(doc);
    const char *x = "After the first ferries sailed, people began using them for freight, Ann Roe said earlier "
                    "after the board met.";
    const char *y = "After the first ferries sailed, people began using them for freight";
    doc = analyze(x, NULL);
    c = find_claim(doc, CD_CLAIM_QUOTE, y);
    if (!c) fail_msg("no quote claim '%s'", y);
    assert_int_equal(c->span.start, 0);
    assert_int_equal(c->span.stop, strlen(y));
    assert_string_equal(c->quote.speaker, "Ann Roe");
    cd_doc_free(doc);
}

/* an adverb, or a speech verb's word used as a noun after a preposition, after the verb */
static void test_adverb_and_noun(void **state)
{
    (void)state;
    const char *cases[] = {
        "The levy on coal was small and had no teeth, Ivo Marek said here.",
        "The levy on coal was small and had no teeth, Ivo Marek said in remarks prepared for delivery in Leeds.",
        "The levy on coal was small and had no teeth, Ivo Marek replied to a query.",
        "The levy on coal was small and had no teeth, Ivo Marek said later.",
        "The levy on coal was small and had no teeth, Ivo Marek added but gave no figures.",
        "The levy on coal was small and had no teeth, Ivo Marek told a miners' club in Leeds.",
        ("The levy on coal was small and had no teeth, Ivo Marek told miners in a hall before unveiling a plaque "
         "made by pupils of the town's old grammar school."),
    };
    const char *want = "The levy on coal was small and had no teeth";
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cd_doc *doc = analyze(cases[i], NULL);
        const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, want);
        if (!c) fail_msg("no quote claim '%s' in: %s", want, cases[i]);
        assert_int_equal(c->span.start, 0);
        assert_int_equal(c->span.stop, strlen(want));
        assert_string_equal(c->quote.speaker, "Ivo Marek");
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verb_with_object),
        cmocka_unit_test(test_quote_follows),
        cmocka_unit_test(test_verb_closes_clause),
        cmocka_unit_test(test_listener_and_dash),
        cmocka_unit_test(test_adverb_and_noun),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
