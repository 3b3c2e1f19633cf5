/* "A spokesman for Mr Brandt said": a person named after "to", "for" or "of", itself after a title
 * or a person noun, is whom the speaker works for; the speaker is the description with that name,
 * not the person. A word no title right after the preposition belongs to the title before it
 * ("ambassador to Britain Ann Roe"): the speaker is then the person named. */
#include "helpers.h"

/* The indirect quote `said` of t opens at byte `at` and is given to `speaker`. */
static void expect_said_by(const char *t, const char *said, size_t at, const char *speaker)
{
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *c = find_claim(doc, CD_CLAIM_QUOTE, said);
    assert_span(t, c, said);
    assert_int_equal(c->span.start, at);
    assert_int_equal(c->quote.direct, 0);
    assert_non_null(c->quote.speaker);
    assert_string_equal(c->quote.speaker, speaker);
    cd_doc_free(doc);
}

static void test_spokesman_for_a_person(void **state)
{
    (void)state;
    expect_said_by("Walter Brandt was in Rome on Monday. A spokesman for Mr Brandt said the grain plan was dead.",
                   "the grain plan was dead", 68, "spokesman for Mr Brandt");
    expect_said_by("An aide to Senator Walter Brandt said the vote would be close.", "the vote would be close", 38,
                   "aide to Senator Walter Brandt");
}

static void test_title_with_its_own_preposition(void **state)
{
    (void)state;
    expect_said_by("The ambassador to Britain Ann Roe said the grain plan was alive.", "the grain plan was alive", 39,
                   "Ann Roe");
    expect_said_by("US Secretary of Energy Tom Kay confirmed that the reactor was safe.", "the reactor was safe", 46,
                   "Tom Kay");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spokesman_for_a_person),
        cmocka_unit_test(test_title_with_its_own_preposition),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
