//! Evaluation (R12): reports over plain figures, with small groups suppressed.
//!
//! A report is a pure function from *figures* (plain counts the store gathers with
//! aggregate SQL, one struct per area) to [`Report`]: tables of counts by a breakdown,
//! every cell already decided shown or hidden. Nothing here reads a database, so every
//! figure is checked against hand-counted fixtures in the tests below and in the store's.
//!
//! **Small groups.** No figure for fewer than `threshold` people (default 5) is shown or
//! exported (*primary suppression*). Because tables carry totals, one hidden cell in a
//! line could be recomputed as `total − the others`; so wherever a line (a row whose
//! columns add up to a row total, or a column with its total) has exactly one hidden
//! cell, the smallest other cell of that line is hidden too (*complementary
//! suppression*), repeated until no line has exactly one hidden cell. Zeros are shown: a
//! zero singles nobody out.
//!
//! **Adding an area** (modules, vouchers, desk…): a figures struct in this module (or the
//! area's), a store function that fills it with `GROUP BY` queries, a [`ReportName`]
//! variant and a builder function here that turns the figures into [`Table`]s through
//! [`Table::build`]. Suppression, CSV, the page and the API come for free.

use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;

use crate::{FieldError, Invalid};

/// The default smallest group that may be shown.
pub const DEFAULT_THRESHOLD: u64 = 5;
/// The longest period a report covers.
pub const MAX_PERIOD_DAYS: i32 = 366 * 10;

/// A period of days, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl Period {
    /// Parses `from`/`to` (`YYYY-MM-DD`, either may be empty: the default is the twelve
    /// months up to `today`).
    pub fn parse(from: &str, to: &str, today: Date) -> Result<Self, Invalid> {
        let mut inv = Invalid::default();
        let to_d = if to.trim().is_empty() {
            Some(today)
        } else {
            to.trim().parse::<Date>().ok().or_else(|| {
                inv.push(FieldError::new("to", "invalid_date"));
                None
            })
        };
        let from_d = if from.trim().is_empty() {
            to_d.and_then(|t| t.checked_sub(jiff::Span::new().years(1)).ok()).and_then(|d| d.tomorrow().ok())
        } else {
            from.trim().parse::<Date>().ok().or_else(|| {
                inv.push(FieldError::new("from", "invalid_date"));
                None
            })
        };
        match (from_d, to_d) {
            (Some(f), Some(t)) if f > t => {
                inv.push(FieldError::new("to", "period_order"));
                Err(inv)
            }
            (Some(f), Some(t)) if (t - f).get_days() > MAX_PERIOD_DAYS => {
                inv.push(FieldError::new("from", "period_too_long"));
                Err(inv)
            }
            (Some(from), Some(to)) if inv.is_empty() => Ok(Self { from, to }),
            _ => Err(inv),
        }
    }

    /// `from` as `YYYY-MM-DD` (compares as text with stored dates).
    pub fn from_text(&self) -> String {
        self.from.to_string()
    }
    pub fn to_text(&self) -> String {
        self.to.to_string()
    }
    /// The first moment after the period, as stored timestamps are compared (`<`).
    pub fn end_exclusive_text(&self) -> String {
        self.to.tomorrow().map(|d| d.to_string()).unwrap_or_else(|_| self.to.to_string())
    }
}

/// The breakdowns a report can be cut by. Gender is not collected by the register
/// (docs/DATA-MAP.md), so there is no such breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Breakdown {
    Month,
    /// The person's first language.
    Language,
    /// EU/EEA/Switzerland or third country.
    Citizenship,
    AgeBand,
    District,
}

impl Breakdown {
    pub const ALL: [Breakdown; 5] =
        [Breakdown::Month, Breakdown::Language, Breakdown::Citizenship, Breakdown::AgeBand, Breakdown::District];

    pub fn as_str(self) -> &'static str {
        match self {
            Breakdown::Month => "month",
            Breakdown::Language => "language",
            Breakdown::Citizenship => "citizenship",
            Breakdown::AgeBand => "age_band",
            Breakdown::District => "district",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == s.trim())
    }
}

/// The reports there are. Each area adds its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportName {
    /// Share of people with a first permit in the period who had a start coaching, and
    /// the time it took.
    Uptake,
    /// Coaching appointments by kind and outcome, interpreting and childcare.
    Coaching,
    /// Follow-up coaching after two years: due, invited, held.
    FollowUps,
    /// Group information modules: sessions, seats, registrations, attendance.
    Modules,
    /// Language-course vouchers and the courses people started and completed.
    Vouchers,
    /// Information desk and hotline contacts.
    Desk,
    /// The modules' anonymous survey and the missing topics named.
    Satisfaction,
}

impl ReportName {
    pub const ALL: [ReportName; 7] = [
        ReportName::Uptake,
        ReportName::Coaching,
        ReportName::FollowUps,
        ReportName::Modules,
        ReportName::Vouchers,
        ReportName::Desk,
        ReportName::Satisfaction,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportName::Uptake => "uptake",
            ReportName::Coaching => "coaching",
            ReportName::FollowUps => "follow_ups",
            ReportName::Modules => "modules",
            ReportName::Vouchers => "vouchers",
            ReportName::Desk => "desk",
            ReportName::Satisfaction => "satisfaction",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }
}

/// One figure after suppression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    Hidden,
}

impl Cell {
    pub fn value(self) -> Option<u64> {
        match self {
            Cell::Shown(v) => Some(v),
            Cell::Hidden => None,
        }
    }
    /// For CSV: the number, or `c` (confidential, Eurostat's flag) when hidden.
    pub fn csv(self) -> String {
        match self {
            Cell::Shown(v) => v.to_string(),
            Cell::Hidden => "c".to_owned(),
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Shown(v) => s.serialize_u64(*v),
            Cell::Hidden => s.serialize_none(),
        }
    }
}

/// One row of a table: its key (a month, a language code, a band…) and its cells.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub key: String,
    pub cells: Vec<Cell>,
    /// The row's total, where the columns are parts of it.
    pub total: Option<Cell>,
    /// `cells[numerator] / cells[denominator or total]` in per cent, when both are shown.
    pub share: Option<f64>,
}

/// A table of counts: rows by one breakdown, columns of measures, a totals row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Stable id (`uptake_by_language`); the page's caption is the Fluent key
    /// `report-table-<id>`.
    pub id: String,
    /// What the rows are (`month`, `language`, `kind`…).
    pub rows_are: String,
    /// Column ids; headers are `report-col-<id>`.
    pub columns: Vec<&'static str>,
    /// Whether the columns are disjoint parts of a row total (shown as the last column).
    pub row_total: bool,
    pub rows: Vec<Row>,
    pub totals: Row,
    /// Which column the share is of (numerator), over the row total or another column.
    pub share_of: Option<(usize, Option<usize>)>,
}

/// Raw counts for one table before suppression.
pub struct RawTable {
    pub id: String,
    pub rows_are: String,
    pub columns: Vec<&'static str>,
    pub row_total: bool,
    pub rows: Vec<(String, Vec<u64>)>,
    pub share_of: Option<(usize, Option<usize>)>,
}

impl Table {
    /// Suppresses small groups and their complements, adds the totals and shares.
    pub fn build(raw: RawTable, threshold: u64) -> Table {
        Self::build_with_counts(raw, threshold, &[])
    }

    /// As [`Table::build`], where the columns `not_people` count things, not people
    /// (sessions, seats): they are never a small group themselves.
    pub fn build_with_counts(raw: RawTable, threshold: u64, not_people: &[usize]) -> Table {
        let ncols = raw.columns.len();
        let nrows = raw.rows.len();
        // The full grid with totals: rows × (cols [+ row total]), plus the totals row.
        let width = ncols + usize::from(raw.row_total);
        let mut grid: Vec<Vec<u64>> = raw
            .rows
            .iter()
            .map(|(_, v)| {
                let mut r: Vec<u64> = (0..ncols).map(|c| v.get(c).copied().unwrap_or(0)).collect();
                if raw.row_total {
                    r.push(r.iter().sum());
                }
                r
            })
            .collect();
        let totals: Vec<u64> = (0..width).map(|c| grid.iter().map(|r| r[c]).sum()).collect();
        grid.push(totals);
        let population = match raw.share_of {
            Some((_, Some(den))) if !raw.row_total => Some(den),
            _ => None,
        };
        let hidden = suppress_columns(&grid, raw.row_total, population, threshold, not_people);
        let make_row = |i: usize, key: String| {
            let cells: Vec<Cell> = (0..ncols).map(|c| cell(&grid, &hidden, i, c)).collect();
            let total = raw.row_total.then(|| cell(&grid, &hidden, i, ncols));
            let share = raw.share_of.and_then(|(num, den)| {
                let n = cells.get(num)?.value()?;
                let d = match den {
                    Some(d) => cells.get(d)?.value()?,
                    None => total?.value()?,
                };
                (d > 0).then(|| (n as f64) * 100.0 / (d as f64))
            });
            Row { key, cells, total, share }
        };
        let rows: Vec<Row> = raw.rows.into_iter().enumerate().map(|(i, (k, _))| make_row(i, k)).collect();
        let totals = make_row(nrows, "total".to_owned());
        Table {
            id: raw.id,
            rows_are: raw.rows_are,
            columns: raw.columns,
            row_total: raw.row_total,
            rows,
            totals,
            share_of: raw.share_of,
        }
    }
}

fn cell(grid: &[Vec<u64>], hidden: &[Vec<bool>], r: usize, c: usize) -> Cell {
    if hidden[r][c] { Cell::Hidden } else { Cell::Shown(grid[r][c]) }
}

/// Which cells of `grid` to hide. The last row holds the column totals; when
/// `row_total`, the last column holds the row totals (and the columns before it add up
/// to it). Returns the hidden mask.
///
/// Primary: `0 < value < threshold`, and every cell (zeros too) of a line whose total is
/// such a small group. Complementary: while some line (a column with its
/// total; with `row_total` also a row with its total) has exactly one hidden cell, the
/// smallest shown cell of that line is hidden as well (the line's own cells before its
/// total, so the total stays when it can).
pub fn suppress(grid: &[Vec<u64>], row_total: bool, threshold: u64) -> Vec<Vec<bool>> {
    suppress_with(grid, row_total, None, threshold)
}

/// As [`suppress`]; `population` names a column the row's other columns are subsets of
/// (due ⊇ invited ⊇ held): a small population hides its whole row.
pub fn suppress_with(grid: &[Vec<u64>], row_total: bool, population: Option<usize>, threshold: u64) -> Vec<Vec<bool>> {
    suppress_columns(grid, row_total, population, threshold, &[])
}

/// As [`suppress_with`]; the columns `not_people` (sessions, seats) are never small
/// groups by themselves, though a small population still hides its whole row.
pub fn suppress_columns(
    grid: &[Vec<u64>],
    row_total: bool,
    population: Option<usize>,
    threshold: u64,
    not_people: &[usize],
) -> Vec<Vec<bool>> {
    let nr = grid.len();
    let nc = grid.first().map_or(0, Vec::len);
    let small = |v: u64| v > 0 && v < threshold;
    let mut hidden: Vec<Vec<bool>> = grid
        .iter()
        .map(|r| r.iter().enumerate().map(|(c, &v)| small(v) && !not_people.contains(&c)).collect())
        .collect();
    // A small group hides all its figures, zeros included: "0 of the 3 were coached"
    // says something about each of the 3.
    if nr > 0 && nc > 0 {
        for c in 0..nc {
            if small(grid[nr - 1][c]) && !not_people.contains(&c) {
                (0..nr).for_each(|r| hidden[r][c] = true);
            }
        }
        if let Some(col) = population.or(row_total.then_some(nc - 1)) {
            for r in 0..nr {
                if grid[r].get(col).is_some_and(|&v| small(v)) {
                    hidden[r].iter_mut().for_each(|h| *h = true);
                }
            }
        }
    }
    // The lines: every column (all rows, the last being its total) and, with row totals,
    // every row (all columns, the last being its total).
    let mut lines: Vec<Vec<(usize, usize)>> = (0..nc).map(|c| (0..nr).map(|r| (r, c)).collect()).collect();
    if row_total {
        lines.extend((0..nr).map(|r| (0..nc).map(|c| (r, c)).collect()));
    }
    // The lines through each cell, to prefer complements that also settle another line.
    let mut through: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); nc]; nr];
    for (i, line) in lines.iter().enumerate() {
        for &(r, c) in line {
            through[r][c].push(i);
        }
    }
    loop {
        let mut changed = false;
        for (li, line) in lines.iter().enumerate() {
            let count = |l: &Vec<(usize, usize)>, h: &Vec<Vec<bool>>| l.iter().filter(|&&(r, c)| h[r][c]).count();
            if count(line, &hidden) != 1 {
                continue;
            }
            // The cell to hide: first one whose other lines already have a hidden cell
            // (hiding it settles them too) rather than one that opens a new line; then a
            // part rather than the total (the last cell); then non-zero (hiding a known
            // zero hides nothing); then the smallest.
            let cost = |r: usize, c: usize| {
                through[r][c].iter().filter(|&&o| o != li && count(&lines[o], &hidden) == 0).count()
            };
            let (parts, total) = line.split_at(line.len() - 1);
            let pick = parts
                .iter()
                .filter(|&&(r, c)| !hidden[r][c])
                .min_by_key(|&&(r, c)| (cost(r, c), grid[r][c] == 0, grid[r][c]))
                .or_else(|| total.iter().find(|&&(r, c)| !hidden[r][c]));
            if let Some(&(r, c)) = pick {
                hidden[r][c] = true;
                changed = true;
            }
        }
        if !changed {
            return hidden;
        }
    }
}

/// A report: its name, period, threshold and tables.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub name: ReportName,
    pub period: Period,
    pub threshold: u64,
    pub tables: Vec<Table>,
    /// Headline figures (the key indicators), each with its Fluent key `report-kpi-<id>`.
    pub kpis: Vec<Kpi>,
}

/// A headline figure: a count or a percentage, hidden like any cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Kpi {
    pub id: &'static str,
    pub value: Option<f64>,
    pub percent: bool,
}

// ---------------------------------------------------------------------------------
// Figures: what the store gathers. Plain counts, keyed by the raw value the database
// holds (a birth year, a month, a language code); the bands are made here.

/// One group's counts for the uptake report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UptakeCounts {
    /// People whose first permit was issued in the period.
    pub permits: u64,
    /// Of them, those who had a start coaching (held), at any time after.
    pub coached: u64,
}

/// Days from the permit to the (first held) start coaching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Delay {
    Within14,
    Within30,
    Within90,
    Later,
}

impl Delay {
    pub const ALL: [Delay; 4] = [Delay::Within14, Delay::Within30, Delay::Within90, Delay::Later];
    pub fn of_days(d: i64) -> Self {
        match d {
            ..=14 => Delay::Within14,
            15..=30 => Delay::Within30,
            31..=90 => Delay::Within90,
            _ => Delay::Later,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Delay::Within14 => "within_14",
            Delay::Within30 => "within_30",
            Delay::Within90 => "within_90",
            Delay::Later => "later",
        }
    }
}

/// What the store gathers for the uptake report: counts per raw key of each breakdown.
#[derive(Debug, Clone, Default)]
pub struct UptakeFigures {
    /// `YYYY-MM` of the permit.
    pub by_month: BTreeMap<String, UptakeCounts>,
    /// First language (ISO 639-1), or "" when none is recorded.
    pub by_language: BTreeMap<String, UptakeCounts>,
    /// true = EU/EEA/CH citizen.
    pub by_eu: BTreeMap<bool, UptakeCounts>,
    pub by_birth_year: BTreeMap<i64, UptakeCounts>,
    /// District, "" when unknown.
    pub by_district: BTreeMap<String, UptakeCounts>,
    /// Coached people by days from permit to the first held start coaching.
    pub delays: BTreeMap<Delay, u64>,
}

/// Age bands, by age reached in the year the period ends.
pub const AGE_BANDS: [(i64, i64, &str); 6] =
    [(0, 17, "0-17"), (18, 25, "18-25"), (26, 35, "26-35"), (36, 45, "36-45"), (46, 65, "46-65"), (66, 200, "66+")];

pub fn age_band(birth_year: i64, year: i64) -> &'static str {
    let age = (year - birth_year).max(0);
    AGE_BANDS.iter().find(|(lo, hi, _)| age >= *lo && age <= *hi).map_or("66+", |b| b.2)
}

fn uptake_table(id: &str, rows_are: &str, rows: Vec<(String, UptakeCounts)>, threshold: u64) -> Table {
    Table::build(
        RawTable {
            id: id.to_owned(),
            rows_are: rows_are.to_owned(),
            columns: vec!["coached", "not_coached"],
            row_total: true,
            rows: rows.into_iter().map(|(k, c)| (k, vec![c.coached, c.permits.saturating_sub(c.coached)])).collect(),
            share_of: Some((0, None)),
        },
        threshold,
    )
}

fn add(into: &mut UptakeCounts, c: &UptakeCounts) {
    into.permits += c.permits;
    into.coached += c.coached;
}

/// The uptake report: one table per breakdown, the delays, and the headline share.
pub fn uptake(f: &UptakeFigures, period: Period, threshold: u64) -> Report {
    let year = i64::from(period.to.year());
    let mut bands: BTreeMap<&str, UptakeCounts> = BTreeMap::new();
    for (by, c) in &f.by_birth_year {
        add(bands.entry(age_band(*by, year)).or_default(), c);
    }
    let bands: Vec<(String, UptakeCounts)> =
        AGE_BANDS.iter().filter_map(|(_, _, name)| bands.get(name).map(|c| ((*name).to_owned(), c.clone()))).collect();
    // Known keys in order, the unknown ("") last.
    let keyed = |m: &BTreeMap<String, UptakeCounts>| -> Vec<(String, UptakeCounts)> {
        let mut v: Vec<(String, UptakeCounts)> =
            m.iter().filter(|(k, _)| !k.is_empty()).map(|(k, c)| (k.clone(), c.clone())).collect();
        v.extend(m.get("").map(|c| ("unknown".to_owned(), c.clone())));
        v
    };
    let eu: Vec<(String, UptakeCounts)> = [(true, "eu_eea_ch"), (false, "third_country")]
        .into_iter()
        .filter_map(|(k, name)| f.by_eu.get(&k).map(|c| (name.to_owned(), c.clone())))
        .collect();
    let by_month = uptake_table("uptake_by_month", "month", keyed(&f.by_month), threshold);
    let tables = vec![
        by_month.clone(),
        uptake_table("uptake_by_language", "language", keyed(&f.by_language), threshold),
        uptake_table("uptake_by_citizenship", "citizenship", eu, threshold),
        uptake_table("uptake_by_age_band", "age_band", bands, threshold),
        uptake_table("uptake_by_district", "district", keyed(&f.by_district), threshold),
        Table::build(
            RawTable {
                id: "uptake_delay".to_owned(),
                rows_are: "delay".to_owned(),
                columns: vec!["people"],
                row_total: false,
                rows: Delay::ALL
                    .iter()
                    .map(|d| (d.as_str().to_owned(), vec![f.delays.get(d).copied().unwrap_or(0)]))
                    .collect(),
                share_of: None,
            },
            threshold,
        ),
    ];
    let t = &by_month.totals;
    let kpis = vec![
        Kpi { id: "permits", value: t.total.and_then(Cell::value).map(|v| v as f64), percent: false },
        Kpi { id: "coached", value: t.cells[0].value().map(|v| v as f64), percent: false },
        Kpi { id: "uptake", value: t.share, percent: true },
    ];
    Report { name: ReportName::Uptake, period, threshold, tables, kpis }
}

/// Appointment counts for the coaching report.
#[derive(Debug, Clone, Default)]
pub struct CoachingFigures {
    /// (kind, status) → appointments starting in the period.
    pub by_kind_status: BTreeMap<(String, String), u64>,
    /// language ("" = none recorded) → held appointments.
    pub held_by_language: BTreeMap<String, u64>,
    /// Held appointments with a phone interpreter.
    pub held_with_interpreter: u64,
    /// Held appointments where childcare was needed.
    pub held_with_childcare: u64,
}

pub const APPOINTMENT_STATUSES: [&str; 4] = ["held", "no_show", "cancelled", "booked"];
pub const APPOINTMENT_KINDS: [&str; 4] = ["start", "follow_up", "individual_module", "desk_follow_up"];

/// The coaching report: appointments by kind and outcome, held ones by language.
pub fn coaching(f: &CoachingFigures, period: Period, threshold: u64) -> Report {
    let rows: Vec<(String, Vec<u64>)> = APPOINTMENT_KINDS
        .iter()
        .map(|k| {
            let v = APPOINTMENT_STATUSES
                .iter()
                .map(|s| f.by_kind_status.get(&((*k).to_owned(), (*s).to_owned())).copied().unwrap_or(0))
                .collect();
            ((*k).to_owned(), v)
        })
        .collect();
    let by_kind = Table::build(
        RawTable {
            id: "coaching_by_kind".to_owned(),
            rows_are: "kind".to_owned(),
            columns: APPOINTMENT_STATUSES.to_vec(),
            row_total: true,
            rows,
            share_of: Some((1, None)),
        },
        threshold,
    );
    let by_language = Table::build(
        RawTable {
            id: "coaching_by_language".to_owned(),
            rows_are: "language".to_owned(),
            columns: vec!["held"],
            row_total: false,
            rows: f
                .held_by_language
                .iter()
                .map(|(k, v)| (if k.is_empty() { "unknown".to_owned() } else { k.clone() }, vec![*v]))
                .collect(),
            share_of: None,
        },
        threshold,
    );
    let held: u64 = f.by_kind_status.iter().filter(|((_, s), _)| s == "held").map(|(_, v)| v).sum();
    let shown = |v: u64| (v == 0 || v >= threshold).then_some(v as f64);
    // A share hides when its part or its complement is a small group.
    let share = |part: u64| {
        (held > 0 && (part == 0 || part >= threshold) && (held - part == 0 || held - part >= threshold))
            .then(|| part as f64 * 100.0 / held as f64)
    };
    let kpis = vec![
        Kpi { id: "held", value: shown(held), percent: false },
        Kpi { id: "no_show_rate", value: by_kind.totals.share, percent: true },
        Kpi { id: "interpreter_share", value: share(f.held_with_interpreter), percent: true },
        Kpi { id: "childcare_share", value: share(f.held_with_childcare), percent: true },
    ];
    Report { name: ReportName::Coaching, period, threshold, tables: vec![by_kind, by_language], kpis }
}

/// Follow-up coaching after two years (R5), for people whose two years were reached in
/// the period, by the month they were reached.
#[derive(Debug, Clone, Default)]
pub struct FollowUpFigures {
    /// `YYYY-MM` the two years were reached → (due, invited, held).
    pub by_month: BTreeMap<String, (u64, u64, u64)>,
}

/// The follow-up report: due, invited, held, per month the two years were reached.
/// Invited and held are subsets of due (not parts), so each column stands alone.
pub fn follow_ups(f: &FollowUpFigures, period: Period, threshold: u64) -> Report {
    let table = Table::build(
        RawTable {
            id: "follow_ups_by_month".to_owned(),
            rows_are: "month".to_owned(),
            columns: vec!["due", "invited", "held"],
            row_total: false,
            rows: f.by_month.iter().map(|(k, (d, i, h))| (k.clone(), vec![*d, *i, *h])).collect(),
            share_of: Some((2, Some(0))),
        },
        threshold,
    );
    let kpis = vec![
        Kpi { id: "follow_ups_due", value: table.totals.cells[0].value().map(|v| v as f64), percent: false },
        Kpi { id: "follow_ups_held_share", value: table.totals.share, percent: true },
    ];
    Report { name: ReportName::FollowUps, period, threshold, tables: vec![table], kpis }
}

// ---------------------------------------------------------------------------------
// Modules, vouchers, the desk and satisfaction (issue 9, second part).

/// Keys of rows that stand for the unknown or for many small rows together.
const OTHER: &str = "other";

fn unknown_last<V: Clone>(m: &BTreeMap<String, V>) -> Vec<(String, V)> {
    let mut v: Vec<(String, V)> =
        m.iter().filter(|(k, _)| !k.is_empty()).map(|(k, c)| (k.clone(), c.clone())).collect();
    v.extend(m.get("").map(|c| ("unknown".to_owned(), c.clone())));
    v
}

/// A count as a headline figure: hidden when it is a small group.
fn kpi_count(id: &'static str, v: u64, threshold: u64) -> Kpi {
    Kpi { id, value: (v == 0 || v >= threshold).then_some(v as f64), percent: false }
}

/// `part` of `whole` in per cent: hidden when the part, the rest or the whole is a
/// small group (either would single people out).
fn kpi_share(id: &'static str, part: u64, whole: u64, threshold: u64) -> Kpi {
    let ok = |v: u64| v == 0 || v >= threshold;
    let value = (whole > 0 && part <= whole && ok(part) && ok(whole - part) && ok(whole))
        .then(|| part as f64 * 100.0 / whole as f64);
    Kpi { id, value, percent: true }
}

/// What one group of module sessions (same topic, language, venue, day and childcare
/// offer) adds up to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleCounts {
    /// Sessions not cancelled.
    pub sessions: u64,
    /// Sessions held.
    pub held: u64,
    /// Seats of the sessions not cancelled.
    pub seats: u64,
    /// Confirmed registrations.
    pub registered: u64,
    /// Confirmed registrations of held sessions (the base of the no-show rate).
    pub registered_held: u64,
    /// Check-ins (registered people and walk-ins).
    pub attended: u64,
    /// Confirmed registrations of held sessions without a check-in.
    pub no_show: u64,
    /// Registrations still on the waiting list.
    pub waiting: u64,
    /// Childcare places offered and children booked into them.
    pub childcare_places: u64,
    pub children: u64,
}

impl ModuleCounts {
    fn add(&mut self, o: &ModuleCounts) {
        self.sessions += o.sessions;
        self.held += o.held;
        self.seats += o.seats;
        self.registered += o.registered;
        self.registered_held += o.registered_held;
        self.attended += o.attended;
        self.no_show += o.no_show;
        self.waiting += o.waiting;
        self.childcare_places += o.childcare_places;
        self.children += o.children;
    }
}

/// The group a module count belongs to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ModuleKey {
    /// The topic's slug.
    pub topic: String,
    pub language: String,
    /// The venue's name.
    pub venue: String,
    /// `YYYY-MM-DD`, the session's day in the city.
    pub day: String,
    /// Whether the sessions offered childcare.
    pub childcare: bool,
}

/// What the store gathers for the modules report: sessions of the period grouped.
#[derive(Debug, Clone, Default)]
pub struct ModuleFigures {
    pub groups: BTreeMap<ModuleKey, ModuleCounts>,
}

/// `saturday`, `sunday` or `weekday` for a `YYYY-MM-DD` day (`unknown` if unreadable).
pub fn day_kind(day: &str) -> &'static str {
    match day.parse::<Date>().map(|d| d.weekday()) {
        Ok(jiff::civil::Weekday::Saturday) => "saturday",
        Ok(jiff::civil::Weekday::Sunday) => "sunday",
        Ok(_) => "weekday",
        Err(_) => "unknown",
    }
}

/// Columns of the module tables; the first three count sessions and seats, not people.
pub const MODULE_COLUMNS: [&str; 7] = ["sessions", "held", "seats", "registered", "attended", "no_show", "waiting"];

fn module_table(id: &str, rows_are: &str, rows: Vec<(String, ModuleCounts)>, threshold: u64) -> Table {
    Table::build_with_counts(
        RawTable {
            id: id.to_owned(),
            rows_are: rows_are.to_owned(),
            columns: MODULE_COLUMNS.to_vec(),
            row_total: false,
            rows: rows
                .into_iter()
                .map(|(k, c)| (k, vec![c.sessions, c.held, c.seats, c.registered, c.attended, c.no_show, c.waiting]))
                .collect(),
            share_of: None,
        },
        threshold,
        &[0, 1, 2],
    )
}

/// The modules report: sessions, seats, registrations, attendance, no-shows and the
/// waiting list by topic, language, venue, kind of day and childcare offer.
pub fn modules(f: &ModuleFigures, period: Period, threshold: u64) -> Report {
    let mut by: [BTreeMap<String, ModuleCounts>; 5] = Default::default();
    let mut all = ModuleCounts::default();
    for (k, c) in &f.groups {
        let keys = [
            k.topic.clone(),
            k.language.clone(),
            k.venue.clone(),
            day_kind(&k.day).to_owned(),
            if k.childcare { "with_childcare" } else { "without_childcare" }.to_owned(),
        ];
        for (m, key) in by.iter_mut().zip(keys) {
            m.entry(key).or_default().add(c);
        }
        all.add(c);
    }
    let [topic, language, venue, day, childcare] = by;
    let ordered = |m: BTreeMap<String, ModuleCounts>, order: &[&str]| -> Vec<(String, ModuleCounts)> {
        order.iter().filter_map(|k| m.get(*k).map(|c| ((*k).to_owned(), c.clone()))).collect()
    };
    let tables = vec![
        module_table("modules_by_topic", "topic", unknown_last(&topic), threshold),
        module_table("modules_by_language", "language", unknown_last(&language), threshold),
        module_table("modules_by_venue", "venue", unknown_last(&venue), threshold),
        module_table(
            "modules_by_day",
            "day_kind",
            ordered(day, &["weekday", "saturday", "sunday", "unknown"]),
            threshold,
        ),
        module_table(
            "modules_by_childcare",
            "childcare",
            ordered(childcare, &["with_childcare", "without_childcare"]),
            threshold,
        ),
    ];
    let kpis = vec![
        Kpi { id: "sessions_held", value: Some(all.held as f64), percent: false },
        Kpi { id: "seats", value: Some(all.seats as f64), percent: false },
        kpi_count("attended", all.attended, threshold),
        kpi_share("no_show_share", all.no_show, all.registered_held, threshold),
        kpi_count("children", all.children, threshold),
        Kpi { id: "childcare_places", value: Some(all.childcare_places as f64), percent: false },
    ];
    Report { name: ReportName::Modules, period, threshold, tables, kpis }
}

/// Vouchers issued in one month, by what became of them (disjoint: a voucher counts
/// once, in the first of redeemed, revoked, expired, open that applies).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoucherCounts {
    /// At least one part redeemed.
    pub redeemed: u64,
    pub revoked: u64,
    /// Past its expiry date without a redemption.
    pub expired: u64,
    /// Still valid and not redeemed.
    pub open: u64,
}

/// People coached in the period and what they did about a language course.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CourseCounts {
    /// People with a held start coaching in the period.
    pub coached: u64,
    /// Of them, enrolled in a language course paid with a voucher (any progress
    /// reported by the provider: enrolled, completed or dropped), at any time.
    pub started: u64,
    /// Of them, completed one.
    pub completed: u64,
}

/// What the store gathers for the vouchers report.
#[derive(Debug, Clone, Default)]
pub struct VoucherFigures {
    /// `YYYY-MM` of issue → counts.
    pub by_month: BTreeMap<String, VoucherCounts>,
    /// Value of the unredeemed parts of the vouchers issued in the period that are still
    /// valid (not expired, not revoked), in cents.
    pub outstanding_cents: u64,
    /// First language ("" unknown) → course counts.
    pub courses_by_language: BTreeMap<String, CourseCounts>,
}

/// The vouchers report: issued, redeemed, expired and open vouchers by month of issue,
/// the value still outstanding, and the share of coached people who started and
/// completed a language course.
pub fn vouchers(f: &VoucherFigures, period: Period, threshold: u64) -> Report {
    let by_month = Table::build(
        RawTable {
            id: "vouchers_by_month".to_owned(),
            rows_are: "month".to_owned(),
            columns: vec!["redeemed", "revoked", "expired", "open"],
            row_total: true,
            rows: f.by_month.iter().map(|(k, c)| (k.clone(), vec![c.redeemed, c.revoked, c.expired, c.open])).collect(),
            share_of: Some((0, None)),
        },
        threshold,
    );
    let courses = Table::build(
        RawTable {
            id: "vouchers_courses_by_language".to_owned(),
            rows_are: "language".to_owned(),
            columns: vec!["coached", "course_started", "course_completed"],
            row_total: false,
            rows: unknown_last(&f.courses_by_language)
                .into_iter()
                .map(|(k, c)| (k, vec![c.coached, c.started, c.completed]))
                .collect(),
            share_of: Some((1, Some(0))),
        },
        threshold,
    );
    let mut total = VoucherCounts::default();
    for c in f.by_month.values() {
        total.redeemed += c.redeemed;
        total.revoked += c.revoked;
        total.expired += c.expired;
        total.open += c.open;
    }
    let issued = total.redeemed + total.revoked + total.expired + total.open;
    let mut people = CourseCounts::default();
    for c in f.courses_by_language.values() {
        people.coached += c.coached;
        people.started += c.started;
        people.completed += c.completed;
    }
    let kpis = vec![
        kpi_count("vouchers_issued", issued, threshold),
        kpi_count("vouchers_redeemed", total.redeemed, threshold),
        kpi_count("vouchers_expired", total.expired, threshold),
        // The value over a few vouchers tells what those few hold: hidden like them.
        Kpi {
            id: "outstanding_value",
            value: (issued >= threshold || f.outstanding_cents == 0).then_some(f.outstanding_cents as f64 / 100.0),
            percent: false,
        },
        kpi_share("course_started_share", people.started, people.coached, threshold),
        kpi_share("course_completed_share", people.completed, people.coached, threshold),
    ];
    Report { name: ReportName::Vouchers, period, threshold, tables: vec![by_month, courses], kpis }
}

/// One group of desk contacts with the same channel, language, interpreting, booking
/// and topics.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct DeskKey {
    pub channel: String,
    pub language: String,
    pub interpreter: bool,
    pub appointment_booked: bool,
    /// The topic codes as recorded (`housing,health`).
    pub topics: String,
}

/// What the store gathers for the desk report.
#[derive(Debug, Clone, Default)]
pub struct DeskFigures {
    pub groups: BTreeMap<DeskKey, u64>,
}

pub const DESK_CHANNELS: [&str; 3] = ["walk_in", "phone", "email"];

/// Rows of `(key, count)`, most frequent first, with the groups under the threshold
/// folded into one `other` row, so that a rare free-text key (a topic code, a missing
/// topic) never shows.
fn fold_small(m: BTreeMap<String, u64>, threshold: u64) -> Vec<(String, Vec<u64>)> {
    let mut rows: Vec<(String, u64)> = vec![];
    let mut other = 0;
    for (k, v) in m {
        if v >= threshold && !k.is_empty() {
            rows.push((k, v));
        } else {
            other += v;
        }
    }
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut out: Vec<(String, Vec<u64>)> = rows.into_iter().map(|(k, v)| (k, vec![v])).collect();
    // The rare ones together, when they are no small group themselves (else left out:
    // the total is then the total of the rows shown).
    if other >= threshold {
        out.push((OTHER.to_owned(), vec![other]));
    }
    out
}

/// The desk report: contacts by channel and language (with interpreting and booked
/// appointments), and the topics they were about.
pub fn desk(f: &DeskFigures, period: Period, threshold: u64) -> Report {
    let mut by_channel: BTreeMap<String, [u64; 3]> = BTreeMap::new();
    let mut by_language: BTreeMap<String, [u64; 3]> = BTreeMap::new();
    let mut topics: BTreeMap<String, u64> = BTreeMap::new();
    let mut all = [0u64; 3];
    for (k, &n) in &f.groups {
        let add = |e: &mut [u64; 3]| {
            e[0] += n;
            e[1] += if k.interpreter { n } else { 0 };
            e[2] += if k.appointment_booked { n } else { 0 };
        };
        add(by_channel.entry(k.channel.clone()).or_default());
        add(by_language.entry(k.language.clone()).or_default());
        add(&mut all);
        for t in k.topics.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            *topics.entry(t.to_owned()).or_default() += n;
        }
    }
    let three = |id: &str, rows_are: &str, rows: Vec<(String, [u64; 3])>| {
        Table::build(
            RawTable {
                id: id.to_owned(),
                rows_are: rows_are.to_owned(),
                columns: vec!["contacts", "with_interpreter", "appointment_booked"],
                row_total: false,
                rows: rows.into_iter().map(|(k, v)| (k, v.to_vec())).collect(),
                share_of: Some((1, Some(0))),
            },
            threshold,
        )
    };
    let channels: Vec<(String, [u64; 3])> =
        DESK_CHANNELS.iter().filter_map(|c| by_channel.get(*c).map(|v| ((*c).to_owned(), *v))).collect();
    let tables = vec![
        three("desk_by_channel", "channel", channels),
        three("desk_by_language", "language", unknown_last(&by_language)),
        Table::build(
            RawTable {
                id: "desk_by_topic".to_owned(),
                rows_are: "desk_topic".to_owned(),
                columns: vec!["mentions"],
                row_total: false,
                rows: fold_small(topics, threshold),
                share_of: None,
            },
            threshold,
        ),
    ];
    let kpis = vec![
        kpi_count("desk_contacts", all[0], threshold),
        kpi_share("desk_interpreter_share", all[1], all[0], threshold),
        kpi_share("desk_booked_share", all[2], all[0], threshold),
    ];
    Report { name: ReportName::Desk, period, threshold, tables, kpis }
}

/// One group of survey answers with the same topic, language and answers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SurveyKey {
    /// The session's topic slug.
    pub topic: String,
    /// The language the answer was given in.
    pub language: String,
    /// 1 (not at all) to 5 (very).
    pub satisfied: u8,
    pub helped: bool,
    pub recommend: bool,
}

/// What the store gathers for the satisfaction report.
#[derive(Debug, Clone, Default)]
pub struct SatisfactionFigures {
    pub groups: BTreeMap<SurveyKey, u64>,
    /// The missing topics as written → how many wrote exactly that.
    pub missing: BTreeMap<String, u64>,
}

/// Satisfied means 4 or 5 of 5.
pub const SATISFIED_FROM: u8 = 4;

/// Net recommendation in points (−100 to 100): the share who would recommend the
/// module minus the share who would not; `None` when either group is small.
pub fn net_recommend(recommend: u64, answers: u64, threshold: u64) -> Option<f64> {
    let ok = |v: u64| v == 0 || v >= threshold;
    let not = answers.checked_sub(recommend)?;
    (answers > 0 && ok(recommend) && ok(not) && ok(answers))
        .then(|| (recommend as f64 - not as f64) * 100.0 / answers as f64)
}

/// The satisfaction report: answers, satisfied, helped and would recommend by topic and
/// language, the net recommendation, and the missing topics participants named (each
/// only when at least `threshold` people named it, written as most of them wrote it).
pub fn satisfaction(f: &SatisfactionFigures, period: Period, threshold: u64) -> Report {
    let mut by_topic: BTreeMap<String, [u64; 4]> = BTreeMap::new();
    let mut by_language: BTreeMap<String, [u64; 4]> = BTreeMap::new();
    let mut all = [0u64; 4];
    for (k, &n) in &f.groups {
        let add = |e: &mut [u64; 4]| {
            e[0] += n;
            e[1] += if k.satisfied >= SATISFIED_FROM { n } else { 0 };
            e[2] += if k.helped { n } else { 0 };
            e[3] += if k.recommend { n } else { 0 };
        };
        add(by_topic.entry(k.topic.clone()).or_default());
        add(by_language.entry(k.language.clone()).or_default());
        add(&mut all);
    }
    let four = |id: &str, rows_are: &str, rows: Vec<(String, [u64; 4])>| {
        Table::build(
            RawTable {
                id: id.to_owned(),
                rows_are: rows_are.to_owned(),
                columns: vec!["answers", "satisfied", "helped", "recommend"],
                row_total: false,
                rows: rows.into_iter().map(|(k, v)| (k, v.to_vec())).collect(),
                share_of: Some((1, Some(0))),
            },
            threshold,
        )
    };
    // Missing topics: the same words however written count together; the label is the
    // most frequent way of writing them.
    let mut keyed: BTreeMap<String, (u64, BTreeMap<String, u64>)> = BTreeMap::new();
    for (text, &n) in &f.missing {
        let key = crate::sessions::request_key(text);
        let e = keyed.entry(key).or_default();
        e.0 += n;
        *e.1.entry(text.trim().to_owned()).or_default() += n;
    }
    let labelled: BTreeMap<String, u64> = keyed
        .into_iter()
        .map(|(key, (n, texts))| {
            let label = texts
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .map(|(t, _)| t)
                .unwrap_or_default();
            (if key.is_empty() { String::new() } else { label }, n)
        })
        .collect();
    let tables = vec![
        four("satisfaction_by_topic", "topic", unknown_last(&by_topic)),
        four("satisfaction_by_language", "language", unknown_last(&by_language)),
        Table::build(
            RawTable {
                id: "satisfaction_missing_topics".to_owned(),
                rows_are: "request".to_owned(),
                columns: vec!["mentions"],
                row_total: false,
                rows: fold_small(labelled, threshold),
                share_of: None,
            },
            threshold,
        ),
    ];
    let kpis = vec![
        kpi_count("survey_answers", all[0], threshold),
        kpi_share("satisfied_share", all[1], all[0], threshold),
        kpi_share("helped_share", all[2], all[0], threshold),
        Kpi { id: "net_recommend", value: net_recommend(all[3], all[0], threshold), percent: false },
    ];
    Report { name: ReportName::Satisfaction, period, threshold, tables, kpis }
}

/// The report as CSV: one block per table (`table,row,<columns…>[,total][,share]`),
/// hidden cells as `c`. Keys are codes, not translated (for spreadsheets and scripts).
pub fn to_csv(r: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# report={},from={},to={},threshold={}\n",
        r.name.as_str(),
        r.period.from,
        r.period.to,
        r.threshold
    ));
    for t in &r.tables {
        out.push_str("table,");
        out.push_str(&t.rows_are);
        for c in &t.columns {
            out.push(',');
            out.push_str(c);
        }
        if t.row_total {
            out.push_str(",total");
        }
        if t.share_of.is_some() {
            out.push_str(",share_percent");
        }
        out.push('\n');
        for row in t.rows.iter().chain(std::iter::once(&t.totals)) {
            out.push_str(&t.id);
            out.push(',');
            out.push_str(&csv_field(&row.key));
            for c in &row.cells {
                out.push(',');
                out.push_str(&c.csv());
            }
            if let Some(tot) = row.total {
                out.push(',');
                out.push_str(&tot.csv());
            }
            if t.share_of.is_some() {
                out.push(',');
                out.push_str(&row.share.map(|s| format!("{s:.1}")).unwrap_or_else(|| "c".to_owned()));
            }
            out.push('\n');
        }
    }
    out
}

/// Quotes a CSV field when needed, and defuses spreadsheet formulas (`=`, `+`, `-`, `@`).
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', '"', '\n']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }
    fn period() -> Period {
        Period { from: d("2026-01-01"), to: d("2026-12-31") }
    }

    #[test]
    fn period_defaults_and_errors() {
        let p = Period::parse("", "", d("2026-12-06")).unwrap();
        assert_eq!((p.from, p.to), (d("2025-12-07"), d("2026-12-06")));
        assert_eq!(p.end_exclusive_text(), "2026-12-07");
        let e = Period::parse("2026-05-01", "2026-04-01", d("2026-12-06")).unwrap_err();
        assert_eq!(e.errors[0].code, "period_order");
        assert!(Period::parse("yesterday", "", d("2026-12-06")).is_err());
        assert!(Period::parse("2000-01-01", "2026-01-01", d("2026-12-06")).is_err());
    }

    #[test]
    fn small_cells_are_hidden_with_a_complement_in_every_line() {
        // Rows: A 3 coached of 20, B 10 of 12, C 30 of 40. Row total = permits.
        let raw = RawTable {
            id: "t".into(),
            rows_are: "x".into(),
            columns: vec!["coached", "not_coached"],
            row_total: true,
            rows: vec![("A".into(), vec![3, 17]), ("B".into(), vec![10, 2]), ("C".into(), vec![30, 10])],
            share_of: Some((0, None)),
        };
        let t = Table::build(raw, 5);
        // Primary: A.coached (3) and B.not_coached (2).
        assert_eq!(t.rows[0].cells[0], Cell::Hidden);
        assert_eq!(t.rows[1].cells[1], Cell::Hidden);
        // Row A: one hidden → its smallest other part (17) hidden, not the total.
        assert_eq!(t.rows[0].cells[1], Cell::Hidden);
        assert_eq!(t.rows[0].total, Some(Cell::Shown(20)));
        // Row B: 10 hidden as complement.
        assert_eq!(t.rows[1].cells[0], Cell::Hidden);
        // Columns: coached has A, B hidden (2) → fine; not_coached has A, B hidden → fine.
        assert_eq!(t.rows[2].cells, vec![Cell::Shown(30), Cell::Shown(10)]);
        assert_eq!(t.totals.cells, vec![Cell::Shown(43), Cell::Shown(29)]);
        assert_eq!(t.totals.total, Some(Cell::Shown(72)));
        // Shares only where both figures are shown.
        assert_eq!(t.rows[0].share, None);
        assert_eq!(t.rows[2].share, Some(75.0));
        assert_no_line_with_one_hidden(&t);
    }

    #[test]
    fn a_single_small_row_cannot_be_recomputed_from_the_total() {
        // One column with a total: 3 hidden would be total − 50 − 40; so 40 goes too.
        let raw = RawTable {
            id: "t".into(),
            rows_are: "x".into(),
            columns: vec!["people"],
            row_total: false,
            rows: vec![("a".into(), vec![50]), ("b".into(), vec![3]), ("c".into(), vec![40]), ("z".into(), vec![0])],
            share_of: None,
        };
        let t = Table::build(raw, 5);
        let cells: Vec<Cell> = t.rows.iter().map(|r| r.cells[0]).collect();
        assert_eq!(cells, vec![Cell::Shown(50), Cell::Hidden, Cell::Hidden, Cell::Shown(0)]);
        assert_eq!(t.totals.cells[0], Cell::Shown(93));
        // Recomputing: the shown figures leave two unknowns for one equation.
        assert_no_line_with_one_hidden(&t);
    }

    #[test]
    fn a_small_total_hides_the_whole_line() {
        let raw = RawTable {
            id: "t".into(),
            rows_are: "x".into(),
            columns: vec!["people"],
            row_total: false,
            rows: vec![("a".into(), vec![2]), ("b".into(), vec![1])],
            share_of: None,
        };
        let t = Table::build(raw, 5);
        assert!(t.rows.iter().all(|r| r.cells[0] == Cell::Hidden));
        assert_eq!(t.totals.cells[0], Cell::Hidden);
    }

    #[test]
    fn a_small_group_hides_its_zeros_too() {
        // 3 people, none coached: showing "0" would say each of them was not coached.
        let raw = RawTable {
            id: "t".into(),
            rows_are: "x".into(),
            columns: vec!["coached", "not_coached"],
            row_total: true,
            rows: vec![("a".into(), vec![20, 10]), ("b".into(), vec![0, 3]), ("c".into(), vec![15, 12])],
            share_of: Some((0, None)),
        };
        let t = Table::build(raw, 5);
        assert_eq!(t.rows[1].cells, vec![Cell::Hidden, Cell::Hidden]);
        assert_eq!(t.rows[1].total, Some(Cell::Hidden));
        assert_no_line_with_one_hidden(&t);
    }

    fn assert_no_line_with_one_hidden(t: &Table) {
        let all: Vec<&Row> = t.rows.iter().chain(std::iter::once(&t.totals)).collect();
        for c in 0..t.columns.len() {
            let n = all.iter().filter(|r| r.cells[c] == Cell::Hidden).count();
            assert_ne!(n, 1, "column {c} of {} has exactly one hidden cell", t.id);
        }
        if t.row_total {
            for r in &all {
                let n = r.cells.iter().chain(r.total.iter()).filter(|c| **c == Cell::Hidden).count();
                assert_ne!(n, 1, "row {} of {} has exactly one hidden cell", r.key, t.id);
            }
            let n = all.iter().filter(|r| r.total == Some(Cell::Hidden)).count();
            assert_ne!(n, 1, "the total column of {} has exactly one hidden cell", t.id);
        }
    }

    proptest::proptest! {
        #[test]
        fn suppression_never_shows_a_small_group_nor_leaves_one_recomputable(
            rows in proptest::collection::vec(proptest::collection::vec(0u64..30, 3), 1..8),
            row_total in proptest::bool::ANY,
        ) {
            let raw = RawTable {
                id: "p".into(), rows_are: "x".into(), columns: vec!["a", "b", "c"], row_total,
                rows: rows.iter().enumerate().map(|(i, v)| (i.to_string(), v.clone())).collect(),
                share_of: None,
            };
            let t = Table::build(raw, 5);
            for r in t.rows.iter().chain(std::iter::once(&t.totals)) {
                for c in r.cells.iter().chain(r.total.iter()) {
                    if let Cell::Shown(v) = c { proptest::prop_assert!(*v == 0 || *v >= 5); }
                }
            }
            assert_no_line_with_one_hidden(&t);
            // Every shown value is the true value.
            for (i, r) in t.rows.iter().enumerate() {
                for (j, c) in r.cells.iter().enumerate() {
                    if let Cell::Shown(v) = c { proptest::prop_assert_eq!(*v, rows[i][j]); }
                }
            }
        }
    }

    #[test]
    fn uptake_by_hand() {
        let mut f = UptakeFigures::default();
        f.by_month.insert("2026-01".into(), UptakeCounts { permits: 10, coached: 6 });
        f.by_month.insert("2026-02".into(), UptakeCounts { permits: 10, coached: 5 });
        f.by_language.insert("ar".into(), UptakeCounts { permits: 12, coached: 8 });
        f.by_language.insert("".into(), UptakeCounts { permits: 8, coached: 3 });
        f.by_eu.insert(false, UptakeCounts { permits: 20, coached: 11 });
        // 1990 → 36 in 2026 (36-45); 2000 → 26 (26-35); 1995 → 31 (26-35).
        f.by_birth_year.insert(1990, UptakeCounts { permits: 8, coached: 5 });
        f.by_birth_year.insert(2000, UptakeCounts { permits: 7, coached: 3 });
        f.by_birth_year.insert(1995, UptakeCounts { permits: 5, coached: 3 });
        f.delays.insert(Delay::Within14, 7);
        f.delays.insert(Delay::Later, 4);
        let r = uptake(&f, period(), 5);
        assert_eq!(r.kpis[0].value, Some(20.0));
        assert_eq!(r.kpis[1].value, Some(11.0));
        assert_eq!(r.kpis[2].value, Some(55.0));
        let m = &r.tables[0];
        // 4 not coached in January: hidden; its row then has one hidden → 6 hidden too;
        // the coached column then has one → February's 5; the not-coached column too.
        assert_eq!(m.rows[0].cells, vec![Cell::Hidden, Cell::Hidden]);
        assert_eq!(m.rows[1].cells, vec![Cell::Hidden, Cell::Hidden]);
        assert_eq!((m.rows[0].total, m.rows[1].total), (Some(Cell::Shown(10)), Some(Cell::Shown(10))));
        assert_eq!(m.totals.cells, vec![Cell::Shown(11), Cell::Shown(9)]);
        let lang = &r.tables[1];
        assert_eq!(lang.rows[1].key, "unknown");
        let ages = &r.tables[3];
        let keys: Vec<&str> = ages.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, vec!["26-35", "36-45"]);
        assert_eq!(ages.rows[0].total, Some(Cell::Shown(12)));
        // 36-45: 3 not coached hidden, so 5 coached, then both 6s of 26-35 by column.
        assert_eq!(ages.rows[0].cells, vec![Cell::Hidden, Cell::Hidden]);
        assert_eq!(ages.rows[1].cells, vec![Cell::Hidden, Cell::Hidden]);
        let delay = &r.tables[5];
        let v: Vec<Cell> = delay.rows.iter().map(|r| r.cells[0]).collect();
        // 4 hidden → complement: the smallest non-zero other, 7 (zeros reveal nothing).
        assert_eq!(v, vec![Cell::Hidden, Cell::Shown(0), Cell::Shown(0), Cell::Hidden]);
        assert_eq!(delay.totals.cells[0], Cell::Shown(11));
    }

    #[test]
    fn age_bands() {
        assert_eq!(age_band(2010, 2026), "0-17");
        assert_eq!(age_band(2008, 2026), "18-25");
        assert_eq!(age_band(1960, 2026), "66+");
        assert_eq!(age_band(1980, 2026), "46-65");
    }

    #[test]
    fn csv_keeps_hidden_cells_hidden() {
        let mut f = FollowUpFigures::default();
        f.by_month.insert("2026-03".into(), (12, 9, 3));
        f.by_month.insert("2026-04".into(), (20, 15, 8));
        // 4 due, 0 held: the whole row goes (no "none of the 4 came").
        f.by_month.insert("2026-05".into(), (4, 2, 0));
        let r = follow_ups(&f, period(), 5);
        let csv = to_csv(&r);
        assert!(csv.contains("table,month,due,invited,held,share_percent\n"), "{csv}");
        assert!(csv.contains("follow_ups_by_month,2026-03,c,c,c,c\n"), "{csv}");
        assert!(csv.contains("follow_ups_by_month,2026-04,20,15,8,40.0\n"), "{csv}");
        assert!(csv.contains("follow_ups_by_month,2026-05,c,c,c,c\n"), "{csv}");
        // Due: 4 hidden → 12 too (the smallest); invited: 2 hidden → 9; held: 3 and the
        // May row's 0 are two hidden already.
        assert!(csv.contains("follow_ups_by_month,total,36,26,11,30.6\n"), "{csv}");
        assert!(!csv.contains(",3,"));
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
    }

    #[test]
    fn coaching_by_hand() {
        let mut f = CoachingFigures::default();
        f.by_kind_status.insert(("start".into(), "held".into()), 40);
        f.by_kind_status.insert(("start".into(), "no_show".into()), 10);
        f.by_kind_status.insert(("follow_up".into(), "held".into()), 10);
        f.held_with_interpreter = 5;
        f.held_with_childcare = 2;
        f.held_by_language.insert("ar".into(), 30);
        f.held_by_language.insert("uk".into(), 20);
        let r = coaching(&f, period(), 5);
        let t = &r.tables[0];
        assert_eq!(t.rows[0].cells, vec![Cell::Shown(40), Cell::Shown(10), Cell::Shown(0), Cell::Shown(0)]);
        assert_eq!(t.rows[0].share, Some(20.0));
        assert_eq!(t.totals.total, Some(Cell::Shown(60)));
        assert_eq!(r.kpis[0].value, Some(50.0));
        assert_eq!(r.kpis[2].value, Some(10.0));
        assert_eq!(r.kpis[3].value, None);
    }

    #[test]
    fn modules_by_hand() {
        let key = |topic: &str, lang: &str, day: &str, cc: bool| ModuleKey {
            topic: topic.into(),
            language: lang.into(),
            venue: "Library".into(),
            day: day.into(),
            childcare: cc,
        };
        let mut f = ModuleFigures::default();
        // Saturday 2026-03-07: 2 sessions on housing in ar, 40 seats, 30 registered,
        // 26 came (2 walk-ins), 6 no-shows, 5 waiting, 8 children in 10 places.
        f.groups.insert(
            key("housing", "ar", "2026-03-07", true),
            ModuleCounts {
                sessions: 2,
                held: 2,
                seats: 40,
                registered: 30,
                registered_held: 30,
                attended: 26,
                no_show: 6,
                waiting: 5,
                childcare_places: 10,
                children: 8,
            },
        );
        // Tuesday 2026-03-10: 1 session on work in uk, 20 seats, 3 registered, not held.
        f.groups.insert(
            key("work", "uk", "2026-03-10", false),
            ModuleCounts { sessions: 1, seats: 20, registered: 3, ..Default::default() },
        );
        let r = modules(&f, period(), 5);
        let t = &r.tables[0];
        assert_eq!(t.columns, MODULE_COLUMNS.to_vec());
        // Sessions and seats are never hidden; the 3 registered are, and with them the
        // 30 (33 − 3 would tell).
        assert_eq!(t.rows[0].cells[..3], [Cell::Shown(2), Cell::Shown(2), Cell::Shown(40)]);
        assert_eq!(t.rows[1].cells[..3], [Cell::Shown(1), Cell::Shown(0), Cell::Shown(20)]);
        assert_eq!((t.rows[0].cells[3], t.rows[1].cells[3]), (Cell::Hidden, Cell::Hidden));
        assert_eq!(t.totals.cells[3], Cell::Shown(33));
        assert_eq!(t.rows[0].cells[4..], [Cell::Shown(26), Cell::Shown(6), Cell::Shown(5)]);
        let day = &r.tables[3];
        let keys: Vec<&str> = day.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["weekday", "saturday"]);
        assert_eq!(r.tables[4].rows[0].key, "with_childcare");
        assert_eq!(r.kpis[0].value, Some(2.0));
        assert_eq!(r.kpis[1].value, Some(60.0));
        assert_eq!(r.kpis[2].value, Some(26.0));
        assert_eq!(r.kpis[3].value, Some(20.0));
        assert_eq!(r.kpis[4].value, Some(8.0));
        assert_eq!(day_kind("2026-03-08"), "sunday");
    }

    #[test]
    fn vouchers_by_hand() {
        let mut f = VoucherFigures::default();
        f.by_month.insert("2026-01".into(), VoucherCounts { redeemed: 10, revoked: 0, expired: 5, open: 5 });
        f.by_month.insert("2026-02".into(), VoucherCounts { redeemed: 6, revoked: 1, expired: 0, open: 3 });
        f.outstanding_cents = 123_450;
        f.courses_by_language.insert("ar".into(), CourseCounts { coached: 20, started: 10, completed: 5 });
        f.courses_by_language.insert("".into(), CourseCounts { coached: 5, started: 0, completed: 0 });
        let r = vouchers(&f, period(), 5);
        assert_eq!(r.kpis[0].value, Some(30.0));
        assert_eq!(r.kpis[1].value, Some(16.0));
        assert_eq!(r.kpis[2].value, Some(5.0));
        assert_eq!(r.kpis[3].value, Some(1234.5));
        assert_eq!(r.kpis[4].value, Some(40.0));
        assert_eq!(r.kpis[5].value, Some(20.0));
        let m = &r.tables[0];
        // February: 1 revoked and 3 open hidden; the revoked column's total (1) is a
        // small group, so that whole column goes; the open column then has one hidden
        // cell → January's 5 too.
        assert_eq!(
            (m.rows[1].cells[0], m.rows[1].cells[1], m.rows[1].cells[3]),
            (Cell::Shown(6), Cell::Hidden, Cell::Hidden)
        );
        assert_eq!(
            (m.rows[0].cells[1], m.rows[0].cells[3], m.totals.cells[1]),
            (Cell::Hidden, Cell::Hidden, Cell::Hidden)
        );
        assert_no_line_with_one_hidden(m);
        let c = &r.tables[1];
        assert_eq!(c.rows[1].key, "unknown");
        assert_eq!(c.rows[0].share, Some(50.0));
    }

    #[test]
    fn desk_by_hand() {
        let key = |channel: &str, lang: &str, i: bool, b: bool, topics: &str| DeskKey {
            channel: channel.into(),
            language: lang.into(),
            interpreter: i,
            appointment_booked: b,
            topics: topics.into(),
        };
        let mut f = DeskFigures::default();
        f.groups.insert(key("walk_in", "ar", true, false, "housing,health"), 6);
        f.groups.insert(key("walk_in", "ar", false, true, "housing"), 5);
        f.groups.insert(key("phone", "uk", false, false, "work"), 7);
        f.groups.insert(key("email", "de", false, false, "mueller"), 2);
        let r = desk(&f, period(), 5);
        let ch = &r.tables[0];
        let keys: Vec<&str> = ch.rows.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["walk_in", "phone", "email"]);
        // The 2 e-mails hide their whole row (its zeros too), and each column then needs
        // a second hidden cell: the walk-ins' 6 and 5 (the 0 of the calls would hide nothing).
        assert_eq!(ch.rows[2].cells, vec![Cell::Hidden, Cell::Hidden, Cell::Hidden]);
        assert_eq!(ch.rows[0].cells, vec![Cell::Shown(11), Cell::Hidden, Cell::Hidden]);
        assert_no_line_with_one_hidden(ch);
        assert_eq!(ch.totals.cells[0], Cell::Shown(20));
        // Topics: housing 11, work 7, health 6; the rare code (2) is left out, not even
        // as "other" (a small group), so the total is of the rows shown.
        let t = &r.tables[2];
        let rows: Vec<(&str, Cell)> = t.rows.iter().map(|r| (r.key.as_str(), r.cells[0])).collect();
        assert_eq!(rows, [("housing", Cell::Shown(11)), ("work", Cell::Shown(7)), ("health", Cell::Shown(6))]);
        assert_eq!(t.totals.cells[0], Cell::Shown(24));
        assert!(!format!("{t:?}").contains("mueller"));
        assert_eq!(r.kpis[0].value, Some(20.0));
        assert_eq!(r.kpis[1].value, Some(30.0));
        assert_eq!(r.kpis[2].value, Some(25.0));
    }

    #[test]
    fn satisfaction_by_hand() {
        let key = |topic: &str, sat: u8, helped: bool, rec: bool| SurveyKey {
            topic: topic.into(),
            language: "ar".into(),
            satisfied: sat,
            helped,
            recommend: rec,
        };
        let mut f = SatisfactionFigures::default();
        f.groups.insert(key("housing", 5, true, true), 12);
        f.groups.insert(key("housing", 4, true, false), 3);
        f.groups.insert(key("housing", 2, false, false), 5);
        f.missing.insert("Driving licence".into(), 3);
        f.missing.insert("driving  licence!".into(), 2);
        f.missing.insert("My neighbour Ali".into(), 1);
        let r = satisfaction(&f, period(), 5);
        let t = &r.tables[0];
        assert_eq!(t.rows[0].cells, vec![Cell::Shown(20), Cell::Shown(15), Cell::Shown(15), Cell::Shown(12)]);
        assert_eq!(t.rows[0].share, Some(75.0));
        assert_eq!(r.kpis[3].value, Some(20.0), "12 yes − 8 no of 20 = +20 points");
        assert_eq!(net_recommend(3, 20, 5), None);
        let m = &r.tables[2];
        let rows: Vec<(&str, Cell)> = m.rows.iter().map(|r| (r.key.as_str(), r.cells[0])).collect();
        // The two spellings count together (5); the single one is left out.
        assert_eq!(rows, [("Driving licence", Cell::Shown(5))]);
        assert!(!format!("{m:?}").contains("Ali"));
    }
}
