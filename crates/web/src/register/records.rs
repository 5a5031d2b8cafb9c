//! Records of processing (GDPR Art. 30), generated from docs/DATA-MAP.md — the map of
//! every column — so the record can never drift from the schema (a test ties the map to
//! the migrations).

/// The data map, embedded at build time.
pub const DATA_MAP: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/DATA-MAP.md"));

/// One row of the map.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Column {
    pub table: String,
    pub column: String,
    pub personal: String,
    pub purpose: String,
    pub legal_basis: String,
    pub retention: String,
    pub who: String,
}

/// The record of one table: its personal columns, with what the map says of them.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Record {
    pub table: String,
    /// The purpose of the table (its first column's purpose).
    pub purpose: String,
    pub columns: Vec<Column>,
}

pub fn columns() -> Vec<Column> {
    DATA_MAP
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            if cells.len() < 9 || cells[1] == "table" || cells[1].starts_with("---") {
                return None;
            }
            Some(Column {
                table: cells[1].to_owned(),
                column: cells[2].to_owned(),
                personal: cells[3].to_owned(),
                purpose: cells[4].to_owned(),
                legal_basis: cells[5].to_owned(),
                retention: cells[6].to_owned(),
                who: cells[7].to_owned(),
            })
        })
        .collect()
}

/// The tables that hold personal data, each with its personal columns.
pub fn records() -> Vec<Record> {
    let all = columns();
    let mut out: Vec<Record> = vec![];
    for c in &all {
        if c.personal == "no" {
            continue;
        }
        match out.iter_mut().find(|r| r.table == c.table) {
            Some(r) => r.columns.push(c.clone()),
            None => {
                let purpose = all
                    .iter()
                    .find(|x| x.table == c.table && !x.purpose.is_empty())
                    .map(|x| x.purpose.clone())
                    .unwrap_or_default();
                out.push(Record { table: c.table.clone(), purpose, columns: vec![c.clone()] });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_map_yields_records() {
        let r = super::records();
        assert!(r.iter().any(|r| r.table == "people" && r.columns.iter().any(|c| c.column == "full_name")));
        assert!(r.iter().all(|r| r.columns.iter().all(|c| !c.legal_basis.is_empty())));
    }
}
