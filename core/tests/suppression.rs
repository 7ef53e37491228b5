//! Suppression list: file round trip, fail-closed opening, tampering, rotation, sharing,
//! re-consent, and the no-plaintext rules.
#![allow(clippy::many_single_char_names, clippy::cast_precision_loss)]
use std::sync::Arc;

use contactkit::ErrorKind;
use contactkit::suppression::{
    AddOptions, Channel, CheckOptions, DecisionStatus, ExpiryPolicy, ExportOptions, Form, Kind,
    ListMeta, LocalKey, MacProvider, OpenOptions, RemoteMac, SuppressionFilter, SuppressionList,
    SuppressionReason, Variant, derive_domain_key,
};

const SENTINEL: &str = "zz.sentinel.person+crm@example.org";
const KEY: [u8; 32] = [0x5a; 32];

fn key(id: &str) -> Arc<dyn MacProvider> {
    Arc::new(LocalKey::new(&KEY, id).unwrap())
}

fn ring(keys: &[Arc<dyn MacProvider>]) -> Vec<Arc<dyn MacProvider>> {
    keys.to_vec()
}

fn sample() -> SuppressionList {
    let list = SuppressionList::create(key("internal/v1"));
    list.add(Kind::Email, SENTINEL, &AddOptions::default())
        .unwrap();
    list.add(
        Kind::Email,
        "jan.devries@gmail.com",
        &AddOptions {
            reason: SuppressionReason::Unsubscribe,
            channels: vec![Channel::Email],
            ..AddOptions::default()
        },
    )
    .unwrap();
    list.add(Kind::Phone, "+31612345678", &AddOptions::default())
        .unwrap();
    list
}

fn check(
    list: &SuppressionList,
    kind: Kind,
    v: &str,
    channel: Channel,
) -> (DecisionStatus, Option<&'static str>) {
    let d = list.check(
        kind,
        v,
        &CheckOptions {
            channel,
            ..CheckOptions::default()
        },
    );
    (d.status, d.reason)
}

#[test]
fn add_check_variants_and_channels() {
    let list = sample();
    // Strict and loose tokens of the sentinel, plus the phone and the Gmail entry.
    assert_eq!(list.len(), 4);
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "ZZ.Sentinel.Person+crm@Example.org ",
            Channel::Email
        )
        .0,
        DecisionStatus::Suppressed
    );
    // The loose form matches another tag.
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "zz.sentinel.person+other@example.org",
            Channel::Sms
        )
        .0,
        DecisionStatus::Suppressed
    );
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "zz.sentinel.person@example.org",
            Channel::Post
        )
        .0,
        DecisionStatus::Suppressed
    );
    // Gmail rules; channel scope.
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "JanDeVries@googlemail.com",
            Channel::Email
        )
        .0,
        DecisionStatus::Suppressed
    );
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "jan.devries@example.com",
            Channel::Email
        ),
        (DecisionStatus::Clear, None)
    );
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "Jan.Devries+x@googlemail.com",
            Channel::Email
        ),
        (DecisionStatus::Suppressed, Some("unsubscribe"))
    );
    assert_eq!(
        check(&list, Kind::Email, "jandevries@gmail.com", Channel::Sms),
        (DecisionStatus::Clear, None)
    );
    assert_eq!(
        check(&list, Kind::Email, "jandevries@gmail.com", Channel::All).0,
        DecisionStatus::Suppressed
    );
    // Kinds are separate.
    assert_eq!(
        check(&list, Kind::Phone, "+31612345678", Channel::Voice),
        (DecisionStatus::Suppressed, Some("erasure"))
    );
    assert_eq!(
        check(&list, Kind::Phone, "+31612345679", Channel::Voice).0,
        DecisionStatus::Clear
    );
    // The CRM-cleaned value is tried too.
    assert_eq!(
        check(
            &list,
            Kind::Email,
            "Zz <zz.sentinel.person+crm@example.org>",
            Channel::Email
        )
        .0,
        DecisionStatus::Suppressed
    );
}

#[test]
fn fail_closed_by_default() {
    let list = sample();
    let d = list.check(Kind::Email, "no at sign", &CheckOptions::default());
    assert_eq!(d.status, DecisionStatus::Unverifiable);
    assert_eq!(d.reason, Some("missing_at"));
    assert!(d.suppressed);
    // A national number without a default region has no E.164 form: unverifiable.
    let d = list.check(Kind::Phone, "06 12345678", &CheckOptions::default());
    assert_eq!(d.reason, Some("invalid_country_code"));
    assert!(d.suppressed);
    let d = list.check(Kind::Phone, "not a phone", &CheckOptions::default());
    assert_eq!(d.reason, Some("not_a_number"));
    assert!(d.suppressed);
    let open = CheckOptions {
        unverifiable_is_clear: true,
        ..CheckOptions::default()
    };
    assert!(!list.check(Kind::Email, "a@b@c", &open).suppressed);
    // A failing remote key: unverifiable, key_missing.
    let broken =
        SuppressionList::create(Arc::new(RemoteMac::new("kms/v1", |_: &[u8]| None).unwrap()));
    let d = broken.check(Kind::Email, "a@example.nl", &CheckOptions::default());
    assert_eq!(
        (d.status, d.reason, d.suppressed),
        (DecisionStatus::Unverifiable, Some("key_missing"), true)
    );
    // Adding a value without canonical form is an error naming the reason.
    let e = list
        .add(Kind::Email, "nope", &AddOptions::default())
        .unwrap_err();
    assert_eq!(e.code(), "missing_at");
}

#[test]
fn phone_forms_match_through_the_engine() {
    let list = sample(); // holds +31612345678 for every channel
    let nl = |v: &str, region: Option<&str>| {
        list.check(
            Kind::Phone,
            v,
            &CheckOptions {
                channel: Channel::Sms,
                region: region.map(str::to_owned),
                ..CheckOptions::default()
            },
        )
    };
    for v in [
        "06-12345678",
        "06 12 34 56 78",
        "0031 6 1234 5678",
        "+31 (0)6 1234 5678",
        "tel:+31-6-1234-5678",
        "Tel: 06-12345678 (mobiel)",
        "06-12345678 / 020-1234567",
    ] {
        let d = nl(v, Some("NL"));
        assert_eq!(d.status, DecisionStatus::Suppressed, "{v}");
        assert_eq!(d.reason, Some("erasure"));
    }
    // The CRM layer reads region aliases the plain parse does not know.
    assert_eq!(
        nl("06-12345678", Some("nl")).status,
        DecisionStatus::Suppressed
    );
    assert_eq!(
        nl("06-12345678", Some("Nederland")).status,
        DecisionStatus::Suppressed
    );
    assert_eq!(nl("06-87654321", Some("NL")).status, DecisionStatus::Clear);
    // Without the CRM layer, `nl` is no region: unverifiable (fail closed), never clear.
    let raw = CheckOptions {
        region: Some("nl".to_owned()),
        clean: false,
        ..CheckOptions::default()
    };
    let d = list.check(Kind::Phone, "06-12345678", &raw);
    assert_eq!(
        (d.status, d.reason),
        (DecisionStatus::Unverifiable, Some("invalid_country_code"))
    );
    // Adding a national number stores the same token as the E.164 one.
    let other = SuppressionList::create(key("internal/v1"));
    let r = other
        .add(
            Kind::Phone,
            "06-12345678",
            &AddOptions {
                region: Some("NL".to_owned()),
                ..AddOptions::default()
            },
        )
        .unwrap();
    assert_eq!(r.tokens.len(), 1);
    assert_eq!(
        other
            .check(Kind::Phone, "+31612345678", &CheckOptions::default())
            .status,
        DecisionStatus::Suppressed
    );
    assert_eq!(
        other
            .add(Kind::Phone, "06-12345678", &AddOptions::default())
            .unwrap_err()
            .code(),
        "invalid_country_code"
    );
}

#[test]
fn check_many_equals_check() {
    let list = sample();
    let values = [
        SENTINEL,
        "x@y.nl",
        "nope",
        "jandevries@gmail.com",
        "",
        "a@b@c",
    ];
    for ch in [Channel::Email, Channel::Sms, Channel::All] {
        let opts = CheckOptions {
            channel: ch,
            ..CheckOptions::default()
        };
        let many = list.check_many(Kind::Email, &values, &opts);
        for (v, d) in values.iter().zip(&many) {
            assert_eq!(*d, list.check(Kind::Email, v, &opts));
        }
    }
}

#[test]
fn receipt_has_tokens_and_key_id_only() {
    let list = SuppressionList::create(key("internal/v1"));
    let r = list
        .add(Kind::Email, SENTINEL, &AddOptions::default())
        .unwrap();
    assert_eq!(r.key_id, "internal/v1");
    assert_eq!(r.tokens.len(), 2);
    assert_eq!(r.tokens[0].0, Variant::Strict);
    assert_eq!(r.tokens[1].0, Variant::Loose);
    let dbg = format!("{r:?}{list:?}");
    assert!(!dbg.contains("sentinel"), "{dbg}");
}

#[test]
fn save_open_round_trip() {
    let list = sample();
    list.set_meta(ListMeta {
        list_id: "crm-erasures".into(),
        issuer: "acme".into(),
        valid_until: None,
        ..ListMeta::default()
    });
    let bytes = list.to_bytes().unwrap();
    let opened = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1")]),
        &OpenOptions::default(),
    )
    .unwrap();
    assert_eq!(opened.records(), list.records());
    assert_eq!(opened.meta().list_id, "crm-erasures");
    assert_eq!(opened.meta().sequence, 1);
    assert_eq!(
        check(&opened, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Suppressed
    );
    // No plaintext or key in the file.
    let hay = String::from_utf8_lossy(&bytes);
    for needle in ["sentinel", "example.org", "31612345678", "jan"] {
        assert!(!hay.contains(needle), "{needle}");
    }
    assert!(!bytes.windows(KEY.len()).any(|w| w == KEY));
    // Saving again bumps the sequence.
    let again = list.to_bytes().unwrap();
    let o2 = SuppressionList::from_bytes(
        &again,
        &ring(&[key("internal/v1")]),
        &OpenOptions {
            min_sequence: Some(2),
            ..OpenOptions::default()
        },
    )
    .unwrap();
    assert_eq!(o2.meta().sequence, 2);
    // Rollback: the older file is refused once sequence 2 was seen.
    let e = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1")]),
        &OpenOptions {
            min_sequence: Some(2),
            ..OpenOptions::default()
        },
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::FileRollback);
}

#[test]
fn an_empty_list_round_trips_and_stays_distinct_from_errors() {
    let list = SuppressionList::create(key("k"));
    let bytes = list.to_bytes().unwrap();
    let o =
        SuppressionList::from_bytes(&bytes, &ring(&[key("k")]), &OpenOptions::default()).unwrap();
    assert!(o.is_empty());
}

#[test]
fn distinct_errors_when_opening() {
    let bytes = sample().to_bytes().unwrap();
    let keys = ring(&[key("internal/v1")]);
    let open =
        |b: &[u8]| SuppressionList::from_bytes(b, &keys, &OpenOptions::default()).unwrap_err();
    assert_eq!(open(b"").code(), "truncated");
    assert_eq!(open(b"CKSU").code(), "truncated");
    assert_eq!(open(b"PK\x03\x04xxxxxxxxxxxxxxx").code(), "bad_magic");
    let mut v = bytes.clone();
    v[7] = 2;
    assert_eq!(open(&v).kind(), ErrorKind::UnsupportedVersion);
    assert_eq!(
        open(&bytes[..bytes.len() - 1]).kind(),
        ErrorKind::FileTampered
    );
    assert_eq!(open(&bytes[..40]).code(), "truncated");
    // Wrong key: the tag fails.
    let wrong = ring(&[Arc::new(LocalKey::new(&[1; 32], "internal/v1").unwrap())]);
    assert_eq!(
        SuppressionList::from_bytes(&bytes, &wrong, &OpenOptions::default())
            .unwrap_err()
            .kind(),
        ErrorKind::FileTampered
    );
    // Missing key.
    assert_eq!(
        SuppressionList::from_bytes(&bytes, &ring(&[key("other")]), &OpenOptions::default())
            .unwrap_err()
            .kind(),
        ErrorKind::KeyMissing
    );
    // Expired.
    let list = sample();
    list.set_meta(ListMeta {
        valid_until: Some(1000),
        ..ListMeta::default()
    });
    let exp = list.to_bytes().unwrap();
    assert_eq!(open(&exp).kind(), ErrorKind::FileExpired);
    let o = SuppressionList::from_bytes(
        &exp,
        &keys,
        &OpenOptions {
            expiry: ExpiryPolicy::Unverifiable,
            ..OpenOptions::default()
        },
    )
    .unwrap();
    let d = o.check(
        Kind::Email,
        "someone.else@example.nl",
        &CheckOptions::default(),
    );
    assert_eq!(
        (d.status, d.reason, d.suppressed),
        (DecisionStatus::Unverifiable, Some("list_expired"), true)
    );
    let valid = SuppressionList::from_bytes(
        &exp,
        &keys,
        &OpenOptions {
            now: Some(999),
            ..OpenOptions::default()
        },
    );
    assert!(valid.is_ok());
}

#[test]
fn any_flipped_byte_is_refused() {
    let bytes = sample().to_bytes().unwrap();
    let keys = ring(&[key("internal/v1")]);
    for i in 0..bytes.len() {
        for bit in [0x01u8, 0x80] {
            let mut v = bytes.clone();
            v[i] ^= bit;
            assert!(
                SuppressionList::from_bytes(&v, &keys, &OpenOptions::default()).is_err(),
                "byte {i} bit {bit:#x}"
            );
        }
    }
}

#[test]
fn unsorted_or_short_payload_with_a_valid_tag_is_refused() {
    // Take a valid file, swap two records or drop one, and re-tag it with the documented file
    // key: the reader must check order and length itself, not trust the writer.
    let list = sample();
    let bytes = list.to_bytes().unwrap();
    let hdr_len = u32::from_le_bytes(bytes[8..12].try_into().unwrap()) as usize;
    let start = 12 + hdr_len;
    let mut v = bytes[..bytes.len() - 32].to_vec();
    let (a, b) = (start, start + 20);
    let first: Vec<u8> = v[a..a + 20].to_vec();
    let second: Vec<u8> = v[b..b + 20].to_vec();
    v[a..a + 20].copy_from_slice(&second);
    v[b..b + 20].copy_from_slice(&first);
    let retag = |body: &[u8]| {
        let k = key("internal/v1");
        let fk = k.mac(b"contactkit/ck1/file-mac\x01").unwrap();
        let fkey = LocalKey::new(&fk, "x").unwrap();
        let mut out = body.to_vec();
        out.extend_from_slice(&fkey.mac(body).unwrap());
        out
    };
    let keys = ring(&[key("internal/v1")]);
    let e = SuppressionList::from_bytes(&retag(&v), &keys, &OpenOptions::default()).unwrap_err();
    assert_eq!((e.kind(), e.code()), (ErrorKind::FileCorrupt, "unsorted"));
    let short = &bytes[..bytes.len() - 32 - 20];
    let e = SuppressionList::from_bytes(&retag(short), &keys, &OpenOptions::default()).unwrap_err();
    assert_eq!(e.code(), "payload_length");
    // The untouched body re-tagged the same way opens: the tag layout is as documented.
    assert!(
        SuppressionList::from_bytes(
            &retag(&bytes[..bytes.len() - 32]),
            &keys,
            &OpenOptions::default()
        )
        .is_ok()
    );
}

#[test]
fn rotation_rewraps_without_plaintext() {
    let list = sample();
    let v2: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[0x77; 32], "internal/v2").unwrap());
    let rotated = list.rotate(v2.clone()).unwrap();
    assert_eq!(rotated.key_id(), "internal/v2<-internal/v1");
    assert_eq!(rotated.len(), list.len());
    assert_eq!(
        check(&rotated, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Suppressed
    );
    assert_eq!(
        check(&rotated, Kind::Phone, "+31612345678", Channel::Sms).0,
        DecisionStatus::Suppressed
    );
    let bytes = rotated.to_bytes().unwrap();
    // Both keys are needed to open and to check.
    let e = SuppressionList::from_bytes(
        &bytes,
        &ring(std::slice::from_ref(&v2)),
        &OpenOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::KeyMissing);
    let o = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1"), v2.clone()]),
        &OpenOptions::default(),
    )
    .unwrap();
    assert_eq!(
        check(&o, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Suppressed
    );
    // Old-key-only and new-key-only lists do not match the rotated tokens.
    let only_new = SuppressionList::create(v2);
    for r in rotated.records() {
        assert!(list.lookup(&r.token).is_none());
        assert!(only_new.lookup(&r.token).is_none());
    }
    // New adds go through the chain.
    rotated
        .add(Kind::Email, "new@example.nl", &AddOptions::default())
        .unwrap();
    assert_eq!(
        check(&rotated, Kind::Email, "new@example.nl", Channel::Email).0,
        DecisionStatus::Suppressed
    );
}

#[test]
fn merge_and_bulk_import() {
    let a = sample();
    let b = SuppressionList::create(key("internal/v1"));
    let values: Vec<String> = (0..100).map(|i| format!("person{i}@example.nl")).collect();
    let res = b
        .add_many(Kind::Email, &values, &AddOptions::default())
        .unwrap();
    assert!(res.iter().all(Result::is_ok));
    assert_eq!(b.len(), 100);
    let n = a.merge(&b).unwrap();
    assert_eq!(n, 100);
    assert_eq!(a.merge(&b).unwrap(), 0);
    assert_eq!(
        check(&a, Kind::Email, "person42@example.nl", Channel::Push).0,
        DecisionStatus::Suppressed
    );
    let other = SuppressionList::create(key("partner/v1"));
    assert_eq!(a.merge(&other).unwrap_err().kind(), ErrorKind::KeyMissing);
    // Merging keeps the stronger reason and ORs channels.
    let c = SuppressionList::create(key("internal/v1"));
    c.add(
        Kind::Email,
        "jandevries@gmail.com",
        &AddOptions {
            reason: SuppressionReason::Objection,
            channels: vec![Channel::Sms],
            ..AddOptions::default()
        },
    )
    .unwrap();
    a.merge(&c).unwrap();
    assert_eq!(
        check(&a, Kind::Email, "jandevries@gmail.com", Channel::Sms),
        (DecisionStatus::Suppressed, Some("objection"))
    );
    assert_eq!(
        check(&a, Kind::Email, "jandevries@gmail.com", Channel::Email),
        (DecisionStatus::Suppressed, Some("objection"))
    );
}

#[test]
fn reconsent_override() {
    let list = sample();
    assert!(
        list.reconsent(Kind::Email, SENTINEL, &[Channel::Email], "", None)
            .is_err()
    );
    let n = list
        .reconsent(Kind::Email, SENTINEL, &[Channel::Email], "TICKET-123", None)
        .unwrap();
    assert!(n >= 1);
    assert_eq!(
        check(&list, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Clear
    );
    assert_eq!(
        check(&list, Kind::Email, SENTINEL, Channel::Sms).0,
        DecisionStatus::Suppressed
    );
    let bytes = list.to_bytes().unwrap();
    let o = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1")]),
        &OpenOptions::default(),
    )
    .unwrap();
    assert_eq!(o.overrides().len(), n);
    assert_eq!(o.overrides()[0].reference, "TICKET-123");
    assert_eq!(
        check(&o, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Clear
    );
    list.reconsent(Kind::Email, SENTINEL, &[Channel::All], "TICKET-124", None)
        .unwrap();
    assert_eq!(
        check(&list, Kind::Email, SENTINEL, Channel::All).0,
        DecisionStatus::Clear
    );
    // A fresh add re-suppresses.
    list.add(Kind::Email, SENTINEL, &AddOptions::default())
        .unwrap();
    assert_eq!(
        check(&list, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Suppressed
    );
}

#[test]
fn exports_token_list_and_filters() {
    let list = SuppressionList::create(key("group/v1"));
    let values: Vec<String> = (0..5_000).map(|i| format!("user{i}@example.com")).collect();
    list.add_many(
        Kind::Email,
        &values,
        &AddOptions {
            clean: false,
            ..AddOptions::default()
        },
    )
    .unwrap();
    let keys = ring(&[key("group/v1")]);
    // Exact list for an audience.
    let mut out = Vec::new();
    list.export(
        &mut out,
        &ExportOptions {
            audience: "subsidiary-nl".into(),
            ..ExportOptions::default()
        },
    )
    .unwrap();
    let exact = SuppressionList::from_bytes(&out, &keys, &OpenOptions::default()).unwrap();
    assert_eq!(exact.meta().audience, "subsidiary-nl");
    assert_eq!(exact.len(), 5_000);
    // A filter is not a list and vice versa.
    assert!(SuppressionFilter::from_bytes(&out, &keys, &OpenOptions::default()).is_err());
    for (form, rate) in [
        (Form::BinaryFuse8, 0.0039),
        (Form::BinaryFuse16, 0.000_015_3),
    ] {
        let mut out = Vec::new();
        list.export(
            &mut out,
            &ExportOptions {
                form,
                channel: Some(Channel::Email),
                audience: "partner".into(),
            },
        )
        .unwrap();
        assert!(out.len() < 5_000 * if form == Form::BinaryFuse8 { 2 } else { 3 } + 2000);
        assert_eq!(
            SuppressionList::from_bytes(&out, &keys, &OpenOptions::default())
                .unwrap_err()
                .kind(),
            ErrorKind::UnsupportedVersion
        );
        let f = SuppressionFilter::from_bytes(&out, &keys, &OpenOptions::default()).unwrap();
        assert_eq!(f.len(), 5_000);
        assert!((f.fp_rate() - rate).abs() < 1e-12);
        // No false negatives.
        for v in &values {
            assert!(f.check(Kind::Email, v, &CheckOptions::default()).suppressed);
        }
        // FP rate within 2x of the header (deterministic probes: 200k for 8-bit, 1M for 16-bit).
        let probes: u64 = if form == Form::BinaryFuse8 {
            200_000
        } else {
            2_000_000
        };
        // Tokens are PRF outputs: uniform 16-byte strings (splitmix64 stands in for them).
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        };
        let mut fp = 0u64;
        for _ in 0..probes {
            let mut t = [0u8; 16];
            t[..8].copy_from_slice(&next().to_le_bytes());
            t[8..].copy_from_slice(&next().to_le_bytes());
            fp += u64::from(f.contains_token(&t));
        }
        let measured = fp as f64 / probes as f64;
        assert!(measured < 2.0 * rate, "{form:?}: {measured}");
        // Tampering a filter is refused.
        let mut bad = out.clone();
        let n = bad.len();
        bad[n - 40] ^= 1;
        assert_eq!(
            SuppressionFilter::from_bytes(&bad, &keys, &OpenOptions::default())
                .unwrap_err()
                .kind(),
            ErrorKind::FileTampered
        );
    }
    // An empty filter.
    let empty = SuppressionList::create(key("group/v1"));
    let mut out = Vec::new();
    empty
        .export(
            &mut out,
            &ExportOptions {
                form: Form::BinaryFuse8,
                ..ExportOptions::default()
            },
        )
        .unwrap();
    let f = SuppressionFilter::from_bytes(&out, &keys, &OpenOptions::default()).unwrap();
    assert!(
        !f.check(Kind::Email, "a@b.nl", &CheckOptions::default())
            .suppressed
    );
}

#[test]
fn domain_keys_separate_audiences() {
    let root = [0x42u8; 32];
    let internal = derive_domain_key(&root, "internal", "v1").unwrap();
    let partner = derive_domain_key(&root, "partner-x", "v1").unwrap();
    let a = SuppressionList::create(Arc::new(
        LocalKey::new(internal.as_ref(), "internal/v1").unwrap(),
    ));
    let b = SuppressionList::create(Arc::new(
        LocalKey::new(partner.as_ref(), "partner-x/v1").unwrap(),
    ));
    a.add(Kind::Email, SENTINEL, &AddOptions::default())
        .unwrap();
    b.add(Kind::Email, SENTINEL, &AddOptions::default())
        .unwrap();
    let (ra, rb) = (a.records(), b.records());
    assert!(ra.iter().all(|r| rb.iter().all(|s| s.token != r.token)));
}

#[test]
fn atomic_save_to_path() {
    let dir = std::env::temp_dir().join(format!("ck-supp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("list.cksupp");
    let list = sample();
    list.save_to_path(&path).unwrap();
    list.save_to_path(&path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let o = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1")]),
        &OpenOptions::default(),
    )
    .unwrap();
    assert_eq!(o.meta().sequence, 2);
    // No temporary files are left behind.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    // A save into a missing directory fails and leaves nothing.
    let e = list
        .save_to_path(&dir.join("missing/list.cksupp"))
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_and_debug_never_show_inputs_or_keys() {
    let list = sample();
    let e = list
        .add(Kind::Email, "sentinel-no-at", &AddOptions::default())
        .unwrap_err();
    assert!(!format!("{e} {e:?}").contains("sentinel"));
    let k = LocalKey::new(&[0xab; 32], "kid").unwrap();
    let d = format!("{k:?}");
    assert!(
        !d.contains("171") && !d.contains("ab, ab") && !d.contains("0xab"),
        "{d}"
    );
    let c = contactkit::suppression::canonical(Kind::Email, SENTINEL, None).unwrap();
    assert!(!format!("{c:?}").contains("sentinel"));
    let r = list.records();
    assert!(!format!("{r:?}").contains("sentinel"));
}

#[cfg(feature = "parallel")]
#[test]
fn check_many_threads_equals_check_many() {
    let list = sample();
    let mut values: Vec<String> = (0..3_000)
        .map(|i| match i % 5 {
            0 => SENTINEL.to_owned(),
            1 => format!("person{i}@example.nl"),
            2 => "no at sign".to_owned(),
            3 => "Jan.DeVries+x@googlemail.com".to_owned(),
            _ => format!("x{i}@bücher.example"),
        })
        .collect();
    values.push(String::new());
    let opts = CheckOptions::default();
    let one = list.check_many(Kind::Email, &values, &opts);
    for threads in [0, 1, 2, 3] {
        let many = list
            .check_many_threads(Kind::Email, &values, &opts, threads)
            .unwrap();
        assert_eq!(many, one, "{threads} threads");
    }
    let short = list
        .check_many_threads(Kind::Email, &values[..10], &opts, 4)
        .unwrap();
    assert_eq!(short, one[..10]);
}

/// Re-tags a file body (everything before the trailer) under `outer`, as a holder of the outer
/// key could.
fn retag_with(outer: &Arc<dyn MacProvider>, body: &[u8]) -> Vec<u8> {
    let fk = outer.mac(b"contactkit/ck1/file-mac\x01").unwrap();
    let fkey = LocalKey::new(&fk, "x").unwrap();
    let mut out = body.to_vec();
    out.extend_from_slice(&fkey.mac(body).unwrap());
    out
}

/// Replaces the header of `bytes` by `f(header)`, keeping the payload, without a trailer.
fn edit_header(bytes: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let hdr_len = u32::from_le_bytes(bytes[8..12].try_into().unwrap()) as usize;
    let mut h: serde_json::Value = serde_json::from_slice(&bytes[12..12 + hdr_len]).unwrap();
    f(&mut h);
    let hdr = serde_json::to_vec(&h).unwrap();
    let mut out = bytes[..8].to_vec();
    out.extend_from_slice(&(hdr.len() as u32).to_le_bytes());
    out.extend_from_slice(&hdr);
    out.extend_from_slice(&bytes[12 + hdr_len..bytes.len() - 32]);
    out
}

#[test]
fn wrong_older_key_of_a_rotated_list_is_refused() {
    let list = sample();
    let v2: Arc<dyn MacProvider> = Arc::new(LocalKey::new(&[0x77; 32], "internal/v2").unwrap());
    let rotated = list.rotate(v2.clone()).unwrap();
    let bytes = rotated.to_bytes().unwrap();
    // A custom ring with the right outer key and a wrong key for the older id: refused, never
    // an open list that answers `clear`.
    let wrong_v1: Arc<dyn MacProvider> =
        Arc::new(LocalKey::new(&[0x13; 32], "internal/v1").unwrap());
    let e = SuppressionList::from_bytes(
        &bytes,
        &ring(&[wrong_v1, v2.clone()]),
        &OpenOptions::default(),
    )
    .unwrap_err();
    assert_eq!((e.kind(), e.code()), (ErrorKind::KeyMissing, "wrong_key"));
    assert!(!format!("{e} {e:?}").contains("internal"));
    // The right keys open it and find the entries.
    let o = SuppressionList::from_bytes(
        &bytes,
        &ring(&[key("internal/v1"), v2.clone()]),
        &OpenOptions::default(),
    )
    .unwrap();
    assert_eq!(
        check(&o, Kind::Email, SENTINEL, Channel::Email).0,
        DecisionStatus::Suppressed
    );
    // The header carries one 16-byte check per key of the chain, outer first.
    let hdr_len = u32::from_le_bytes(bytes[8..12].try_into().unwrap()) as usize;
    let h: serde_json::Value = serde_json::from_slice(&bytes[12..12 + hdr_len]).unwrap();
    let checks = h["token"]["key_checks"].as_array().unwrap();
    assert_eq!(checks.len(), 2);
    assert!(checks.iter().all(|c| c.as_str().unwrap().len() == 32));
    assert_ne!(checks[0], checks[1]);
    // The documented value: HMAC(key, "contactkit/ck1/key-check" 0 list_id 0 key_id)[0..16].
    let list_id = h["list_id"].as_str().unwrap();
    let msg = format!("contactkit/ck1/key-check\0{list_id}\0internal/v1");
    let mac = key("internal/v1").mac(msg.as_bytes()).unwrap();
    let hex: String = mac[..16]
        .iter()
        .fold(String::new(), |acc, b| acc + &format!("{b:02x}"));
    assert_eq!(checks[1].as_str().unwrap(), hex);
    // A tampered check: the tag refuses it; re-tagged by a holder of the outer key, the check
    // itself refuses it.
    let tampered = edit_header(&bytes, |h| {
        h["token"]["key_checks"][1] = "00".repeat(16).into();
    });
    let keys = ring(&[key("internal/v1"), v2.clone()]);
    let mut untagged = tampered.clone();
    untagged.extend_from_slice(&bytes[bytes.len() - 32..]);
    assert_eq!(
        SuppressionList::from_bytes(&untagged, &keys, &OpenOptions::default())
            .unwrap_err()
            .kind(),
        ErrorKind::FileTampered
    );
    let e =
        SuppressionList::from_bytes(&retag_with(&v2, &tampered), &keys, &OpenOptions::default())
            .unwrap_err();
    assert_eq!(e.code(), "wrong_key");
    // Missing, short or extra checks are a corrupt header (the field is required in v1).
    for edit in [
        |h: &mut serde_json::Value| {
            h["token"].as_object_mut().unwrap().remove("key_checks");
        },
        |h: &mut serde_json::Value| h["token"]["key_checks"] = serde_json::json!(["00"]),
        |h: &mut serde_json::Value| h["token"]["key_checks"][0] = "zz".repeat(16).into(),
    ] {
        let f = retag_with(&v2, &edit_header(&bytes, edit));
        let e = SuppressionList::from_bytes(&f, &keys, &OpenOptions::default()).unwrap_err();
        assert_eq!((e.kind(), e.code()), (ErrorKind::FileCorrupt, "bad_header"));
    }
    // The untouched body re-tagged the same way opens.
    assert!(
        SuppressionList::from_bytes(
            &retag_with(&v2, &edit_header(&bytes, |_| {})),
            &keys,
            &OpenOptions::default()
        )
        .is_ok()
    );
}
