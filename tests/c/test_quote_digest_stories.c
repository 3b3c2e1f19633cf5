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

/* a headline with no dateline after it opens no story: the holder before it is the one; two
 * stories with two titles: each title's holder in its own story */
static void test_headline_without_dateline(void **state)
{
    (void)state;
    const char *t = "Bread prices steady\n\nFinance Minister Ann Lee met the bakers.\n\nMill reopens in the valley\n\n"
                    "The old mill opened again. " TAXES " the minister said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 118);
    const char *two = "Bread prices steady\n\nOSLO (Wire) - Finance Minister Ann Lee met the bakers. " TAXES
                      " the minister said.\n\nMill reopens in the valley\n\nBERGEN (Wire) - Mayor Tom Kay opened "
                      "the old mill. \"The mill will grind again by spring,\" the mayor said. \"Bread will be "
                      "cheaper,\" the minister said.";
    expect_quote_claim_at(two, TAXES, "Ann Lee", 76);
    expect_quote_claim_at(two, "\"The mill will grind again by spring,\"", "Tom Kay", 221);
    expect_quote_claim_at(two, "\"Bread will be cheaper,\"", "minister", 276);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_in_another_story),
        cmocka_unit_test(test_holder_in_its_story),
        cmocka_unit_test(test_headline_without_dateline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
