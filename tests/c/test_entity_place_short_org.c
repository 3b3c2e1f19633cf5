/* Entities: a place with the words one space after it that begin the name of a company the story
 * writes in full ("Ohio Grain Co") is that company's short name wherever it stands, in a headline
 * in capitals ("OHIO GRAIN <OGC>") or before a noun ("Ohio Grain shares"), and is named as the
 * company in full; the place followed by other words ("Ohio Farm output") stays a place, and so
 * does the place before the same words when the story names no such company. */
#include "helpers.h"

static const char STORY[] = "OHIO GRAIN <OGC> SETS PAYOUT\n"
                            "    COLUMBUS, May 2 - Ohio Grain Co said it would pay 12 cts a share. Ohio Grain shares "
                            "rose. Ohio Farm output fell.";

static void test_the_short_name_of_a_company(void **state)
{
    (void)state;
    cd_doc *doc = analyze(STORY, NULL);
    assert_entity(doc, STORY, "OHIO GRAIN", 0, "organization", "Ohio Grain Co");
    assert_entity(doc, STORY, "Ohio Grain", offset_of(STORY, "Ohio Grain shares"), "organization", "Ohio Grain Co");
    assert_entity(doc, STORY, "Ohio", offset_of(STORY, "Ohio Farm"), "place", "Ohio");
    cd_doc_free(doc);
}

static void test_no_company_so_named(void **state)
{
    (void)state;
    const char *t = "OHIO GRAIN PRICES RISE\n    COLUMBUS, May 2 - Ohio Grain prices rose 12 pct in April.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "OHIO", 0, "place", "Ohio");
    assert_entity(doc, t, "Ohio", offset_of(t, "Ohio Grain prices"), "place", "Ohio");
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_the_short_name_of_a_company),
        cmocka_unit_test(test_no_company_so_named),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
