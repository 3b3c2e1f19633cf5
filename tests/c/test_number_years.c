/* A year before a noun it dates (src/numbers.c date_part, num_context.tsv codes 14, 15 and 17):
 * "their 2004 earnings" is no count of earnings; "its 2000 employees" counts. Every story here is our own. */
#include "helpers.h"

static void test_year_dates_its_noun(void **state)
{
    (void)state;
    const char *t = "Southwest saw its fourth-quarter 2004 profits fall. The tour pushed their 2004 earnings up. "
                    "Aid is half its 1960 levels. It hopes 2005 sales will rise.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_number(doc, "2004"));
    assert_null(find_number(doc, "1960"));
    assert_null(find_number(doc, "2005"));
    cd_doc_free(doc);
}

/* Must not: before a noun no year dates, the digits count ("its 2000 employees"). */
static void test_year_shaped_counts(void **state)
{
    (void)state;
    const char *t = "The firm cut its 2000 employees by half.";
    cd_doc *doc = analyze(t, NULL);
    const cd_number *n = number_ending(doc, t, "its 2000");
    assert_int_equal(n->kind, CD_NUM_CARDINAL);
    assert_string_equal(n->unit, "employees");
    cd_doc_free(doc);
}

/* "Games" is dated only capitalized, as the name of an event: "sold 2000 games" counts games. */
static void test_games_dated_only_as_a_name(void **state)
{
    (void)state;
    const char *t = "Tickets for the 2012 Games sold out. The studio sold 2000 games in a week.";
    cd_doc *doc = analyze(t, NULL);
    assert_null(find_number(doc, "2012"));
    const cd_number *n = number_ending(doc, t, "sold 2000");
    assert_int_equal(n->kind, CD_NUM_CARDINAL);
    assert_true(n->value == 2000);
    assert_string_equal(n->unit, "games");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_year_dates_its_noun),
        cmocka_unit_test(test_year_shaped_counts),
        cmocka_unit_test(test_games_dated_only_as_a_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
