/* An agent's name after "by" reads on over "of", "and", "for" between capitals ("by the Varland
 * Fishing and Forestry Board", "by the Office of the Port Warden"); not after a lower-case word. */
#include "helpers.h"

static void assert_agent(const char *t, const char *span, const char *actor)
{
    cd_doc *doc;
    const cd_claim *c = only_event(t, span, &doc);
    assert_string_equal(c->event.actor, actor);
    cd_doc_free(doc);
}

static void test_agent_reads_over_joins(void **state)
{
    (void)state;
    assert_agent("The trawler was fined by the Varland Fishing and Forestry Board on Monday.",
                 "The trawler was fined by the Varland Fishing and Forestry Board",
                 "Varland Fishing and Forestry Board");
    assert_agent("The levy was imposed by the Office of the Port Warden.",
                 "The levy was imposed by the Office of the Port Warden", "the Office of the Port Warden");
}

static void test_lower_case_agent_stops(void **state)
{
    (void)state;
    assert_agent("The striker was suspended by the league and Hale said he would appeal.",
                 "The striker was suspended by the league", "the league");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_agent_reads_over_joins),
        cmocka_unit_test(test_lower_case_agent_stops),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
