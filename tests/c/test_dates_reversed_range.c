/* A range of two days after their weekdays, written end first ("from Friday, October 16 to Monday,
 * October 12"), where both weekdays hold in one year: a slip in the copy, not a range that runs on
 * into the next year. The claim holds the two days named, earlier first, and a reversed-range error
 * names both and relates the end written second. A range that truly crosses a year's end, and one
 * whose weekdays hold only with its end in the next year, are left alone. Exact values and byte
 * offsets. */
#include "helpers.h"

static void test_end_first_is_an_error(void **state)
{
    (void)state;
    static const struct {
        const char *story, *date, *at, *end, *value, *message;
    } cases[] = {
        /* the story date between the two days of a wrapped reading: it read 1986-10-16/1987-10-12 */
        {"Brinmoor will hold its fair from Friday, October 16 to Monday, October 12, the council said.",
         "1987-09-20", "from Friday, October 16 to Monday, October 12", "Monday, October 12", "1987-10-12/1987-10-16",
         "'from Friday, October 16 to Monday, October 12': it ends on October 12, 1987, before it starts on "
         "October 16, 1987"},
        {"Pickets stood outside the Orvell plant between Friday, March 13 and Monday, March 9.", "1987-06-02",
         "between Friday, March 13 and Monday, March 9", "Monday, March 9", "1987-03-09/1987-03-13",
         "'between Friday, March 13 and Monday, March 9': it ends on March 9, 1987, before it starts on "
         "March 13, 1987"},
    };
    for (size_t i = 0; i < N_OF(cases); i++) {
        expect_one_error(cases[i].story, cases[i].date, "reversed-range", cases[i].at, cases[i].message);
        cd_doc *doc = analyze(cases[i].story, cases[i].date);
        const cd_claim *c = time_claim(doc, cases[i].at);
        assert_string_equal(c->time.value, cases[i].value);
        const cd_finding *f = find_finding(doc, "reversed-range");
        assert_int_equal(f->nrelated, 1);
        assert_int_equal(f->related[0].start, offset_of(cases[i].story, cases[i].end));
        assert_int_equal(f->related[0].stop, offset_of(cases[i].story, cases[i].end) + strlen(cases[i].end));
        assert_int_equal(count_findings(doc, "weekday-mismatch"), 0);
        cd_doc_free(doc);
    }
}

static void test_ranges_in_order_are_fine(void **state)
{
    (void)state;
    static const date_case cases[] = {
        /* across the year's end, each weekday in its own year */
        {"The depot shuts from Monday, Dec. 28 to Friday, Jan. 1 for stocktaking.", .date = "2026-12-01",
         .want = {{"from Monday, Dec. 28 to Friday, Jan. 1", "2026-12-28/2027-01-01"}}, COUNT(1)},
        {"Brinmoor will hold its fair from Monday, October 12 to Friday, October 16.", .date = "1987-09-20",
         .want = {{"from Monday, October 12 to Friday, October 16", "1987-10-12/1987-10-16"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-06-01");
    static const char *const fine[] = {"The depot shuts from Monday, Dec. 28 to Friday, Jan. 1 for stocktaking."};
    expect_no_finding(fine, N_OF(fine), "2026-12-01", "reversed-range");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_end_first_is_an_error),
        cmocka_unit_test(test_ranges_in_order_are_fine),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
