//! Suppression lists over the C ABI: `ck1` canonical forms and tokens, platform hashes, and the
//! `contactkit_suppression_list` handle with a local key or a C MAC callback (KMS/HSM).

use ck::suppression::DecisionStatus;

/// The outcome of a suppression check. `SUPPRESSED` and `UNVERIFIABLE` both mean "do not
/// contact" unless the caller opted out of failing closed (see `contactkit_decision.suppressed`).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum contactkit_suppression_status {
    /// An entry blocks the value on the channel.
    Suppressed = 1,
    /// No entry blocks it.
    Clear = 2,
    /// The check could not be made (no canonical form, expired list, failing key).
    Unverifiable = 3,
}

/// The C value of a core status.
pub(crate) fn status_code(s: DecisionStatus) -> u32 {
    (match s {
        DecisionStatus::Suppressed => contactkit_suppression_status::Suppressed,
        DecisionStatus::Clear => contactkit_suppression_status::Clear,
        _ => contactkit_suppression_status::Unverifiable,
    }) as u32
}
