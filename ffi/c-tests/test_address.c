/* contactkit_address_parse / _parse_many / _normalize: JSON output with the two-call contract,
 * the country hint, and the slug area of the address warnings. */
#include "harness.h"

static char *parse(const char *input, size_t input_len, const char *cc, size_t cc_len) {
    size_t needed = 0, len = 0;
    char *json;
    CHECK_STATUS(contactkit_address_parse(input, input_len, cc, cc_len, NULL, 0, &needed),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    json = malloc(needed + 1);
    assert(json != NULL);
    CHECK_STATUS(contactkit_address_parse(input, input_len, cc, cc_len, json, needed, &len),
                 CONTACTKIT_STATUS_OK);
    CHECK(len == needed);
    json[needed] = '\0';
    return json;
}

int main(void) {
    char buf[4096];
    size_t len = 0;
    char *json = parse(CK_LIT("Keizersgracht 123 hs, 1015cj A'dam"), CK_LIT("NL"));
    CHECK(strstr(json, "\"street\":\"Keizersgracht\"") != NULL);
    CHECK(strstr(json, "\"house_number_suffix\":\"HS\"") != NULL);
    CHECK(strstr(json, "\"postcode\":\"1015 CJ\"") != NULL);
    CHECK(strstr(json, "\"city\":\"Amsterdam\"") != NULL);
    CHECK(strstr(json, "\"match_key\":\"NL|1015CJ|123|hs\"") != NULL);
    free(json);

    /* Not an address: a verdict, every component null. */
    json = parse(CK_LIT("hello world"), NULL, 0);
    CHECK(strstr(json, "\"street\":null") != NULL && strstr(json, "\"canonical\":null") != NULL);
    free(json);

    /* An unknown hint is misuse. */
    CHECK_STATUS(contactkit_address_parse(CK_LIT("x"), CK_LIT("XX"), buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_UNKNOWN_REGION);

    /* Batch: one element per input, invalid UTF-8 is null. */
    {
        contactkit_str in[2];
        in[0].ptr = "Wetstraat 16, 1000 Brussel";
        in[0].len = strlen(in[0].ptr);
        in[1].ptr = "\xff";
        in[1].len = 1;
        CHECK_STATUS(contactkit_address_parse_many(in, 2, CK_LIT("BE"), buf, sizeof buf, &len),
                     CONTACTKIT_STATUS_OK);
        buf[len] = '\0';
        CHECK(buf[0] == '[' && strstr(buf, "\"city\":\"Brussel\"") != NULL);
        CHECK(strstr(buf, ",null]") != NULL);
    }

    /* Split columns. */
    CHECK_STATUS(contactkit_address_normalize(
                     CK_LIT("{\"street\":\"Hauptstr.\",\"house_number\":\"5a\","
                            "\"postcode\":\"80331\",\"city\":\"Muenchen\",\"country\":\"DE\"}"),
                     buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    buf[len] = '\0';
    CHECK(strstr(buf, "\"canonical\":\"Hauptstraße 5a, 80331 München, DE\"") != NULL);
    CHECK_STATUS(contactkit_address_normalize(CK_LIT("[1]"), buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_INVALID_JSON);

    /* Warning slugs. */
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_ADDRESS,
                                        CONTACTKIT_ADDRESS_WARNING_COUNTRY_GUESSED),
                 "country_guessed") == 0);
    return ck_done("test_address");
}
