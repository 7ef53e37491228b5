//! Properties of duplicate scoring: `score_pair` is symmetric and its waterfall adds up;
//! `dedupe` puts every id in exactly one cluster and gives the same result for any thread count.

use contactkit::dedupe::{DedupeOptions, Record, dedupe, score_pair};
use proptest::prelude::*;

fn record() -> impl Strategy<Value = Record> {
    (
        proptest::option::of(prop::sample::select(vec![
            "Jan", "J.", "Johannes", "Anna", "Kees", "Müller", "de",
        ])),
        proptest::option::of(prop::sample::select(vec![
            "de Vries",
            "Vries, de",
            "Jansen",
            "Janssen",
            "van der Berg",
            "Wit-Jansen",
        ])),
        proptest::option::of(prop::sample::select(vec![
            "jan@x.nl",
            "info@acme.nl",
            "anna@gmail.com",
        ])),
        proptest::option::of(prop::sample::select(vec!["+31612345678", "+31201234567"])),
        proptest::option::of(prop::sample::select(vec!["1234 AB", "1234AB", "9999 ZZ"])),
        proptest::option::of(prop::sample::select(vec!["1", "2", "12a"])),
        proptest::option::of("[ -~]{0,12}"),
    )
        .prop_map(|(g, f, e, p, pc, n, org)| {
            let mut r = Record::new("x");
            r.given_name = g.map(str::to_owned);
            r.family_name = f.map(str::to_owned);
            r.email = e.into_iter().map(str::to_owned).collect();
            r.phone = p.into_iter().map(str::to_owned).collect();
            r.postcode = pc.map(str::to_owned);
            r.house_number = n.map(str::to_owned);
            r.organisation = org;
            r
        })
}

proptest! {
    #[test]
    fn score_pair_is_symmetric_and_adds_up(a in record(), b in record()) {
        let (x, y) = (score_pair(&a, &b), score_pair(&b, &a));
        prop_assert!((x.weight - y.weight).abs() < 1e-9);
        prop_assert_eq!(x.relation, y.relation);
        let total: f64 = x.explanation.iter().map(|e| e.weight).sum();
        prop_assert!((total - x.weight).abs() < 1e-6);
        prop_assert!((0.0..=1.0).contains(&x.probability));
    }

    #[test]
    fn clusters_cover_every_id_once_for_any_thread_count(recs in prop::collection::vec(record(), 0..40)) {
        let recs: Vec<Record> = recs
            .into_iter()
            .enumerate()
            .map(|(i, mut r)| { r.id = i.to_string(); r })
            .collect();
        let one = dedupe(&recs, &DedupeOptions::default().threads(Some(1))).unwrap();
        let two = dedupe(&recs, &DedupeOptions::default().threads(Some(2))).unwrap();
        prop_assert_eq!(&one.clusters, &two.clusters);
        prop_assert_eq!(one.pairs.len(), two.pairs.len());
        let mut ids: Vec<String> = one.clusters.concat();
        ids.sort();
        let mut want: Vec<String> = recs.iter().map(|r| r.id.clone()).collect();
        want.sort();
        prop_assert_eq!(ids, want);
    }
}
