/* Where an amount's unit words end (src/numbers.c): a possessive "'s" after the unit is no glued
 * code ("62.5 mln SDR's", the wire's plural; "£5m's worth"), and a currency phrase stops at a
 * sentence break inside it (a splitter's break after "N.Z." leaves the bare figure). Every
 * sentence here is our own. */
#include "helpers.h"

static void test_possessive_after_unit(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"The fund lent 62.5 mln SDR's to Norland last month.",
         .want = {{"62.5 mln SDR", "62.5 mln SDR", 62.5e6, CD_NUM_MONEY, "XDR"}}},
        {"Orbin bought £5m's worth of the bonds and sold 30 mln dlr’s of notes.",
         .want = {{"£5m", "£5m", 5e6, CD_NUM_MONEY, "GBP"},
                  {"30 mln dlr", "30 mln dlr", 30e6, CD_NUM_MONEY, "USD"}}},
        /* digits glued to "'s" stay what they were: a band's name */
        {"Critics liked Maroon 5's album.", .want = {{"Maroon 5", "5", 5, CD_NUM_LABEL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* The possessive after a unit does not undo what is glued before the value: "91" of "1990/91"
 * after a slash is part of a season, no count of years. */
static void test_possessive_after_a_season(void **state)
{
    (void)state;
    const char *t = "The board's estimate for the 1990/91 year's supply was cut.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].span.start == offset_of(t, "91 year")) fail_msg("\"91 year\" read as a number");
    cd_doc_free(doc);
}

static void test_phrase_across_a_break(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Tarvik shares have shed 2.50 N.Z.\nDlrs since Monday.",
         .want = {{"shed 2.50", "2.50", 2.5, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_after_unit),
        cmocka_unit_test(test_possessive_after_a_season),
        cmocka_unit_test(test_phrase_across_a_break),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
