/* The time pass's walk steps over most tokens before any test of the tctx (read_sentence in time.c):
 * a word of no time class of three bytes or more; one of fewer that is none of letter_word's "q",
 * "h", "w", "cy" by its lex_id (passed_over: "h" and "w" have entries, "q" and "cy" none, so those
 * two are told by their text); and a word of a time class whose entry's verdict there is START_NO and
 * that counts nothing ("in", "of", "new" where no phrase starts: reads_nothing). These cases start an
 * expression at each kind of token the walk must not step over, and a count of one token that counts
 * from an earlier date (may_anchor looks only two tokens on there). Every sentence here is our own;
 * test_time_dispatch.c reads this file as text too, and checks every token of it that the walk steps
 * over against may_start. */
#include "helpers.h"

/* letter_word's words begin quarters, halves, calendar years and weeks, with and without an entry */
static void test_letter_words(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Profits fell in Q3 2016 and rose in H1 2017, in CY2018 and in the w/c Feb 4 sales.",
         .want = {{"Q3 2016", "2016-07/2016-09"},
                  {"H1 2017", "2017-01/2017-06"},
                  {"CY2018", "2018"},
                  {"w/c Feb 4", "2017-W05"}},
         COUNT(4)},
        {"It shut in q1 2015 and in h2 2015.", .want = {{"q1 2015", "2015-01/2015-03"}, {"h2 2015", "2015-07/2015-12"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* A word that heads a phrase of a time class starts one where the tokenizer saw a phrase start ("New
 * Year's Day", "Good Friday") and is stepped over elsewhere ("new jobs"); prepositions before a date
 * or a count from it leave both read ("for", "in", "on", "to"). */
static void test_phrase_heads_and_prepositions(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The ferry sank on New Year's Day 2015 and new jobs came on Good Friday of that year.",
         .want = {{"New Year's Day 2015", "2015-01-01"}, {"Good Friday", "2017-04-14"}}, COUNT(2)},
        {"The Avon bridge shut on March 3, 2015, and two weeks later it was open to traffic for a day.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"two weeks later", "2015-03-17"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* A count of one token, an article or a number, counts from an earlier date only with "later" or
 * "earlier" (any case) right after its unit, the word two tokens on (may_anchor tells it by lex_id
 * there); a comma between, or the word further on, anchors nothing. */
static void test_one_token_counts(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Kestrel ferry sank on March 3, 2015, and 5 days LATER divers reached it.",
         .want = {{"March 3, 2015", "2015-03-03"}, {"5 days LATER", "2015-03-08"}}, COUNT(2)},
        {"The levee at Carrow broke on June 4, 2013, and a year Earlier the fields were dry.",
         .want = {{"June 4, 2013", "2013-06-04"}, {"a year Earlier", "2012-06-04"}}, COUNT(2)},
        {"The levee at Carrow broke on June 4, 2013, and a year, later, the fields were dry.",
         .want = {{"June 4, 2013", "2013-06-04"}}, COUNT(1)},
        {"Tolls rose in May 2015 and 3 crews came later to fix the link.", .want = {{"May 2015", "2015-05"}},
         COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

/* A count in words before "later" still counts from the date before: a number word of no count role
 * ("forty"), a word of the role count that is no number word ("couple" where no phrase starts), a
 * phrase of that role ("couple of"), a word of both ("few"); where a word can be no count
 * (may_count: "years" here), no walk ahead is needed. */
static void test_word_counts(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The Avon bridge shut in 2015 and forty years later it reopened.",
         .want = {{"2015", "2015"}, {"forty years later", "2055"}}, COUNT(2)},
        {"The Avon bridge shut in 2015, and few years later it reopened.",
         .want = {{"2015", "2015"}, {"few years later", "2018"}}, COUNT(2)},
        {"The Avon bridge shut in 2015 and couple years later it reopened.",
         .want = {{"2015", "2015"}, {"couple years later", "2017"}}, COUNT(2)},
        {"The Avon bridge shut in 2015 and couple of years later it reopened.",
         .want = {{"2015", "2015"}, {"couple of years later", "2017"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2017-11-10");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_letter_words),
        cmocka_unit_test(test_phrase_heads_and_prepositions),
        cmocka_unit_test(test_one_token_counts),
        cmocka_unit_test(test_word_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
