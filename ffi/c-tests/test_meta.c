/* Versions (header macros against the library), statuses and reason slugs. */
#include "harness.h"

#define STR2(x) #x
#define STR(x) STR2(x)

static void test_versions(void) {
    char expected[64];
    /* The header's version string is MAJOR.MINOR.PATCH (pre-releases would add a suffix). */
    snprintf(expected, sizeof expected, "%d.%d.%d", CONTACTKIT_VERSION_MAJOR,
             CONTACTKIT_VERSION_MINOR, CONTACTKIT_VERSION_PATCH);
    CHECK(strncmp(CONTACTKIT_VERSION_STRING, expected, strlen(expected)) == 0);
    /* The library loaded is the one the header describes. */
    CHECK(contactkit_version() != NULL);
    CHECK(strcmp(contactkit_version(), CONTACTKIT_VERSION_STRING) == 0);
    CHECK(contactkit_abi_version() == CONTACTKIT_ABI_VERSION);
    CHECK(CONTACTKIT_ABI_VERSION >= 1);
    CHECK(contactkit_none_offset() == SIZE_MAX);
    CHECK(contactkit_email_lists_version() != NULL);
    CHECK(strlen(contactkit_email_lists_version()) > 0);
}

static void test_statuses(void) {
    static const struct {
        contactkit_status status;
        const char *slug;
    } known[] = {
        {CONTACTKIT_STATUS_NULL_ARGUMENT, "null_argument"},
        {CONTACTKIT_STATUS_BUFFER_TOO_SMALL, "buffer_too_small"},
        {CONTACTKIT_STATUS_INVALID_HANDLE, "invalid_handle"},
        {CONTACTKIT_STATUS_INVALID_ARGUMENT, "invalid_argument"},
        {CONTACTKIT_STATUS_INVALID_UTF8, "invalid_utf8"},
        {CONTACTKIT_STATUS_TOO_LARGE, "too_large"},
        {CONTACTKIT_STATUS_INVALID_JSON, "invalid_json"},
        {CONTACTKIT_STATUS_UNKNOWN_REGION, "unknown_region"},
        {CONTACTKIT_STATUS_UNKNOWN_OPTION, "unknown_option"},
        {CONTACTKIT_STATUS_BAD_KEY, "bad_key"},
        {CONTACTKIT_STATUS_FILE_CORRUPT, "file_corrupt"},
        {CONTACTKIT_STATUS_NOT_FOUND, "not_found"},
        {CONTACTKIT_STATUS_IO, "io"},
        {CONTACTKIT_STATUS_PANIC, "panic"},
    };
    size_t i;
    CHECK(CONTACTKIT_STATUS_OK == 0);
    CHECK(CONTACTKIT_STATUS_PANIC == 900);
    CHECK(CONTACTKIT_STATUS_INVALID_UTF8 >= 100 && CONTACTKIT_STATUS_INVALID_UTF8 < 200);
    CHECK(CONTACTKIT_STATUS_UNKNOWN_OPTION >= 200 && CONTACTKIT_STATUS_UNKNOWN_OPTION < 300);
    CHECK(CONTACTKIT_STATUS_FILE_TAMPERED >= 300 && CONTACTKIT_STATUS_FILE_TAMPERED < 400);
    CHECK(strcmp(contactkit_status_str(CONTACTKIT_STATUS_OK), "success") == 0);
    CHECK(contactkit_reason_slug(CONTACTKIT_REASON_AREA_ERROR, CONTACTKIT_STATUS_OK) == NULL);
    for (i = 0; i < sizeof known / sizeof known[0]; i++) {
        const char *slug = contactkit_reason_slug(CONTACTKIT_REASON_AREA_ERROR, known[i].status);
        const char *message = contactkit_status_str(known[i].status);
        CHECK(slug != NULL && strcmp(slug, known[i].slug) == 0);
        CHECK(message != NULL && strlen(message) > 0 && strcmp(message, "unknown status") != 0);
    }
    CHECK(strcmp(contactkit_status_str(5), "unknown status") == 0);
    CHECK(strcmp(contactkit_status_str(0xFFFFFFFFu), "unknown status") == 0);
}

static void test_reason_slugs(void) {
    uint32_t code;
    int found = 0;
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL,
                                        CONTACTKIT_EMAIL_REASON_MISSING_AT),
                 "missing_at") == 0);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL,
                                        CONTACTKIT_EMAIL_REASON_DOMAIN_SPECIAL_USE),
                 "domain_special_use") == 0);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL,
                                        CONTACTKIT_EMAIL_REASON_TEXT_AFTER_ADDRESS),
                 "text_after_address") == 0);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL_FIX,
                                        CONTACTKIT_EMAIL_FIX_TRIMMED),
                 "trimmed") == 0);
    CHECK(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, CONTACTKIT_EMAIL_REASON_NONE) ==
          NULL);
    CHECK(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, 100000) == NULL);
    CHECK(contactkit_reason_slug(0, 1) == NULL);
    CHECK(contactkit_reason_slug(1000, 1) == NULL);
    /* Every e-mail reason from 1 up to the last one has a slug: no holes in the enum. */
    for (code = 1; code <= CONTACTKIT_EMAIL_REASON_TEXT_AFTER_ADDRESS; code++) {
        const char *slug = contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, code);
        CHECK(slug != NULL && strlen(slug) > 0);
        found += slug != NULL;
    }
    CHECK(found == (int)CONTACTKIT_EMAIL_REASON_TEXT_AFTER_ADDRESS);
}

int main(void) {
    test_versions();
    test_statuses();
    test_reason_slugs();
    printf("contactkit %s (ABI %u), header " STR(CONTACTKIT_ABI_VERSION) "\n",
           contactkit_version(), (unsigned)contactkit_abi_version());
    return ck_done("test_meta");
}
