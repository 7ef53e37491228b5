/* contactkit_phone_*: parse (two-call contract, regions, verdicts), parse_many, clean (JSON,
 * UNKNOWN_REGION), the metadata version and the phone slugs. */
#include "harness.h"

static void test_parse(void) {
    static const char input[] = "+31 20 123 4567 ext. 12";
    contactkit_phone_result out;
    size_t needed = 0, len = 0;
    char *buf;

    memset(&out, 0xAB, sizeof out);
    CHECK_STATUS(contactkit_phone_parse(CK_LIT(input), NULL, 0, NULL, 0, &needed, &out),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(needed > 0 && needed <= 320);
    buf = malloc(needed);
    assert(buf != NULL);
    CHECK_STATUS(contactkit_phone_parse(CK_LIT(input), NULL, 0, buf, needed, &len, &out),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == needed);
    CHECK(out.status == CONTACTKIT_STATUS_OK);
    CHECK(out.parse_ok == 1);
    CHECK(out.error == CONTACTKIT_PHONE_ERROR_NONE);
    CHECK(out.country_code == 31);
    CHECK(out.is_valid == 1 && out.is_possible == 1);
    CHECK(out.possible_reason == CONTACTKIT_PHONE_POSSIBLE_IS_POSSIBLE);
    CHECK(out.number_type == CONTACTKIT_PHONE_TYPE_FIXED_LINE);
    CHECK(span_is(buf, out.national_number, "201234567"));
    CHECK(span_is(buf, out.extension, "12"));
    CHECK(span_is(buf, out.region, "NL"));
    CHECK(span_is(buf, out.e164, "+31201234567"));
    CHECK(span_is(buf, out.international, "+31 20 123 4567 ext. 12"));
    CHECK(span_is(buf, out.national, "020 123 4567 ext. 12"));
    CHECK(span_is(buf, out.rfc3966, "tel:+31-20-123-4567;ext=12"));
    free(buf);

    {
        /* National numbers need an upper-case region; lower case is a verdict, not a status. */
        char b[320];
        CHECK_STATUS(contactkit_phone_parse(CK_LIT("06-12345678"), CK_LIT("NL"), b, sizeof b,
                                            &len, &out),
                     CONTACTKIT_STATUS_OK);
        CHECK(out.number_type == CONTACTKIT_PHONE_TYPE_MOBILE);
        CHECK(span_is(b, out.e164, "+31612345678"));
        CHECK_STATUS(contactkit_phone_parse(CK_LIT("06-12345678"), CK_LIT("nl"), b, sizeof b,
                                            &len, &out),
                     CONTACTKIT_STATUS_OK);
        CHECK(out.parse_ok == 0);
        CHECK(out.error == CONTACTKIT_PHONE_ERROR_INVALID_COUNTRY_CODE);
        CHECK(span_is(b, out.e164, NULL));
        CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE, out.error),
                     "invalid_country_code") == 0);
        CHECK_STATUS(contactkit_phone_parse(CK_LIT("\xff"), NULL, 0, b, sizeof b, &len, &out),
                     CONTACTKIT_STATUS_INVALID_UTF8);
        CHECK_STATUS(contactkit_phone_parse(CK_LIT("1"), NULL, 0, b, sizeof b, &len, NULL),
                     CONTACTKIT_STATUS_NULL_ARGUMENT);
    }
}

static void test_parse_many(void) {
    contactkit_str inputs[3];
    contactkit_phone_result results[3];
    char arena[3 * 320];
    size_t len = 0;
    inputs[0].ptr = "020 1234567";
    inputs[0].len = strlen(inputs[0].ptr);
    inputs[1].ptr = "\xff";
    inputs[1].len = 1;
    inputs[2].ptr = "+1 650 253 0000";
    inputs[2].len = strlen(inputs[2].ptr);
    CHECK_STATUS(contactkit_phone_parse_many(inputs, 3, CK_LIT("NL"), arena, sizeof arena, &len,
                                             results),
                 CONTACTKIT_STATUS_OK);
    CHECK(span_is(arena, results[0].e164, "+31201234567"));
    CHECK(results[1].status == CONTACTKIT_STATUS_INVALID_UTF8 && results[1].parse_ok == 0);
    CHECK(span_is(arena, results[2].region, "US"));
    CHECK(results[2].number_type == CONTACTKIT_PHONE_TYPE_FIXED_LINE_OR_MOBILE);
}

static void test_clean(void) {
    char buf[2048];
    size_t len = 0;
    CHECK_STATUS(contactkit_phone_clean(CK_LIT("0090212-9435-44-4 (Fax)"), CK_LIT("Turkey"), buf,
                                        sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    CHECK(len < sizeof buf);
    buf[len] = '\0';
    CHECK(strstr(buf, "\"e164\":\"+902129435444\"") != NULL);
    CHECK(strstr(buf, "\"label\":\"fax\"") != NULL);
    CHECK_STATUS(contactkit_phone_clean(CK_LIT("020 1234567"), CK_LIT("Atlantis"), buf,
                                        sizeof buf, &len),
                 CONTACTKIT_STATUS_UNKNOWN_REGION);
    CHECK(strcmp(contactkit_phone_metadata_version(), "9.0.42") == 0);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_LABEL,
                                        CONTACTKIT_PHONE_LABEL_FAX),
                 "fax") == 0);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_PHONE_TYPE,
                                        CONTACTKIT_PHONE_TYPE_VOIP),
                 "voip") == 0);
}

int main(void) {
    test_parse();
    test_parse_many();
    test_clean();
    return ck_done("test_phone");
}
