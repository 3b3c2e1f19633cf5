/* quote-marks: a paragraph that ends on a word, before one that starts with a lower-case word, is a
 * sentence broken where a page set a word apart (`I\n\nwas\n\nprime minister`): a quote open across
 * the break goes on, and is one quote. A quote open at a paragraph's end before a sentence (a full
 * stop before the break, or a capital after it) is still reported. */
#include "helpers.h"

static void test_broken_sentence_no_finding(void **state)
{
    (void)state;
    const char *t = "\"He wanted to look like a prime minister. I\n\nwas\n\nprime minister and I wanted a flesh and "
                    "blood fight,\" says Mr Major. Mr Blair disagreed.";
    expect_whole_quote(t, "He wanted", "\"He wanted", " says");
    expect_findings_at("He said: \"The role they took was like an\n\nagent provocateur\n\nand perhaps interfering.\" "
                       "The programme ended.",
                       "quote-marks", 0, NULL);
}

static void test_paragraph_end_fires(void **state)
{
    (void)state;
    expect_findings_at("He said: \"We will win.\n\nand then the match began.", "quote-marks", 1, "\"We will");
    expect_findings_at("He said: \"We will win\n\nThe match began.", "quote-marks", 1, "\"We will");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_broken_sentence_no_finding),
        cmocka_unit_test(test_paragraph_end_fires),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
