/* A count between a ranking's determiner and its superlative belongs to the ranking: "the world's
 * two biggest kelp buyers", "its three largest mills in the region", "The 20 busiest ports" rank
 * that many, and the claim starts at the determiner, not at the superlative. Exact spans and byte
 * offsets. */
#include "helpers.h"

static void test_counted_rankings(void **state)
{
    (void)state;
    expect_one_comparison("2005-03-01", "Dunmore and Orvel, the world's two biggest kelp buyers, cut orders.",
                          "the world's two biggest kelp buyers");
    expect_one_comparison("2005-03-01", "Tavel will close its three largest mills in the region.",
                          "its three largest mills in the region");
    expect_one_comparison("2005-03-01", "The 20 busiest ports handled most of the kelp.", "The 20 busiest ports");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counted_rankings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
