//! The city's districts and which neighbour which (issue 12). The course finder's
//! distance has three steps — the person's own district, a neighbouring district,
//! elsewhere — because the register knows districts, not addresses. The coordinator
//! keeps the list; the relation is symmetric (A neighbours B exactly when B neighbours
//! A) and never reflexive: [`neighbour_pairs`] gives the pairs the store keeps, the
//! smaller id first, which the database's CHECK enforces too.

use crate::FieldError;

/// A district with the ids of its neighbours.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct District {
    pub id: uuid::Uuid,
    pub name: String,
    pub neighbours: Vec<uuid::Uuid>,
}

/// How district names are compared (a course's district, the person's answer, the
/// list): trimmed, case folded.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Whether two district names are the same district.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    !a.is_empty() && (a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase())
}

/// A district's name as the coordinator types it: one line, 1–100 characters.
pub fn parse_name(field: &'static str, raw: &str) -> Result<String, FieldError> {
    crate::text::required_line(field, raw, 100)
}

/// The neighbouring pairs of `id` as stored: one per neighbour, the smaller id first.
/// A district is not its own neighbour (left out); duplicates are kept once.
pub fn neighbour_pairs(id: uuid::Uuid, neighbours: &[uuid::Uuid]) -> Vec<(uuid::Uuid, uuid::Uuid)> {
    let mut v: Vec<(uuid::Uuid, uuid::Uuid)> =
        neighbours.iter().filter(|n| **n != id).map(|n| if id < *n { (id, *n) } else { (*n, id) }).collect();
    v.sort();
    v.dedup();
    v
}

/// The names of the districts neighbouring the one named `name` (compared with
/// [`same`]); empty when the name is not in the list (a district typed freely: no
/// neighbour is known, the finder compares it with the course's own district only).
pub fn neighbours_of(all: &[District], name: &str) -> Vec<String> {
    let Some(d) = all.iter().find(|d| same(&d.name, name)) else {
        return Vec::new();
    };
    all.iter().filter(|o| d.neighbours.contains(&o.id)).map(|o| o.name.clone()).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn pairs_are_ordered_and_never_reflexive() {
        let a = uuid::Uuid::from_u128(1);
        let b = uuid::Uuid::from_u128(2);
        let c = uuid::Uuid::from_u128(3);
        assert_eq!(neighbour_pairs(b, &[a, c, b, c]), vec![(a, b), (b, c)]);
        assert!(neighbour_pairs(a, &[a]).is_empty());
    }

    #[test]
    fn neighbours_by_name_in_any_case() {
        let n = uuid::Uuid::from_u128(1);
        let m = uuid::Uuid::from_u128(2);
        let s = uuid::Uuid::from_u128(3);
        let all = vec![
            District { id: n, name: "Norra".into(), neighbours: vec![m] },
            District { id: m, name: "Mitte".into(), neighbours: vec![n, s] },
            District { id: s, name: "Süd".into(), neighbours: vec![m] },
        ];
        assert_eq!(neighbours_of(&all, " mitte "), vec!["Norra", "Süd"]);
        assert_eq!(neighbours_of(&all, "SÜD"), vec!["Mitte"]);
        assert!(neighbours_of(&all, "Elsewhere").is_empty());
        assert!(same("Süd", "süd ") && !same("", "") && !same("Norra", "Mitte"));
        assert_eq!(parse_name("name", "  ").unwrap_err().code, "required");
        assert_eq!(parse_name("name", " Norra ").unwrap(), "Norra");
    }
}
