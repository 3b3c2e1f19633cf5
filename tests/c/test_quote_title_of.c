/* A bare title followed by "of", "at" or "for" names another office than the one a person was named
 * with before: "the president of the nurses union" is not "President Ann Lee". Alone the title
 * still stands for her, unless her successor was spoken of since. */
#include "helpers.h"

static void test_title_of_other_office(void **state)
{
    (void)state;
    expect_quote_speaker("President Ann Lee spoke on Monday. \"We will win,\" said the president of the nurses union.",
                         "\"We will win", "president");
    expect_quote_speaker("Coach Tom Kay left early. \"It was close,\" said the coach at the rival club.",
                         "\"It was close", "coach");
    expect_quote_speaker("President Ann Lee spoke on Monday. \"We will win,\" said the president.", "\"We will win",
                         "Ann Lee");
}

/* "successor" said after the titled person leaves the bare title to a holder not known by name. */
static void test_title_after_successor(void **state)
{
    (void)state;
    expect_quote_speaker("Finance Minister Ann Lee resigned in May. Her successor, Tom Kay, met bankers. "
                         "\"We will cut taxes,\" the minister said.",
                         "\"We will cut", "minister");
    expect_quote_speaker("Finance Minister Ann Lee spoke in May. She met bankers. \"We will cut taxes,\" the minister said.",
                         "\"We will cut", "Ann Lee");
}

/* The bare title is looked for back past other people and bodies named since (titled_person walks
 * the person entities back from the quote): the one named with the title speaks; when two were
 * named with it, which one is not told. */
static void test_title_past_other_people(void **state)
{
    (void)state;
    expect_quote_speaker("Finance Minister Ann Lee spoke in May. Tom Kay of Harlow Mills and Rob Finn met the "
                         "Grain Board. \"We will cut taxes,\" the minister said.",
                         "\"We will cut", "Ann Lee");
    expect_quote_speaker("Finance Minister Ann Lee spoke in May. Finance Minister Joe Dunn met Tom Kay. "
                         "\"We will cut taxes,\" the minister said.",
                         "\"We will cut", "minister");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_of_other_office),
        cmocka_unit_test(test_title_after_successor),
        cmocka_unit_test(test_title_past_other_people),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
