/* A "he" that opens a quote's sentence stands for the person a description opening an earlier
 * sentence stands for ("The party leader attacked ..."), when that sentence is in the pronoun's
 * paragraph or the one before it; one two paragraphs back is too far, and the man named last is
 * "he". described_since tells the paragraph before by its first token. */
#include "helpers.h"

#define ROAD "\"This road will ruin the valley for ever.\""
#define OPENING "Bill Ray, the party leader, spoke in Leeds on Monday. Tom Kay had asked him to come.\n\n" \
                "The party leader attacked the plans for the new road.\n\n"

static void test_description_in_paragraph_before(void **state)
{
    (void)state;
    const char *t = OPENING "He declared: " ROAD;
    expect_quote_claim_at(t, ROAD, "Bill Ray", 154);
}

static void test_description_two_paragraphs_back(void **state)
{
    (void)state;
    const char *t = OPENING "The vote is in May.\n\nHe declared: " ROAD;
    expect_quote_claim_at(t, ROAD, "Tom Kay", 175);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_description_in_paragraph_before),
        cmocka_unit_test(test_description_two_paragraphs_back),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
