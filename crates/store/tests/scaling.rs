//! Several web nodes on one database (docs/SCALING.md): two `Store`s with pools of their
//! own — as two `welcomedesk serve` processes have — drain one outbox at the same time,
//! and no message is ever claimed by both. PostgreSQL claims with `FOR UPDATE SKIP
//! LOCKED`; SQLite's single writer makes the claiming statement itself exclusive.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::HashMap;
use welcomedesk_store::outbox::NewMail;
use welcomedesk_store::testing::TestDb;
use welcomedesk_store::{Backend, Store, StoreOptions, both_backends};

both_backends!(two_nodes_never_claim_the_same_message, |b: Backend| async move {
    let db = TestDb::new(b).await.unwrap();
    let first = db.store().await.unwrap();
    const N: usize = 400;
    for i in 0..N {
        let body = format!("message {i}");
        first
            .enqueue_mail(&NewMail {
                kind: "invitation",
                channel: "email",
                appointment_id: None,
                person_id: None,
                to: "someone@x.example",
                subject: "s",
                body: &body,
                ics: None,
                language: "en",
            })
            .await
            .unwrap();
    }
    let second = Store::open(&db.url, &StoreOptions { max_connections: 4, ..Default::default() }).await.unwrap();
    let now = jiff::Timestamp::now();
    // Each node runs four workers claiming small batches until the queue is dry.
    let mut tasks = vec![];
    for node in [first.clone(), second.clone()] {
        for _ in 0..4 {
            let node = node.clone();
            tasks.push(tokio::spawn(async move {
                let mut got = vec![];
                loop {
                    let batch = node.claim_mail(now, 7).await.unwrap();
                    if batch.is_empty() {
                        break;
                    }
                    got.extend(batch.into_iter().map(|m| m.id));
                }
                got
            }));
        }
    }
    let mut claims: HashMap<uuid::Uuid, usize> = HashMap::new();
    for t in tasks {
        for id in t.await.unwrap() {
            *claims.entry(id).or_default() += 1;
        }
    }
    assert_eq!(claims.len(), N, "every message claimed");
    let twice: Vec<_> = claims.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "claimed by two workers: {twice:?}");
    // The lease holds: nothing is due again right away.
    assert!(second.claim_mail(now, 10).await.unwrap().is_empty());
    second.close().await;
    first.close().await;
});
