/* The second of two months listed with "and" or "or" takes the year that puts it nearest the first
 * month as read (year_near_month in time.c's resolve_month): months listed together lie close,
 * whichever comes first. Every sentence here is our own. */
#include "helpers.h"

/* "in July and October" read in March: October after that July, not the October just past; "in
 * August or February": the February after that August. */
static void test_second_month_follows(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Options expire in April, July and October.",
         .want = {{"April", "2019-04"}, {"July", "2019-07"}, {"October", "2019-10"}}, COUNT(3)},
        {"Ferries will sail in August or February.", .want = {{"August", "2019-08"}, {"February", "2020-02"}},
         COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2019-03-27");
}

/* The latest month first: "in February and January", the January before that February. */
static void test_second_month_before(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The jobless rate in February and January was 4 pct.",
         .want = {{"February", "2019-02"}, {"January", "2019-01"}}, COUNT(2)},
        {"Rents in January and December were flat.", .want = {{"January", "2019-01"}, {"December", "2018-12"}},
         COUNT(2), .date = "2019-07-10"},
    };
    check_date_cases(cases, N_OF(cases), "2019-03-27");
}

/* Months listed in the calendar's order more than six apart say nothing of the year: the later one
 * is read by the tense, in the first one's year here, not pulled back a year. */
static void test_far_month_in_order_by_tense(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The council lowered fares in February and September.",
         .want = {{"February", "2026-02"}, {"September", "2026-09"}}, COUNT(2)},
        {"The club will hold auctions in January and August.",
         .want = {{"January", "2027-01"}, {"August", "2027-08"}}, COUNT(2)},
    };
    check_date_cases(cases, N_OF(cases), "2026-11-20");
}

/* The time claim whose span starts at byte `at` of the story, or NULL. */
static const cd_claim *time_claim_at(const cd_doc *doc, size_t at)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_TIME && c[i].span.start == at) return &c[i];
    return NULL;
}

/* A run of more months than a year holds is no list: its last month is read alone, by the tense (the
 * June just past), not walked month by month from the head into next year. */
static void test_run_longer_than_a_year(void **state)
{
    (void)state;
    static const char t[] = "Tolls rose in May and June and July and August and September and October and "
                            "November and December and January and February and March and April and May and June.";
    cd_doc *doc = analyze(t, "2026-11-20");
    size_t at = sizeof t - 1 - strlen("June.");
    const cd_claim *k = time_claim_at(doc, at);
    assert_non_null(k);
    assert_int_equal(k->span.stop, at + 4);
    assert_string_equal(k->time.value, "2026-06");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_second_month_follows),
        cmocka_unit_test(test_second_month_before),
        cmocka_unit_test(test_far_month_in_order_by_tense),
        cmocka_unit_test(test_run_longer_than_a_year),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
