/* quote-marks: a paragraph that ends on a word, before one that starts with a lower-case word, is a
 * sentence broken where a page set a word apart (`I\n\nwas\n\nthe leader`): a quote open across
 * the break goes on, and is one quote. A quote open at a paragraph's end before a sentence (a full
 * stop before the break, or a capital after it) is still reported. */
#include "helpers.h"

static void test_broken_sentence_no_finding(void **state)
{
    (void)state;
    const char *t = "\"She hoped to sound like a real leader. I\n\nwas\n\nthe leader and I wanted a proper "
                    "contest,\" says Ms Vane. Mr Hale disagreed.";
    expect_whole_quote(t, "She hoped", "\"She hoped", " says");
    expect_findings_at("He said: \"The part they played was like an\n\ninside agitator\n\nand rather unhelpful.\" "
                       "The meeting ended.",
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
