/* "dismiss" that rejects what someone said or proposed fires nobody: a claim, a fear or a report
 * as its object or its subject (data/ev_dismiss_views.tsv), or a judgement after "as" ("as
 * hollow") or "out of hand". Firing a person, or a court throwing out a suit, stays an event, as
 * does "dismissed as" a role ("dismissed as the league's treasurer"). */
#include "helpers.h"

static size_t events(const cd_doc *doc)
{
    size_t n, k = 0;
    const cd_claim *c = cd_doc_claims(doc, &n);
    for (size_t i = 0; i < n; i++) k += c[i].kind == CD_CLAIM_EVENT;
    return k;
}

static void test_rejections(void **state)
{
    (void)state;
    static const char *const none[] = {
        "Mayor Ilse Varga dismissed the latest claims about the budget.",
        "Brannock dismissed fears of a shortage at the mills.",
        "This argument was dismissed by the panel on Tuesday.",
        "Olvek dismissed the bid as hollow and too low.",
        "The Corvane plan was dismissed out of hand by the board.",
        "The union dismissed them as a stunt.",
    };
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        cd_doc *doc = analyze(none[i], "2004-11-09");
        if (events(doc)) fail_msg("an event in: %s", none[i]);
        cd_doc_free(doc);
    }
}

static void expect_dismissal(const char *t, const char *text)
{
    cd_doc *doc = analyze(t, "2004-11-09");
    assert_int_equal(events(doc), 1);
    const cd_claim *c = find_claim(doc, CD_CLAIM_EVENT, text);
    assert_non_null(c);
    assert_int_equal(c->span.start, offset_of(t, text));
    assert_int_equal(c->span.stop, offset_of(t, text) + strlen(text));
    assert_string_equal(c->event.action, "dismiss");
    cd_doc_free(doc);
}

static void test_dismissals_stay(void **state)
{
    (void)state;
    expect_dismissal("Tessaly Mills dismissed the plant manager on Friday.", "dismissed the plant manager");
    expect_dismissal("A judge dismissed the lawsuit against Orvane.", "dismissed the lawsuit");
    expect_dismissal("Ruth Anders was dismissed as the league's treasurer.", "Ruth Anders was dismissed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rejections),
        cmocka_unit_test(test_dismissals_stay),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
