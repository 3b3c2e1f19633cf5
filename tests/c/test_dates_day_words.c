/* A day of the month in words after its month ("on April eight", "the May six meeting") is a day,
 * not a count of the word after it, when that word is a preposition, conjunction or relative, a
 * determiner or a subject pronoun ("redeem on April eight all ...", "expire April nine unless
 * extended", "effective March five it raised"), or when a determiner stands before the month (the
 * date then modifies the noun: "an April one deadline"). A noun after a bare month still makes the
 * number a count ("In May two men were arrested"). Exact values and byte offsets. */
#include "helpers.h"

static void test_day_in_words_before_a_function_word(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Tenneco Inc will redeem on April eight all outstanding shares.", .want = {{"April eight", "1987-04-08"}},
         COUNT(1)},
        {"The tender and its withdrawal rights will lapse at noon April nine unless extended.",
         .want = {{"April nine", "1987-04-09"}}, COUNT(1)},
        {"Effective March five it raised its posted prices by one dlr.", .want = {{"March five", "1987-03-05"}},
         COUNT(1)},
        {"The union will begin talks on April one instead of May.", .want = {{"April one", "1987-04-01"}}},
        {"The company will pay on July two at 10 cts a share.", .want = {{"July two", "1987-07-02"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-12");
}

static void test_day_in_words_of_a_dated_noun(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"Shareholders will vote at the May six meeting.", .want = {{"May six", "1987-05-06"}}, COUNT(1)},
        {"It will not make its July one interest payment.", .want = {{"July one", "1987-07-01"}}, COUNT(1)},
        {"The plant will close after an April one deadline.", .want = {{"April one", "1987-04-01"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-12");
}

static void test_count_after_a_bare_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"In May two men were arrested.", .want = {{"May", "1986-05"}}, COUNT(1)},
        {"In April five banks failed.", .want = {{"April", "1986-04"}}, COUNT(1)},
        {"In March three tonnes of coffee were shipped.", .want = {{"March", "1987-03"}}, COUNT(1)},
    };
    check_date_cases(cases, N_OF(cases), "1987-03-12");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_day_in_words_before_a_function_word),
        cmocka_unit_test(test_day_in_words_of_a_dated_noun),
        cmocka_unit_test(test_count_after_a_bare_month),
    };
    return cmocka_run_group_tests_name("dates_day_words", tests, NULL, NULL);
}
