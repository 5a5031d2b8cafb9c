//! Reports and planning, shared by the back office pages and the API: gather the
//! figures (store), build the report or the plan (domain), and turn them into what a
//! page shows (labels translated, bars for the charts).

use crate::error::AppResult;
use crate::state::AppState;
use minijinja::{Value, context};
use welcomedesk_domain::reports::{self, Cell, Period, Report, ReportName, Table};
use welcomedesk_store::Store;

/// The smallest group shown (R12: "no figure for fewer than 5 people").
pub const THRESHOLD: u64 = reports::DEFAULT_THRESHOLD;

/// Gathers the figures of one report and builds it.
/// `today` decides which vouchers have expired.
pub async fn build(store: &Store, name: ReportName, period: Period, today: jiff::civil::Date) -> AppResult<Report> {
    Ok(match name {
        ReportName::Uptake => reports::uptake(&store.uptake_figures(&period).await?, period, THRESHOLD),
        ReportName::Coaching => reports::coaching(&store.coaching_figures(&period).await?, period, THRESHOLD),
        ReportName::FollowUps => reports::follow_ups(&store.follow_up_figures(&period).await?, period, THRESHOLD),
        ReportName::Modules => reports::modules(&store.module_figures(&period).await?, period, THRESHOLD),
        ReportName::Vouchers => reports::vouchers(&store.voucher_figures(&period, today).await?, period, THRESHOLD),
        ReportName::Desk => reports::desk(&store.desk_figures(&period).await?, period, THRESHOLD),
        ReportName::Satisfaction => {
            reports::satisfaction(&store.satisfaction_figures(&period).await?, period, THRESHOLD)
        }
    })
}

/// What a page needs besides the catalogue to name rows: the module topics' titles in
/// the viewer's language (the report's keys are the topics' slugs).
#[derive(Debug, Default)]
pub struct RowNames {
    pub topics: std::collections::HashMap<String, String>,
}

impl RowNames {
    /// The topic titles in `lang` (else English, else the slug: `Store::list_topics`).
    pub async fn load(store: &Store, lang: &str) -> AppResult<Self> {
        Ok(Self { topics: store.list_topics(lang).await?.into_iter().map(|t| (t.slug, t.title)).collect() })
    }
}

/// A row key as a person reads it.
fn row_label(state: &AppState, lang: &str, names: &RowNames, rows_are: &str, key: &str) -> String {
    match (rows_are, key) {
        (_, "total") => state.cat.t(lang, "report-row-total", &[]),
        (_, "unknown") => state.cat.t(lang, "report-row-unknown", &[]),
        ("language", k) => crate::register::language_label(k),
        (_, "other") => state.cat.t(lang, "report-row-other", &[]),
        ("citizenship" | "delay" | "kind" | "day_kind" | "childcare", k) => {
            state.cat.t(lang, &format!("report-row-{k}"), &[])
        }
        ("channel", k) => state.cat.t(lang, &format!("desk-channel-{k}"), &[]),
        ("topic", k) => names.topics.get(k).cloned().unwrap_or_else(|| k.to_owned()),
        (_, k) => k.to_owned(),
    }
}

fn cell_value(c: Cell) -> Value {
    match c {
        Cell::Shown(v) => Value::from(v),
        Cell::Hidden => Value::from(()),
    }
}

/// One table for the template: caption key, headers, rows with labels and cells (none =
/// hidden), and a bar per row for the chart (of the share where there is one, else of
/// the first column), scaled to the largest shown value.
pub fn table_view(state: &AppState, lang: &str, names: &RowNames, t: &Table) -> Value {
    let bar_of = |r: &reports::Row| -> Option<f64> {
        match t.share_of {
            Some(_) => r.share,
            None => r.cells.first().and_then(|c| c.value()).map(|v| v as f64),
        }
    };
    let max = t.rows.iter().filter_map(bar_of).fold(0.0_f64, f64::max);
    let rows: Vec<Value> = t
        .rows
        .iter()
        .chain(std::iter::once(&t.totals))
        .map(|r| {
            let bar = bar_of(r);
            let label = row_label(state, lang, names, &t.rows_are, &r.key);
            let short_label = if label.chars().count() > 22 {
                format!("{}…", label.chars().take(21).collect::<String>())
            } else {
                label.clone()
            };
            context! {
                label => label,
                short_label => short_label,
                is_total => r.key == "total",
                cells => r.cells.iter().map(|c| cell_value(*c)).collect::<Vec<_>>(),
                total => r.total.map(cell_value),
                share => r.share.map(|s| s.round() as i64),
                bar_width => bar.map(|b| if max > 0.0 { (b / max * 100.0).round() as i64 } else { 0 }),
                bar_text => bar.map(|b| b.round() as i64),
            }
        })
        .collect();
    context! {
        id => t.id.clone(),
        rows_are => t.rows_are.clone(),
        columns => t.columns.clone(),
        row_total => t.row_total,
        has_share => t.share_of.is_some(),
        chart_is_share => t.share_of.is_some(),
        rows => rows,
    }
}

/// The report for a page.
pub fn report_view(state: &AppState, lang: &str, names: &RowNames, r: &Report) -> Value {
    context! {
        name => r.name.as_str(),
        from => r.period.from.to_string(),
        to => r.period.to.to_string(),
        threshold => r.threshold,
        kpis => r.kpis.iter().map(|k| context! {
            id => k.id,
            value => k.value.map(|v| v.round() as i64),
            percent => k.percent,
        }).collect::<Vec<_>>(),
        tables => r.tables.iter().map(|t| table_view(state, lang, names, t)).collect::<Vec<_>>(),
    }
}
