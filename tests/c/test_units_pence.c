/* A lower-case "p" written right after digits is pence (src/numbers.c read_pence): British copy
 * writes prices and share prices so. The lines of a video picture ("720p") and longer codes stay
 * apart. Every story here is our own. */
#include "helpers.h"

static void test_p_after_digits_is_pence(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"A loaf now costs 85p. Stock in Pellow Mills closed at 212.5p on Monday, and stamps went up 3p.",
         .want = {{"85p", "85p", 85, CD_NUM_MONEY, "pence"},
                  {"212.5p", "212.5p", 212.5, CD_NUM_MONEY, "pence"},
                  {"up 3p", "3p", 3, CD_NUM_MONEY, "pence"}}},
        {"Van parking at the depot rises to 40p an hour.",
         .want = {{"40p an hour", "40p an hour", 40, CD_NUM_MONEY, "pence per hour"}}},
        {"Each ticket costs 20 pence more.", .want = {{"20 pence", "20 pence", 20, CD_NUM_MONEY, "pence"}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

static void test_picture_lines_and_codes_are_no_pence(void **state)
{
    (void)state;
    const char *t = "The camera films in 1080p and the old set shows 720p, with a 4p7 valve.";
    cd_doc *doc = analyze(t, NULL);
    size_t n;
    const cd_number *x = cd_doc_numbers(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (x[i].unit && strcmp(x[i].unit, "pence") == 0) fail_msg("pence at [%s]", span_text(doc, x[i].span));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_p_after_digits_is_pence),
        cmocka_unit_test(test_picture_lines_and_codes_are_no_pence),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
