/* Phrases that count from a date the story named just before them ("the following year", "a day
 * later", "two years earlier", "the previous week"): from the nearest time claim before them in the
 * sentence, or from the last one of the sentence before when the phrase opens its own; never from the
 * story date while such a date stands there. Story of 2017-11-10. Exact values and spans. */
#include "helpers.h"

static void test_counts_from_date_in_sentence(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"In 2009 the Harlow tannery closed, and the following year it reopened.",
         .want = {{"2009", "2009"}, {"following year", "2010"}}, COUNT(2)},
        {"The Kestrel ferry sank on March 3, 2015, and a day later divers reached it.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"a day later", "2015-03-04"}}, COUNT(2)},
        {"The quarry at Dunmore flooded in 2012; two years earlier it had burned.",
         .want = {{"2012", "2012"}, {"two years earlier", "2010"}}, COUNT(2)},
        {"Tolls on the Avon link rose in May 2015, and three months later they fell.",
         .want = {{"May 2015", "2015-05"}, {"three months later", "2015-08"}}, COUNT(2)},
        {"Delegates voted on March 3, 2015, and the previous week talks had failed.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"previous week", "2015-W09"}}, COUNT(2)},
        {"On April 2, 2014 the barge sank off Tarrow; the next day it was raised.",
         .want = {{"April 2, 2014", "2014-04-02"}, {"next day", "2014-04-03"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* The word that ends a count's phrase ("later", "earlier") is looked for ahead of the count, once a
 * sentence: one before the count, or after it but not next to its unit, anchors nothing; the next
 * one on still does, in any case. "the" is told from the word after it alone ("prior", "preceding"). */
static void test_ending_word_ahead(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Kestrel ferry sank on March 3, 2015; two divers came later, and a week later it was raised.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"a week later", "2015-03-10"}}, COUNT(2)},
        {"Later the Kestrel ferry sank on March 3, 2015, and three days LATER it was raised.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"three days LATER", "2015-03-06"}}, COUNT(2)},
        {"The quarry at Dunmore flooded in 2012, and 2 years earlier it had burned.",
         .want = {{"2012", "2012"}, {"2 years earlier", "2010"}}, COUNT(2)},
        {"Delegates voted on March 3, 2015, and the prior week talks had failed.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"prior week", "2015-W09"}}, COUNT(2)},
        {"The Harlow tannery reopened in 2010; the preceding year it had closed.",
         .want = {{"2010", "2010"}, {"preceding year", "2009"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* The sentence before lends its last date only to a phrase that opens the sentence. */
static void test_sentence_before_when_opening(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Harlow tannery closed in 2009. The following year it reopened.",
         .want = {{"2009", "2009"}, {"following year", "2010"}}, COUNT(2)},
        {"Brenna Volk joined the band in 1994. Two years later she left.",
         .want = {{"1994", "1994"}, {"Two years later", "1996"}}, COUNT(2)},
        {"The levee at Carrow broke on June 4, 2013. A week later the fields were dry.",
         .want = {{"June 4, 2013", "2013-06-04"}, {"A week later", "2013-06-11"}}, COUNT(2)},
        /* not opening it: as without a date (no claim) */
        {"The Harlow tannery closed in 2009. It reopened the following year.", .want = {{"2009", "2009"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* A date something is compared with ("up from ... in December", "from a year earlier") is passed over
 * for the one before it that the sentence is about. */
static void test_comparison_base_passed_over(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Ferry trips at Oban reached 1.8 mln in January, up from 1.6 mln in December and 1.4 mln a year "
         "earlier.",
         .want = {{"January", "2017-01"}, {"December", "2016-12"}, {"a year earlier", "2016-01"}}, COUNT(3)},
        {"Kelp output in May fell 9 pct from a year earlier, while salt output rose 5 pct from two years "
         "earlier.",
         .want = {{"May", "2017-05"}, {"a year earlier", "2016-05"}, {"two years earlier", "2015-05"}}, COUNT(3)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* A part of one month or one year ("end-March", "mid-May", "the end of January", "end-2009": a part
 * word joined by a hyphen reads as "the end of") lends the whole month or year to count from, as the
 * date without its part word would. A quarter and a part of a week lend nothing. */
static void test_counts_from_part_of_period(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Stocks at Tarrow stood at 40 tonnes at end-March, against 35 tonnes a year earlier.",
         .want = {{"end-March", "2017-03-16/2017-03-31"}, {"a year earlier", "2016-03"}}, COUNT(2)},
        {"The Harlow tannery closed at end-2009, and a year later it reopened.",
         .want = {{"end-2009", "2009-09/2009-12"}, {"a year later", "2010"}}, COUNT(2)},
        {"Rents in Dunmore rose in mid-May 2015, and the following month they fell.",
         .want = {{"mid-May 2015", "2015-05-10/2015-05-20"}, {"following month", "2015-06"}}, COUNT(2)},
        {"Kelp output at the end of January was up 4 pct from a month earlier.",
         .want = {{"end of January", "2017-01-16/2017-01-31"}, {"a month earlier", "2016-12"}}, COUNT(2)},
        {"Kelp output in the first quarter rose 4 pct from a year earlier.",
         .want = {{"first quarter", "2017-01/2017-03"}}, COUNT(1)},
        {"Talks on the Avon link resume early next week and a week later they end.",
         .want = {{"early next week", "2017-11-13/2017-11-15"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* With no date before, each phrase reads as it did: most none, "previous week" from the story date. */
static void test_no_date_before(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Talks on the Avon link resume the following year.", NO_TIME},
        {"Talks on the Avon link failed the previous week.", .want = {{"previous week", "2017-W44"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* What the rule leaves: a unit finer than the date ("the next day" after a year), a gap compared
 * ("two years earlier than planned", "two weeks later this year than last"). */
static void test_not_counted(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"In 2012 the Dunmore depot shut and the next day it was sold.", .want = {{"2012", "2012"}}, COUNT(1)},
        {"The Dunmore depot opened in 2012, two years earlier than planned.", .want = {{"2012", "2012"}},
         .absent = {"years earlier"}},
        {"The Tarrow fair ran in April 2016; the fair came two weeks later this year than last.",
         .absent = {"weeks later"}},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_from_date_in_sentence),
        cmocka_unit_test(test_sentence_before_when_opening),
        cmocka_unit_test(test_ending_word_ahead),
        cmocka_unit_test(test_comparison_base_passed_over),
        cmocka_unit_test(test_counts_from_part_of_period),
        cmocka_unit_test(test_no_date_before),
        cmocka_unit_test(test_not_counted),
    };
    return cmocka_run_group_tests_name("dates_anchored", tests, NULL, NULL);
}
