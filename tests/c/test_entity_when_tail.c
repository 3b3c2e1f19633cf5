/* Entities: a weekday or a month after a person's name ("Clara Voss Monday said") is the date the
 * sentence gives, not the name's last word; a given name and such a word ("Mike Friday") and a
 * three-letter month ("Rick May") stay names; the speech verb after the day still has its speaker. */
#include "helpers.h"

static void test_weekday_after_a_name_is_cut(void **state)
{
    (void)state;
    const char *t = "Farm Secretary Clara Voss Monday said grain prices would rise. Voss added that exports fell.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Clara Voss", 0, "person", "Clara Voss");
    assert_entity(doc, t, "Voss", offset_of(t, "Voss added"), "person", "Clara Voss");
    cd_doc_free(doc);
}

/* the indirect speech after "Clara Voss Monday warned" keeps its speaker, now that the name ends
 * before the day */
static void test_speaker_before_a_day_word(void **state)
{
    (void)state;
    const char *t = "Farm Secretary Clara Voss Monday warned that grain exports would fall sharply this year.";
    cd_doc *doc = analyze(t, NULL);
    size_t n = 0;
    const cd_claim *c = cd_doc_claims(doc, &n), *q = NULL;
    for (size_t i = 0; i < n; i++)
        if (c[i].kind == CD_CLAIM_QUOTE) q = &c[i];
    if (!q) fail_msg("no quote claim in: %s", t);
    assert_string_equal(q->quote.speaker, "Clara Voss");
    assert_int_equal(q->span.start, offset_of(t, "grain exports"));
    cd_doc_free(doc);
}

static void test_month_after_a_surname_is_cut(void **state)
{
    (void)state;
    const char *t = "Mr Okafor December told lenders the plan was sound.";
    cd_doc *doc = analyze(t, NULL);
    assert_int_equal(assert_entity(doc, t, "Okafor", 0, "person", NULL)->span.start, 3);
    cd_doc_free(doc);
}

static void test_given_name_and_day_word_stay(void **state)
{
    (void)state;
    const char *t = "Mike Friday scored twice. Rick May said the side was tired.";
    cd_doc *doc = analyze(t, NULL);
    assert_entity(doc, t, "Mike Friday", 0, "person", NULL);
    assert_entity(doc, t, "Rick May", 0, "person", NULL);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekday_after_a_name_is_cut),
        cmocka_unit_test(test_speaker_before_a_day_word),
        cmocka_unit_test(test_month_after_a_surname_is_cut),
        cmocka_unit_test(test_given_name_and_day_word_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
