/* The fourth column of a word list (tools/lexgen.c), the role: data/event_verbs.tsv gives the
 * actions with rules of their own a role there ("accuse", "penalty", "leave"), which src/events.c
 * asks instead of the action's name; the first three columns (key, flags, action) read as before,
 * and a line of three columns has no role. */
#include "internal.h"

#include "helpers.h"

static const cd_lexrec *event_word(const char *w)
{
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup(w, strlen(w)), LX_EVENT_VERBS);
    assert_non_null(r);
    return r;
}

static void expect_event_word(const char *w, double flags, const char *action, const char *role)
{
    const cd_lexrec *r = event_word(w);
    assert_true(r->num == flags);
    assert_string_equal(r->str, action);
    if (role) assert_string_equal(r->role, role);
    else assert_null(r->role);
}

static void test_roles_of_event_words(void **state)
{
    (void)state;
    expect_event_word("fined", 4, "fine", "penalty");
    expect_event_word("Fines", 3, "fine", "penalty");
    expect_event_word("charges", 2, "charge", "accuse");
    expect_event_word("resignation", 2, "resign", "leave");
    expect_event_word("resigned", 0, "resign", "leave");
}

static void test_three_columns_have_no_role(void **state)
{
    (void)state;
    expect_event_word("banned", 4, "ban", NULL);
    expect_event_word("closure", 2, "close", NULL);
}

/* Two columns whose value is no number: a string, and still no role ("an" in
 * data/claim_determiners.tsv, of role "indef" there, which src/quotes.c reads). */
static void test_two_columns_have_no_role(void **state)
{
    (void)state;
    const cd_lexrec *r = cd_lex_rec(cd_lex_lookup("an", 2), LX_CLAIM_DETERMINERS);
    assert_non_null(r);
    assert_true(isnan(r->num));
    assert_string_equal(r->str, "indef");
    assert_null(r->role);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_roles_of_event_words),
        cmocka_unit_test(test_three_columns_have_no_role),
        cmocka_unit_test(test_two_columns_have_no_role),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
