/* A finding's message quotes at most 80 bytes of its text (cd_utf8_cut): the cut falls before a
 * character it would split, so the message stays UTF-8. Every story here is our own. */
#include "helpers.h"

/* The message of the relative-date finding of the story. */
static void expect_relative_message(const char *story, const char *want)
{
    cd_doc *doc = analyze(story, "2017-12-26");
    const cd_finding *f = find_finding(doc, "relative-date");
    assert_non_null(f);
    assert_string_equal(f->message, want);
    cd_doc_free(doc);
}

#define NBSP "\xC2\xA0" /* a no-break space, 2 bytes */
#define NBSP5 NBSP NBSP NBSP NBSP NBSP
#define NBSP15 NBSP5 NBSP5 NBSP5
#define EN "\xE2\x80\x82" /* an en space, 3 bytes */
#define EN10 EN EN EN EN EN EN EN EN EN EN

/* Byte 80 inside a no-break space (2 bytes) or an en space (3 bytes): the cut goes before it. */
static void test_relative_date_cut_before_a_character(void **state)
{
    (void)state;
    /* 17 bytes, then 40 no-break spaces: byte 80 is the second of the 32nd */
    expect_relative_message("Sales rose between 5 January" NBSP15 NBSP15 NBSP5 NBSP5 "and 10 February last year.",
                            "'between 5 January" NBSP15 NBSP15 NBSP
                            "' means 2016-01-05/2016-02-10 (story date 2017-12-26)");
    /* 18 bytes, then 30 en spaces: byte 80 is the third of the 21st, byte 79 its second */
    expect_relative_message("Sales rose between 12 January" EN10 EN10 EN10 "and 10 February last year.",
                            "'between 12 January" EN10 EN10
                            "' means 2016-01-12/2016-02-10 (story date 2017-12-26)");
}

/* Must keep its 80 bytes: a cut between characters ("between 12 January" and 31 no-break
 * spaces end on byte 80). */
static void test_relative_date_cut_on_a_boundary(void **state)
{
    (void)state;
    expect_relative_message("Sales rose between 12 January" NBSP15 NBSP15 NBSP15 "and 10 February last year.",
                            "'between 12 January" NBSP15 NBSP15 NBSP
                            "' means 2016-01-12/2016-02-10 (story date 2017-12-26)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relative_date_cut_before_a_character),
        cmocka_unit_test(test_relative_date_cut_on_a_boundary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
