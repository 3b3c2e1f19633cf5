/* quote-marks: marks that are no quotation marks, and a mistyped close named as one. A shortcode a
 * CMS left in the text (`[button link=”…” type=”big”]`) delimits its attributes' values with marks:
 * none opens or closes a quote. AP style closes a quote with two single marks (`’’`): they are one
 * closing double mark. A straight single mark that closes a straight double quote opened a few
 * words before (`"naked warrants'`, as Reuters types it) is reported as that, where it stands. */
#include "helpers.h"

#define RULE "quote-marks"

static void expect_none(const char *t)
{
    expect_findings_at(t, RULE, 0, NULL);
}

static void test_shortcode_values(void **state)
{
    (void)state;
    expect_none("[button link=”http://www.example.co.uk/send-a-photo/” type=”big” newwindow=”yes”] Share YOUR "
                "photos with us[/button]\n\nThe bike costs £1,200, the shop said.");
    expect_none("[gallery ids=\"12,13,14\" columns=\"3\"]\n\n“We loved it,” she said.");
    expect_none("Reviews wanted.\n\n[button link=”http://www.example.co.uk/review/” type=”big”] Send us yours[/button]");
    /* a value's mark outside a shortcode, and a real slip after one, still fire */
    expect_findings_at("He wrote x=” and left.", RULE, 1, "”");
    expect_findings_at("[button link=”http://example.com/”] The mayor said: “We won. Nobody doubted it.", RULE, 1,
                       "“We won");
}

static void test_ap_doubled_single_close(void **state)
{
    (void)state;
    const char *t = "“It was a bid to confuse the public,’’ Jo Pringle, head of Fair Count, said.";
    expect_none(t);
    cd_doc *doc = analyze(t, NULL);
    const cd_claim *q = find_claim(doc, CD_CLAIM_QUOTE, "“It was a bid to confuse the public,’");
    assert_non_null(q);
    cd_doc_free(doc);
    expect_none("The statement warned that “voters are entitled to transparency.’’ Critically, it came late.");
    /* two apostrophes inside a word, a typo: no quote mark */
    expect_none("The money will fund an upgrade of the plant''s welding lines.");
    /* a quote of one word in single marks stays a quote */
    doc = analyze("Only 34% said they had received cards with the necessary 'chip' technology.", NULL);
    assert_non_null(find_claim(doc, CD_CLAIM_QUOTE, "'chip'"));
    cd_doc_free(doc);
    /* a single quote closed, then an apostrophe: no double mark */
    expect_none("The sign said ‘the players’’ entrance’ and nothing else.");
}

static void test_double_closed_by_single(void **state)
{
    (void)state;
    const char *t = "Kessel Landesbank is offering 80,000 \"covered warrants' at 12 dlrs each.";
    expect_finding_message(t, RULE, "' at 12", "\"covered",
                           "a quote opened with a double mark is closed with a single one");
    /* an apostrophe inside a quote that a double mark closes */
    expect_none("\"The players' union is strong,\" he said.");
    expect_none("He said the \"players' union\" was strong.");
    /* a double quote left open with no single mark near: as before */
    expect_findings_at("The exchange said, \"The board has long favoured settlement before noon.", RULE, 1,
                       "\"The board");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shortcode_values),
        cmocka_unit_test(test_ap_doubled_single_close),
        cmocka_unit_test(test_double_closed_by_single),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
