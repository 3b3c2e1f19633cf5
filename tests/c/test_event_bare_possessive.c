/* A target that was a pronoun's possessive alone reads on over the word its noun starts with: a
 * month that is also a modal ("its May sales"), a modal noun ("its will"), a quoted word ("its
 * 'value' menu"). "her" is also an object and stays alone ("arrested her on Monday"). */
#include "helpers.h"

static void assert_target(const char *t, const char *span, const char *target)
{
    cd_doc *doc;
    const cd_claim *c = only_event(t, span, &doc);
    assert_string_equal(c->event.target, target);
    cd_doc_free(doc);
}

static void test_possessive_reads_on(void **state)
{
    (void)state;
    assert_target("Varnia has closed its May registrations, dealers said.", "closed its May registrations",
                  "its May registrations");
    assert_target("Tarvin imposed its will on the region.", "imposed its will", "its will");
    assert_target("The chain will withdraw its 'value' menu next week.", "withdraw its 'value' menu",
                  "its 'value' menu");
}

static void test_object_pronoun_stays(void **state)
{
    (void)state;
    assert_target("Police arrested her on Monday.", "arrested her", "her");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_possessive_reads_on),
        cmocka_unit_test(test_object_pronoun_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
