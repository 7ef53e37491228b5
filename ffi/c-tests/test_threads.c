/* One options handle shared by several pthreads without a lock (documented as thread-safe once
 * set up): every thread validates the same inputs and must get the single-threaded answers. */
#include <pthread.h>

#include "harness.h"

#define THREADS 8
#define ROUNDS 300

static const char *const INPUTS[] = {
    "jan@example.com", "no-at-sign", "Jan de Vries <jan@example.com>",
    "zo\xc3\xab@example.nl", "jan..vries@example.com", "@example.com", "jan@[192.0.2.1]",
};
#define N (sizeof INPUTS / sizeof INPUTS[0])

static contactkit_email_options *shared;
static contactkit_email_result expected[N];
static char *expected_buf[N];

struct job {
    int id;
    int failures;
};

static void *worker(void *arg) {
    struct job *job = arg;
    int round;
    size_t i;
    for (round = 0; round < ROUNDS; round++) {
        for (i = 0; i < N; i++) {
            size_t k = (i + (size_t)job->id + (size_t)round) % N;
            char buf[1024];
            size_t len = 0;
            contactkit_email_result out;
            contactkit_status s = contactkit_email_validate(
                shared, INPUTS[k], strlen(INPUTS[k]), buf, sizeof buf, &len, &out);
            if (s != CONTACTKIT_STATUS_OK || !results_equal(buf, &out, expected_buf[k], &expected[k])) {
                job->failures++;
            }
        }
        /* A batch from every thread too. */
        if (round % 50 == 0) {
            contactkit_str inputs[N];
            contactkit_email_result results[N];
            char arena[4096];
            size_t len = 0;
            for (i = 0; i < N; i++) {
                inputs[i].ptr = INPUTS[i];
                inputs[i].len = strlen(INPUTS[i]);
            }
            if (contactkit_email_validate_many(shared, inputs, N, arena, sizeof arena, &len,
                                               results) != CONTACTKIT_STATUS_OK) {
                job->failures++;
                continue;
            }
            for (i = 0; i < N; i++) {
                if (!results_equal(arena, &results[i], expected_buf[i], &expected[i])) {
                    job->failures++;
                }
            }
        }
    }
    return NULL;
}

int main(void) {
    pthread_t threads[THREADS];
    struct job jobs[THREADS];
    size_t i;
    int t;

    CHECK_STATUS(contactkit_email_options_new(&shared), CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_email_options_set(shared, CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME, 1),
                 CONTACTKIT_STATUS_OK);
    CHECK_STATUS(contactkit_email_options_set(shared, CONTACTKIT_EMAIL_OPTION_ALLOW_DOMAIN_LITERAL, 1),
                 CONTACTKIT_STATUS_OK);
    for (i = 0; i < N; i++) {
        CHECK_STATUS(validate_alloc(shared, INPUTS[i], strlen(INPUTS[i]), &expected_buf[i],
                                    &expected[i]),
                     CONTACTKIT_STATUS_OK);
    }
    for (t = 0; t < THREADS; t++) {
        jobs[t].id = t;
        jobs[t].failures = 0;
        assert(pthread_create(&threads[t], NULL, worker, &jobs[t]) == 0);
    }
    for (t = 0; t < THREADS; t++) {
        assert(pthread_join(threads[t], NULL) == 0);
        CHECK(jobs[t].failures == 0);
    }
    for (i = 0; i < N; i++) {
        free(expected_buf[i]);
    }
    contactkit_email_options_free(shared);
    return ck_done("test_threads");
}
