/* Suppression lists over the C ABI: tokens against the golden vector, a local key and a MAC
 * callback (as a KMS/HSM would provide), add/check/check_many, save and open, fail closed. */
#include "harness.h"

#include <stdint.h>
#include <unistd.h>

/* A stand-in "remote MAC": not HMAC, but deterministic and keyed by ctx, which is all the list
 * needs to round-trip. A real callback would call the KMS. */
static int fake_mac(void *ctx, const uint8_t *msg, size_t len, uint8_t *out32) {
    uint64_t h = *(const uint64_t *)ctx;
    for (size_t i = 0; i < 32; i++) {
        out32[i] = 0;
    }
    for (size_t i = 0; i < len; i++) {
        h = (h ^ msg[i]) * 0x100000001b3ULL;
        out32[i % 32] ^= (uint8_t)(h >> 24);
        out32[(i + 7) % 32] ^= (uint8_t)(h >> 40);
    }
    for (size_t i = 0; i < 32; i++) {
        h = (h ^ out32[i]) * 0x100000001b3ULL;
        out32[i] = (uint8_t)(h >> 32);
    }
    return 0;
}

static int failing_mac(void *ctx, const uint8_t *msg, size_t len, uint8_t *out32) {
    (void)ctx;
    (void)msg;
    (void)len;
    (void)out32;
    return 1;
}

static void hex(const uint8_t *b, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[b[i] >> 4];
        out[2 * i + 1] = digits[b[i] & 15];
    }
    out[2 * n] = '\0';
}

int main(void) {
    uint8_t key[32];
    for (int i = 0; i < 32; i++) {
        key[i] = (uint8_t)i;
    }
    /* Token of the golden vector (testdata/suppression/ck1.jsonl, line 2). */
    uint8_t tok[32];
    char tok_hex[65];
    CHECK_STATUS(contactkit_suppression_token(CK_LIT("email"), CK_LIT(" Jan@Example.NL"), NULL, 0,
                                              key, 32, 0, tok),
                 CONTACTKIT_STATUS_OK);
    hex(tok, 32, tok_hex);
    CHECK(strcmp(tok_hex, "7554edb90522409b2f15e415a69252cc2406cfcfd8e914724712d9678c5b02b3") == 0);
    CHECK_STATUS(contactkit_suppression_token(CK_LIT("email"), CK_LIT("x@y.nl"), NULL, 0, key, 4,
                                              0, tok),
                 CONTACTKIT_STATUS_BAD_KEY);
    CHECK_STATUS(contactkit_suppression_token(CK_LIT("fax"), CK_LIT("x@y.nl"), NULL, 0, key, 32,
                                              0, tok),
                 CONTACTKIT_STATUS_UNKNOWN_KIND);

    /* Canonical forms, with the reason of a value without one. */
    char buf[256];
    size_t len = 0;
    uint32_t reason = 0;
    CHECK_STATUS(contactkit_suppression_canonical(CK_LIT("email"), CK_LIT("Jan+x@Example.NL"),
                                                  NULL, 0, buf, sizeof buf, &len, &reason),
                 CONTACTKIT_STATUS_OK);
    CHECK(len < sizeof buf);
    buf[len < sizeof buf ? len : 0] = '\0';
    CHECK(strcmp(buf, "{\"loose\":\"jan@example.nl\",\"strict\":\"jan+x@example.nl\"}") == 0);
    CHECK_STATUS(contactkit_suppression_canonical(CK_LIT("email"), CK_LIT("nope"), NULL, 0, buf,
                                                  sizeof buf, &len, &reason),
                 CONTACTKIT_STATUS_INVALID_INPUT);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_SUPPRESSION_UNVERIFIABLE, reason),
                 "missing_at") == 0);

    /* Platform hash: the UID2 published vector. */
    uint8_t found = 0;
    CHECK_STATUS(contactkit_suppression_platform_hash(CK_LIT("uid2"), CK_LIT("email"),
                                                      CK_LIT("user@example.com"), NULL, 0, buf,
                                                      sizeof buf, &len, &found),
                 CONTACTKIT_STATUS_OK);
    CHECK(found == 1 && len == 44 && memcmp(buf, "tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ=", 44) == 0);

    /* A list under a callback key. */
    uint64_t secret = 0x5eed;
    contactkit_suppression_key *k = NULL;
    CHECK_STATUS(contactkit_suppression_key_new_callback(CK_LIT("kms/v1"), fake_mac, &secret, &k),
                 CONTACTKIT_STATUS_OK);
    contactkit_suppression_list *list = NULL;
    CHECK_STATUS(contactkit_suppression_list_new(k, &list), CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_suppression_list_add(list, CK_LIT("email"),
                                                 CK_LIT("sentinel.person+crm@example.org"), 0, 0,
                                                 NULL, 0, buf, sizeof buf, &len),
                 CONTACTKIT_STATUS_OK);
    buf[len < sizeof buf ? len : 0] = '\0';
    CHECK(strstr(buf, "sentinel") == NULL && strstr(buf, "\"key_id\":\"kms/v1\"") != NULL);
    CHECK(contactkit_suppression_list_len(list) == 2);

    contactkit_decision d;
    CHECK_STATUS(contactkit_suppression_list_check(list, CK_LIT("email"),
                                                   CK_LIT("Sentinel.Person+other@Example.org"), 0,
                                                   NULL, 0, 0, &d),
                 CONTACTKIT_STATUS_OK);
    CHECK(d.status == CONTACTKIT_SUPPRESSION_STATUS_SUPPRESSED && d.suppressed == 1);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_SUPPRESSION, d.reason_code),
                 "erasure") == 0);
    CHECK_STATUS(contactkit_suppression_list_check(list, CK_LIT("email"), CK_LIT("no at"), 0, NULL,
                                                   0, 0, &d),
                 CONTACTKIT_STATUS_OK);
    CHECK(d.status == CONTACTKIT_SUPPRESSION_STATUS_UNVERIFIABLE && d.suppressed == 1);

    contactkit_str many[3] = {{CK_LIT("other@example.org")},
                              {CK_LIT("sentinel.person@example.org")},
                              {CK_LIT("@")}};
    contactkit_decision ds[3];
    CHECK_STATUS(contactkit_suppression_list_check_many(list, CK_LIT("email"), many, 3, 0, NULL, 0,
                                                        0, ds),
                 CONTACTKIT_STATUS_OK);
    CHECK(ds[0].status == CONTACTKIT_SUPPRESSION_STATUS_CLEAR && ds[0].suppressed == 0);
    CHECK(ds[1].status == CONTACTKIT_SUPPRESSION_STATUS_SUPPRESSED);
    CHECK(ds[2].status == CONTACTKIT_SUPPRESSION_STATUS_UNVERIFIABLE);

    /* Save, open with the key, refuse without it or with a later sequence. */
    char path[64];
    snprintf(path, sizeof path, "/tmp/ck-c-supp-%ld.cksupp", (long)getpid());
    CHECK_STATUS(contactkit_suppression_list_save(list, path, strlen(path)), CONTACTKIT_STATUS_OK);
    const contactkit_suppression_key *keys[1] = {k};
    contactkit_suppression_list *opened = NULL;
    CHECK_STATUS(contactkit_suppression_list_open(path, strlen(path), keys, 1, 1, &opened),
                 CONTACTKIT_STATUS_OK);
    CHECK(contactkit_suppression_list_len(opened) == 2);
    contactkit_suppression_list *none = NULL;
    CHECK_STATUS(contactkit_suppression_list_open(path, strlen(path), NULL, 0, 0, &none),
                 CONTACTKIT_STATUS_KEY_MISSING);
    CHECK_STATUS(contactkit_suppression_list_open(path, strlen(path), keys, 1, 2, &none),
                 CONTACTKIT_STATUS_FILE_ROLLBACK);
    CHECK(none == NULL);
    CHECK_STATUS(contactkit_suppression_list_open(CK_LIT("/nonexistent/x.cksupp"), keys, 1, 0, &none),
                 CONTACTKIT_STATUS_NOT_FOUND);
    unlink(path);

    /* A failing KMS: unverifiable, fail closed. */
    contactkit_suppression_key *bad = NULL;
    CHECK_STATUS(contactkit_suppression_key_new_callback(CK_LIT("kms/v2"), failing_mac, NULL, &bad),
                 CONTACTKIT_STATUS_OK);
    contactkit_suppression_list *broken = NULL;
    CHECK_STATUS(contactkit_suppression_list_new(bad, &broken), CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_suppression_list_check(broken, CK_LIT("email"), CK_LIT("a@b.nl"), 0,
                                                   NULL, 0, 0, &d),
                 CONTACTKIT_STATUS_OK);
    CHECK(d.status == CONTACTKIT_SUPPRESSION_STATUS_UNVERIFIABLE && d.suppressed == 1);
    CHECK(strcmp(contactkit_reason_slug(CONTACTKIT_REASON_AREA_SUPPRESSION_UNVERIFIABLE,
                                        d.reason_code),
                 "key_missing") == 0);

    contactkit_suppression_list_free(broken);
    contactkit_suppression_list_free(opened);
    contactkit_suppression_list_free(list);
    contactkit_suppression_list_free(NULL);
    contactkit_suppression_key_free(bad);
    contactkit_suppression_key_free(k);
    contactkit_suppression_key_free(NULL);
    return ck_done("test_suppression");
}
