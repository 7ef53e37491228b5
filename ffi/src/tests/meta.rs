//! Versions, statuses, reason enums and slugs.

use std::collections::HashSet;

use ck::ErrorKind;
use ck::email::{CleanFix, EmailOptions, EmailReason};

use super::{HEADER, static_str};
use crate::email::contactkit_email_option;
use crate::reasons::{contactkit_email_fix, contactkit_email_reason};
use crate::{
    contactkit_abi_version, contactkit_email_lists_version, contactkit_none_offset,
    contactkit_reason_area, contactkit_reason_slug, contactkit_status, contactkit_status_str,
    contactkit_version,
};

/// The value of `#define NAME value` in the header.
fn header_define(name: &str) -> &'static str {
    let prefix = format!("#define {name} ");
    HEADER
        .lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("{name} missing from the header"))
        .trim()
}

/// The value of enumerator `name` in the header (`  NAME = value,`).
fn header_enumerator(name: &str) -> Option<u32> {
    let prefix = format!("  {name} = ");
    HEADER.lines().find_map(|l| {
        l.strip_prefix(prefix.as_str())
            .map(|v| v.trim_end_matches(',').parse().expect("enumerator value"))
    })
}

/// How many enumerators with `prefix` the header has.
fn header_enumerator_count(prefix: &str) -> usize {
    HEADER
        .lines()
        .filter(|l| l.starts_with(&format!("  {prefix}")) && l.contains(" = "))
        .count()
}

fn slug(area: contactkit_reason_area, code: u32) -> Option<&'static str> {
    static_str(contactkit_reason_slug(area as u32, code))
}

#[test]
fn runtime_versions_equal_header_macros_and_cargo() {
    let version = static_str(contactkit_version()).expect("version");
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    assert_eq!(version, ck::VERSION);
    assert_eq!(
        header_define("CONTACTKIT_VERSION_STRING"),
        format!("\"{version}\"")
    );
    assert_eq!(
        header_define("CONTACTKIT_ABI_VERSION"),
        contactkit_abi_version().to_string()
    );
}

#[test]
fn none_offset_is_size_max() {
    assert_eq!(contactkit_none_offset(), usize::MAX);
}

#[test]
fn lists_version_is_the_core_one() {
    assert_eq!(
        static_str(contactkit_email_lists_version()),
        Some(ck::email::lists_version())
    );
}

#[test]
fn every_error_kind_has_its_own_status_with_its_slug_and_message() {
    let mut seen = HashSet::new();
    for &kind in ErrorKind::ALL {
        let status = contactkit_status::from_kind(kind);
        assert!(seen.insert(status), "{kind:?} shares {status:?}");
        assert_eq!(
            status.slug().map(|s| s.to_str().expect("ASCII")),
            Some(kind.code()),
            "{kind:?}"
        );
        assert_eq!(
            static_str(contactkit_status_str(status as u32)),
            Some(kind.description())
        );
        assert_eq!(
            slug(contactkit_reason_area::Error, status as u32),
            Some(kind.code())
        );
        assert_eq!(contactkit_status::from(ck::Error::new(kind)), status);
        // The family of the status matches the kind.
        let family = status as u32 / 100;
        let expected_family = match kind.code() {
            "invalid_argument" => 0,
            "too_large" | "invalid_json" | "invalid_csv" => 1,
            c if c.starts_with("file_") || c == "unsupported_version" || c == "io" => 3,
            _ => 2,
        };
        assert_eq!(family, expected_family, "{kind:?} is in the wrong range");
    }
}

#[test]
fn statuses_are_in_their_ranges_unique_and_named_in_the_header() {
    let mut values = HashSet::new();
    let mut slugs = HashSet::new();
    for &status in contactkit_status::ALL {
        let v = status as u32;
        assert!(values.insert(v));
        assert!(
            matches!(v, 0..=399 | 900),
            "{status:?} = {v} is outside the documented ranges"
        );
        assert_eq!(contactkit_status::from_code(v), Some(status));
        let message = static_str(contactkit_status_str(v)).expect("message");
        assert!(!message.is_empty() && message != "unknown status");
        if status == contactkit_status::Ok {
            assert_eq!(slug(contactkit_reason_area::Error, v), None);
            assert_eq!(header_enumerator("CONTACTKIT_STATUS_OK"), Some(0));
            continue;
        }
        let s = slug(contactkit_reason_area::Error, v).expect("every error status has a slug");
        assert!(slugs.insert(s), "duplicate slug {s}");
        // The C name is the slug in capitals, so C, Rust and Python spell it alike.
        let name = format!("CONTACTKIT_STATUS_{}", s.to_ascii_uppercase());
        assert_eq!(header_enumerator(&name), Some(v), "{name}");
    }
    assert_eq!(
        header_enumerator_count("CONTACTKIT_STATUS_"),
        contactkit_status::ALL.len()
    );
    for unknown in [5, 99, 199, 207, 399, 899, 901, u32::MAX] {
        assert_eq!(
            static_str(contactkit_status_str(unknown)),
            Some("unknown status")
        );
        assert_eq!(slug(contactkit_reason_area::Error, unknown), None);
    }
}

#[test]
fn every_email_reason_maps_to_the_core_code_and_slug() {
    for &reason in EmailReason::ALL {
        let c = contactkit_email_reason::from_core(reason);
        assert_eq!(c as u32, reason as u32, "{reason:?}");
        assert_ne!(c, contactkit_email_reason::None, "{reason:?} is not mapped");
        assert_eq!(
            slug(contactkit_reason_area::Email, c as u32),
            Some(reason.code())
        );
        let name = format!(
            "CONTACTKIT_EMAIL_REASON_{}",
            reason.code().to_ascii_uppercase()
        );
        assert_eq!(header_enumerator(&name), Some(reason as u32), "{name}");
    }
    // No stale values: the enum has NONE plus one value per core reason.
    assert_eq!(
        header_enumerator_count("CONTACTKIT_EMAIL_REASON_"),
        EmailReason::ALL.len() + 1
    );
    assert_eq!(header_enumerator("CONTACTKIT_EMAIL_REASON_NONE"), Some(0));
    assert_eq!(slug(contactkit_reason_area::Email, 0), None);
    assert_eq!(slug(contactkit_reason_area::Email, 10_000), None);
}

#[test]
fn every_clean_fix_maps_to_a_code_and_slug() {
    let mut seen = HashSet::new();
    for &fix in CleanFix::ALL {
        let c = contactkit_email_fix::from_core(fix);
        assert_ne!(c, contactkit_email_fix::None, "{fix:?} is not mapped");
        assert!(seen.insert(c as u32));
        assert_eq!(
            slug(contactkit_reason_area::EmailFix, c as u32),
            Some(fix.code())
        );
        let name = format!("CONTACTKIT_EMAIL_FIX_{}", fix.code().to_ascii_uppercase());
        assert_eq!(header_enumerator(&name), Some(c as u32), "{name}");
    }
    assert_eq!(
        header_enumerator_count("CONTACTKIT_EMAIL_FIX_"),
        CleanFix::ALL.len() + 1
    );
    assert_eq!(slug(contactkit_reason_area::EmailFix, 0), None);
}

#[test]
fn areas_match_the_core_areas_and_unknown_areas_give_null() {
    use ck::reasons::{Area, codes};
    for &area in Area::ALL {
        let c = match area.name() {
            "email" => contactkit_reason_area::Email,
            "email_fix" => contactkit_reason_area::EmailFix,
            "error" => contactkit_reason_area::Error,
            "phone" => contactkit_reason_area::Phone,
            "phone_possible" => contactkit_reason_area::PhonePossible,
            "phone_type" => contactkit_reason_area::PhoneType,
            "phone_fix" => contactkit_reason_area::PhoneFix,
            "phone_label" => contactkit_reason_area::PhoneLabel,
            "phone_match" => contactkit_reason_area::PhoneMatch,
            "suppression" => contactkit_reason_area::Suppression,
            "suppression_channel" => contactkit_reason_area::SuppressionChannel,
            "suppression_status" => contactkit_reason_area::SuppressionStatus,
            "suppression_unverifiable" => contactkit_reason_area::SuppressionUnverifiable,
            "suppression_file" => contactkit_reason_area::SuppressionFile,
            "address" => contactkit_reason_area::Address,
            "dedupe" => contactkit_reason_area::Dedupe,
            "dedupe_field" => contactkit_reason_area::DedupeField,
            "dedupe_level" => contactkit_reason_area::DedupeLevel,
            other => panic!("core area {other} has no contactkit_reason_area value"),
        };
        let name = format!(
            "CONTACTKIT_REASON_AREA_{}",
            area.name().to_ascii_uppercase()
        );
        assert_eq!(header_enumerator(&name), Some(c as u32));
        // Every slug of the core's area is reachable through the C function.
        let reachable: HashSet<&str> = (1..1000).filter_map(|code| slug(c, code)).collect();
        for s in codes(area) {
            assert!(
                reachable.contains(s),
                "{s} unreachable in area {}",
                area.name()
            );
        }
    }
    for area in [0, 39, 99, u32::MAX] {
        assert!(contactkit_reason_slug(area, 1).is_null());
    }
}

#[test]
fn option_enum_covers_exactly_the_core_option_names() {
    let names: HashSet<&str> = contactkit_email_option::ALL
        .iter()
        .map(|o| o.name())
        .collect();
    let core: HashSet<&str> = EmailOptions::NAMES.iter().copied().collect();
    assert_eq!(names, core);
    assert_eq!(
        contactkit_email_option::ALL.len(),
        EmailOptions::NAMES.len()
    );
    for &o in contactkit_email_option::ALL {
        let name = format!("CONTACTKIT_EMAIL_OPTION_{}", o.name().to_ascii_uppercase());
        assert_eq!(header_enumerator(&name), Some(o as u32));
        assert_eq!(contactkit_email_option::from_code(o as u32), Some(o));
        // Defaults read through the enum equal the core's defaults read by name.
        let mut set = EmailOptions::default();
        set.set(o.name(), true).expect("known name");
        assert!(o.get(set));
        set.set(o.name(), false).expect("known name");
        assert!(!o.get(set));
    }
    assert_eq!(contactkit_email_option::from_code(0), None);
}

#[test]
fn result_layout_is_fixed() {
    use crate::{contactkit_email_result, contactkit_span, contactkit_str};
    let word = size_of::<usize>();
    assert_eq!(size_of::<contactkit_span>(), 2 * word);
    assert_eq!(size_of::<contactkit_str>(), 2 * word);
    assert_eq!(size_of::<contactkit_email_result>(), 16 + 8 * 2 * word);
    assert_eq!(std::mem::offset_of!(contactkit_email_result, message), 16);
    assert_eq!(size_of::<contactkit_status>(), 4);
    assert_eq!(size_of::<contactkit_email_reason>(), 4);
}
