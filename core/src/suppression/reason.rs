//! The slugs of the suppression area: entry reasons, channels, decision statuses and the
//! reasons a check can be unverifiable.

use crate::slug::slug_enum;

/// The file byte of a suppression slug enum: its fixed number (frozen).
macro_rules! file_bytes {
    ($($name:ident),*) => {$(
        impl $name {
            /// The byte that stands for this value in list files (frozen).
            pub const fn byte(self) -> u8 {
                self as u8
            }

            /// The value a file byte stands for.
            pub fn from_byte(b: u8) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.byte() == b)
            }
        }
    )*};
}

slug_enum! {
    /// Why a person is on the list. Ordered by precedence: when two entries for one token are
    /// merged, the reason that comes first here is kept.
    pub enum SuppressionReason {
        /// Erasure request (GDPR Art. 17).
        Erasure = 1 => "erasure",
        /// Legal hold.
        LegalHold = 7 => "legal_hold",
        /// Objection to direct marketing (Art. 21(2)/(3)).
        Objection = 2 => "objection",
        /// Consent withdrawn (Art. 7(3)).
        ConsentWithdrawn = 3 => "consent_withdrawn",
        /// Complaint (spam report).
        Complaint = 5 => "complaint",
        /// Unsubscribe.
        Unsubscribe = 4 => "unsubscribe",
        /// Hard bounce (the address does not exist).
        HardBounce = 6 => "hard_bounce",
        /// Any other reason.
        Other = 8 => "other",
    }
}

slug_enum! {
    /// A contact channel an entry blocks. `all` blocks every channel, including ones added later.
    pub enum Channel {
        /// E-mail.
        Email = 0x01 => "email",
        /// Text messages.
        Sms = 0x02 => "sms",
        /// Phone calls.
        Voice = 0x04 => "voice",
        /// Letters.
        Post = 0x08 => "post",
        /// Push notifications.
        Push = 0x10 => "push",
        /// Every channel.
        All = 0x80 => "all",
    }
}

/// The scope bits of every named channel (without `all`).
pub(crate) const NAMED_CHANNELS: u8 = 0x1F;

/// A set of channels as a file byte.
pub(crate) fn scope_of(channels: &[Channel]) -> u8 {
    channels.iter().fold(0, |acc, c| acc | c.byte())
}

slug_enum! {
    /// The outcome of a check.
    pub enum DecisionStatus {
        /// An entry blocks the value on the channel.
        Suppressed = 1 => "suppressed",
        /// No entry blocks it.
        Clear = 0 => "clear",
        /// The check could not be made (no canonical form, expired list, missing key): treated
        /// as suppressed unless the caller opts out.
        Unverifiable = 2 => "unverifiable",
    }
}

file_bytes!(SuppressionReason, Channel, DecisionStatus);

/// Reasons a check is unverifiable besides a canonicalisation slug.
pub const LIST_EXPIRED: &str = "list_expired";
/// A key of the chain failed while checking.
pub const KEY_MISSING: &str = "key_missing";

/// Every slug a check can report as the reason it was unverifiable.
pub fn unverifiable_codes() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = crate::email::EmailKeyError::ALL
        .iter()
        .map(|e| e.code())
        .collect();
    for c in super::canonical::PHONE_ERROR_CODES {
        if !v.contains(c) {
            v.push(c);
        }
    }
    v.push(LIST_EXPIRED);
    v.push(KEY_MISSING);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_round_trip() {
        for r in SuppressionReason::ALL {
            assert_eq!(SuppressionReason::from_byte(r.byte()), Some(*r));
            assert_eq!(SuppressionReason::from_code(r.code()).unwrap(), *r);
        }
        for c in Channel::ALL {
            assert_eq!(Channel::from_byte(c.byte()), Some(*c));
            assert_eq!(c.byte().count_ones(), 1);
        }
        assert_eq!(scope_of(&[Channel::Email, Channel::Sms]), 3);
        assert!(Channel::from_code("fax").is_none());
    }
}
