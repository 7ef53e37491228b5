//! Per-record features, computed once: everything a comparison needs, as folded keys and hashes.

use super::Record;
use super::contact::{
    AddressFeature, AddressInput, EmailFeature, PhoneFeature, address_feature, email_feature,
    parse_dob, phone_feature,
};
use super::names::{NameInput, PersonName};
use super::org::OrgFeatures;

/// The features of one record.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Features {
    pub name: PersonName,
    pub dob: Option<(u16, u8, u8)>,
    pub emails: Vec<EmailFeature>,
    pub phones: Vec<PhoneFeature>,
    pub address: AddressFeature,
    pub org: Org,
}

/// The organisation features of a record: boxed, and absent (no allocation, 8 bytes) for the
/// many records without an organisation or registration; reads as [`OrgFeatures`] (empty when
/// absent).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Org(Option<Box<OrgFeatures>>);

impl Org {
    fn new(o: OrgFeatures) -> Self {
        if o == OrgFeatures::default() {
            Org(None)
        } else {
            Org(Some(Box::new(o)))
        }
    }
}

impl std::ops::Deref for Org {
    type Target = OrgFeatures;
    #[inline]
    fn deref(&self) -> &OrgFeatures {
        static EMPTY: std::sync::OnceLock<OrgFeatures> = std::sync::OnceLock::new();
        match &self.0 {
            Some(o) => o,
            None => EMPTY.get_or_init(OrgFeatures::default),
        }
    }
}

impl Features {
    /// Computes the features of `r`.
    pub fn new(r: &Record) -> Self {
        let name = PersonName::parse(NameInput {
            given: r.given_name.as_deref(),
            middle: r.middle_name.as_deref(),
            family: r.family_name.as_deref(),
            full: r.full_name.as_deref(),
        });
        // Lists sized to their inputs (a collected list starts with room for four and is
        // shrunk again below).
        let mut emails: Vec<EmailFeature> = Vec::with_capacity(r.email.len());
        emails.extend(r.email.iter().filter_map(|e| email_feature(e)));
        emails.dedup_by_key(|e| e.key);
        let mut phones: Vec<PhoneFeature> = Vec::with_capacity(r.phone.len());
        phones.extend(
            r.phone
                .iter()
                .filter_map(|p| phone_feature(p, r.country.as_deref())),
        );
        phones.dedup_by_key(|p| p.e164);
        let address = address_feature(AddressInput {
            address: r.address.as_deref(),
            street: r.street.as_deref(),
            house_number: r.house_number.as_deref(),
            unit: r.unit.as_deref(),
            postcode: r.postcode.as_deref(),
            city: r.city.as_deref(),
            country: r.country.as_deref(),
        });
        let mut f = Features {
            name,
            dob: r.date_of_birth.as_deref().and_then(parse_dob),
            emails,
            phones,
            address,
            org: Org::default(),
        };
        let mut org = OrgFeatures::new(r.organisation.as_deref(), &r.registration);
        org.tokens.shrink_to_fit();
        org.registrations.shrink_to_fit();
        f.org = Org::new(org);
        f.shrink();
        f
    }

    /// Reads a word from each part of the record's own storage a comparison reads (the names,
    /// the address, the lists' lengths): called for a record compared soon, so the cache misses
    /// start early. The value means nothing.
    #[inline]
    pub fn warm(&self) -> u64 {
        let n = &self.name;
        (n.given.len() as u64)
            ^ n.family_cologne
            ^ n.family.as_ref().map_or(0, |k| k.h)
            ^ self.address.match_key
            ^ self.address.city.as_ref().map_or(0, |k| k.h)
            ^ (self.emails.len() as u64)
            ^ (self.phones.len() as u64)
    }

    /// [`Features::warm`] for the lists behind the record (given names, family parts, e-mail
    /// addresses, phones), once the record itself is in cache.
    #[inline]
    pub fn warm_lists(&self) -> u64 {
        let n = &self.name;
        n.given.first().map_or(0, |k| k.h)
            ^ n.parts.first().map_or(0, |p| p.prefix)
            ^ self.emails.first().map_or(0, |e| e.key)
            ^ self.phones.first().map_or(0, |p| p.e164)
    }

    /// Gives back the spare capacity of every list (a list grown by pushes holds
    /// room for four or more entries): features live for the whole run, a million at a time.
    fn shrink(&mut self) {
        let n = &mut self.name;
        n.given.shrink_to_fit();
        n.nick.shrink_to_fit();
        n.parts.shrink_to_fit();
        self.emails.shrink_to_fit();
        self.phones.shrink_to_fit();
    }
}
