/* A quote that opens its own sentence after a sentence whose subject is a definite description of
 * a person ('The 27-year-old insisted ...', 'The 40-year-old keeper said ...') is that
 * description's: the reader takes it so. The description, without "the", is the speaker. A
 * description that marks no person ("The survey said") names no speaker. */
#include "helpers.h"

#define QUOTE "\"Our barges have kept to their timetable for a decade.\""

static void test_age_subject(void **state)
{
    (void)state;
    expect_quote_claim("The 27-year-old insisted the delay was over. " QUOTE, QUOTE, "27-year-old", 0);
    expect_quote_claim("The 27-year-old also insisted the delay was over. " QUOTE, QUOTE, "27-year-old", 0);
    expect_quote_claim("The 40-year-old keeper said the delay was over. " QUOTE, QUOTE, "40-year-old keeper", 0);
}

static void test_no_person_described(void **state)
{
    (void)state;
    expect_quote_claim("The survey said the delay was over. " QUOTE, QUOTE, NULL, 1);
    expect_quote_claim("The 27 barges said to be late were towed away. " QUOTE, QUOTE, NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_age_subject),
        cmocka_unit_test(test_no_person_described),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
