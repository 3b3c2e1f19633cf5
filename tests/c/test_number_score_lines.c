/* Lines of scores (src/numbers.c score_line_points): a capitalized name, its points, another name,
 * its points ("Chelsea 3 Arsenal 1"); both figures count goals or points, neither labels the name
 * before it. And the digits after names that stay labels. Every story here is our own. */
#include "helpers.h"

/* Must fire: a line opening the sentence, after a colon, after a verb, a hyphenated score between
 * the sides, points of three digits. */
static void test_score_lines_count(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Chelsea 3 Arsenal 1 in the final. Final score: Jets 24 Bills 17. The result was Liverpool 2 "
         "Everton 1. Chelsea 3-1 Arsenal at home. Lakers 102 Celtics 99 in overtime.",
         .want = {{"Chelsea 3 Arsenal", "3", 3, CD_NUM_CARDINAL, NO_UNIT},
                  {"Arsenal 1 in", "1", 1, CD_NUM_CARDINAL, NO_UNIT},
                  {"Jets 24", "24", 24, CD_NUM_CARDINAL, NO_UNIT},
                  {"Bills 17", "17", 17, CD_NUM_CARDINAL, NO_UNIT},
                  {"Liverpool 2", "2", 2, CD_NUM_CARDINAL, NO_UNIT},
                  {"Everton 1", "1", 1, CD_NUM_CARDINAL, NO_UNIT},
                  {"3-1 Arsenal", "3", 3, CD_NUM_CARDINAL, NO_UNIT},
                  {"-1 Arsenal", "1", 1, CD_NUM_CARDINAL, NO_UNIT},
                  {"Celtics 99", "99", 99, CD_NUM_CARDINAL, NO_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* Must not: scorers' minutes and products listed with commas, digits after a year. */
static void test_labels_after_names_stay(void **state)
{
    (void)state;
    static const num_at_case cases[] = {
        {"Goals: Rooney 68, Dunne 75. It showed PlayStation 3, Xbox 2 and more. In 1998 Arsenal 2 was "
         "released.",
         .want = {{"Dunne 75", "75", 75, CD_NUM_LABEL, ANY_UNIT},
                  {"Xbox 2", "2", 2, CD_NUM_LABEL, ANY_UNIT},
                  {"Arsenal 2", "2", 2, CD_NUM_LABEL, ANY_UNIT}}},
    };
    check_num_at_cases(cases, N_OF(cases));
}

/* A text that ends with a name and its points ("... M 7") asks score_line about the token after
 * the last: with the token array exactly full that read was past its end (found by fuzz-numbers;
 * the sanitizer build fails here without the bound). Every length up to 300 tokens meets a full
 * array at each doubling. */
static void test_score_line_at_the_text_end(void **state)
{
    (void)state;
    char t[1024];
    for (size_t words = 0; words < 300; words++) {
        size_t len = 0;
        for (size_t w = 0; w < words; w++) len += (size_t)snprintf(t + len, sizeof t - len, "a ");
        snprintf(t + len, sizeof t - len, "M 7");
        cd_doc *doc = analyze(t, NULL);
        assert_non_null(number_ending(doc, t, "M 7"));
        cd_doc_free(doc);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_score_lines_count),
        cmocka_unit_test(test_labels_after_names_stay),
        cmocka_unit_test(test_score_line_at_the_text_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
