//! The contact record built from one row: the shape the duplicate engine takes (API.md §5).
//!
//! Columns with a recognised field put their trimmed value into the record; area processors
//! (e-mail now; phone and address when they land) add their normalised values. The duplicate
//! finder reads records only, never raw rows.

use std::borrow::Cow;

use crate::columns::{ColumnPlan, Field};
use crate::input::Fields;

/// One contact, in the duplicate engine's schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContactRecord<'a> {
    /// Raw field values (trimmed, non-empty). Single-valued fields that come from several columns
    /// (`Street` and `Business Street 2`) are joined with a space; a `family_name_prefix`
    /// (`tussenvoegsel`) is joined into `family_name` (`de` + `Vries` → `de Vries`) and also kept
    /// on its own.
    values: Vec<(Field, Cow<'a, str>)>,
    /// Normalised, valid e-mail addresses of the row (every e-mail column, others included).
    pub emails: Vec<String>,
    /// The provider-aware duplicate keys of those addresses (`dedup_key`, the `ck1` strict form).
    pub email_keys: Vec<String>,
}

const fn multi_valued(f: Field) -> bool {
    matches!(f, Field::Email | Field::Phone | Field::Mobile | Field::Fax)
}

impl<'a> ContactRecord<'a> {
    /// Builds the raw part of the record from a row and the column plan (borrowing the row's
    /// text wherever it can).
    pub fn from_row(plan: &[ColumnPlan], fields: Fields<'a>) -> Self {
        let mut rec = ContactRecord::default();
        for (col, value) in plan.iter().zip(fields.iter()) {
            let Some(field) = col.field else { continue };
            let value = value.trim();
            if value.is_empty() || field == Field::Email {
                // E-mail values enter the record normalised, from the e-mail area.
                continue;
            }
            rec.push(field, value);
        }
        if let (Some(prefix), Some(family)) =
            (rec.get(Field::FamilyNamePrefix), rec.get(Field::FamilyName))
        {
            let joined = format!("{prefix} {family}");
            rec.set(Field::FamilyName, Cow::Owned(joined));
        }
        rec
    }

    fn push(&mut self, field: Field, value: &'a str) {
        if !multi_valued(field)
            && let Some((_, existing)) = self.values.iter_mut().find(|(f, _)| *f == field)
        {
            let joined = existing.to_mut();
            joined.push(' ');
            joined.push_str(value);
            return;
        }
        self.values.push((field, Cow::Borrowed(value)));
    }

    fn set(&mut self, field: Field, value: Cow<'a, str>) {
        if let Some((_, existing)) = self.values.iter_mut().find(|(f, _)| *f == field) {
            *existing = value;
        } else {
            self.values.push((field, value));
        }
    }

    /// The (first) value of `field`.
    pub fn get(&self, field: Field) -> Option<&str> {
        self.values
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.as_ref())
    }

    /// Every field the record has a value for (e-mail: a valid address), possibly repeated.
    pub fn filled(&self) -> impl Iterator<Item = Field> + '_ {
        let email = (!self.emails.is_empty()).then_some(Field::Email);
        self.values.iter().map(|(f, _)| *f).chain(email)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::columns::plan_columns;

    fn record(headers: &[&str], row: &[&str]) -> ContactRecord<'static> {
        let headers: Vec<String> = headers.iter().map(|s| (*s).to_owned()).collect();
        let plan = plan_columns(&headers, &[]).unwrap();
        let text: &'static str = Box::leak(row.concat().into_boxed_str());
        let ends: Vec<usize> = row
            .iter()
            .scan(0, |end, f| {
                *end += f.len();
                Some(*end)
            })
            .collect();
        ContactRecord::from_row(&plan, Fields::of(text, Box::leak(ends.into_boxed_slice())))
    }

    #[test]
    fn tussenvoegsel_is_joined_into_family_name() {
        let r = record(
            &["Voornaam", "Tussenvoegsel", "Achternaam"],
            &["Jan", " van der ", "Berg "],
        );
        assert_eq!(r.get(Field::GivenName), Some("Jan"));
        assert_eq!(r.get(Field::FamilyName), Some("van der Berg"));
        assert_eq!(r.get(Field::FamilyNamePrefix), Some("van der"));
        let r = record(&["Tussenvoegsel", "Achternaam"], &["", "Jansen"]);
        assert_eq!(r.get(Field::FamilyName), Some("Jansen"));
        assert_eq!(r.get(Field::FamilyNamePrefix), None);
    }

    #[test]
    fn several_columns_of_one_field() {
        let r = record(
            &[
                "Business Street",
                "Business Street 2",
                "Telefoon",
                "Mobiel",
                "Notes",
            ],
            &[
                "Kerkstraat 1",
                "achterom",
                "020-1234567",
                "06-12345678",
                "x",
            ],
        );
        assert_eq!(r.get(Field::Street), Some("Kerkstraat 1 achterom"));
        assert_eq!(r.get(Field::Phone), Some("020-1234567"));
        assert_eq!(r.get(Field::Mobile), Some("06-12345678"));
        assert!(!r.filled().any(|f| f == Field::Email));
    }

    #[test]
    fn short_rows_and_email_columns() {
        let r = record(&["E-mail", "Voornaam", "Plaats"], &["a@example.com", "Els"]);
        assert_eq!(r.get(Field::GivenName), Some("Els"));
        assert_eq!(r.get(Field::City), None);
        assert!(
            !r.filled().any(|f| f == Field::Email),
            "e-mail enters through the e-mail area"
        );
    }
}
