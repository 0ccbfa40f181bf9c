// Browser-wide Chrome traces for the bench, and what they say about the extension's share of a thread.
//
// A trace holds, per thread: the top-level tasks (`toplevel` RunTask events, with wall `dur` and thread
// CPU `tdur`), script evaluations and compiles (`devtools.timeline`), user-timing marks, and V8's
// sampling CPU profile (`disabled-by-default-v8.cpu_profiler`, a stack every ~0.1–0.3 ms). Promise
// callbacks (the extension's replies from its worker, storage reads) run as microtasks that the
// timeline names by no script, so the extension's time is counted from the samples: a sample is the
// extension's when any frame of its stack is in a chrome-extension://<id>/ script (this includes
// what Blink does for it synchronously: style, layout, DOM calls), and a garbage-collector sample is
// the extension's when the sample before it in the same task was.

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

/** Starts a trace of every process on a browser-level CDP session; `stop()` returns its events. */
export async function startTrace(cdp) {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordUntilFull' }, transferMode: 'ReturnAsStream' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await complete;
      const chunks = [];
      for (;;) {
        const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
        chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
        if (eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      const parsed = JSON.parse(chunks.join(''));
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

/** Threads by name, tasks and CPU profiles, indexed for the questions below. */
export function readTrace(events) {
  const threadNames = new Map();
  const byThread = new Map();
  const key = (pid, tid) => `${pid}:${tid}`;
  const profiles = new Map(); // `${pid}:${id}` → { tid, startTime, nodes: Map, samples: [], deltas: [] }
  const chunks = [];
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(key(e.pid, e.tid), e.args.name);
    else if (e.name === 'Profile') profiles.set(key(e.pid, e.id), { tid: e.tid, pid: e.pid, startTime: e.args.data.startTime, nodes: new Map(), samples: [], times: [] });
    else if (e.name === 'ProfileChunk') chunks.push(e);
    else if (e.ph === 'X' || e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b') {
      const k = key(e.pid, e.tid);
      if (!byThread.has(k)) byThread.set(k, []);
      byThread.get(k).push(e);
    }
  }
  chunks.sort((a, b) => a.ts - b.ts);
  for (const c of chunks) {
    const p = profiles.get(key(c.pid, c.id));
    if (!p) continue;
    const { cpuProfile = {}, timeDeltas = [] } = c.args.data;
    for (const n of cpuProfile.nodes ?? []) p.nodes.set(n.id, n);
    let t = p.times.length ? p.times[p.times.length - 1] : p.startTime;
    (cpuProfile.samples ?? []).forEach((s, i) => {
      t += timeDeltas[i] ?? 0;
      p.samples.push(s);
      p.times.push(t);
    });
  }
  for (const list of byThread.values()) list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  return { threadNames, byThread, profiles, key };
}

/** The thread that ran `url`'s script evaluation (the content script's page), as { pid, tid }. */
export function threadEvaluating(trace, urlPrefix) {
  for (const [k, list] of trace.byThread) {
    const e = list.find((x) => x.name === 'EvaluateScript' && x.args?.data?.url?.startsWith(urlPrefix));
    if (e) { const [pid, tid] = k.split(':').map(Number); return { pid, tid, evaluate: e }; }
  }
  return undefined;
}

/** The extension's service worker thread: a "ServiceWorker thread" whose profile runs the extension's scripts. */
export function extensionWorkerThread(trace, isExtUrl) {
  for (const p of trace.profiles.values()) {
    if (trace.threadNames.get(trace.key(p.pid, p.tid)) !== 'ServiceWorker thread') continue;
    if ([...p.nodes.values()].some((n) => isExtUrl(n.callFrame.url ?? ''))) return { pid: p.pid, tid: p.tid };
  }
  return undefined;
}

/**
 * Top-level tasks of a thread: `toplevel` complete events, and DevTools' RunTask (which also spans
 * the microtask checkpoint after a task, where promise callbacks run), not inside another one.
 */
export function topTasks(trace, { pid, tid }) {
  const tasks = [];
  let end = -Infinity;
  for (const e of trace.byThread.get(trace.key(pid, tid)) ?? []) {
    if (e.ph !== 'X' || !(e.name === 'RunTask' || e.cat?.split(',').includes('toplevel')) || e.ts < end) continue;
    tasks.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), dur: e.dur ?? 0, tdur: e.tdur ?? e.dur ?? 0, extWall: 0, samples: 0 });
    end = e.ts + (e.dur ?? 0);
  }
  return tasks;
}

/** The sampled profile of a thread, with each node's frames resolved and marked as the extension's or not. */
export function profileOf(trace, { pid, tid }, isExtUrl) {
  const profile = [...trace.profiles.values()].find((p) => p.pid === pid && p.tid === tid);
  if (!profile) return undefined;
  const ext = new Map();
  const extOf = (id) => {
    if (ext.has(id)) return ext.get(id);
    const n = profile.nodes.get(id);
    const value = !!n && (isExtUrl(n.callFrame.url ?? '') || (n.parent !== undefined && extOf(n.parent)));
    ext.set(id, value);
    return value;
  };
  return { ...profile, isExt: extOf };
}

/**
 * The extension's share of each top-level task of a thread: the whole of every evaluation of one of
 * its scripts (timed exactly by the trace, wall and CPU: a short script can fall between samples),
 * plus, outside those, sampled time with an extension frame on the stack and the compile time of its
 * scripts (compiles run before any frame exists). CPU time outside the evaluations is the task's
 * thread time in the sampled proportion. Returns the tasks and, per sample that counted, its node,
 * for the cost tables.
 */
export function attribute(trace, thread, isExtUrl) {
  const tasks = topTasks(trace, thread);
  const profile = profileOf(trace, thread, isExtUrl);
  const events = trace.byThread.get(trace.key(thread.pid, thread.tid)) ?? [];
  const evaluations = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && isExtUrl(e.args?.data?.url ?? ''));
  const inEvaluation = (t) => evaluations.some((e) => e.ts <= t && t < e.ts + e.dur);
  const compiles = events.filter((e) => e.ph === 'X' && e.name === 'v8.compile' && isExtUrl(e.args?.fileName ?? e.args?.data?.url ?? '') && !inEvaluation(e.ts));
  const taskAt = (t) => { // binary search: sample times are not always in order (deltas may be negative)
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid].end <= t) lo = mid + 1;
      else if (tasks[mid].ts > t) hi = mid - 1;
      else return tasks[mid];
    }
    return undefined;
  };
  const inCompile = (t) => compiles.some((c) => c.ts <= t && t < c.ts + c.dur);
  const counted = []; // { node, wall } for every extension sample
  let untaskedExt = 0; // extension samples outside every top-level task (should stay near 0)
  if (profile) {
    const { samples, times, nodes } = profile;
    let lastTask;
    let lastWasExt = false;
    for (let i = 0; i < samples.length; i++) {
      const t = times[i];
      const task = taskAt(t);
      if (!task) {
        if (profile.isExt(samples[i]) && i + 1 < samples.length) untaskedExt += Math.max(0, times[i + 1] - t);
        lastWasExt = false;
        continue;
      }
      if (task !== lastTask) { lastTask = task; lastWasExt = false; }
      const node = nodes.get(samples[i]);
      const name = node?.callFrame.functionName;
      if (name === '(idle)' || name === '(root)') continue;
      const next = i + 1 < samples.length ? Math.max(times[i + 1], t) : t;
      const wall = Math.min(next, task.end) - t;
      task.samples += wall;
      let mine = profile.isExt(samples[i]);
      if (name === '(garbage collector)') mine = lastWasExt;
      else lastWasExt = mine;
      if (mine && !inCompile(t)) {
        if (!inEvaluation(t)) task.extWall += wall;
        counted.push({ node, wall, nodeId: samples[i], t });
      }
    }
  }
  for (const c of compiles) {
    const task = tasks.find((k) => k.ts <= c.ts && c.ts < k.end);
    if (task) task.extWall += c.dur;
  }
  for (const task of tasks) {
    task.extWall = Math.min(task.extWall, task.dur);
    task.extCpu = task.dur ? (task.extWall / task.dur) * task.tdur : 0;
  }
  for (const e of evaluations) {
    const task = tasks.find((k) => k.ts <= e.ts && e.ts < k.end);
    if (!task) continue;
    task.extWall = Math.min(task.extWall + e.dur, task.dur);
    task.extCpu = Math.min(task.extCpu + (e.tdur ?? e.dur), task.tdur);
  }
  return { tasks, profile, counted, untaskedExtMs: untaskedExt / 1000 };
}

/** Sum of `field` over tasks overlapping [from, to) (microseconds), as milliseconds. */
export const sumMs = (tasks, field, from = -Infinity, to = Infinity) =>
  tasks.filter((t) => t.end > from && t.ts < to).reduce((n, t) => n + t[field], 0) / 1000;

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * Style, layout and paint on the thread after `from` that no extension script asked for
 * synchronously (those are in its samples already): on a static page, after the content script has
 * started, these are the frames that draw its marks and badges. Adds `renderWall`/`renderCpu` to the
 * tasks of `attribute()`'s result.
 */
export function attributeRendering(trace, thread, { tasks, counted }, from) {
  const times = counted.map((c) => c.t).sort((a, b) => a - b);
  const sampledBetween = (a, b) => {
    let lo = 0;
    let hi = times.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (times[mid] < a) lo = mid + 1; else hi = mid; }
    return lo < times.length && times[lo] < b;
  };
  for (const task of tasks) { task.renderWall = 0; task.renderCpu = 0; }
  let end = -Infinity;
  let i = 0;
  for (const e of trace.byThread.get(trace.key(thread.pid, thread.tid)) ?? []) {
    if (e.ph !== 'X' || !RENDERING.has(e.name) || e.ts < from || e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if (sampledBetween(e.ts, end)) continue; // a layout the extension forced: already its time
    while (i < tasks.length && tasks[i].end <= e.ts) i++;
    const task = tasks[i];
    if (!task || task.ts > e.ts) continue;
    task.renderWall += e.dur ?? 0;
    task.renderCpu += e.tdur ?? e.dur ?? 0;
  }
  return tasks;
}
