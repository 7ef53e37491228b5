/* contactkit_email_validate_many: one arena, the two-call contract, results equal to the
 * scalar call, a bad element that does not fail the batch; contactkit_email_clean_many. */
#include "harness.h"

static const char *const INPUTS[] = {
    "jan@example.com",
    "no-at-sign",
    "Jan.de.Vries@Example.NL",
    "",
    "jan\xff@example.com", /* not UTF-8 */
    "zo\xc3\xab@example.nl",
    "@example.com",
    "Jan de Vries <jan@example.com>",
};
#define N (sizeof INPUTS / sizeof INPUTS[0])
#define BAD_INDEX 4

static void test_validate_many(void) {
    contactkit_str inputs[N];
    contactkit_email_result results[N];
    contactkit_email_result untouched[N];
    size_t needed = 0, len = 0, i;
    char *arena;

    for (i = 0; i < N; i++) {
        inputs[i].ptr = INPUTS[i];
        inputs[i].len = strlen(INPUTS[i]);
    }
    memset(results, 0xAB, sizeof results);
    memcpy(untouched, results, sizeof results);

    CHECK_STATUS(contactkit_email_validate_many(NULL, inputs, N, NULL, 0, &needed, results),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(needed > 0);
    CHECK(memcmp(results, untouched, sizeof results) == 0);

    arena = malloc(needed);
    assert(arena != NULL);
    CHECK_STATUS(contactkit_email_validate_many(NULL, inputs, N, arena, needed - 1, &len, results),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == needed);
    CHECK(memcmp(results, untouched, sizeof results) == 0);
    CHECK_STATUS(contactkit_email_validate_many(NULL, inputs, N, arena, needed, &len, results),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == needed);

    for (i = 0; i < N; i++) {
        contactkit_email_result scalar;
        char *buf = NULL;
        contactkit_status s = validate_alloc(NULL, inputs[i].ptr, inputs[i].len, &buf, &scalar);
        if (i == BAD_INDEX) {
            /* The scalar call fails; the batch element carries that status. */
            CHECK(s == CONTACTKIT_STATUS_INVALID_UTF8);
            CHECK(results[i].status == CONTACTKIT_STATUS_INVALID_UTF8);
            CHECK(results[i].valid == 0);
            CHECK(results[i].reason == CONTACTKIT_EMAIL_REASON_NONE);
            CHECK(span_is(arena, results[i].message, NULL));
            CHECK(span_is(arena, results[i].normalized, NULL));
        } else {
            CHECK(s == CONTACTKIT_STATUS_OK);
            CHECK(results_equal(arena, &results[i], buf, &scalar));
        }
        free(buf);
    }
    CHECK(results[0].valid == 1 && span_is(arena, results[0].normalized, "jan@example.com"));
    CHECK(results[1].valid == 0 && results[1].reason == CONTACTKIT_EMAIL_REASON_MISSING_AT);
    free(arena);

    /* Empty batch: NULL arrays are fine, the arena is empty. */
    len = 99;
    CHECK_STATUS(contactkit_email_validate_many(NULL, NULL, 0, NULL, 0, &len, NULL),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == 0);
    /* NULL arrays with n > 0, and a NULL element with a length, fail the whole call. */
    CHECK_STATUS(contactkit_email_validate_many(NULL, NULL, 1, NULL, 0, &len, results),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_validate_many(NULL, inputs, 1, NULL, 0, &len, NULL),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    inputs[0].ptr = NULL;
    CHECK_STATUS(contactkit_email_validate_many(NULL, inputs, 1, NULL, 0, &len, results),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
}

static void test_clean_many(void) {
    contactkit_str inputs[N];
    size_t needed = 0, len = 0, i;
    char *json;
    for (i = 0; i < N; i++) {
        inputs[i].ptr = INPUTS[i];
        inputs[i].len = strlen(INPUTS[i]);
    }
    CHECK_STATUS(contactkit_email_clean_many(inputs, N, NULL, 0, NULL, 0, &needed),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    json = malloc(needed + 1);
    assert(json != NULL);
    CHECK_STATUS(contactkit_email_clean_many(inputs, N, NULL, 0, json, needed, &len),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == needed);
    json[len] = '\0';
    CHECK(json[0] == '[' && json[len - 1] == ']');
    /* The bad element is null; the scalar JSON of element 0 appears verbatim. */
    CHECK(strstr(json, ",null,") != NULL);
    {
        size_t scalar_len = 0;
        char *scalar;
        CHECK_STATUS(contactkit_email_clean(inputs[0].ptr, inputs[0].len, NULL, 0, NULL, 0,
                                            &scalar_len),
                     CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
        scalar = malloc(scalar_len);
        assert(scalar != NULL);
        CHECK_STATUS(contactkit_email_clean(inputs[0].ptr, inputs[0].len, NULL, 0, scalar,
                                            scalar_len, &scalar_len),
                     CONTACTKIT_STATUS_OK);
        CHECK(len > scalar_len && memcmp(json + 1, scalar, scalar_len) == 0);
        free(scalar);
    }
    free(json);
}

int main(void) {
    test_validate_many();
    test_clean_many();
    return ck_done("test_batch");
}
