/* contactkit_email_clean: JSON output with the two-call contract and an optional default
 * domain. */
#include "harness.h"

static char *clean(const char *input, size_t input_len, const char *dd, size_t dd_len,
                   size_t *len) {
    size_t needed = 0;
    char *json;
    CHECK_STATUS(contactkit_email_clean(input, input_len, dd, dd_len, NULL, 0, &needed),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    json = malloc(needed + 1);
    assert(json != NULL);
    memset(json, 0x7F, needed + 1);
    CHECK_STATUS(contactkit_email_clean(input, input_len, dd, dd_len, json, needed, len),
                 CONTACTKIT_STATUS_OK);
    CHECK(*len == needed);
    CHECK(json[needed] == 0x7F); /* the JSON is not NUL-terminated: nothing past *len */
    json[needed] = '\0';
    return json;
}

int main(void) {
    size_t len = 0;
    char small[8];
    char *json = clean(CK_LIT("  jan@example.com "), NULL, 0, &len);
    /* An object with the fields of Python's to_dict(); fixes are slugs. */
    CHECK(json[0] == '{' && json[len - 1] == '}');
    CHECK(strstr(json, "\"email\":{") != NULL);
    CHECK(strstr(json, "\"valid\":true") != NULL);
    CHECK(strstr(json, "\"normalized\":\"jan@example.com\"") != NULL);
    CHECK(strstr(json, "\"fixes\":[\"trimmed\"") != NULL);
    CHECK(strstr(json, "\"others\":[") != NULL);
    CHECK(strstr(json, "\"is_role\":") != NULL);
    CHECK(strstr(json, "\"dedup_key\":") != NULL);
    free(json);

    /* An invalid address: every reason is a slug string (or null), never a number. */
    json = clean(CK_LIT("no-at-sign"), NULL, 0, &len);
    CHECK(strstr(json, "\"valid\":false") == NULL || strstr(json, "\"reason\":\"") != NULL);
    CHECK(strstr(json, "\"reason\":1") == NULL);
    free(json);

    /* With a default domain (a separate code path). */
    json = clean(CK_LIT("jan"), CK_LIT("example.nl"), &len);
    CHECK(json[0] == '{' && strstr(json, "\"fixes\":[") != NULL);
    free(json);

    /* Nothing address-like: email is null. */
    json = clean(CK_LIT("   "), NULL, 0, &len);
    CHECK(strstr(json, "\"email\":null") != NULL);
    free(json);

    /* Too small a buffer: *len is the size needed, the buffer is untouched. */
    memset(small, 'x', sizeof small);
    CHECK_STATUS(contactkit_email_clean(CK_LIT("jan@example.com"), NULL, 0, small, sizeof small,
                                        &len),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(len > sizeof small);
    CHECK(memcmp(small, "xxxxxxxx", sizeof small) == 0);

    /* A default domain that is not UTF-8. */
    CHECK_STATUS(contactkit_email_clean(CK_LIT("jan"), CK_LIT("exa\xffmple.nl"), NULL, 0, &len),
                 CONTACTKIT_STATUS_INVALID_UTF8);
    return ck_done("test_clean");
}
