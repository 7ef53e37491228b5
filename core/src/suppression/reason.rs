//! The slugs of the suppression area: entry reasons, channels, decision statuses and the
//! reasons a check can be unverifiable.

macro_rules! slug_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $code:literal => $byte:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vm])* $variant),*
        }

        impl $name {
            /// Every value, in a stable order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable slug.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),*
                }
            }

            /// The value with slug `code`.
            ///
            /// # Errors
            ///
            /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for an
            /// unknown slug.
            pub fn from_code(code: &str) -> crate::Result<Self> {
                match code {
                    $($code => Ok($name::$variant),)*
                    _ => Err(crate::Error::new(crate::ErrorKind::InvalidArgument)
                        .with_detail(stringify!($name))),
                }
            }

            /// The byte that stands for this value in list files (frozen).
            pub const fn byte(self) -> u8 {
                match self {
                    $($name::$variant => $byte),*
                }
            }

            /// The value a file byte stands for.
            pub fn from_byte(b: u8) -> Option<Self> {
                match b {
                    $($byte => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

slug_enum!(
    /// Why a person is on the list. Ordered by precedence: when two entries for one token are
    /// merged, the reason that comes first here is kept.
    SuppressionReason {
        /// Erasure request (GDPR Art. 17).
        Erasure = "erasure" => 1,
        /// Legal hold.
        LegalHold = "legal_hold" => 7,
        /// Objection to direct marketing (Art. 21(2)/(3)).
        Objection = "objection" => 2,
        /// Consent withdrawn (Art. 7(3)).
        ConsentWithdrawn = "consent_withdrawn" => 3,
        /// Complaint (spam report).
        Complaint = "complaint" => 5,
        /// Unsubscribe.
        Unsubscribe = "unsubscribe" => 4,
        /// Hard bounce (the address does not exist).
        HardBounce = "hard_bounce" => 6,
        /// Any other reason.
        Other = "other" => 8,
    }
);

slug_enum!(
    /// A contact channel an entry blocks. `all` blocks every channel, including ones added later.
    Channel {
        /// E-mail.
        Email = "email" => 0x01,
        /// Text messages.
        Sms = "sms" => 0x02,
        /// Phone calls.
        Voice = "voice" => 0x04,
        /// Letters.
        Post = "post" => 0x08,
        /// Push notifications.
        Push = "push" => 0x10,
        /// Every channel.
        All = "all" => 0x80,
    }
);

/// The scope bits of every named channel (without `all`).
pub(crate) const NAMED_CHANNELS: u8 = 0x1F;

/// A set of channels as a file byte.
pub(crate) fn scope_of(channels: &[Channel]) -> u8 {
    channels.iter().fold(0, |acc, c| acc | c.byte())
}

slug_enum!(
    /// The outcome of a check.
    DecisionStatus {
        /// An entry blocks the value on the channel.
        Suppressed = "suppressed" => 1,
        /// No entry blocks it.
        Clear = "clear" => 0,
        /// The check could not be made (no canonical form, expired list, missing key): treated
        /// as suppressed unless the caller opts out.
        Unverifiable = "unverifiable" => 2,
    }
);

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
        assert!(Channel::from_code("fax").is_err());
    }
}
