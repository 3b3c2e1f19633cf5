/* "May" and "March" alone are months only where something says so (a preposition, "early", "mid-");
 * a month joined to them by "and", "or", or a glued slash or dash says so too (month_joined_before in
 * time.c): "in February and March", "in April or May", "the January-March harvest", "for April/May
 * loading". Not when the story named a person so and a tense word follows, nor in lower case, nor
 * after "and" with no month before it. So does a determiner before them and a noun of a month's
 * figures after (month_of_figures): "its March sales", "the May trade deficit"; not the modal, and
 * not a person the story named so. Every sentence here is our own. */
#include "helpers.h"

/* The second of two months joined by a word or a glued mark is a month of its own, or ends a range. */
static void test_second_of_two_months(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Rents climbed in February and March, the agency said.",
         .want = {{"February", "2019-02"}, {"March", "2019-03"}}, COUNT(2)},
        {"Ferry fares could rise in April or May.", .want = {{"April", "2019-04"}, {"May", "2019-05"}}, COUNT(2)},
        {"The orchard's January-March harvest was poor.", .want = {{"January-March", "2019-01/2019-03"}}, COUNT(1)},
        {"The cargo is for April/May loading.", .want = {{"April", "2019-04"}, {"May", "2019-05"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-20");
}

/* Story t, read on `date`, has the time claim `text` at bytes [start, stop) with `value`. */
static void assert_claim_at(const char *t, const char *date, const char *text, unsigned start, unsigned stop,
                            const char *value)
{
    cd_doc *doc = analyze(t, date);
    const cd_claim *c = time_claim(doc, text);
    assert_int_equal(c->span.start, start);
    assert_int_equal(c->span.stop, stop);
    assert_string_equal(c->time.value, value);
    cd_doc_free(doc);
}

/* The exact bytes of the months read: "March" at 30-35 and "January-March" at 14-27. */
static void test_spans(void **state)
{
    (void)state;
    assert_claim_at("Rents climbed in February and March, the agency said.", "2019-04-20", "March", 30, 35, "2019-03");
    assert_claim_at("The orchard's January-March harvest was poor.", "2019-04-20", "January-March", 14, 27,
                    "2019-01/2019-03");
}

/* A person the story named "May" before a tense word, a lower-case "march", a "March" after "and"
 * with no month before it: no month there. */
static void test_not_a_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Coach Lena May joined in 2018. Her side won in April and May said it was luck.",
         .want = {{"2018", "2018"}, {"April", "2019-04"}}, COUNT(2), .absent = {"May said"}},
        {"It rained in April and march went on.", .want = {{"April", "2019-04"}}, COUNT(1)},
        {"The band and March organisers met.", NO_TIME},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-20");
}

/* A month's figures after a determiner: the month just over, at its exact bytes. */
static void test_month_of_figures(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Its March sales rose 4% to a record.", .want = {{"March", "2019-03"}}, COUNT(1)},
        {"The May trade deficit narrowed, the bureau said.", .want = {{"May", "2019-05"}}, COUNT(1),
         .date = "2019-06-10"},
        {"Prices May fall again, the bureau said.", NO_TIME},
        {"Minister Ada May spoke. The May budget deficit grew.", NO_TIME},
        {"Rents rose as March crowds came.", NO_TIME},
    };
    check_date_cases(cases, N_OF(cases), "2019-04-20");
    assert_claim_at("The shop said its March sales rose.", "2019-04-20", "March", 18, 23, "2019-03");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_of_two_months),
        cmocka_unit_test(test_spans),
        cmocka_unit_test(test_not_a_month),
        cmocka_unit_test(test_month_of_figures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
