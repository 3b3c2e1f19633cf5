/* A bare "be" that opens a passive's chain with no modal or "to" before it is the subjunctive of a
 * demand or a proposal: "the panel asked that tolls be imposed" says what is wanted, and the claim
 * is marked hypothetical. "had to be closed" and a modal's contraction ("They'll be sued") are not;
 * "expects to be fined" is, for "expects", not for "be". */
#include "helpers.h"

static void test_subjunctive_be(void **state)
{
    (void)state;
    const char *t = "The panel asked that tolls be imposed on trucks. "
                    "They'll be sued by the owners. "
                    "The road had to be closed. "
                    "Nadia Orr, who ran the depot, expects to be fined.";
    cd_doc *doc = analyze(t, "1994-03-08");
    const cd_claim *c = assert_event_roles(t, doc, "imposed", "tolls be imposed", 21, NULL, "tolls");
    assert_true(has_reason(c, "hypothetical"));
    c = assert_event_roles(t, doc, "sued", "They'll be sued by the owners", 49, "the owners", "They'll");
    assert_false(has_reason(c, "hypothetical"));
    c = find_claim(doc, CD_CLAIM_EVENT, "closed");
    assert_non_null(c);
    assert_false(has_reason(c, "hypothetical"));
    c = find_claim(doc, CD_CLAIM_EVENT, "fined"); /* "expects" plans it (data/ev_unreal.tsv, "aim") */
    assert_non_null(c);
    assert_true(has_reason(c, "hypothetical"));
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subjunctive_be),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
