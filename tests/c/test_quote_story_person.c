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

/* the same quote twice: the second, after a bare title, is the one read */
static void test_quote_said_twice(void **state)
{
    (void)state;
    const char *t = "Ann Lee has said the budget will hold. " TAXES " she said on Monday. Tom Kay agreed with her. " TAXES
                    " the prime minister said again.";
    expect_quote_claim_at(t, TAXES, "Ann Lee", 39);
    expect_quote_claim_at(t, TAXES, "Ann Lee", 130);
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

/* one described by a role that is no office ("a dairy farmer") holds none, though named most */
static void test_role_holds_no_office(void **state)
{
    (void)state;
    expect_quote_claim_at("Tom Kay, a dairy farmer, said milk prices were far too low. Tom Kay said he would join the "
                          "protest in Oslo. " TAXES " the minister said.",
                          TAXES, "minister", 108);
    expect_quote_claim_at("The farmer Tom Kay said milk prices were far too low. Tom Kay said he would join the "
                          "protest in Oslo. " TAXES " the minister said.",
                          TAXES, "minister", 102);
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

/* A story of many people and many uses of two bare titles: every quote is read, none lost. The
 * people are counted at a title's first use only, among the latest mentions; how its time grows is
 * bench/scaling.sh's "people and bare titles", not a test's (tests time nothing). */
static void test_many_titles_and_people(void **state)
{
    (void)state;
    static const char *const firsts[] = {"Ann", "Tom", "Ida", "Jon", "Mia", "Raj", "Eva", "Ben"};
    static const char *const lasts[] = {"Lee", "Kay", "Moss", "Dunn", "Hart", "Penn", "Ross", "Wade"};
    static const char quote[] = "\"We will win the vote,\" the prime minister said. ";
    size_t blocks = 12, per = 300, cap = blocks * per * (sizeof quote + 64);
    char *src = malloc(cap), *at = src;
    assert_non_null(src);
    for (size_t b = 0, i = 0; b < blocks; b++) {
        for (size_t j = 0; j < per; j++, i++)
            at += sprintf(at, "The chancellor said %s %s and %s %s met on the plan. ", firsts[i % 8], lasts[i / 8 % 8],
                          firsts[(i + 3) % 8], lasts[i / 3 % 8]);
        for (size_t j = 0; j < per; j++) at += sprintf(at, "%s", quote);
    }
    cd_doc *doc = analyze(src, NULL);
    size_t n_claims, n = 0;
    const cd_claim *claims = cd_doc_claims(doc, &n_claims);
    for (size_t i = 0; i < n_claims; i++) n += claims[i].kind == CD_CLAIM_QUOTE && claims[i].quote.direct;
    assert_int_equal(n, blocks * per);
    cd_doc_free(doc);
    free(src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_person_named_most),    cmocka_unit_test(test_other_office_left_out),
        cmocka_unit_test(test_two_offices_in_turn),  cmocka_unit_test(test_named_later_with_the_title),
        cmocka_unit_test(test_abbreviated_office),   cmocka_unit_test(test_description_stays),
        cmocka_unit_test(test_many_titles_and_people),
        cmocka_unit_test(test_role_holds_no_office),
        cmocka_unit_test(test_quote_said_twice),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
