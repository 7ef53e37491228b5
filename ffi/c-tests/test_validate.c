/* contactkit_email_validate: the two-call buffer contract, NULL arguments, invalid UTF-8 and
 * the options handle. */
#include "harness.h"

static contactkit_email_result sentinel(void) {
    contactkit_email_result r;
    memset(&r, 0xAB, sizeof r);
    return r;
}

static int untouched(const contactkit_email_result *r) {
    contactkit_email_result s = sentinel();
    return memcmp(r, &s, sizeof s) == 0;
}

static void test_two_call_contract(void) {
    static const char input[] = "jan@example.com";
    contactkit_email_result out = sentinel();
    size_t needed = 12345;
    size_t len = 0;
    char *buf;
    size_t i;

    /* Size query: NULL buffer, capacity 0. */
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT(input), NULL, 0, &needed, &out),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(needed > strlen(input));
    CHECK(untouched(&out));

    /* One byte short: *len again, the buffer and *out untouched. */
    buf = malloc(needed + 16);
    assert(buf != NULL);
    memset(buf, 0x7F, needed + 16);
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT(input), buf, needed - 1, &len, &out),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(len == needed);
    for (i = 0; i < needed + 16; i++) {
        if (buf[i] != 0x7F) {
            CHECK(!"buffer written on BUFFER_TOO_SMALL");
            break;
        }
    }
    CHECK(untouched(&out));

    /* Exactly enough: OK, and nothing written past *len. */
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT(input), buf, needed, &len, &out),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == needed);
    CHECK(buf[needed] == 0x7F);
    CHECK(out.status == CONTACTKIT_STATUS_OK);
    CHECK(out.valid == 1);
    CHECK(out.reason == CONTACTKIT_EMAIL_REASON_NONE);
    CHECK(span_is(buf, out.message, NULL));
    CHECK(span_is(buf, out.normalized, "jan@example.com"));
    CHECK(span_is(buf, out.local_part, "jan"));
    CHECK(span_is(buf, out.domain, "example.com"));
    CHECK(span_is(buf, out.ascii_email, "jan@example.com"));
    CHECK(span_is(buf, out.display_name, NULL));
    /* Spans are C strings too. */
    CHECK(strcmp(buf + out.normalized.offset, "jan@example.com") == 0);
    free(buf);
}

static void test_invalid_is_a_verdict(void) {
    contactkit_email_result out;
    char *buf = NULL;
    CHECK_STATUS(validate_alloc(NULL, CK_LIT("no-at-sign"), &buf, &out), CONTACTKIT_STATUS_OK);
    CHECK(out.valid == 0);
    CHECK(out.reason == CONTACTKIT_EMAIL_REASON_MISSING_AT);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, out.reason),
                 "missing_at") == 0);
    CHECK(out.message.offset != contactkit_none_offset() && out.message.len > 0);
    CHECK(span_is(buf, out.normalized, NULL));
    CHECK(span_is(buf, out.domain, NULL));
    free(buf);

    /* Input is (ptr, len), not a C string: only the first 15 bytes count. */
    CHECK_STATUS(validate_alloc(NULL, "jan@example.comGARBAGE", 15, &buf, &out),
                 CONTACTKIT_STATUS_OK);
    CHECK(span_is(buf, out.normalized, "jan@example.com"));
    free(buf);

    /* UTF-8 comes back byte for byte in the spans. */
    CHECK_STATUS(validate_alloc(NULL, CK_LIT("zo\xc3\xab@example.nl"), &buf, &out),
                 CONTACTKIT_STATUS_OK);
    CHECK(out.valid == 1);
    CHECK(span_is(buf, out.normalized, "zo\xc3\xab@example.nl"));
    CHECK(span_is(buf, out.local_part, "zo\xc3\xab"));
    CHECK(span_is(buf, out.ascii_domain, "example.nl"));
    free(buf);

    /* NULL with length 0 is the empty string: a verdict, not an error. */
    CHECK_STATUS(validate_alloc(NULL, NULL, 0, &buf, &out), CONTACTKIT_STATUS_OK);
    CHECK(out.valid == 0);
    CHECK(out.reason != CONTACTKIT_EMAIL_REASON_NONE);
    free(buf);
}

static void test_null_arguments(void) {
    char buf[256];
    size_t len = 777;
    contactkit_email_result out = sentinel();
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT("a@b.nl"), buf, sizeof buf, NULL, &out),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT("a@b.nl"), buf, sizeof buf, &len, NULL),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_validate(NULL, CK_LIT("a@b.nl"), NULL, sizeof buf, &len, &out),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_validate(NULL, NULL, 5, buf, sizeof buf, &len, &out),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK(len == 777);
    CHECK(untouched(&out));

    CHECK_STATUS(contactkit_email_clean(NULL, 3, NULL, 0, buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_clean(CK_LIT("x"), NULL, 0, buf, sizeof buf, NULL),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK(len == 777);
}

static void test_invalid_utf8(void) {
    static const char *bad[] = {"jan\xff@example.com", "\xc3", "\xed\xa0\x80@example.com",
                                "jan@ex\xc3\x28mple.com"};
    char buf[256];
    size_t i;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t len = 777;
        contactkit_email_result out = sentinel();
        CHECK_STATUS(
            contactkit_email_validate(NULL, bad[i], strlen(bad[i]), buf, sizeof buf, &len, &out),
            CONTACTKIT_STATUS_INVALID_UTF8);
        CHECK(len == 777);
        CHECK(untouched(&out));
        CHECK_STATUS(contactkit_email_clean(bad[i], strlen(bad[i]), NULL, 0, buf, sizeof buf, &len),
                     CONTACTKIT_STATUS_INVALID_UTF8);
    }
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_ERROR,
                                        CONTACTKIT_STATUS_INVALID_UTF8),
                 "invalid_utf8") == 0);
}

static void test_options(void) {
    contactkit_email_options *opts = NULL;
    uint8_t value = 9;
    contactkit_email_result out;
    char *buf = NULL;

    CHECK_STATUS(contactkit_email_options_new(NULL), CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_options_new(&opts), CONTACTKIT_STATUS_OK);
    assert(opts != NULL);

    /* Defaults of email-validator 2.4. */
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_SMTPUTF8, &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 1);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_GLOBALLY_DELIVERABLE,
                                              &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 1);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME,
                                              &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 0);

    /* By enum and by name. */
    CHECK_STATUS(contactkit_email_options_set(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME, 1),
                 CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME,
                                              &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 1);
    CHECK_STATUS(contactkit_email_options_set_by_name(opts, CK_LIT("allow_quoted_local"), 1),
                 CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_QUOTED_LOCAL,
                                              &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 1);

    /* Unknown options and values that are not 0/1. */
    CHECK_STATUS(contactkit_email_options_set(opts, 0, 1), CONTACTKIT_STATUS_UNKNOWN_OPTION);
    CHECK_STATUS(contactkit_email_options_set(opts, 4242, 1), CONTACTKIT_STATUS_UNKNOWN_OPTION);
    CHECK_STATUS(contactkit_email_options_set_by_name(opts, CK_LIT("allow_everything"), 1),
                 CONTACTKIT_STATUS_UNKNOWN_OPTION);
    CHECK_STATUS(contactkit_email_options_set_by_name(opts, CK_LIT("Strict"), 1),
                 CONTACTKIT_STATUS_UNKNOWN_OPTION);
    CHECK_STATUS(contactkit_email_options_set(opts, CONTACTKIT_EMAIL_OPTION_STRICT, 2),
                 CONTACTKIT_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_STRICT, &value),
                 CONTACTKIT_STATUS_OK);
    CHECK(value == 0);
    CHECK_STATUS(contactkit_email_options_get(opts, 99, &value), CONTACTKIT_STATUS_UNKNOWN_OPTION);
    CHECK_STATUS(contactkit_email_options_set(NULL, CONTACTKIT_EMAIL_OPTION_STRICT, 1),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);
    CHECK_STATUS(contactkit_email_options_get(opts, CONTACTKIT_EMAIL_OPTION_STRICT, NULL),
                 CONTACTKIT_STATUS_NULL_ARGUMENT);

    /* A handle is used like NULL (defaults) but with its options. */
    CHECK_STATUS(validate_alloc(opts, CK_LIT("jan@example.com"), &buf, &out),
                 CONTACTKIT_STATUS_OK);
    CHECK(out.valid == 1);
    free(buf);

    contactkit_email_options_free(opts);
    contactkit_email_options_free(NULL); /* accepted, does nothing */
}

int main(void) {
    test_two_call_contract();
    test_invalid_is_a_verdict();
    test_null_arguments();
    test_invalid_utf8();
    test_options();
    return ck_done("test_validate");
}
