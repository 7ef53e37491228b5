//! Given-name equivalence groups (roepnamen, nicknames, short forms, cross-language forms) for
//! Dutch, German, French and English.
//!
//! Source: written for contactkit from general public knowledge of naming customs (the Dutch
//! roepnaam tradition of a Latin baptismal name with a short everyday name, and common English,
//! German and French diminutives); no list was copied. Licence: the project's own (MIT OR
//! Apache-2.0). One group per line, the formal name first; a name may sit in several groups
//! (`jo` is short for Johannes and Johanna). Names are folded ASCII, lower case.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::text::{Fold, fold, squash};

/// Version of the table, reported by [`super::data_version`].
pub(crate) const NICKNAMES_VERSION: &str = "ck-nicknames-2026.11";

const GROUPS: &str = "\
johannes jan hans joop johan jo han hannes jannes jean john johann jens
johanna jo hanna hanneke janneke jannie joke anja jeanne jane joan
cornelis kees cor cees corneel niels
cornelia cor corrie cora nel neeltje
jacobus jaap koos jacob jaco sjaak jakob jacques james jim jimmy jake
hendrik henk hein henri henry harry hendrikus heinrich heinz rik
hendrika riek rika henriette
petrus piet pieter peter pier pierre pete peer
gerardus gerard gert gerrit gerhard geert ger gerd
adrianus arie adri ad adriaan janus
wilhelmina wil mien willy mina helmi
catharina toos tineke katrien trijntje ina katharina katrin kathrin catherine kate katie cathy kathy karin
geertruida truus trudy geertje truida gertrud trude gertrude
wilhelmus wim willem pim wil willy william bill billy will wilhelm willi guillaume
theodorus theo dorus ted teddy theodor
antonius toon teun anton ton tonny antoine anthony tony
franciscus frans frank francis francois franz
josephus jozef joop sjef jos joseph joe josef
nicolaas klaas nico niek nicolas nick nicholas nikolaus klaus
abraham bram
alexander sander alex lex xander sacha alexandre
albertus bert albert ab appie
aloysius louis wies
arnoldus arnold noud nol arnaud
bartholomeus bart bartel
christiaan chris christian christophe christopher kris
dirk dick dik derk dietrich
eduard ed eddy edward ted ned edouard
elisabeth lies liesbeth els betty bep betje lisa liza elise beth elizabeth liz lizzy bettina elsa ilse isabelle
everardus evert eef
frederik frits freek fred frederic friedrich fritz frederick freddy
gijsbertus gijs gijsbert
godefridus fried frieda
helena lenie leni heleen lena ellen helene lene
hubertus huub bert hubert
ignatius naat
jozef sjef
lambertus bert lammert
laurentius lars laurens lau laurent lorenz lawrence larry
leonardus leo leon leonard leendert leen
marinus rinus marijn
martinus martin tinus maarten martijn
matthias matthijs thijs mathijs tijs matthieu matthew matt mathias
michael michiel chiel michel mike mick
paulus paul pauw pauline
reinier rein reinder
richard rick rich dick ricky
robert rob bob bobby robbie bert robin robbert
rudolf ruud rudi rudolph dolf
samuel sam sammy
simon siem
stefanus stefan stef stephan stephane steven stephen steve
thomas tom thom tommy tomas
wouter walter wout
zacharias zach
adriana adrie jana janny
agatha aagje
alida aal lida alie
anna anne ans anneke annie ank anke anja annette anita nancy
antonia toni toos
barbara babs barbera
christina stien tina christine kristina chris
cornelis neel
dorothea dora doortje dorothy dot
francisca cisca fransje francoise frances fanny
geertje geert
hermina mien mina ina
hermanus herman manus harm
jacoba coby co jaapje koosje jacqueline jackie
johanna hanna jopie
josephina jose fien josephine josje
louisa louise wies
magdalena lena leny magda
margaretha greet greetje grietje margriet marga margaret maggie meg peggy margot gretchen margarete grete rita
maria mies marie mia marietje ria rie mary molly polly maaike marja marijke miep mariska
martha marth
petronella nel nellie pet pietje pieternella ella
susanna suus sanne suzanne susan sue susie
theodora dora
wilhelmina willemijn
yvonne von
johannes hannes
benjamin ben benny
daniel daan dan danny
david dave davy
edmund ed
george georg jorge joris sjors
gregory greg
henry hal
isaac izaak
jeffrey jeff
jonathan jon
joshua josh
kenneth ken kenny
leonard len lenny
lodewijk lo lodewijck ludwig louis lewis
matthew matty
nathaniel nat nate
patrick pat paddy
raymond ray
ronald ron ronnie
samuel sam
timothy tim timmy
vincent vince vin
walter walt wally
zachary zack
abigail abby
alexandra sandra alex lexie sasha
amanda mandy
caroline carolien lien carol carrie karolien
christopher kit
deborah debby deb
dorothy dolly
eleanor ellie nora
emily emmy em
evelyn eve evie
frances fran
gabriel gabe gabriela gaby
jennifer jenny jen
jessica jess jessie
judith judy jutta
katherine kathleen kat
lucia lucie lucy luus
madeleine madelon leni maddy
patricia pat patty trish tricia
rebecca becky becca
samantha sam sammie
stephanie steffi steph
victoria vicky tori
friedrich fiete
gottfried friedel
hansjoerg joerg jurgen juergen
wolfgang wolf
ulrich ulli uli
guenther gunther
andreas andre dre andrew andy drew andries dries
bernardus ben bernard bernd bernhard benno
cyriel cyril
emile mile emiel
jeroen jeronimus
johan hans
koenraad koen conrad konrad kurt
rembrandt rem
";

fn table() -> &'static HashMap<&'static str, Vec<u16>> {
    static T: OnceLock<HashMap<&'static str, Vec<u16>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: HashMap<&'static str, Vec<u16>> = HashMap::new();
        for (g, line) in GROUPS.lines().enumerate() {
            for name in line.split_ascii_whitespace() {
                let e = m.entry(name).or_default();
                let g = g as u16;
                if !e.contains(&g) {
                    e.push(g);
                }
            }
        }
        m
    })
}

/// The sorted group ids of a given name (folded on the way in), empty when unknown.
#[cfg(test)]
pub(crate) fn groups(name: &str) -> Vec<u16> {
    group_slice(name).to_vec()
}

/// [`groups`] as the table's own list (sorted: ids are added in ascending order).
pub(crate) fn group_slice(name: &str) -> &'static [u16] {
    // A folded key (lower-case ASCII letters and digits) is its own fold.
    let folded;
    let key = if name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        name
    } else {
        folded = squash(&fold(name, Fold::Ascii));
        folded.as_str()
    };
    table().get(key).map_or(&[], Vec::as_slice)
}

/// Whether two sorted group lists share a group.
pub(crate) fn share(a: &[u16], b: &[u16]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roepnamen_share_a_group() {
        let s = |a: &str, b: &str| share(&groups(a), &groups(b));
        assert!(s("Johannes", "Jan") && s("Jan", "Hans") && s("Cornelis", "Kees"));
        assert!(s("Robert", "Bob") && s("Wilhelmina", "Mien") && s("Margaretha", "Greet"));
        assert!(!s("Jan", "Kees") && !s("Unknownname", "Jan"));
    }
}
