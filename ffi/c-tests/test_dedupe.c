/* Duplicate scoring from C: contactkit_dedupe_score_pair, a dedupe run over a batch of records
 * (JSON Lines in, JSON in a caller-owned buffer out, two-call contract), the incremental index
 * (contactkit_dedupe_index_*) and golden records. */
#include "harness.h"

static const char RECORDS[] =
    "{\"id\":\"1\",\"full_name\":\"Jan de Vries\",\"postcode\":\"1234AB\",\"house_number\":\"1\","
    "\"email\":\"jan@x.nl\"}\n"
    "{\"id\":\"2\",\"full_name\":\"J. de Vries\",\"postcode\":\"1234 AB\",\"house_number\":\"1\","
    "\"email\":[\"jan@x.nl\"]}\n"
    "{\"id\":\"3\",\"full_name\":\"Anna de Vries\",\"postcode\":\"1234AB\",\"house_number\":\"1\"}\n";

/* Runs a dedupe over RECORDS: size query, then the call (with slack: stats carry timings). */
static char *run(size_t *out_len) {
    size_t needed = 0, len = 0;
    char *json;
    CHECK_STATUS(contactkit_dedupe_run(CK_LIT(RECORDS), 0.5, 1, NULL, 0, &needed),
                 CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
    CHECK(needed > 0);
    json = malloc(needed + 257);
    assert(json != NULL);
    CHECK_STATUS(contactkit_dedupe_run(CK_LIT(RECORDS), 0.5, 1, json, needed + 256, &len),
                 CONTACTKIT_STATUS_OK);
    json[len] = '\0';
    *out_len = len;
    return json;
}

int main(void) {
    char buf[8192];
    size_t len = 0;
    char *json = run(&len);
    CHECK(strstr(json, "\"clusters\":[[\"1\",\"2\"],[\"3\"]]") != NULL);
    CHECK(strstr(json, "\"records\":3") != NULL);
    free(json);

    /* Misuse is a status: a threshold out of range, bad JSON, duplicate ids. */
    CHECK_STATUS(contactkit_dedupe_run(CK_LIT(RECORDS), 2.0, 1, buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_INVALID_ARGUMENT);
    CHECK_STATUS(contactkit_dedupe_run(CK_LIT("{not json"), 0.5, 1, buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_INVALID_JSON);
    CHECK_STATUS(contactkit_dedupe_run(CK_LIT("{\"id\":\"1\"}\n{\"id\":\"1\"}"), 0.5, 1, buf,
                                       sizeof buf, &len),
                 CONTACTKIT_STATUS_INVALID_ARGUMENT);

    /* Labelled pairs refine the model; a malformed label line is INVALID_JSON. */
    {
        static const char LABELS[] =
            "{\"a\":{\"id\":\"x1\",\"full_name\":\"Jan de Vries\"},"
            "\"b\":{\"id\":\"x2\",\"full_name\":\"J. de Vries\"},\"same\":true}\n"
            "{\"a\":{\"id\":\"y1\",\"full_name\":\"Anna Bakker\",\"postcode\":\"1234AB\"},"
            "\"b\":{\"id\":\"y2\",\"full_name\":\"Piet Bakker\",\"postcode\":\"1234AB\"},"
            "\"same\":false}\n";
        char big[16384];
        CHECK_STATUS(contactkit_dedupe_run_labeled(CK_LIT(RECORDS), CK_LIT(LABELS), 0.5, 1, big,
                                                   sizeof big, &len),
                     CONTACTKIT_STATUS_OK);
        big[len] = '\0';
        CHECK(strstr(big, "\"clusters\":[[\"1\",\"2\"],[\"3\"]]") != NULL);
        CHECK_STATUS(contactkit_dedupe_link_labeled(CK_LIT(RECORDS),
                                                    CK_LIT("{\"id\":\"r\",\"full_name\":\"Jan de Vries\","
                                                           "\"email\":\"jan@x.nl\"}"),
                                                    CK_LIT(LABELS), 0.5, 1, big, sizeof big, &len),
                     CONTACTKIT_STATUS_OK);
        big[len] = '\0';
        CHECK(strstr(big, "\"id_b\":\"r\"") != NULL);
        CHECK_STATUS(contactkit_dedupe_run_labeled(CK_LIT(RECORDS), CK_LIT("{\"a\":1}"), 0.5, 1,
                                                   big, sizeof big, &len),
                     CONTACTKIT_STATUS_INVALID_JSON);
    }

    /* One pair. */
    CHECK_STATUS(contactkit_dedupe_score_pair(CK_LIT("{\"id\":\"a\",\"full_name\":\"Kees Jansen\"}"),
                                              CK_LIT("{\"id\":\"b\",\"full_name\":\"Cornelis Jansen\"}"),
                                              buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    buf[len] = '\0';
    CHECK(strstr(buf, "\"explanation\":[{\"field\":\"prior\"") != NULL);

    /* The incremental index. */
    {
        contactkit_dedupe_index *index = NULL;
        uint8_t removed = 9;
        CHECK_STATUS(contactkit_dedupe_index_new(&index), CONTACTKIT_STATUS_OK);
        assert(index != NULL);
        CHECK_STATUS(contactkit_dedupe_index_add_many(index, CK_LIT(RECORDS)), CONTACTKIT_STATUS_OK);
        CHECK(contactkit_dedupe_index_len(index) == 3);
        CHECK_STATUS(contactkit_dedupe_index_add(index, CK_LIT("{\"id\":\"1\"}")),
                     CONTACTKIT_STATUS_INVALID_ARGUMENT);
        CHECK_STATUS(contactkit_dedupe_index_match(
                         index, CK_LIT("{\"id\":\"q\",\"full_name\":\"Jan de Vries\",\"email\":\"jan@x.nl\"}"),
                         0, 0.5, NULL, 0, &len),
                     CONTACTKIT_STATUS_BUFFER_TOO_SMALL);
        CHECK(len > 0 && len < sizeof buf);
        CHECK_STATUS(contactkit_dedupe_index_match(
                         index, CK_LIT("{\"id\":\"q\",\"full_name\":\"Jan de Vries\",\"email\":\"jan@x.nl\"}"),
                         1, 0.5, buf, sizeof buf, &len),
                     CONTACTKIT_STATUS_OK);
        buf[len] = '\0';
        CHECK(strncmp(buf, "[{\"id\":\"", 8) == 0);
        CHECK(strstr(buf, "\"relation\":\"same_person\"") != NULL);
        CHECK_STATUS(contactkit_dedupe_index_remove(index, CK_LIT("3"), &removed), CONTACTKIT_STATUS_OK);
        CHECK(removed == 1);
        CHECK(contactkit_dedupe_index_len(index) == 2);
        CHECK(contactkit_dedupe_index_len(NULL) == 0);
        contactkit_dedupe_index_free(index);
        contactkit_dedupe_index_free(NULL);
    }

    /* A golden record with a source priority. */
    CHECK_STATUS(contactkit_dedupe_golden_record(
                     CK_LIT("{\"id\":\"a\",\"given_name\":\"J.P.\",\"source\":\"erp\"}\n"
                            "{\"id\":\"b\",\"given_name\":\"Jan Pieter\",\"source\":\"crm\"}\n"),
                     NULL, 0, buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    buf[len] = '\0';
    CHECK(strstr(buf, "\"given_name\":\"Jan Pieter\"") != NULL);
    CHECK(strstr(buf, "\"rule\":\"most_complete\"") != NULL);
    CHECK_STATUS(contactkit_dedupe_golden_record(
                     CK_LIT("{\"id\":\"a\",\"given_name\":\"J.P.\",\"source\":\"erp\"}\n"
                            "{\"id\":\"b\",\"given_name\":\"Jan Pieter\",\"source\":\"crm\"}\n"),
                     CK_LIT("{\"source_priority\":[\"erp\"]}"), buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    buf[len] = '\0';
    CHECK(strstr(buf, "\"given_name\":\"J.P.\"") != NULL);
    return ck_done("test_dedupe");
}
