/* A present perfect before the period its event fills reads the period begun, not a coming one:
 * "has been training over the winter" in November is the winter gone by, "have risen in the
 * summer" in February last year's summer, "have continued since late August" in March the August
 * before. The participles that are no form in -ed ("been", "fallen", "grown": data/time_tense.tsv
 * code 9) mark the perfect too, but only before the time: one after it holds now and says nothing
 * of when the time is ("mid-October has been set"). Exact values and byte offsets. */
#include "helpers.h"

static void test_perfect_reads_period_begun(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Kesto has been training over the winter and is fit.", .want = {{"winter", "2025-12/2026-02"}}, COUNT(1)},
        {"Bread prices have risen in the summer, the bakers' guild reported.",
         .want = {{"summer", "2026-06/2026-08"}}, COUNT(1), .date = "2027-02-10"},
        {"Rye sales have grown during the autumn.", .want = {{"autumn", "2026-09/2026-11"}}, COUNT(1),
         .date = "2027-02-10"},
        {"Zuber has fallen out of favour after missing a session in September.",
         .want = {{"September", "2025-09"}}, COUNT(1), .date = "2026-06-01"},
    };
    check_date_cases(cases, N_OF(cases), "2026-11-20");
}

static void test_since_a_part_of_a_period(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Talks with the Harlow union have continued since late August.",
         .want = {{"since late August", "1986-08-16/.."}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-19");
}

static void test_participle_after_time_says_nothing(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The deadline of mid-October has been set by the board.",
         .want = {{"mid-October", "2026-10-10/2026-10-20"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "2026-06-01");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_perfect_reads_period_begun),
        cmocka_unit_test(test_since_a_part_of_a_period),
        cmocka_unit_test(test_participle_after_time_says_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
