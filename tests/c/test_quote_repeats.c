/* Quotes repeated: the same words quoted by two persons keep each its own speaker; a quote with
 * nobody or only an organization takes the person that the same words have elsewhere. */
#include "helpers.h"

/* The speaker of the n-th quote claim (0-based), which must exist. */
static const char *speaker_of(const cd_doc *doc, size_t nth)
{
    size_t n;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE && nth-- == 0) return c[i].quote.speaker;
    fail_msg("no quote claim %zu", nth);
    return NULL;
}

static void test_persons_keep_their_own_speakers(void **state)
{
    (void)state;
    const char *t = "“We rose 5%,” said Ann Lee. “We rose 5%,” said Tom Berg. “We rose 5%,” said Ann Lee.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(speaker_of(doc, 0), "Ann Lee");
    assert_string_equal(speaker_of(doc, 1), "Tom Berg");
    assert_string_equal(speaker_of(doc, 2), "Ann Lee");
    cd_doc_free(doc);
}

static void test_first_person_named_for_the_words(void **state)
{
    (void)state;
    const char *t = "“We rose 5%,” said Ann Lee.\n\n“We rose 5%,” said Tom Berg.\n\n"
                    "Sales grew. “We rose 5%,” Treasury says.";
    cd_doc *doc = analyze(t, NULL);
    assert_string_equal(speaker_of(doc, 2), "Ann Lee"); /* the first of the persons */
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_persons_keep_their_own_speakers),
        cmocka_unit_test(test_first_person_named_for_the_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
