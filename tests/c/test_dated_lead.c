/* Entities: a weekday or a month that a date's word puts before a name ("On Thursday Rangers
 * said", "since 11 September World Trade Centre") is the date, not the name's first word; "the
 * Sunday Times" keeps its day, and a three-letter word is a name's ("Sun Co"). */
#include "helpers.h"

static void test_the_date_is_no_word_of_the_name(void **state)
{
    (void)state;
    expect_entity("On Thursday Rangers said they would not raise the offer.", "Rangers", "person", "Rangers");
    expect_entity("Since 11 September World Trade Centre staff have moved.", "World Trade Centre", "organization",
                  "World Trade Centre");
    /* the speaker is the name without its date */
    const char *t = "On Wednesday Lord Woolf said the guidelines would stand.";
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "guidelines");
    assert_non_null(q);
    assert_non_null(q->quote.speaker);
    assert_string_equal(q->quote.speaker, "Lord Woolf");
    cd_doc_free(doc);
}

static void test_names_that_start_with_a_day(void **state)
{
    (void)state;
    /* a paper after "the": the body that speaks (test_entity_article_bodies.c) */
    expect_entity("The Sunday Times said it was true.", "Sunday Times", "organization", "Sunday Times");
    expect_entity("Prices rose after increases initiated last week by Sun Co, which reversed the cuts.", "Sun Co",
                  "organization", "Sun Co");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_date_is_no_word_of_the_name),
        cmocka_unit_test(test_names_that_start_with_a_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
