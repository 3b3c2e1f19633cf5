/* "year-ago", "year ago" or "year-earlier" right before a quarter makes it that quarter a year
 * before the one it names alone: in an April story "the first quarter" is this year's and "the
 * year-ago first quarter" last year's; in a January story "the year-earlier fourth quarter" is two
 * years back, as "the fourth quarter" alone is last year's. The claim keeps the quarter's words.
 * So does "a year ago" right after it, which joins the claim ("the first quarter a year ago"), but
 * not "a year earlier than", after a quarter or a month. Exact values and byte offsets. */
#include "helpers.h"

static void test_year_ago_quarter(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tavel earned 12 mln dlrs in the first quarter, against 9 mln in the year-ago first quarter.",
         .want = {{"first quarter", "1987-01/1987-03"}}, COUNT(2)},
        {"In the year ago second quarter, Orvel lost two cts a share.", .want = {{"second quarter", "1986-04/1986-06"}},
         COUNT(1), .date = "1987-07-20"},
        {"Dunmore earned 3 cts a share in the year-earlier fourth quarter.",
         .want = {{"fourth quarter", "1985-10/1985-12"}}, COUNT(1), .date = "1987-01-20"},
        {"Kelp sales fell from 40 tonnes in the first quarter a year ago.",
         .want = {{"first quarter a year ago", "1986-01/1986-03"}}, COUNT(1)},
        {"The Orvel dock opened in the first quarter a year earlier than planned.",
         .want = {{"first quarter", "1987-01/1987-03"}}, .absent = {"quarter a year"}},
        {"The Orvel dock opened in March a year earlier than planned.", .want = {{"March", "1987-03"}},
         .absent = {"March a year"}},
    };
    check_date_cases(cases, N_OF(cases), "1987-04-09");
}

/* The second "first quarter" of a story, after "year-ago": last year's. */
static void test_second_of_two(void **state)
{
    (void)state;
    const char *t = "Tavel earned 12 mln dlrs in the first quarter, against 9 mln in the year-ago first quarter.";
    cd_doc *doc = analyze(t, "1987-04-09");
    size_t n, seen = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    size_t at = offset_of(t, "year-ago first quarter") + strlen("year-ago ");
    for (size_t i = 0; i < n; i++) {
        if (c[i].kind != CD_CLAIM_TIME || c[i].span.start != at) continue;
        assert_int_equal(c[i].span.stop, at + strlen("first quarter"));
        assert_string_equal(c[i].time.value, "1986-01/1986-03");
        seen++;
    }
    assert_int_equal(seen, 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_ago_quarter),
        cmocka_unit_test(test_second_of_two),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
