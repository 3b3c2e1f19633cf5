/* Bare "crowns" is money: Swedish, Danish, Norwegian or Icelandic, as the country the story names
 * last before the amount says (num_money_country.tsv), else Swedish. "crown" before a noun is the
 * money of a loan or a bond. "dinars" and "shillings" are read the same way, each by the countries
 * of its own group. */
#include "helpers.h"

static void expect_money(const cd_doc *doc, const char *t, const char *span, double v, const char *iso)
{
    const cd_number *n = find_number(doc, span);
    assert_non_null(n);
    assert_int_equal(n->span.start, offset_of(t, span));
    assert_int_equal(n->span.stop, offset_of(t, span) + strlen(span));
    assert_int_equal(n->kind, CD_NUM_MONEY);
    assert_true(fabs(n->value - v) < 1e-6);
    assert_string_equal(n->unit, iso);
}

static void test_country_picks_the_crown(void **state)
{
    (void)state;
    const char *t = "OSLO - Fjordco earned 75 mln crowns. Its Danish arm lost 12,500 crowns.";
    cd_doc *doc = analyze(t, NULL);
    expect_money(doc, t, "75 mln crowns", 75e6, "NOK");
    expect_money(doc, t, "12,500 crowns", 12500, "DKK");
    cd_doc_free(doc);
}

static void test_crown_before_a_noun(void **state)
{
    (void)state;
    const char *t = "Reykjavik banks set up a 900 mln crown loan.";
    cd_doc *doc = analyze(t, NULL);
    expect_money(doc, t, "900 mln crown", 900e6, "ISK");
    cd_doc_free(doc);
}

static void test_no_country_named(void **state)
{
    (void)state;
    const char *t = "Kvarn paid 40 mln crowns for the mill.";
    cd_doc *doc = analyze(t, NULL);
    expect_money(doc, t, "40 mln crowns", 40e6, "SEK");
    cd_doc_free(doc);
}

static void test_groups_keep_apart(void **state)
{
    (void)state;
    const char *t = "OSLO - A Kuwaiti fund paid 50 mln crowns, and Zarko lent 8 mln dinars. Kampala set 3 bln shillings.";
    cd_doc *doc = analyze(t, NULL);
    expect_money(doc, t, "50 mln crowns", 50e6, "NOK");
    expect_money(doc, t, "8 mln dinars", 8e6, "KWD");
    expect_money(doc, t, "3 bln shillings", 3e9, "UGX");
    cd_doc_free(doc);
}

/* The country counts for MONEY_COUNTRY_BACK (2,000) tokens: an amount right after "Danish" is in
 * Danish crowns, one far past it in the list's own, and a country named again counts again. */
static void test_country_fades(void **state)
{
    (void)state;
    const char *head = "A Danish yard sold 6 mln crowns of steel.";
    const char *filler = " Work at the yard went on as before.";
    const char *tail = " Velmar paid 9 mln crowns. In Oslo Velmar paid 4 mln crowns.";
    size_t reps = 300; /* 9 tokens each: 2,700 tokens between */
    size_t len = strlen(head) + reps * strlen(filler) + strlen(tail) + 1;
    char *t = malloc(len);
    assert_non_null(t);
    strcpy(t, head);
    for (size_t i = 0; i < reps; i++) strcat(t, filler);
    strcat(t, tail);
    cd_doc *doc = analyze(t, NULL);
    expect_money(doc, t, "6 mln crowns", 6e6, "DKK");
    expect_money(doc, t, "9 mln crowns", 9e6, "SEK");
    expect_money(doc, t, "4 mln crowns", 4e6, "NOK");
    cd_doc_free(doc);
    free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_picks_the_crown),
        cmocka_unit_test(test_crown_before_a_noun),
        cmocka_unit_test(test_no_country_named),
        cmocka_unit_test(test_groups_keep_apart),
        cmocka_unit_test(test_country_fades),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
