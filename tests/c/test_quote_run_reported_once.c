/* unattributed-quote: quote paragraphs that follow each other with no word between are one run of
 * someone's words, reported once, at its first quote; a sentence of the writer's between them
 * makes the next one a quote of its own, reported again. */
#include "helpers.h"

static void test_run_of_paragraphs_once(void **state)
{
    (void)state;
    const char *t = "Rain fell on the quay.\n\n\"I waited three years for the ferry to come back.\"\n\n\"Nobody in "
                    "the village ever thought it would.\"\n\n\"Now we have two a day and a cafe.\"";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 1);
    assert_int_equal(find_finding(doc, "unattributed-quote")->span.start, offset_of(t, "\"I waited"));
    cd_doc_free(doc);
}

static void test_writer_between_reports_again(void **state)
{
    (void)state;
    const char *t = "Rain fell on the quay.\n\n\"I waited three years for the ferry to come back.\"\n\nThe ferry "
                    "stopped in 1990.\n\n\"Nobody in the village ever thought it would return.\"";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(count_findings(doc, "unattributed-quote"), 2);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_run_of_paragraphs_once),
        cmocka_unit_test(test_writer_between_reports_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
