/* A comparison's complement ends before a clause that belongs to the sentence: a cause ("due to",
 * "because of") after any complement, and "after" or "during" once a "than" complement has its
 * first word. Right after "than" such a word is the compared thing, and a ranking keeps "after". */
#include "helpers.h"

static void check(const char *t, const char *head, const char *text)
{
    cd_doc *doc = analyze(t, "2021-06-02");
    assert_span(t, find_claim(doc, CD_CLAIM_COMPARISON, head), text);
    cd_doc_free(doc);
}

static void test_cause(void **state)
{
    (void)state;
    check("Turnip yields were lower than planned due to late frost in Hesby.", "lower", "lower than planned");
    check("It was the wettest spring in years because of a stalled front.", "wettest",
          "the wettest spring in years");
    /* an elliptic possessive before the cause stays whole */
    check("Tiles are more durable than Ferrol's owing to their glaze.", "durable", "more durable than Ferrol's");
}

static void test_time_clause(void **state)
{
    (void)state;
    check("Ferry traffic was heavier than usual after the bridge shut for repairs.", "heavier",
          "heavier than usual");
    check("Queues were longer than normal during the Orvik fair in town.", "longer", "longer than normal");
}

static void test_kept(void **state)
{
    (void)state;
    check("Queues were longer than during the fair.", "longer", "longer than during the fair");
    check("Tarn is the second largest lake in Oss after Mirrow.", "second",
          "the second largest lake in Oss after Mirrow");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cause),
        cmocka_unit_test(test_time_clause),
        cmocka_unit_test(test_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
