//! Request-scoped batching, by the executor's rhythm rather than by a clock.
//!
//! async-graphql resolves a level of a response by polling its fields until each waits for its
//! rows. [`Driven`] wraps the request's execution and, once the level waits on nothing else,
//! sends the keys it asked for as one statement per relation. The statements run on tasks of
//! their own; the driver answers all of a batch's waiters at once, so the next level resolves
//! in one go and its keys make one batch again. A response costs one statement per relation
//! field and level, however many parents a level has and however long it takes to resolve —
//! a time window (async-graphql's `DataLoader`) closes early on large levels and splits them.
//!
//! The batcher is generic over the loader: one type implementing async-graphql's `Loader<K>`
//! for a key type per relation, and [`BatchLoad`] for the error its batches share.

use std::any::{Any, TypeId};
use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::pin::{Pin, pin};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};

use async_graphql::dataloader::Loader;
use futures_util::future::BoxFuture;
use futures_util::stream::{FuturesUnordered, Stream, StreamExt};
use futures_util::task::{ArcWake, AtomicWaker, waker_ref};
use tokio::sync::oneshot;
use tokio_util::task::AbortOnDropHandle;

/// A loader whose batches a [`RequestLoader`] runs: every `Loader<K>` it implements fails with
/// the one error type its batches share.
pub trait BatchLoad: Send + Sync + 'static {
    /// Shared between every field that waited on the same batch.
    type Error: Clone + Send + Sync + 'static;

    /// What the waiters of a batch get when it was abandoned before its rows came: its task
    /// panicked, or its request was torn down.
    fn abandoned() -> Self::Error;
}

/// The error the batches of the loader `L` share.
type ErrorOf<L> = <L as BatchLoad>::Error;

/// Batches the loads of one request (or one subscription); shared by its resolvers.
pub struct RequestLoader<L> {
    loader: Arc<L>,
    queued: Mutex<Vec<Box<dyn Queued<L>>>>,
}

/// The rows of a batch, shared by everyone who waited for them.
type Rows<K, V, E> = Result<Arc<HashMap<K, V>>, E>;

/// The keys of one relation asked for since the last poll, and who waits for their rows.
struct Batch<K, V, E> {
    keys: Vec<K>,
    waiting: Vec<oneshot::Sender<Rows<K, V, E>>>,
}

/// A [`Batch`] of any relation of the loader `L`.
trait Queued<L>: Send {
    fn as_any(&mut self) -> &mut dyn Any;
    fn relation(&self) -> TypeId;
    fn load(self: Box<Self>, loader: Arc<L>) -> BoxFuture<'static, ()>;
}

impl<K, V, L> Queued<L> for Batch<K, V, ErrorOf<L>>
where
    K: Send + Sync + Hash + Eq + Clone + 'static,
    V: Send + Sync + 'static,
    L: BatchLoad + Loader<K, Value = V, Error = ErrorOf<L>>,
{
    fn as_any(&mut self) -> &mut dyn Any {
        self
    }

    fn relation(&self) -> TypeId {
        TypeId::of::<K>()
    }

    fn load(self: Box<Self>, loader: Arc<L>) -> BoxFuture<'static, ()> {
        Box::pin(async move {
            let Batch { keys, waiting } = *self;
            // Parents often share a key (the same partner, the same organization).
            let keys: Vec<K> = keys
                .into_iter()
                .collect::<HashSet<K>>()
                .into_iter()
                .collect();
            // The statement runs and its rows are decoded on a task of their own, in parallel
            // with the rest of the request; its waiters are answered here, by the driver. A
            // request that times out or is cancelled takes its statements down with it.
            let statement =
                AbortOnDropHandle::new(tokio::spawn(async move { loader.load(&keys).await }));
            let rows = match statement.await {
                Ok(rows) => rows.map(Arc::new),
                Err(_) => Err(L::abandoned()),
            };
            for waiter in waiting {
                // A waiter that gave up (its request was cancelled) needs no answer.
                let _ = waiter.send(rows.clone());
            }
        })
    }
}

impl<L: BatchLoad> RequestLoader<L> {
    pub fn new(loader: Arc<L>) -> Arc<Self> {
        Arc::new(Self {
            loader,
            queued: Mutex::default(),
        })
    }

    /// The row behind `key`, if any.
    pub async fn load_one<K, V>(&self, key: K) -> Result<Option<V>, ErrorOf<L>>
    where
        K: Send + Sync + Hash + Eq + Clone + 'static,
        V: Send + Sync + Clone + 'static,
        L: Loader<K, Value = V, Error = ErrorOf<L>>,
    {
        let mut rows = self.load_many([key.clone()]).await?;
        Ok(rows.remove(&key))
    }

    /// The rows behind `keys`, by key; keys without rows are absent.
    pub async fn load_many<K, V>(
        &self,
        keys: impl IntoIterator<Item = K>,
    ) -> Result<HashMap<K, V>, ErrorOf<L>>
    where
        K: Send + Sync + Hash + Eq + Clone + 'static,
        V: Send + Sync + Clone + 'static,
        L: Loader<K, Value = V, Error = ErrorOf<L>>,
    {
        let keys: Vec<K> = keys.into_iter().collect();
        let rows = self.load_shared(keys.iter().cloned()).await?;
        Ok(keys
            .into_iter()
            .filter_map(|key| rows.get(&key).cloned().map(|row| (key, row)))
            .collect())
    }

    /// The rows of the batch that loaded `keys`, as every waiter of the batch shares them: each
    /// of `keys` that has rows is there, and so may be keys others asked for. A caller that only
    /// reads the rows is spared a copy of each.
    pub async fn load_shared<K, V>(
        &self,
        keys: impl IntoIterator<Item = K>,
    ) -> Result<Arc<HashMap<K, V>>, ErrorOf<L>>
    where
        K: Send + Sync + Hash + Eq + Clone + 'static,
        V: Send + Sync + Clone + 'static,
        L: Loader<K, Value = V, Error = ErrorOf<L>>,
    {
        let (sender, receiver) = oneshot::channel();
        {
            let mut queued = self.queue();
            let position = queued
                .iter()
                .position(|batch| batch.relation() == TypeId::of::<K>());
            let batch: &mut dyn Queued<L> = match position {
                Some(position) => queued[position].as_mut(),
                None => {
                    queued.push(Box::new(Batch::<K, V, ErrorOf<L>> {
                        keys: Vec::new(),
                        waiting: Vec::new(),
                    }));
                    queued.last_mut().expect("just pushed").as_mut()
                }
            };
            let batch = batch
                .as_any()
                .downcast_mut::<Batch<K, V, ErrorOf<L>>>()
                .expect("a relation's batch has its own key type");
            batch.keys.extend(keys);
            batch.waiting.push(sender);
        }
        // The sender is dropped unanswered only when the request is being torn down.
        receiver.await.map_err(|_| L::abandoned())?
    }

    /// The batches waiting to start. The queue holds plain data, whole after any panic, so a
    /// poisoned lock is taken as it is: refusing it would leave its waiters hanging.
    fn queue(&self) -> MutexGuard<'_, Vec<Box<dyn Queued<L>>>> {
        self.queued.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The loads of every relation asked for since the last call.
    fn start(&self) -> Vec<BoxFuture<'static, ()>> {
        std::mem::take(&mut *self.queue())
            .into_iter()
            .map(|batch| batch.load(self.loader.clone()))
            .collect()
    }
}

/// How many times the work is polled in a row before its loads start and the executor gets
/// its thread back, should the work keep waking itself. Large lists yield after every few
/// items, so a level of ten thousand fields takes about a thousand polls.
const MAX_POLLS_PER_LEVEL: usize = 100_000;

/// A request's execution (a future) or a subscription's (a stream) with its loads batched.
pub(crate) struct Driven<T, L> {
    work: Pin<Box<T>>,
    loader: Arc<RequestLoader<L>>,
    loading: FuturesUnordered<BoxFuture<'static, ()>>,
    work_woken: Arc<WorkWaker>,
}

/// Wakes the task for the work, and remembers it: the loads wake the same task each time a
/// packet of rows arrives, and polling a large response's pending fields again for each of
/// those would cost more than the loads.
struct WorkWaker {
    woken: AtomicBool,
    task: AtomicWaker,
}

impl ArcWake for WorkWaker {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        arc_self.woken.store(true, Ordering::Release);
        arc_self.task.wake();
    }
}

impl<T, L: BatchLoad> Driven<T, L> {
    pub(crate) fn new(loader: Arc<RequestLoader<L>>, work: T) -> Self {
        Self {
            work: Box::pin(work),
            loader,
            loading: FuturesUnordered::new(),
            work_woken: Arc::new(WorkWaker {
                woken: AtomicBool::new(true),
                task: AtomicWaker::new(),
            }),
        }
    }

    /// Polls the loads, and `poll_work` when it was woken, until the work is ready or waits.
    fn drive<R>(
        &mut self,
        cx: &mut Context<'_>,
        mut poll_work: impl FnMut(Pin<&mut T>, &mut Context<'_>) -> Poll<R>,
    ) -> Poll<R> {
        self.work_woken.task.register(cx.waker());
        loop {
            // Finished loads answer their waiters, which wakes the work.
            while let Poll::Ready(Some(())) = self.loading.poll_next_unpin(cx) {}
            if !self.work_woken.woken.swap(false, Ordering::AcqRel) {
                return Poll::Pending;
            }
            // A level is complete when the work waits on nothing but loads: async-graphql's
            // large lists yield after polling each item once, waking themselves, and the keys
            // their items ask for next belong to the same batch.
            let mut settled = false;
            for _ in 0..MAX_POLLS_PER_LEVEL {
                let waker = waker_ref(&self.work_woken);
                let mut work_cx = Context::from_waker(&waker);
                // Out of tokio's task budget, which would otherwise stop fields mid-level.
                let work = &mut self.work;
                let poll_once = std::future::poll_fn(|cx| poll_work(work.as_mut(), cx));
                if let Poll::Ready(output) =
                    pin!(tokio::task::unconstrained(poll_once)).poll(&mut work_cx)
                {
                    // A stream that gave an item is polled again for the next.
                    self.work_woken.woken.store(true, Ordering::Release);
                    return Poll::Ready(output);
                }
                if !self.work_woken.woken.swap(false, Ordering::AcqRel) {
                    settled = true;
                    break;
                }
            }
            self.loading.extend(self.loader.start());
            if !settled {
                // Let the executor run other tasks before going on.
                self.work_woken.woken.store(true, Ordering::Release);
                cx.waker().wake_by_ref();
                while let Poll::Ready(Some(())) = self.loading.poll_next_unpin(cx) {}
                return Poll::Pending;
            }
        }
    }
}

impl<T: Future, L: BatchLoad> Future for Driven<T, L> {
    type Output = T::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T::Output> {
        self.get_mut().drive(cx, |work, cx| work.poll(cx))
    }
}

impl<T: Stream, L: BatchLoad> Stream for Driven<T, L> {
    type Item = T::Item;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T::Item>> {
        self.get_mut().drive(cx, |work, cx| work.poll_next(cx))
    }
}
