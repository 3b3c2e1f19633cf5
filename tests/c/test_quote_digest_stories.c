/* A page of several stories (a digest), each a headline and a dateline in capitals: a bare title's
 * holder is looked for in its own story only, before it and after it. */
#include "helpers.h"

#define TAXES "\"We will not raise taxes on bread this year,\""

static void test_holder_in_another_story(void **state)
{
    (void)state;
    /* the minister of the first story is not the second story's */
    const char *t = "Bread prices steady\n\nOSLO (Wire) - Finance Minister Ann Lee met the bakers on Monday.\n\n"
                    "Mill reopens in the valley\n\nBERGEN, Norway (Wire) - The old mill opened again on Tuesday. " TAXES
                    " the minister said.";
    expect_quote_claim_at(t, TAXES, "minister", 177);
    /* nor the person the first story names most */
    expect_quote_claim("Bread prices steady\n\nOSLO (Wire) - Tom Kay has said prices will hold.\n\n"
                       "Mill reopens in the valley\n\nBERGEN, Norway (Wire) - The old mill opened again. " TAXES
                       " the prime minister said.",
                       TAXES, "prime minister", 0);
    /* nor the one named with it in the next story */
    expect_quote_claim("Mill reopens in the valley\n\nBERGEN (Wire) - The old mill opened again. " TAXES
                       " the minister said.\n\nBread prices steady\n\nOSLO (Wire) - Finance Minister Ann Lee met "
                       "the bakers.",
                       TAXES, "minister", 0);
}

/* in its own story the holder is found as before */
static void test_holder_in_its_story(void **state)
{
    (void)state;
    const char *t = "Bread prices steady\n\nOSLO (Wire) - Tom Kay opened a bakery.\n\nMill reopens in the valley\n\n"
                    "BERGEN (Wire) - Finance Minister Ann Lee opened the old mill. " TAXES " the minister said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 151);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_in_another_story),
        cmocka_unit_test(test_holder_in_its_story),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
