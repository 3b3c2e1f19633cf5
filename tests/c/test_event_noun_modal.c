/* A noun event with a modal right after its complement is the modal's subject: "a ban on the drug
 * would hurt farmers" supposes a ban. So does a noun with no determiner, or with a word of aim
 * before it ("the proposed closure"). A definite noun ("the current ban") names an act done, and so
 * does any noun when an adverb of a later time follows the modal ("would later be voided"). */
#include "helpers.h"

static void expect_hypothetical(const char *t, const cd_doc *doc, const char *span, size_t start, int want)
{
    const cd_claim *c = assert_event_span(t, doc, span, span);
    assert_int_equal(c->span.start, start);
    assert_int_equal(has_reason(c, "hypothetical"), want);
}

static void test_noun_modal(void **state)
{
    (void)state;
    const char *t = "A ban on the drug would hurt farmers. "
                    "The proposed closure of the line could cost jobs. Fines of up to $900 may be levied.";
    cd_doc *doc = analyze(t, "2004-03-08");
    expect_hypothetical(t, doc, "ban on the drug", 2, 1);
    expect_hypothetical(t, doc, "closure of the line", 51, 1);
    expect_hypothetical(t, doc, "Fines of up to $900", 88, 1);
    cd_doc_free(doc);
    const char *u = "The current ban on the drug would last a year.";
    doc = analyze(u, "2004-03-08");
    expect_hypothetical(u, doc, "ban on the drug", 12, 0);
    cd_doc_free(doc);
    const char *v = "Police made dozens of arrests. Arrests of marchers would later be voided by a judge.";
    doc = analyze(v, "2004-03-08");
    expect_hypothetical(v, doc, "Arrests of marchers", 31, 0);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_noun_modal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
