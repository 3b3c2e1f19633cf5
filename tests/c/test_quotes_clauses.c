/* A quote's speaker across the clauses before it: a participle after a comma is
 * its clause's
 * ("Alan Johnson said ... Mr Milburn, adding: "..."" is Alan Johnson's), a
 * person right before one speaks ("with finance minister Hans Eichel saying:"),
 * "was quoted as saying", a person before the colon that opens a quote ("-
 * Blackburn boss Mark Hughes: "...""), "commented"; an apostrophe
 * ("Radio 4's") or a person named inside the quotes does not end the search or
 * a continued quote. */
#include "helpers.h"

static void test_participle(void **state)
{
    (void)state;
    expect_quote_speaker("Alan Johnson said it was wrong to suggest the "
                         "chancellor would usurp Mr Milburn, adding: \"They "
                         "will work as a team on this.\"",
                         "\"They", "Alan Johnson");
    expect_quote_speaker("Ann Lee said she had no plans to meet the officials, "
                         "adding, \"I just do not know of anything "
                         "that might be announced.\"",
                         "\"I just", "Ann Lee");
    expect_quote_speaker("Berlin welcomed the decision, with finance minister "
                         "Hans Eichel saying: \"Our fiscal policy is on "
                         "the right track now.\"",
                         "\"Our", "Hans Eichel");
    expect_quote_speaker("\"We were trying to stimulate his recollection,\" "
                         "Peter Wallison, who is resigning, was quoted as "
                         "saying.",
                         "\"We", "Peter Wallison");
}

static void test_search_goes_on(void **state)
{
    (void)state;
    expect_quote_speaker("Earlier, Ann Lee told BBC Radio 4's Today programme: "
                         "\"What we are talking about here is the "
                         "fact that women work in low-paid jobs.\"",
                         "\"What", "Ann Lee");
    expect_quote_speaker("Ann Lee, who last year denied she planned to stand, "
                         "said: \"You should not criminalise a woman "
                         "who makes that choice.\"",
                         "\"You", "Ann Lee");
    /* Mary Malley is named by the speaker, inside the quotes */
    expect_quote_speaker("Ann Lee said: \"The theatre is too important to close. "
                         "\"Mary Malley, the founder of the theatre, "
                         "gave me my future. \"In those days we were doing a "
                         "play every four weeks.\"",
                         "\"In those", "Ann Lee");
}

static void test_colon_and_commented(void **state)
{
    (void)state;
    expect_quote_speaker("- Blackburn boss Mark Hughes: \"Burnley are resolute "
                         "and have individual talent.\"",
                         "\"Burnley", "Mark Hughes");
    expect_quote_speaker("\"This will not be a very exciting budget,\" commented Ann Lee.", "\"This", "Ann Lee");
    expect_quote_speaker("\"By and large, we had a good dose of profit taking "
                         "today,\" analyst John Ing commented.",
                         "\"By and", "John Ing");
}

static void test_no_speaker_still_warns(void **state)
{
    (void)state;
    /* before a colon, only a person speaks */
    expect_findings_at("The Treasury in full: \"We will not comment on the figures today.\"", "unattributed-quote", 1,
                       "\"We");
    /* 'agreed' is no speech verb: the subject of a deal says nothing */
    expect_findings_at("France and Spain agreed to set up a commission. \"We "
                       "expect trade to grow sharply next year.\"",
                       "unattributed-quote", 1, "\"We");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_participle),
        cmocka_unit_test(test_search_goes_on),
        cmocka_unit_test(test_colon_and_commented),
        cmocka_unit_test(test_no_speaker_still_warns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
