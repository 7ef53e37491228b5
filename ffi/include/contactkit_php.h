#define FFI_SCOPE "contactkit"
#define FFI_LIB "libcontactkit.so"
/* Generated from contactkit.h for PHP FFI::load (cpp -P); do not edit by hand. */
enum contactkit_status
 {
  CONTACTKIT_STATUS_OK = 0,
  CONTACTKIT_STATUS_NULL_ARGUMENT = 1,
  CONTACTKIT_STATUS_BUFFER_TOO_SMALL = 2,
  CONTACTKIT_STATUS_INVALID_HANDLE = 3,
  CONTACTKIT_STATUS_INVALID_ARGUMENT = 4,
  CONTACTKIT_STATUS_INVALID_UTF8 = 100,
  CONTACTKIT_STATUS_TOO_LARGE = 101,
  CONTACTKIT_STATUS_INVALID_JSON = 102,
  CONTACTKIT_STATUS_INVALID_CSV = 103,
  CONTACTKIT_STATUS_UNKNOWN_REGION = 200,
  CONTACTKIT_STATUS_UNKNOWN_OPTION = 201,
  CONTACTKIT_STATUS_UNKNOWN_KIND = 202,
  CONTACTKIT_STATUS_UNKNOWN_PROFILE = 203,
  CONTACTKIT_STATUS_BAD_KEY = 204,
  CONTACTKIT_STATUS_KEY_MISSING = 205,
  CONTACTKIT_STATUS_INVALID_INPUT = 206,
  CONTACTKIT_STATUS_FILE_CORRUPT = 300,
  CONTACTKIT_STATUS_FILE_TAMPERED = 301,
  CONTACTKIT_STATUS_FILE_EXPIRED = 302,
  CONTACTKIT_STATUS_FILE_ROLLBACK = 303,
  CONTACTKIT_STATUS_UNSUPPORTED_VERSION = 304,
  CONTACTKIT_STATUS_NOT_FOUND = 305,
  CONTACTKIT_STATUS_IO = 306,
  CONTACTKIT_STATUS_PANIC = 900,
};
typedef uint32_t contactkit_status;
enum contactkit_email_reason
 {
  CONTACTKIT_EMAIL_REASON_NONE = 0,
  CONTACTKIT_EMAIL_REASON_MISSING_AT = 1,
  CONTACTKIT_EMAIL_REASON_FULLWIDTH_AT = 2,
  CONTACTKIT_EMAIL_REASON_SMALL_AT = 3,
  CONTACTKIT_EMAIL_REASON_EMPTY_LOCAL = 4,
  CONTACTKIT_EMAIL_REASON_EMPTY_DOMAIN = 5,
  CONTACTKIT_EMAIL_REASON_LOCAL_TOO_LONG = 6,
  CONTACTKIT_EMAIL_REASON_LOCAL_INVALID_CHARS = 7,
  CONTACTKIT_EMAIL_REASON_SMTPUTF8_NOT_ALLOWED = 8,
  CONTACTKIT_EMAIL_REASON_QUOTED_LOCAL_NOT_ALLOWED = 9,
  CONTACTKIT_EMAIL_REASON_QUOTED_LOCAL_INVALID = 10,
  CONTACTKIT_EMAIL_REASON_UNSAFE_CHARS = 11,
  CONTACTKIT_EMAIL_REASON_LEADING_DOT = 12,
  CONTACTKIT_EMAIL_REASON_TRAILING_DOT = 13,
  CONTACTKIT_EMAIL_REASON_DOUBLE_DOT = 14,
  CONTACTKIT_EMAIL_REASON_LEADING_HYPHEN = 15,
  CONTACTKIT_EMAIL_REASON_TRAILING_HYPHEN = 16,
  CONTACTKIT_EMAIL_REASON_DOT_HYPHEN = 17,
  CONTACTKIT_EMAIL_REASON_DOMAIN_INVALID_CHARS = 18,
  CONTACTKIT_EMAIL_REASON_DOMAIN_RESERVED_HYPHENS = 19,
  CONTACTKIT_EMAIL_REASON_DOMAIN_INVALID_IDNA = 20,
  CONTACTKIT_EMAIL_REASON_DOMAIN_TOO_LONG = 21,
  CONTACTKIT_EMAIL_REASON_LABEL_TOO_LONG = 22,
  CONTACTKIT_EMAIL_REASON_DOMAIN_NO_DOT = 23,
  CONTACTKIT_EMAIL_REASON_DOMAIN_INVALID_TLD = 24,
  CONTACTKIT_EMAIL_REASON_DOMAIN_SPECIAL_USE = 25,
  CONTACTKIT_EMAIL_REASON_TOO_LONG = 26,
  CONTACTKIT_EMAIL_REASON_DOMAIN_LITERAL_NOT_ALLOWED = 27,
  CONTACTKIT_EMAIL_REASON_DOMAIN_LITERAL_INVALID = 28,
  CONTACTKIT_EMAIL_REASON_DISPLAY_NAME_NOT_ALLOWED = 29,
  CONTACTKIT_EMAIL_REASON_DISPLAY_NAME_INVALID = 30,
  CONTACTKIT_EMAIL_REASON_TEXT_AFTER_ADDRESS = 31,
};
typedef uint32_t contactkit_email_reason;
enum contactkit_phone_error
 {
  CONTACTKIT_PHONE_ERROR_NONE = 0,
  CONTACTKIT_PHONE_ERROR_INVALID_COUNTRY_CODE = 1,
  CONTACTKIT_PHONE_ERROR_NOT_A_NUMBER = 2,
  CONTACTKIT_PHONE_ERROR_TOO_SHORT_AFTER_IDD = 3,
  CONTACTKIT_PHONE_ERROR_TOO_SHORT_NSN = 4,
  CONTACTKIT_PHONE_ERROR_TOO_LONG = 5,
};
typedef uint32_t contactkit_phone_error;
enum contactkit_phone_possible
 {
  CONTACTKIT_PHONE_POSSIBLE_NONE = 0,
  CONTACTKIT_PHONE_POSSIBLE_IS_POSSIBLE = 1,
  CONTACTKIT_PHONE_POSSIBLE_IS_POSSIBLE_LOCAL_ONLY = 2,
  CONTACTKIT_PHONE_POSSIBLE_INVALID_COUNTRY_CODE = 3,
  CONTACTKIT_PHONE_POSSIBLE_TOO_SHORT = 4,
  CONTACTKIT_PHONE_POSSIBLE_INVALID_LENGTH = 5,
  CONTACTKIT_PHONE_POSSIBLE_TOO_LONG = 6,
};
typedef uint32_t contactkit_phone_possible;
enum contactkit_phone_type
 {
  CONTACTKIT_PHONE_TYPE_NONE = 0,
  CONTACTKIT_PHONE_TYPE_FIXED_LINE = 1,
  CONTACTKIT_PHONE_TYPE_MOBILE = 2,
  CONTACTKIT_PHONE_TYPE_FIXED_LINE_OR_MOBILE = 3,
  CONTACTKIT_PHONE_TYPE_TOLL_FREE = 4,
  CONTACTKIT_PHONE_TYPE_PREMIUM_RATE = 5,
  CONTACTKIT_PHONE_TYPE_SHARED_COST = 6,
  CONTACTKIT_PHONE_TYPE_VOIP = 7,
  CONTACTKIT_PHONE_TYPE_PERSONAL_NUMBER = 8,
  CONTACTKIT_PHONE_TYPE_PAGER = 9,
  CONTACTKIT_PHONE_TYPE_UAN = 10,
  CONTACTKIT_PHONE_TYPE_VOICEMAIL = 11,
  CONTACTKIT_PHONE_TYPE_UNKNOWN = 12,
};
typedef uint32_t contactkit_phone_type;
enum contactkit_suppression_status
 {
  CONTACTKIT_SUPPRESSION_STATUS_SUPPRESSED = 1,
  CONTACTKIT_SUPPRESSION_STATUS_CLEAR = 2,
  CONTACTKIT_SUPPRESSION_STATUS_UNVERIFIABLE = 3,
};
typedef uint32_t contactkit_suppression_status;
enum contactkit_reason_area
 {
  CONTACTKIT_REASON_AREA_EMAIL = 1,
  CONTACTKIT_REASON_AREA_EMAIL_FIX = 2,
  CONTACTKIT_REASON_AREA_ERROR = 3,
  CONTACTKIT_REASON_AREA_PHONE = 10,
  CONTACTKIT_REASON_AREA_PHONE_POSSIBLE = 11,
  CONTACTKIT_REASON_AREA_PHONE_TYPE = 12,
  CONTACTKIT_REASON_AREA_PHONE_FIX = 13,
  CONTACTKIT_REASON_AREA_PHONE_LABEL = 14,
  CONTACTKIT_REASON_AREA_PHONE_MATCH = 15,
  CONTACTKIT_REASON_AREA_SUPPRESSION = 40,
  CONTACTKIT_REASON_AREA_SUPPRESSION_CHANNEL = 41,
  CONTACTKIT_REASON_AREA_SUPPRESSION_STATUS = 42,
  CONTACTKIT_REASON_AREA_SUPPRESSION_UNVERIFIABLE = 43,
  CONTACTKIT_REASON_AREA_SUPPRESSION_FILE = 44,
  CONTACTKIT_REASON_AREA_ADDRESS = 20,
  CONTACTKIT_REASON_AREA_DEDUPE = 30,
  CONTACTKIT_REASON_AREA_DEDUPE_FIELD = 31,
  CONTACTKIT_REASON_AREA_DEDUPE_LEVEL = 32,
};
typedef uint32_t contactkit_reason_area;
enum contactkit_email_fix
 {
  CONTACTKIT_EMAIL_FIX_NONE = 0,
  CONTACTKIT_EMAIL_FIX_TRIMMED = 1,
  CONTACTKIT_EMAIL_FIX_REMOVED_INVISIBLE = 2,
  CONTACTKIT_EMAIL_FIX_UNWRAPPED_MAILTO = 3,
  CONTACTKIT_EMAIL_FIX_UNWRAPPED_BRACKETS = 4,
  CONTACTKIT_EMAIL_FIX_UNWRAPPED_QUOTES = 5,
  CONTACTKIT_EMAIL_FIX_STRIPPED_PUNCTUATION = 6,
  CONTACTKIT_EMAIL_FIX_REMOVED_LABEL = 7,
  CONTACTKIT_EMAIL_FIX_REMOVED_COMMENT = 8,
  CONTACTKIT_EMAIL_FIX_REMOVED_DISPLAY_NAME = 9,
  CONTACTKIT_EMAIL_FIX_FIXED_AT_SIGN = 10,
  CONTACTKIT_EMAIL_FIX_REMOVED_INNER_SPACE = 11,
  CONTACTKIT_EMAIL_FIX_SPLIT_MULTIPLE = 12,
  CONTACTKIT_EMAIL_FIX_TRUNCATED_OTHERS = 13,
  CONTACTKIT_EMAIL_FIX_REMOVED_TEXT = 14,
  CONTACTKIT_EMAIL_FIX_ADDED_DEFAULT_DOMAIN = 15,
};
typedef uint32_t contactkit_email_fix;
enum contactkit_address_warning
 {
  CONTACTKIT_ADDRESS_WARNING_NONE = 0,
  CONTACTKIT_ADDRESS_WARNING_COUNTRY_GUESSED = 1,
  CONTACTKIT_ADDRESS_WARNING_COUNTRY_CONFLICT = 2,
  CONTACTKIT_ADDRESS_WARNING_COUNTRY_UNKNOWN = 3,
  CONTACTKIT_ADDRESS_WARNING_POSTCODE_INVALID = 4,
  CONTACTKIT_ADDRESS_WARNING_SUFFIX_AMBIGUOUS = 5,
  CONTACTKIT_ADDRESS_WARNING_NOISE_REMOVED = 6,
  CONTACTKIT_ADDRESS_WARNING_UNPARSED_TEXT = 7,
  CONTACTKIT_ADDRESS_WARNING_TOO_LONG = 8,
};
typedef uint32_t contactkit_address_warning;
enum contactkit_dedupe_relation
 {
  CONTACTKIT_DEDUPE_RELATION_NONE = 0,
  CONTACTKIT_DEDUPE_RELATION_SAME_PERSON = 1,
  CONTACTKIT_DEDUPE_RELATION_SAME_HOUSEHOLD = 2,
  CONTACTKIT_DEDUPE_RELATION_SAME_ORGANISATION = 3,
  CONTACTKIT_DEDUPE_RELATION_DIFFERENT = 4,
};
typedef uint32_t contactkit_dedupe_relation;
enum contactkit_email_option
 {
  CONTACTKIT_EMAIL_OPTION_ALLOW_SMTPUTF8 = 1,
  CONTACTKIT_EMAIL_OPTION_ALLOW_EMPTY_LOCAL = 2,
  CONTACTKIT_EMAIL_OPTION_ALLOW_QUOTED_LOCAL = 3,
  CONTACTKIT_EMAIL_OPTION_ALLOW_DOMAIN_LITERAL = 4,
  CONTACTKIT_EMAIL_OPTION_ALLOW_DISPLAY_NAME = 5,
  CONTACTKIT_EMAIL_OPTION_STRICT = 6,
  CONTACTKIT_EMAIL_OPTION_GLOBALLY_DELIVERABLE = 7,
  CONTACTKIT_EMAIL_OPTION_TEST_ENVIRONMENT = 8,
};
typedef uint32_t contactkit_email_option;
enum contactkit_phone_fix
 {
  CONTACTKIT_PHONE_FIX_NONE = 0,
  CONTACTKIT_PHONE_FIX_TRIMMED = 1,
  CONTACTKIT_PHONE_FIX_REMOVED_INVISIBLE = 2,
  CONTACTKIT_PHONE_FIX_NORMALIZED_UNICODE = 3,
  CONTACTKIT_PHONE_FIX_SPLIT_MULTIPLE = 4,
  CONTACTKIT_PHONE_FIX_LABEL_REMOVED = 5,
  CONTACTKIT_PHONE_FIX_EXTENSION_REWRITTEN = 6,
  CONTACTKIT_PHONE_FIX_REGION_ALIAS = 7,
  CONTACTKIT_PHONE_FIX_REGION_INFERRED = 8,
  CONTACTKIT_PHONE_FIX_REMOVED_TEXT = 9,
};
typedef uint32_t contactkit_phone_fix;
enum contactkit_phone_label
 {
  CONTACTKIT_PHONE_LABEL_NONE = 0,
  CONTACTKIT_PHONE_LABEL_PHONE = 1,
  CONTACTKIT_PHONE_LABEL_MOBILE = 2,
  CONTACTKIT_PHONE_LABEL_FAX = 3,
  CONTACTKIT_PHONE_LABEL_HOME = 4,
  CONTACTKIT_PHONE_LABEL_WORK = 5,
  CONTACTKIT_PHONE_LABEL_PAGER = 6,
};
typedef uint32_t contactkit_phone_label;
enum contactkit_phone_match
 {
  CONTACTKIT_PHONE_MATCH_NONE_COMPUTED = 0,
  CONTACTKIT_PHONE_MATCH_EXACT = 1,
  CONTACTKIT_PHONE_MATCH_NSN = 2,
  CONTACTKIT_PHONE_MATCH_SHORT_NSN = 3,
  CONTACTKIT_PHONE_MATCH_NONE = 4,
  CONTACTKIT_PHONE_MATCH_NOT_A_NUMBER = 5,
};
typedef uint32_t contactkit_phone_match;
typedef struct contactkit_dedupe_index contactkit_dedupe_index;
typedef struct contactkit_email_options contactkit_email_options;
typedef struct contactkit_suppression_key contactkit_suppression_key;
typedef struct contactkit_suppression_list contactkit_suppression_list;
typedef struct contactkit_str {
  const char *ptr;
  size_t len;
} contactkit_str;
typedef struct contactkit_span {
  size_t offset;
  size_t len;
} contactkit_span;
typedef struct contactkit_email_result {
  contactkit_status status;
  contactkit_email_reason reason;
  uint8_t valid;
  uint8_t smtputf8;
  uint8_t reserved[6];
  struct contactkit_span message;
  struct contactkit_span normalized;
  struct contactkit_span local_part;
  struct contactkit_span domain;
  struct contactkit_span ascii_email;
  struct contactkit_span ascii_local_part;
  struct contactkit_span ascii_domain;
  struct contactkit_span display_name;
} contactkit_email_result;
typedef struct contactkit_phone_result {
  contactkit_status status;
  contactkit_phone_error error;
  uint8_t parse_ok;
  uint8_t italian_leading_zero;
  uint8_t is_possible;
  uint8_t is_valid;
  uint32_t country_code;
  contactkit_phone_possible possible_reason;
  contactkit_phone_type number_type;
  struct contactkit_span national_number;
  struct contactkit_span extension;
  struct contactkit_span region;
  struct contactkit_span e164;
  struct contactkit_span international;
  struct contactkit_span national;
  struct contactkit_span rfc3966;
} contactkit_phone_result;
typedef int (*contactkit_mac_callback)(void *ctx, const uint8_t *msg, size_t len, uint8_t *out32);
typedef struct contactkit_decision {
  contactkit_suppression_status status;
  uint32_t reason_code;
  uint8_t suppressed;
} contactkit_decision;
const char *contactkit_version(void);
uint32_t contactkit_abi_version(void);
size_t contactkit_none_offset(void);
contactkit_status contactkit_address_parse(const char *input,
                                           size_t input_len,
                                           const char *country,
                                           size_t country_len,
                                           char *buf,
                                           size_t cap,
                                           size_t *len);
contactkit_status contactkit_address_parse_many(const struct contactkit_str *inputs,
                                                size_t n,
                                                const char *country,
                                                size_t country_len,
                                                char *buf,
                                                size_t cap,
                                                size_t *len);
contactkit_status contactkit_address_normalize(const char *columns_json,
                                               size_t columns_json_len,
                                               char *buf,
                                               size_t cap,
                                               size_t *len);
contactkit_status contactkit_dedupe_score_pair(const char *a,
                                               size_t a_len,
                                               const char *b,
                                               size_t b_len,
                                               char *buf,
                                               size_t cap,
                                               size_t *len);
contactkit_status contactkit_dedupe_run(const char *records,
                                        size_t records_len,
                                        double threshold,
                                        uint32_t threads,
                                        char *buf,
                                        size_t cap,
                                        size_t *len);
contactkit_status contactkit_dedupe_link(const char *left,
                                         size_t left_len,
                                         const char *right,
                                         size_t right_len,
                                         double threshold,
                                         uint32_t threads,
                                         char *buf,
                                         size_t cap,
                                         size_t *len);
contactkit_status contactkit_dedupe_run_labeled(const char *records,
                                                size_t records_len,
                                                const char *labels,
                                                size_t labels_len,
                                                double threshold,
                                                uint32_t threads,
                                                char *buf,
                                                size_t cap,
                                                size_t *len);
contactkit_status contactkit_dedupe_link_labeled(const char *left,
                                                 size_t left_len,
                                                 const char *right,
                                                 size_t right_len,
                                                 const char *labels,
                                                 size_t labels_len,
                                                 double threshold,
                                                 uint32_t threads,
                                                 char *buf,
                                                 size_t cap,
                                                 size_t *len);
contactkit_status contactkit_dedupe_index_new(struct contactkit_dedupe_index **out);
contactkit_status contactkit_dedupe_index_add(const struct contactkit_dedupe_index *index,
                                              const char *record,
                                              size_t record_len);
contactkit_status contactkit_dedupe_index_add_many(const struct contactkit_dedupe_index *index,
                                                   const char *records,
                                                   size_t records_len);
contactkit_status contactkit_dedupe_index_remove(const struct contactkit_dedupe_index *index,
                                                 const char *id,
                                                 size_t id_len,
                                                 uint8_t *removed);
contactkit_status contactkit_dedupe_index_match(const struct contactkit_dedupe_index *index,
                                                const char *record,
                                                size_t record_len,
                                                size_t limit,
                                                double threshold,
                                                char *buf,
                                                size_t cap,
                                                size_t *len);
size_t contactkit_dedupe_index_len(const struct contactkit_dedupe_index *index);
void contactkit_dedupe_index_free(struct contactkit_dedupe_index *index);
contactkit_status contactkit_dedupe_golden_record(const char *records,
                                                  size_t records_len,
                                                  const char *rules,
                                                  size_t rules_len,
                                                  char *buf,
                                                  size_t cap,
                                                  size_t *len);
contactkit_status contactkit_email_options_new(struct contactkit_email_options **out);
void contactkit_email_options_free(struct contactkit_email_options *options);
contactkit_status contactkit_email_options_set(struct contactkit_email_options *options,
                                               uint32_t option,
                                               uint8_t value);
contactkit_status contactkit_email_options_set_by_name(struct contactkit_email_options *options,
                                                       const char *name,
                                                       size_t name_len,
                                                       uint8_t value);
contactkit_status contactkit_email_options_get(const struct contactkit_email_options *options,
                                               uint32_t option,
                                               uint8_t *out);
contactkit_status contactkit_email_validate(const struct contactkit_email_options *options,
                                            const char *input,
                                            size_t input_len,
                                            char *buf,
                                            size_t cap,
                                            size_t *len,
                                            struct contactkit_email_result *out);
contactkit_status contactkit_email_validate_many(const struct contactkit_email_options *options,
                                                 const struct contactkit_str *inputs,
                                                 size_t n,
                                                 char *arena,
                                                 size_t arena_cap,
                                                 size_t *arena_len,
                                                 struct contactkit_email_result *results);
contactkit_status contactkit_email_clean(const char *input,
                                         size_t input_len,
                                         const char *default_domain,
                                         size_t default_domain_len,
                                         char *buf,
                                         size_t cap,
                                         size_t *len);
contactkit_status contactkit_email_clean_many(const struct contactkit_str *inputs,
                                              size_t n,
                                              const char *default_domain,
                                              size_t default_domain_len,
                                              char *buf,
                                              size_t cap,
                                              size_t *len);
const char *contactkit_email_lists_version(void);
contactkit_status contactkit_phone_parse(const char *input,
                                         size_t input_len,
                                         const char *region,
                                         size_t region_len,
                                         char *buf,
                                         size_t cap,
                                         size_t *len,
                                         struct contactkit_phone_result *out);
contactkit_status contactkit_phone_parse_many(const struct contactkit_str *inputs,
                                              size_t n,
                                              const char *region,
                                              size_t region_len,
                                              char *arena,
                                              size_t arena_cap,
                                              size_t *arena_len,
                                              struct contactkit_phone_result *results);
contactkit_status contactkit_phone_clean(const char *input,
                                         size_t input_len,
                                         const char *region,
                                         size_t region_len,
                                         char *buf,
                                         size_t cap,
                                         size_t *len);
contactkit_status contactkit_phone_clean_many(const struct contactkit_str *inputs,
                                              size_t n,
                                              const char *region,
                                              size_t region_len,
                                              char *buf,
                                              size_t cap,
                                              size_t *len);
const char *contactkit_phone_metadata_version(void);
const char *contactkit_reason_slug(uint32_t area, uint32_t code);
const char *contactkit_status_str(uint32_t status);
contactkit_status contactkit_suppression_key_new_local(const uint8_t *key,
                                                       size_t key_len,
                                                       const char *key_id,
                                                       size_t key_id_len,
                                                       struct contactkit_suppression_key **out);
contactkit_status contactkit_suppression_key_new_callback(const char *key_id,
                                                          size_t key_id_len,
                                                          contactkit_mac_callback callback,
                                                          void *ctx,
                                                          struct contactkit_suppression_key **out);
void contactkit_suppression_key_free(struct contactkit_suppression_key *key);
contactkit_status contactkit_suppression_canonical(const char *kind,
                                                   size_t kind_len,
                                                   const char *value,
                                                   size_t value_len,
                                                   const char *region,
                                                   size_t region_len,
                                                   char *buf,
                                                   size_t cap,
                                                   size_t *len,
                                                   uint32_t *reason_code);
contactkit_status contactkit_suppression_token(const char *kind,
                                               size_t kind_len,
                                               const char *value,
                                               size_t value_len,
                                               const char *region,
                                               size_t region_len,
                                               const uint8_t *key,
                                               size_t key_len,
                                               uint8_t loose,
                                               uint8_t *out32);
contactkit_status contactkit_suppression_platform_normalize(const char *profile,
                                                            size_t profile_len,
                                                            const char *kind,
                                                            size_t kind_len,
                                                            const char *value,
                                                            size_t value_len,
                                                            const char *region,
                                                            size_t region_len,
                                                            char *buf,
                                                            size_t cap,
                                                            size_t *len,
                                                            uint8_t *found);
contactkit_status contactkit_suppression_platform_hash(const char *profile,
                                                       size_t profile_len,
                                                       const char *kind,
                                                       size_t kind_len,
                                                       const char *value,
                                                       size_t value_len,
                                                       const char *region,
                                                       size_t region_len,
                                                       char *buf,
                                                       size_t cap,
                                                       size_t *len,
                                                       uint8_t *found);
contactkit_status contactkit_suppression_list_new(const struct contactkit_suppression_key *key,
                                                  struct contactkit_suppression_list **out);
contactkit_status contactkit_suppression_list_open(const char *path,
                                                   size_t path_len,
                                                   const struct contactkit_suppression_key *const *keys,
                                                   size_t n_keys,
                                                   uint64_t min_sequence,
                                                   struct contactkit_suppression_list **out);
contactkit_status contactkit_suppression_list_save(const struct contactkit_suppression_list *list,
                                                   const char *path,
                                                   size_t path_len);
contactkit_status contactkit_suppression_list_add(const struct contactkit_suppression_list *list,
                                                  const char *kind,
                                                  size_t kind_len,
                                                  const char *value,
                                                  size_t value_len,
                                                  uint32_t reason,
                                                  uint32_t channels,
                                                  const char *region,
                                                  size_t region_len,
                                                  char *buf,
                                                  size_t cap,
                                                  size_t *len);
contactkit_status contactkit_suppression_list_check(const struct contactkit_suppression_list *list,
                                                    const char *kind,
                                                    size_t kind_len,
                                                    const char *value,
                                                    size_t value_len,
                                                    uint32_t channel,
                                                    const char *region,
                                                    size_t region_len,
                                                    uint8_t unverifiable_is_clear,
                                                    struct contactkit_decision *out);
contactkit_status contactkit_suppression_list_check_many(const struct contactkit_suppression_list *list,
                                                         const char *kind,
                                                         size_t kind_len,
                                                         const struct contactkit_str *inputs,
                                                         size_t n,
                                                         uint32_t channel,
                                                         const char *region,
                                                         size_t region_len,
                                                         uint8_t unverifiable_is_clear,
                                                         struct contactkit_decision *out);
size_t contactkit_suppression_list_len(const struct contactkit_suppression_list *list);
contactkit_status contactkit_suppression_list_key_id(const struct contactkit_suppression_list *list,
                                                     char *buf,
                                                     size_t cap,
                                                     size_t *len);
void contactkit_suppression_list_free(struct contactkit_suppression_list *list);
