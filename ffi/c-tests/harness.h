/*
 * A tiny test harness for the contactkit C tests: CHECK() reports and counts a failure and goes
 * on; assert() (kept by #undef NDEBUG) guards preconditions. Every test program ends with
 * `return ck_done();`.
 */
#ifndef CONTACTKIT_C_TESTS_HARNESS_H
#define CONTACTKIT_C_TESTS_HARNESS_H

#undef NDEBUG
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contactkit.h"

static int ck_failures = 0;
static int ck_checks = 0;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        ck_checks++;                                                                   \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
            ck_failures++;                                                             \
        }                                                                              \
    } while (0)

#define CHECK_STATUS(call, want)                                                       \
    do {                                                                               \
        contactkit_status ck_got_ = (call);                                            \
        ck_checks++;                                                                   \
        if (ck_got_ != (want)) {                                                       \
            fprintf(stderr, "%s:%d: %s returned %u (%s), want %s\n", __FILE__, __LINE__, \
                    #call, (unsigned)ck_got_, contactkit_status_str(ck_got_), #want);  \
            ck_failures++;                                                             \
        }                                                                              \
    } while (0)

/* A string literal as the (ptr, len) pair of the API. */
#define CK_LIT(s) (s), (sizeof(s) - 1)

/* 1 when `span` in `buf` holds exactly `want` followed by a NUL; `want` NULL means absent. */
static inline int span_is(const char *buf, contactkit_span span, const char *want) {
    if (want == NULL) {
        return span.offset == contactkit_none_offset() && span.len == 0;
    }
    if (span.offset == contactkit_none_offset()) {
        return 0;
    }
    return span.len == strlen(want) && memcmp(buf + span.offset, want, span.len) == 0 &&
           buf[span.offset + span.len] == '\0';
}

/* 1 when two spans (in two buffers) hold the same string, or are both absent. */
static inline int spans_equal(const char *a_buf, contactkit_span a, const char *b_buf,
                              contactkit_span b) {
    size_t none = contactkit_none_offset();
    if (a.offset == none || b.offset == none) {
        return a.offset == b.offset && a.len == 0 && b.len == 0;
    }
    return a.len == b.len && memcmp(a_buf + a.offset, b_buf + b.offset, a.len) == 0;
}

/* 1 when two results (strings in their own buffers) say the same thing. */
static inline int results_equal(const char *a_buf, const contactkit_email_result *a,
                                const char *b_buf, const contactkit_email_result *b) {
    return a->status == b->status && a->valid == b->valid && a->smtputf8 == b->smtputf8 &&
           a->reason == b->reason && spans_equal(a_buf, a->message, b_buf, b->message) &&
           spans_equal(a_buf, a->normalized, b_buf, b->normalized) &&
           spans_equal(a_buf, a->local_part, b_buf, b->local_part) &&
           spans_equal(a_buf, a->domain, b_buf, b->domain) &&
           spans_equal(a_buf, a->ascii_email, b_buf, b->ascii_email) &&
           spans_equal(a_buf, a->ascii_local_part, b_buf, b->ascii_local_part) &&
           spans_equal(a_buf, a->ascii_domain, b_buf, b->ascii_domain) &&
           spans_equal(a_buf, a->display_name, b_buf, b->display_name);
}

/*
 * Validates with the two-call contract: a size query, then a buffer of exactly the size needed.
 * Returns the status of the last call; on OK, *buf_out is malloc'd (the caller frees it).
 */
static inline contactkit_status validate_alloc(const contactkit_email_options *opts,
                                               const char *input, size_t input_len,
                                               char **buf_out, contactkit_email_result *out) {
    size_t needed = 0;
    char *buf;
    contactkit_status s =
        contactkit_email_validate(opts, input, input_len, NULL, 0, &needed, out);
    *buf_out = NULL;
    if (s != CONTACTKIT_STATUS_BUFFER_TOO_SMALL) {
        return s;
    }
    buf = malloc(needed);
    assert(buf != NULL);
    s = contactkit_email_validate(opts, input, input_len, buf, needed, &needed, out);
    if (s != CONTACTKIT_STATUS_OK) {
        free(buf);
        return s;
    }
    *buf_out = buf;
    return s;
}

static inline int ck_done(const char *name) {
    if (ck_failures != 0) {
        fprintf(stderr, "%s: %d of %d checks FAILED\n", name, ck_failures, ck_checks);
        return 1;
    }
    printf("%s: %d checks ok\n", name, ck_checks);
    return 0;
}

#endif /* CONTACTKIT_C_TESTS_HARNESS_H */
