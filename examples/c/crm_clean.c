/*
 * A CRM developer's first contactkit program: validate the e-mail column of a few contacts,
 * then clean a messy field. Shows the two-call buffer contract, spans, the batch call and the
 * JSON of the clean call.
 *
 *   cargo build --release -p contactkit-ffi
 *   make -C examples/c run LIBDIR=$PWD/target/release
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contactkit.h"

/* Prints a span of `buf`, or "-" when the value is absent. */
static void print_span(const char *label, const char *buf, contactkit_span span) {
    if (span.offset == contactkit_none_offset()) {
        printf("  %-11s -\n", label);
    } else {
        printf("  %-11s %.*s\n", label, (int)span.len, buf + span.offset);
    }
}

/* Fails loudly on a status other than OK: statuses are misuse, never bad data. */
static int ok(contactkit_status status, const char *what) {
    if (status != CONTACTKIT_STATUS_OK) {
        fprintf(stderr, "%s failed: %s (%s)\n", what, contactkit_status_str(status),
                contactkit_reason_slug(CONTACTKIT_REASON_AREA_ERROR, status));
        return 0;
    }
    return 1;
}

/* One address, with a fixed buffer that is usually big enough and a heap fallback. */
static int validate_one(const contactkit_email_options *opts, const char *email) {
    char small[64];
    char *buf = small;
    size_t len = 0;
    contactkit_email_result r;
    contactkit_status s =
        contactkit_email_validate(opts, email, strlen(email), small, sizeof small, &len, &r);
    if (s == CONTACTKIT_STATUS_BUFFER_TOO_SMALL) {
        /* Second call of the two-call contract: `len` is the size needed. */
        buf = malloc(len);
        if (buf == NULL) {
            return 0;
        }
        s = contactkit_email_validate(opts, email, strlen(email), buf, len, &len, &r);
    }
    if (!ok(s, "contactkit_email_validate")) {
        if (buf != small) {
            free(buf);
        }
        return 0;
    }
    printf("%s\n", email);
    if (r.valid) {
        printf("  valid\n");
        print_span("normalized", buf, r.normalized);
        print_span("ascii", buf, r.ascii_email);
        print_span("name", buf, r.display_name);
    } else {
        printf("  invalid: %s\n", contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, r.reason));
        print_span("message", buf, r.message);
    }
    if (buf != small) {
        free(buf);
    }
    return 1;
}

/* The whole column in one call: one arena for all strings. */
static int validate_column(const contactkit_email_options *opts) {
    static const char *const column[] = {"sanne.jansen@example.nl", "info@bakkerij-voorbeeld.be",
                                         "pieter@@example.de", "lotte@example.com"};
    enum { N = sizeof column / sizeof column[0] };
    contactkit_str inputs[N];
    contactkit_email_result results[N];
    size_t need = 0;
    char *arena;
    size_t i;
    int valid = 0;
    for (i = 0; i < N; i++) {
        inputs[i].ptr = column[i];
        inputs[i].len = strlen(column[i]);
    }
    /* First call: ask for the arena size (NULL arena, capacity 0). */
    if (contactkit_email_validate_many(opts, inputs, N, NULL, 0, &need, results) !=
        CONTACTKIT_STATUS_BUFFER_TOO_SMALL) {
        return 0;
    }
    arena = malloc(need);
    if (arena == NULL ||
        !ok(contactkit_email_validate_many(opts, inputs, N, arena, need, &need, results),
            "contactkit_email_validate_many")) {
        free(arena);
        return 0;
    }
    for (i = 0; i < N; i++) {
        valid += results[i].valid;
        printf("  %-28s %s\n", column[i],
               results[i].valid
                   ? "ok"
                   : contactkit_reason_slug(CONTACTKIT_REASON_AREA_EMAIL, results[i].reason));
    }
    printf("column: %d of %d valid\n", valid, (int)N);
    free(arena);
    return 1;
}

/* The CRM layer: the result is JSON (the same document as Python's to_dict()). */
static int clean_one(const char *raw) {
    size_t len = 0;
    char *json;
    if (contactkit_email_clean(raw, strlen(raw), NULL, 0, NULL, 0, &len) !=
        CONTACTKIT_STATUS_BUFFER_TOO_SMALL) {
        return 0;
    }
    json = malloc(len);
    if (json == NULL || !ok(contactkit_email_clean(raw, strlen(raw), NULL, 0, json, len, &len),
                            "contactkit_email_clean")) {
        free(json);
        return 0;
    }
    printf("clean(\"%s\") = %.*s\n", raw, (int)len, json);
    free(json);
    return 1;
}

int main(void) {
    contactkit_email_options *opts = NULL;
    int good = 1;

    if (contactkit_abi_version() != CONTACTKIT_ABI_VERSION) {
        fprintf(stderr, "libcontactkit ABI %u, header ABI %u\n",
                (unsigned)contactkit_abi_version(), (unsigned)CONTACTKIT_ABI_VERSION);
        return 1;
    }
    printf("contactkit %s\n", contactkit_version());

    /* Options: the defaults of email-validator 2.4, plus display names ("Name <addr>"). The
     * handle is set up once and may then be shared by threads. */
    if (!ok(contactkit_email_options_new(&opts), "contactkit_email_options_new") ||
        !ok(contactkit_email_options_set(opts, CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME, 1),
            "contactkit_email_options_set")) {
        contactkit_email_options_free(opts);
        return 1;
    }

    good &= validate_one(opts, "jan.de.vries@example.nl");
    good &= validate_one(opts, "Marie Dubois <marie.dubois@example.fr>");
    good &= validate_one(opts, "no-at-sign.example.com");
    good &= validate_one(opts, "a.very.long.local.part.that.needs.a.bigger.buffer@"
                               "subdomain.example.org");
    good &= validate_column(opts);
    good &= clean_one("  jan.de.vries@example.nl ");

    contactkit_email_options_free(opts);
    return good ? 0 : 1;
}
