//! Ad-platform profiles (`platform_normalize`, `platform_hash`): the forms Google (Data
//! Manager / Customer Match), Meta and UID2 ask for, implemented from their published rules
//! (design/suppression.md §6). For ad uploads only; never used for suppression tokens.
//!
//! Where a vendor's own sample code disagrees with its published rule (Google's Python sample
//! strips only the `+` sign for every domain and keeps a trunk `0`; Meta's SDK keeps the trunk
//! `0`), contactkit follows the published rule.

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::Kind;
use super::canonical::{PHONE, PhoneCanonicalizer as _};
use crate::{Error, ErrorKind, Result};

/// An ad platform whose hashing rules contactkit implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Profile {
    /// Google Ads Customer Match / Data Manager.
    Google,
    /// Meta (Facebook) Custom Audiences.
    Meta,
    /// Unified ID 2.0.
    Uid2,
}

impl Profile {
    /// Every profile, in a stable order.
    pub const ALL: &'static [Profile] = &[Profile::Google, Profile::Meta, Profile::Uid2];

    /// The profile's name (`"google"`, `"meta"`, `"uid2"`).
    pub const fn code(self) -> &'static str {
        match self {
            Profile::Google => "google",
            Profile::Meta => "meta",
            Profile::Uid2 => "uid2",
        }
    }

    /// The profile called `name`.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::UnknownProfile`] for any other name.
    pub fn from_name(name: &str) -> Result<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|p| p.code() == name)
            .ok_or_else(|| Error::new(ErrorKind::UnknownProfile))
    }
}

/// Splits at the one `@`; `None` without exactly one or with an empty side.
fn split_one_at(v: &str) -> Option<(&str, &str)> {
    let (local, domain) = v.split_once('@')?;
    if domain.contains('@') || local.is_empty() || domain.is_empty() {
        return None;
    }
    Some((local, domain))
}

/// The Gmail rule of the platforms: dots removed, cut at the first `+`; `None` when empty.
fn gmail_local(local: &str) -> Option<String> {
    let head = local.split_once('+').map_or(local, |(h, _)| h);
    let out: String = head.chars().filter(|&c| c != '.').collect();
    (!out.is_empty()).then_some(out)
}

fn email(profile: Profile, value: &str) -> Option<String> {
    let v: String = match profile {
        Profile::Google => value
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase(),
        Profile::Meta => value.trim().to_lowercase(),
        Profile::Uid2 => value
            .chars()
            .filter(|&c| c != ' ')
            .collect::<String>()
            .to_ascii_lowercase(),
    };
    let (local, domain) = split_one_at(&v)?;
    let gmail = match profile {
        Profile::Google => domain == "gmail.com" || domain == "googlemail.com",
        Profile::Uid2 => domain == "gmail.com",
        Profile::Meta => false,
    };
    if gmail {
        Some(format!("{}@{domain}", gmail_local(local)?))
    } else {
        Some(v)
    }
}

fn phone(profile: Profile, value: &str, region: Option<&str>) -> Option<String> {
    match profile {
        Profile::Google => PHONE.e164(value, region).ok(),
        Profile::Meta => PHONE
            .e164(value, region)
            .ok()
            .map(|e| e.trim_start_matches('+').to_owned()),
        Profile::Uid2 => {
            // UID2 takes only values already normalised: `+` and 10 to 15 digits, nothing else.
            // The engine must also read it as that same E.164 number (a known country code).
            let digits = value.strip_prefix('+')?;
            let ok =
                (10..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
            if !ok {
                return None;
            }
            PHONE.e164(value, None).ok().filter(|e| e == value)
        }
    }
}

/// The form `profile` asks for, or `None` where its rules reject the value.
///
/// E-mail: `google` removes all white space, lower-cases (Unicode) and, for `gmail.com` and
/// `googlemail.com`, drops dots and the `+tag` (the domain is kept); `meta` trims and
/// lower-cases; `uid2` removes U+0020 only, lower-cases ASCII only and applies the Gmail rule to
/// `gmail.com` only. Every profile rejects a value without exactly one `@` or with an empty side.
/// Phone: `google` E.164 with `+`; `meta` E.164 digits without `+` (both after the phone engine's
/// parse with the default region `region`, as [`canonical`](super::canonical()) does: national
/// formats, `(0)`, `00` prefixes and extensions are handled, the trunk `0` never kept); `uid2` only
/// values already E.164 with 10 to 15 digits (`+` and digits, nothing else) that the engine reads
/// as that same number.
///
/// # Errors
///
/// Never for data; the name-based entry point reports unknown profiles and kinds.
///
/// # Examples
///
/// ```
/// use contactkit::suppression::{Kind, Profile, platform_normalize};
/// let n = |p, v| platform_normalize(p, Kind::Email, v, None);
/// assert_eq!(n(Profile::Google, " J.Doe+ads@GoogleMail.com").as_deref(), Some("jdoe@googlemail.com"));
/// assert_eq!(n(Profile::Meta, " J.Doe@Example.com ").as_deref(), Some("j.doe@example.com"));
/// assert_eq!(n(Profile::Uid2, "ÉLO@Example.com").as_deref(), Some("Élo@example.com"));
/// assert_eq!(platform_normalize(Profile::Meta, Kind::Phone, "n/a", None), None);
/// assert_eq!(platform_normalize(Profile::Meta, Kind::Phone, "+16505551212", None).as_deref(), Some("16505551212"));
/// let nl = Some("NL");
/// assert_eq!(platform_normalize(Profile::Google, Kind::Phone, "06-12345678", nl).as_deref(), Some("+31612345678"));
/// assert_eq!(platform_normalize(Profile::Google, Kind::Phone, "+44 (0)20 7031 3000", None).as_deref(), Some("+442070313000"));
/// assert_eq!(platform_normalize(Profile::Uid2, Kind::Phone, "06-12345678", nl), None);
/// ```
pub fn platform_normalize(
    profile: Profile,
    kind: Kind,
    value: &str,
    region: Option<&str>,
) -> Option<String> {
    match kind {
        Kind::Email => email(profile, value),
        Kind::Phone => phone(profile, value, region),
    }
}

/// The hash `profile` asks for: lower-case hex SHA-256 of [`platform_normalize`], except
/// `uid2`: standard Base64 (with padding) of the digest. `None` where the rules reject the value.
///
/// # Examples
///
/// ```
/// use contactkit::suppression::{Kind, Profile, platform_hash};
/// assert_eq!(
///     platform_hash(Profile::Uid2, Kind::Email, "user@example.com", None).as_deref(),
///     Some("tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ="),
/// );
/// ```
pub fn platform_hash(
    profile: Profile,
    kind: Kind,
    value: &str,
    region: Option<&str>,
) -> Option<String> {
    let n = platform_normalize(profile, kind, value, region)?;
    let digest = Sha256::digest(n.as_bytes());
    Some(match profile {
        Profile::Uid2 => base64::engine::general_purpose::STANDARD.encode(digest),
        Profile::Google | Profile::Meta => super::to_hex(&digest),
    })
}

/// [`platform_normalize`] with names, as the bindings call it.
///
/// # Errors
///
/// [`ErrorKind::UnknownProfile`] or [`ErrorKind::UnknownKind`].
pub fn platform_normalize_by_name(
    profile: &str,
    kind: &str,
    value: &str,
    region: Option<&str>,
) -> Result<Option<String>> {
    Ok(platform_normalize(
        Profile::from_name(profile)?,
        Kind::from_name(kind)?,
        value,
        region,
    ))
}

/// [`platform_hash`] with names, as the bindings call it.
///
/// # Errors
///
/// [`ErrorKind::UnknownProfile`] or [`ErrorKind::UnknownKind`].
pub fn platform_hash_by_name(
    profile: &str,
    kind: &str,
    value: &str,
    region: Option<&str>,
) -> Result<Option<String>> {
    Ok(platform_hash(
        Profile::from_name(profile)?,
        Kind::from_name(kind)?,
        value,
        region,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha_hex(s: &str) -> String {
        super::super::to_hex(&Sha256::digest(s.as_bytes()))
    }

    /// The vectors the platforms publish (design/suppression.md §6).
    #[test]
    fn published_vectors() {
        let h = |p, k, v| platform_hash(p, k, v, None).unwrap();
        // Meta docs.
        assert_eq!(
            h(Profile::Meta, Kind::Email, "John_Smith@gmail.com "),
            "62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f"
        );
        assert_eq!(
            h(Profile::Meta, Kind::Phone, "+16505551212"),
            "e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176"
        );
        // Google Data Manager tests.
        assert_eq!(
            h(Profile::Google, Kind::Email, " AlexZ@example.com"),
            "509e933019bb285a134a9334b8bb679dff79d0ce023d529af4bd744d47b4fd8a"
        );
        assert_eq!(
            h(Profile::Google, Kind::Phone, "+18005550100"),
            "fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30"
        );
        // UID2 docs and operator tests.
        assert_eq!(
            h(Profile::Uid2, Kind::Email, "user@example.com"),
            "tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ="
        );
        assert_eq!(
            h(Profile::Uid2, Kind::Phone, "+12345678901"),
            "EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4="
        );
        assert_eq!(
            h(Profile::Uid2, Kind::Email, "jane.saoirse+news@gmail.com"),
            "ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8="
        );
        assert_eq!(
            h(Profile::Uid2, Kind::Email, "test.test@gmail.com"),
            "LkLfFrut8Tc3h/fIvYDiBKSbaMiau/DtaLBPQYszdMw="
        );
        // TikTok and X (plain SHA-256 of the normalised value).
        assert_eq!(
            sha_hex("janedoe@gmail.com"),
            "d6117306485ed0e50afab3ac871e98f81699151f30281527d63ff5f233656c69"
        );
        assert_eq!(
            sha_hex("adsapi"),
            "49e0be2aeccfb51a8dee4c945c8a70a9ac500cf6f5cb08112575f74db9b1470d"
        );
    }

    #[test]
    fn profile_rules() {
        let n = |p, v| platform_normalize(p, Kind::Email, v, None);
        // googlemail: Google strips dots and tag but keeps the domain; UID2 and Meta do not.
        assert_eq!(
            n(Profile::Google, "a.b+c@googlemail.com").as_deref(),
            Some("ab@googlemail.com")
        );
        assert_eq!(
            n(Profile::Uid2, "a.b+c@googlemail.com").as_deref(),
            Some("a.b+c@googlemail.com")
        );
        assert_eq!(
            n(Profile::Meta, "a.b+c@gmail.com").as_deref(),
            Some("a.b+c@gmail.com")
        );
        // White space: Google removes inner white space, Meta trims, UID2 removes U+0020 only.
        assert_eq!(
            n(Profile::Google, "an na@x.nl\t").as_deref(),
            Some("anna@x.nl")
        );
        assert_eq!(
            n(Profile::Meta, "\tanna@x.nl\n").as_deref(),
            Some("anna@x.nl")
        );
        assert_eq!(
            n(Profile::Uid2, " an na@x.nl\t").as_deref(),
            Some("anna@x.nl\t")
        );
        // Non-ASCII upper case.
        assert_eq!(n(Profile::Google, "ÉLO@x.fr").as_deref(), Some("élo@x.fr"));
        assert_eq!(n(Profile::Uid2, "ÉLO@x.fr").as_deref(), Some("Élo@x.fr"));
        // Rejections.
        for p in Profile::ALL {
            assert_eq!(n(*p, "nope"), None);
            assert_eq!(n(*p, "a@b@c"), None);
            assert_eq!(n(*p, "@x.nl"), None);
            assert_eq!(n(*p, "a@"), None);
        }
        assert_eq!(n(Profile::Uid2, "+x@gmail.com"), None);
        assert_eq!(n(Profile::Google, "...@gmail.com"), None);
        // UID2 phones: 10 to 15 digits (the valid Faroe +298201234 is rejected).
        let p = |pr, v| platform_normalize(pr, Kind::Phone, v, None);
        assert_eq!(p(Profile::Uid2, "+298201234"), None);
        assert_eq!(
            p(Profile::Google, "+298201234").as_deref(),
            Some("+298201234")
        );
        assert_eq!(p(Profile::Uid2, " +12345678901"), None);
        assert_eq!(p(Profile::Uid2, "+1 2345678901"), None);
        assert_eq!(p(Profile::Uid2, "+0123456789012"), None);
        // National formats through the phone engine, trunk `0` and `(0)` dropped (where
        // Google's formatter gives `+4402070313000` and `+0612345678`).
        let nl = |pr, v| platform_normalize(pr, Kind::Phone, v, Some("NL"));
        assert_eq!(
            nl(Profile::Google, "06-12345678").as_deref(),
            Some("+31612345678")
        );
        assert_eq!(
            nl(Profile::Meta, "0031 6 1234 5678").as_deref(),
            Some("31612345678")
        );
        assert_eq!(
            p(Profile::Google, "+44 (0)20 7031 3000").as_deref(),
            Some("+442070313000")
        );
        assert_eq!(p(Profile::Google, "06-12345678"), None);
        assert_eq!(p(Profile::Meta, "hello"), None);
        // Every profile agrees with ck1 on the E.164 number.
        for v in ["+31 6 12345678", "0612345678", "+1 (650) 555-1212"] {
            let c = crate::suppression::canonical(Kind::Phone, v, Some("NL")).unwrap();
            assert_eq!(nl(Profile::Google, v).as_deref(), Some(c.strict()));
            assert_eq!(nl(Profile::Meta, v).as_deref(), Some(&c.strict()[1..]));
        }
        assert_eq!(
            Profile::from_name("tiktok").unwrap_err().kind(),
            ErrorKind::UnknownProfile
        );
        assert_eq!(
            platform_hash_by_name("meta", "fax", "x", None)
                .unwrap_err()
                .kind(),
            ErrorKind::UnknownKind
        );
    }
}
