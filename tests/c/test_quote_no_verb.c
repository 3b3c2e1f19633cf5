/* A speaker named right after a quote's closing comma with the speech verb left out ('"...," Mr
 * Tull.', '"...," Karen Lund, a welder in Tromso.') is the quote's speaker: a reader supplies the
 * missing "said". A name that goes on to a verb of its own, or a new sentence, is no speaker. */
#include "helpers.h"

#define QUOTE "\"Our barges have kept to their timetable for a decade,\""

static void test_name_ends_sentence(void **state)
{
    (void)state;
    expect_quote_claim(QUOTE " Mr Tull.", QUOTE, "Tull", 0);
    expect_quote_claim(QUOTE " Karen Lund.", QUOTE, "Karen Lund", 0);
}

static void test_name_then_apposition(void **state)
{
    (void)state;
    expect_quote_claim(QUOTE " Karen Lund, a welder in Tromso.", QUOTE, "Karen Lund", 0);
}

static void test_name_with_own_verb(void **state)
{
    (void)state;
    expect_quote_claim(QUOTE " Karen Lund went home.", QUOTE, NULL, 1);
    expect_quote_claim(QUOTE " Karen Lund, a welder, was fired.", QUOTE, NULL, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_name_ends_sentence),
        cmocka_unit_test(test_name_then_apposition),
        cmocka_unit_test(test_name_with_own_verb),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
