/* Entities: a given name inside a run ("Rand" after the initials of "S.A. Rand") types a person
 * only with a word after it. When the word after it was a date that the name's end cuts off
 * ("S.A. Rand June 3": a currency and the day a rate was fixed), the given name is the run's
 * last word and names no one; a surname after the given name keeps the person ("J. Howard Lamb
 * July 4"). */
#include "helpers.h"

static const char RATES[] = "The fund lists its rates against the unit:\n"
                            " Swiss Franc    1.83   (2.90)\n"
                            " S.A. Rand      2.44   (0.71)\n"
                            "The base dates are S.A. Rand June 3 and Swiss Franc Oct 12, both 1975. "
                            "Crews met J. Howard Lamb July 4 at the dock.";

static void test_a_currency_before_its_date_is_no_person(void **state)
{
    (void)state;
    cd_doc *doc = analyze(RATES, NULL);
    assert_no_entity(doc, RATES, "S.A. Rand", 0);
    assert_no_entity(doc, RATES, "S.A. Rand", offset_of(RATES, "dates are"));
    assert_no_entity(doc, RATES, "Rand", offset_of(RATES, "dates are"));
    cd_doc_free(doc);
}

static void test_a_surname_after_the_given_name_stays(void **state)
{
    (void)state;
    cd_doc *doc = analyze(RATES, NULL);
    const cd_entity *e = assert_entity(doc, RATES, "J. Howard Lamb", 0, "person", "J. Howard Lamb");
    assert_int_equal(e->span.stop, offset_of(RATES, " July 4"));
    size_t n;
    cd_doc_entities(doc, &n);
    assert_int_equal(n, 1);
    cd_doc_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_currency_before_its_date_is_no_person),
        cmocka_unit_test(test_a_surname_after_the_given_name_stays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
