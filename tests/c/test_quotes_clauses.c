/* A quote's speaker across the clauses before it: a participle after a comma is
 * its clause's
 * ("Ruth Calder said ... Mr Penrose, adding: "..."" is Ruth Calder's), a
 * person right before one speaks ("with finance minister Karl Brenner saying:"),
 * "was quoted as saying", a person before the colon that opens a quote ("-
 * Ashford boss Gary Tarrant: "...""), "commented"; an apostrophe
 * ("Radio Kent's") or a person named inside the quotes does not end the search or
 * a continued quote. */
#include "helpers.h"

static void test_participle(void **state)
{
    (void)state;
    expect_quote_speaker("Ruth Calder said it was unfair to claim the "
                         "treasurer would sideline Mr Penrose, adding: \"They "
                         "will work as a team on this.\"",
                         "\"They", "Ruth Calder");
    expect_quote_speaker("Ann Lee said she had no plans to meet the officials, "
                         "adding, \"I just do not know of anything "
                         "that might be announced.\"",
                         "\"I just", "Ann Lee");
    expect_quote_speaker("Vienna praised the ruling, with finance minister "
                         "Karl Brenner saying: \"Our budget plans are on "
                         "course now.\"",
                         "\"Our", "Karl Brenner");
    expect_quote_speaker("\"We were only trying to jog his memory,\" "
                         "Paul Grafton, who is retiring, was quoted as "
                         "saying.",
                         "\"We", "Paul Grafton");
}

static void test_search_goes_on(void **state)
{
    (void)state;
    expect_quote_speaker("Earlier, Ann Lee told Radio Kent's Breakfast show: "
                         "\"The real issue here is that "
                         "carers are still badly paid.\"",
                         "\"The real", "Ann Lee");
    expect_quote_speaker("Ann Lee, who last year denied she planned to stand, "
                         "said: \"You should not criminalise a woman "
                         "who makes that choice.\"",
                         "\"You", "Ann Lee");
    /* Edith Corran is named by the speaker, inside the quotes */
    expect_quote_speaker("Ann Lee said: \"The theatre is too important to close. "
                         "\"Edith Corran, who started the theatre, "
                         "gave me my career. \"Back then we put on a new "
                         "play every three weeks.\"",
                         "\"Back then", "Ann Lee");
}

static void test_colon_and_commented(void **state)
{
    (void)state;
    expect_quote_speaker("- Ashford boss Gary Tarrant: \"Dunmore are stubborn "
                         "and have real flair.\"",
                         "\"Dunmore", "Gary Tarrant");
    expect_quote_speaker("\"Nobody will call this a thrilling budget,\" commented Ann Lee.", "\"Nobody", "Ann Lee");
    expect_quote_speaker("\"On the whole, we saw a fair bit of profit taking "
                         "today,\" analyst Carl Hoyt commented.",
                         "\"On the", "Carl Hoyt");
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
