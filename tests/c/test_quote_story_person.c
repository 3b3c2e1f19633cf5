/* A bare title of an office one person holds ("the prime minister said", "the chancellor said")
 * that the story names no one with stands for the person it names most, among those it never
 * names with an office; two such offices go to two people, in the order the story first uses them.
 * A holder named with the title after it, or with the office abbreviated ("Gov. Ann Lee"), wins. */
#include "helpers.h"

#define TAXES "\"We will not raise taxes on bread this year,\""

static void test_person_named_most(void **state)
{
    (void)state;
    const char *t = "Ann Lee has said the budget will hold. " TAXES " the prime minister said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 39);
}

/* one named with another office holds not this one, though named more */
static void test_other_office_left_out(void **state)
{
    (void)state;
    const char *t = "Home Secretary Tom Kay met the police chiefs. Tom Kay spoke first. Ann Lee has said the "
                    "budget will hold. " TAXES " the prime minister said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 106);
    /* "ex-Labour chancellor Tom Kay" holds another office than the chancellor's */
    expect_quote_claim("The ex-Labour chancellor Tom Kay wrote a book. Ann Lee has said the budget will hold. " TAXES
                       " the chancellor said.",
                       TAXES, "Ann Lee", 0);
}

/* the chancellor is named first, so the prime minister is the other one */
static void test_two_offices_in_turn(void **state)
{
    (void)state;
    const char *t = "Tom Kay has said the budget will hold. The chancellor said more was needed. Ann Lee was in "
                    "Leeds. Tom Kay was not. " TAXES " the prime minister said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 115);
}

static void test_named_later_with_the_title(void **state)
{
    (void)state;
    const char *t = "Ann Lee was held for a month. " TAXES " the home secretary said. Home Secretary Tom Kay "
                    "told the radio he would not resign.";
    expect_quote_claim_at(t, TAXES, "Tom Kay", 30);
}

/* "Gov. Ann Lee": the governor's office abbreviated */
static void test_abbreviated_office(void **state)
{
    (void)state;
    const char *t = "Gov. Ann Lee signed the bill. Tom Kay has said it would fail. Tom Kay spoke twice. " TAXES
                    " the governor said.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 83);
}

static void test_description_stays(void **state)
{
    (void)state;
    /* two people named as often */
    expect_quote_claim("Ann Lee met Tom Kay on Monday. " TAXES " the prime minister said.", TAXES, "prime minister", 0);
    /* another office by its modifier */
    expect_quote_claim("Ann Lee has said the budget will hold. " TAXES " the former minister said.", TAXES,
                       "former minister", 0);
    /* a role many hold */
    expect_quote_claim("Ann Lee has said the budget will hold. " TAXES " the spokesman said.", TAXES, "spokesman", 0);
    /* another country's president */
    expect_quote_claim("French President Tom Kay flew in on Monday. " TAXES " the German president said.", TAXES,
                       "German president", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_named_most),    cmocka_unit_test(test_other_office_left_out),
        cmocka_unit_test(test_two_offices_in_turn),  cmocka_unit_test(test_named_later_with_the_title),
        cmocka_unit_test(test_abbreviated_office),   cmocka_unit_test(test_description_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
