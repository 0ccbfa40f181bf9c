// `npm run bench`: how much the Evidence Lens extension costs a page, in real headless Chromium.
//
// Method. Two browsers run side by side: one with the built extension (EXTENSION_DIR, else dist/, as
// the e2e harness loads it) and a plain one without any extension. For each page and each repetition:
//
// * Floor: in the plain browser, after load, one bare TreeWalker pass collecting every text node's
//   data (`benchFloorWalk`, run as a timer task). Its wall and thread-CPU time come from the trace.
// * Extension: the page loads in the extension's browser under a browser-wide Chrome trace (see
//   trace.mjs): top-level tasks of every thread with wall and thread-CPU time, and V8's sampling
//   profiler. The content script runs in an isolated world of the page's renderer, and most of its
//   work runs in promise callbacks that the timeline attributes to no script, so its main-thread time
//   is measured from the samples: sampled time with a chrome-extension://<id>/ frame on the stack
//   (including the style, layout and DOM work Blink does for those calls), plus the content script's
//   compile time. Each task's thread-CPU time is split in that proportion, which gives "CPU" (what the
//   work costs the thread) beside "wall" (which also counts time the thread waited for a core).
//   "Done" is the content script's last message (pageChanged, sent after it paints) seen by a listener
//   the bench adds in the service worker, followed by 2 s without further messages; "start to last
//   mark" is from the content script's evaluation to the end of its last task, and to the end of the
//   last frame that draws its marks.
// * Marks frame: style, layout and paint after the task that painted (placed on the trace clock from
//   the worker's receipt of pageChanged), except layouts the script forced (already in its samples):
//   the frames that draw the highlights and badges. Counted in "fully annotated" and in long tasks.
// * Long tasks: the trace's top-level tasks over 50 ms after the content script started; a task is the
//   extension's when its script plus its marks frame is at least half of it. A PerformanceObserver
//   ('longtask') in the page is recorded too (entries placed on the trace clock through a user-timing
//   mark), but it misses most tasks that run only the isolated world's script or rendering.
// * Background: the same sampling on the service worker thread (off the page's main thread),
//   reported separately.
// * Heap: the page renderer's JS heap after a forced GC (Runtime.getHeapUsage covers the isolate, so
//   the isolated world too), extension browser minus plain browser.
// * Baseline: compromise (`nlp(text)` then `.terms()`; with --compromise-json also
//   `.sentences().json()`) over the whole 100,000-word page's text, in this Node process, timed wall
//   and CPU.
//
// Every figure is the median of --reps repetitions (default 5); a warm-up load first starts the
// service worker and loads its knowledge base, and is reported apart as the cold start. Floors are
// judged on CPU time, measured in the same run (machines, and CI machines most of all, are noisy, and
// CPU time is far less sensitive to other load than wall time); wall figures are printed beside them.
// The process fails only with --check.
//
// Options: --check, --reps=N, --pages=non-health,patient-column,health-100k, --compromise-reps=N, --top=N,
// --compromise-json, --keep-traces (every trace to bench/results/traces/, for DevTools' Performance
// panel), --no-names (skip the source-mapped build of this tree that names the profile's functions
// when the measured build has no source maps; it is used only where its files match the measured ones).
//
// Developing beside others who build into dist/: `npx vite build --outDir /tmp/bench-dist --emptyOutDir
// --sourcemap` then `EXTENSION_DIR=/tmp/bench-dist node bench/run.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DIST, launchWithExtension } from '../tests/e2e/harness.mjs';
import { probeOverlay } from '../tests/e2e/overlay-probe.mjs';
import { startServer } from '../tests/e2e/serve.mjs';
import { aggregate, sourceNamer } from './costs.mjs';
import { healthPage, nonHealthPage } from './pages.mjs';
import { attribute, attributeRendering, extensionWorkerThread, readTrace, startTrace, sumMs, threadEvaluating } from './trace.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench/results');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const REPS = Number(option('reps', 5));
const COMPROMISE_REPS = Number(option('compromise-reps', 3));
/** How many functions latest.json lists per page and thread, by self and by inclusive time. */
const TOP = Number(option('top', 12));
/** No message this long after load: the content script decided the page is not about health. */
const SILENT_MS = 3000;
const QUIET_MS = 2000;
const LONG_TASK_MS = 50;

const FLOORS = {
  nonHealthRatio: 3, // extension cost on a page with no health term, × the bare text walk
  nonHealthTaskMs: 5, // no extension task longer than this on that page: the sentinel reads in idle slices
  patientColumnScriptMs: 15, // the extension's main-thread CPU to annotate the patient column
  patientColumnMs: 50, // the same plus the first frame that paints its marks
  longTaskMs: 50, // no extension task longer than this on the 100k-word page
  compromiseSpeedup: 10, // the extension over the 100k-word page vs compromise over its whole text
  contentScriptGzipKb: 20,
};

const PAGES = [
  { id: 'non-health', label: 'non-health page (5,000 words)', path: '/bench/non-health-5k.html', make: () => nonHealthPage().html },
  { id: 'patient-column', label: 'patient column (magnesium)', path: '/fixtures/patient-column-magnesium/page.html' },
  { id: 'health-100k', label: 'health page (100,000 words)', path: '/bench/health-100k.html', make: () => healthPage().html, timeoutMs: 600_000 },
].filter((p) => option('pages', '') === '' || option('pages').split(',').includes(p.id));

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, digits = 1) => (x === undefined ? undefined : Math.round(x * 10 ** digits) / 10 ** digits);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let traceCount = 0;
/** With --keep-traces, each trace is written to bench/results/traces/ (open them in DevTools' Performance panel). */
function keepTrace(name, events) {
  if (!flag('keep-traces')) return;
  mkdirSync(join(RESULTS, 'traces'), { recursive: true });
  writeFileSync(join(RESULTS, 'traces', `${String(++traceCount).padStart(2, '0')}-${name}.json`), JSON.stringify({ traceEvents: events }));
}

/** Registered in the page's main world before it loads: long tasks, and a mark to place them on the trace clock. */
const PAGE_INIT = () => {
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support */ }
  performance.mark('bench-sync');
};

/** A listener beside the extension's own in its service worker: logs the content script's messages. */
const WORKER_LOG = () => {
  if (!self.__benchLog) {
    self.__benchLog = [];
    chrome.runtime.onMessage.addListener((m, sender) => {
      if (m && typeof m === 'object' && (m.type === 'analyze' || m.type === 'pageChanged')) {
        self.__benchLog.push({ type: m.type, url: sender.url, at: Date.now(), count: m.claimCount, chars: m.text?.length });
      }
    });
    return false;
  }
  return true;
};

async function serveGenerated(context, origin) {
  const bodies = new Map(PAGES.filter((p) => p.make).map((p) => [p.path, p.make()]));
  await context.route(`${origin}/bench/*`, (route) => {
    const body = bodies.get(new URL(route.request().url()).pathname);
    return body ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }) : route.fulfill({ status: 404, body: 'not found' });
  });
}

function extensionWorker(env) {
  return env.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${env.extensionId}/`));
}

/**
 * Waits for the content script's last message for `url`: a pageChanged, then QUIET_MS of nothing.
 * A page with no health words gets no message at all: SILENT_MS after load with none is done too.
 */
async function waitForDone(env, url, since, timeoutMs) {
  const loadedAt = Date.now();
  const until = Date.now() + timeoutMs;
  let restarted = false;
  while (Date.now() < until) {
    const worker = extensionWorker(env);
    if (worker) {
      const wasInstalled = await worker.evaluate(WORKER_LOG).catch(() => true);
      restarted ||= !wasInstalled;
      const log = (await worker.evaluate(() => self.__benchLog).catch(() => [])).filter((m) => m.url === url && m.at >= since);
      const last = log[log.length - 1];
      const now = await worker.evaluate(() => Date.now()).catch(() => Date.now());
      if (last?.type === 'pageChanged' && now - last.at >= QUIET_MS) return { log, restarted };
      if (!last && Date.now() - loadedAt >= SILENT_MS) return { log, restarted };
    }
    await sleep(250);
  }
  throw new Error(`the extension did not finish ${url} within ${timeoutMs / 1000} s`);
}

/** The JS heap of the page's renderer (the whole isolate, isolated worlds included) after a full GC. */
async function heapAfterGc(tab) {
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return heap;
}

/** One load of `page` in the extension's browser, traced. */
async function extensionRun(env, browserCdp, origin, page) {
  const url = `${origin}${page.path}`;
  const extUrl = `chrome-extension://${env.extensionId}/`;
  const isExt = (u) => typeof u === 'string' && u.startsWith(extUrl);
  const tab = await env.context.newPage();
  await tab.addInitScript(PAGE_INIT);
  const worker = extensionWorker(env);
  await worker?.evaluate(WORKER_LOG);
  const since = (await worker?.evaluate(() => Date.now())) ?? Date.now();
  const trace = await startTrace(browserCdp);
  await tab.goto(url, { waitUntil: 'load', timeout: page.timeoutMs ?? 60_000 });
  const done = await waitForDone(env, url, since, page.timeoutMs ?? 60_000);
  const inPage = await tab.evaluate(() => ({
    sync: performance.getEntriesByName('bench-sync')[0]?.startTime,
    timeOrigin: performance.timeOrigin,
    longTasks: window.__benchLongTasks ?? [],
    highlights: Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])),
  }));
  const events = await trace.stop();
  keepTrace(`${page.id}-extension`, events);
  const heap = await heapAfterGc(tab);
  const overlay = await probeOverlay(tab);
  const badges = (await overlay.all('button.badge')).length;
  await overlay.detach();
  await tab.close();

  const t = readTrace(events);
  const main = threadEvaluating(t, `${extUrl}src/content/`);
  if (!main) throw new Error(`no content script evaluation in the trace of ${url}`);
  const pageSide = attribute(t, main, isExt);
  const swThread = extensionWorkerThread(t, isExt);
  const swSide = swThread ? attribute(t, swThread, isExt) : undefined;
  const start = main.evaluate.ts;
  // The frames after the task that painted (the last one before the worker heard its pageChanged) draw
  // the marks; where the extension drew nothing, no frame is its.
  const mark = (t.byThread.get(t.key(main.pid, main.tid)) ?? []).find((e) => e.name === 'bench-sync');
  const toTrace = (epochMs) => (mark && inPage.sync !== undefined ? mark.ts + (epochMs - inPage.timeOrigin - inPage.sync) * 1000 : undefined);
  const painted = Object.values(inPage.highlights).some((n) => n > 0) || badges > 0;
  const lastCount = done.log.findLast((m) => m.type === 'pageChanged'); // none where the page was not about health
  const claimTs = lastCount ? toTrace(lastCount.at) : undefined;
  const paintTask = claimTs === undefined ? undefined : pageSide.tasks.findLast((k) => k.extWall > 0 && k.ts < claimTs);
  attributeRendering(t, main, pageSide, painted ? (paintTask?.ts ?? start) : Infinity);
  const extTasks = pageSide.tasks.filter((k) => (k.extWall > 0 || k.renderWall > 0) && k.end > start);
  const lastScript = Math.max(...extTasks.filter((k) => k.extWall > 0).map((k) => k.end));
  const lastFrame = Math.max(...extTasks.map((k) => k.end));
  const caused = (k) => k.extWall + k.renderWall;

  // Long tasks seen by the page's PerformanceObserver, placed on the trace clock through the mark.
  const apiLongTasks = inPage.longTasks.map((lt) => {
    const from = mark && inPage.sync !== undefined ? mark.ts + (lt.start - inPage.sync) * 1000 : undefined;
    const to = from === undefined ? undefined : from + lt.duration * 1000;
    const task = from === undefined ? undefined : pageSide.tasks
      .map((k) => ({ k, overlap: Math.min(k.end, to) - Math.max(k.ts, from) }))
      .filter((x) => x.overlap > 0).sort((a, b) => b.overlap - a.overlap)[0]?.k;
    return { ms: round(lt.duration), extMs: task ? round(caused(task) / 1000) : undefined, cpuMs: task ? round(task.tdur / 1000) : undefined, extension: task ? caused(task) >= task.dur / 2 : undefined };
  });
  // Every top-level task over 50 ms (wall or CPU) after the content script started; the extension's when
  // its script, or the frame drawing its marks, is at least half of it.
  const traceLongTasks = pageSide.tasks.filter((k) => k.end > start && (k.dur > LONG_TASK_MS * 1000 || k.tdur > LONG_TASK_MS * 1000)).map((k) => ({
    ms: round(k.dur / 1000), cpuMs: round(k.tdur / 1000), extMs: round(k.extWall / 1000), extCpuMs: round(k.extCpu / 1000),
    renderMs: round(k.renderWall / 1000), renderCpuMs: round(k.renderCpu / 1000), extension: caused(k) >= k.dur / 2,
  }));
  const extensionLong = traceLongTasks.filter((k) => k.extension);
  return {
    mainWallMs: sumMs(pageSide.tasks, 'extWall'),
    mainCpuMs: sumMs(pageSide.tasks, 'extCpu'),
    untaskedExtMs: pageSide.untaskedExtMs,
    spanMs: (lastScript - start) / 1000,
    loadCpuMs: (pageSide.tasks.find((k) => k.ts <= start && start < k.end)?.extCpu ?? 0) / 1000,
    renderCpuMs: sumMs(pageSide.tasks, 'renderCpu'),
    renderWallMs: sumMs(pageSide.tasks, 'renderWall'),
    visibleMs: (lastFrame - start) / 1000,
    tasks: extTasks.length,
    longestExtTaskWallMs: Math.max(0, ...extTasks.map((k) => caused(k) / 1000)),
    longestExtTaskCpuMs: Math.max(0, ...extTasks.map((k) => (k.extCpu + k.renderCpu) / 1000)),
    extLongTasksCpuOver50: extensionLong.filter((k) => k.cpuMs > LONG_TASK_MS).length,
    extLongTasksWallOver50: extensionLong.filter((k) => k.ms > LONG_TASK_MS).length,
    apiLongTasks,
    apiExtLongTasks: apiLongTasks.filter((k) => k.extension).length,
    traceLongTasks,
    workerWallMs: swSide ? sumMs(swSide.tasks, 'extWall') : undefined,
    workerCpuMs: swSide ? sumMs(swSide.tasks, 'extCpu') : undefined,
    heapUsed: heap.usedSize,
    highlights: inPage.highlights,
    badges,
    messages: done.log.map((m) => m.type),
    workerRestarted: done.restarted,
    profiles: { page: { profile: pageSide.profile, counted: pageSide.counted }, worker: swSide && { profile: swSide.profile, counted: swSide.counted } },
  };
}

/** One load of `page` in the plain browser: the bare text walk and the heap without the extension. */
async function floorRun(plain, origin, page) {
  const tab = await plain.context.newPage();
  const trace = await startTrace(plain.cdp);
  await tab.goto(`${origin}${page.path}`, { waitUntil: 'load', timeout: page.timeoutMs ?? 60_000 });
  await sleep(300);
  const chars = await tab.evaluate(() => new Promise((resolve) => {
    setTimeout(function benchFloorWalk() {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.data);
      resolve(parts.join('').length);
    }, 0);
  }));
  const events = await trace.stop();
  keepTrace(`${page.id}-plain`, events);
  const heap = await heapAfterGc(tab);
  const text = page.id === 'health-100k' ? await tab.evaluate(() => document.body.innerText) : undefined;
  const words = await tab.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
  await tab.close();
  const walk = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.functionName === 'benchFloorWalk');
  if (!walk) throw new Error('the floor walk is not in the trace');
  return { floorWallMs: walk.dur / 1000, floorCpuMs: (walk.tdur ?? walk.dur) / 1000, heapUsed: heap.usedSize, chars, words, text };
}

async function compromiseBaseline(text) {
  const { default: nlp } = await import('compromise');
  const runs = [];
  for (let i = 0; i < COMPROMISE_REPS; i++) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const doc = nlp(text);
    let units = doc.terms().length;
    if (flag('compromise-json')) units = doc.sentences().json().length;
    const wallMs = performance.now() - t0;
    const used = process.cpuUsage(cpu);
    runs.push({ wallMs, cpuMs: (used.user + used.system) / 1000, units });
    console.log(`  compromise run ${i + 1}/${COMPROMISE_REPS}: ${Math.round(wallMs)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU`);
  }
  return { what: flag('compromise-json') ? 'nlp(text).sentences().json()' : 'nlp(text).terms()', runs, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
}

function contentScriptSize() {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const sizes = files.map((f) => {
    const body = readFileSync(join(DIST, f));
    return { file: f, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
  return { files: sizes, bytes: sizes.reduce((n, s) => n + s.bytes, 0), gzipBytes: sizes.reduce((n, s) => n + s.gzipBytes, 0) };
}

/** A source-mapped build of the same tree in a temporary folder, used only when it matches the measured files. */
function namesBuild() {
  if (flag('no-names')) return undefined;
  if (existsSync(join(DIST, 'src/content/sentinel.js.map'))) return DIST;
  const out = mkdtempSync(join(tmpdir(), 'evidence-lens-bench-maps-'));
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--outDir', out, '--emptyOutDir', '--sourcemap', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) { console.log(`  (no source names: the source-mapped build failed: ${built.stderr.trim().split('\n')[0]})`); return undefined; }
  return out;
}

const strip = (s) => s.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '');
function namer(mapsDir, extensionId) {
  if (!mapsDir) return (frame) => (frame ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '(none)');
  const named = sourceNamer(mapsDir, extensionId);
  const same = new Map();
  const warned = new Set();
  return (frame) => {
    if (!frame) return '(none)';
    const path = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    if (!same.has(path)) {
      const a = join(DIST, path);
      const b = join(mapsDir, path);
      same.set(path, existsSync(a) && existsSync(b) && strip(readFileSync(a, 'utf8')) === strip(readFileSync(b, 'utf8')));
    }
    if (!same.get(path) && !warned.has(path)) {
      warned.add(path);
      console.log(`  (${path}: named by built positions; the source-mapped build of this tree differs from the measured one)`);
    }
    return same.get(path) ? named(frame) : `${frame.functionName || '(anonymous)'} ${path}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  };
}

const pad = (s, n) => String(s ?? '–').padEnd(n);
const lpad = (s, n) => String(s ?? '–').padStart(n);
const fmt = (x, d = 1) => (x === undefined ? '–' : x.toFixed(d));

async function main() {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    console.error(`bench: ${DIST} has no build; run \`vite build\` first (or set EXTENSION_DIR)`);
    process.exit(2);
  }
  console.log(`Evidence Lens bench: ${DIST}, ${REPS} repetitions per page`);
  const server = await startServer();
  const env = await launchWithExtension();
  const extCdp = await env.context.browser().newBrowserCDPSession();
  const plainBrowser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const plain = { context: await plainBrowser.newContext({ viewport: { width: 1200, height: 800 } }), cdp: await plainBrowser.newBrowserCDPSession() };
  const chromiumVersion = plainBrowser.version();
  await serveGenerated(env.context, server.origin);
  await serveGenerated(plain.context, server.origin);
  // A service worker idle for 30 s is stopped; an extension API call keeps it alive between loads.
  const keepAlive = setInterval(() => extensionWorker(env)?.evaluate(() => chrome.runtime.getPlatformInfo()).catch(() => {}), 10_000);

  const results = {};
  let compromiseText;
  try {
    const warmupPage = PAGES.find((p) => p.id === 'patient-column') ?? PAGES[0];
    console.log(`warm-up (cold service worker): ${warmupPage.label}`);
    const warm = await extensionRun(env, extCdp, server.origin, warmupPage);
    results.coldStart = { page: warmupPage.id, mainCpuMs: round(warm.mainCpuMs), mainWallMs: round(warm.mainWallMs), spanMs: round(warm.spanMs), workerCpuMs: round(warm.workerCpuMs), workerWallMs: round(warm.workerWallMs) };

    for (const page of PAGES) {
      const runs = [];
      for (let r = 0; r < REPS; r++) {
        const ext = await extensionRun(env, extCdp, server.origin, page);
        const floor = await floorRun(plain, server.origin, page);
        if (floor.text) compromiseText = floor.text;
        delete floor.text;
        runs.push({ ...ext, ...floor, heapAddedBytes: ext.heapUsed - floor.heapUsed });
        console.log(`  ${page.id} ${r + 1}/${REPS}: extension ${fmt(ext.mainCpuMs)} ms CPU / ${fmt(ext.mainWallMs)} ms wall on the main thread, ` +
          `done ${fmt(ext.spanMs, 0)} ms after start; worker ${fmt(ext.workerCpuMs)} ms CPU; floor ${fmt(floor.floorCpuMs, 2)} ms CPU`);
      }
      results[page.id] = runs;
    }
  } finally {
    clearInterval(keepAlive);
    await env.close();
    await plainBrowser.close();
    await server.close();
  }

  const compromise = compromiseText ? (console.log('compromise baseline over the 100,000-word page text:'), await compromiseBaseline(compromiseText)) : undefined;
  const size = contentScriptSize();
  const mapsDir = namesBuild();
  const name = namer(mapsDir, env.extensionId);

  // Medians and verdicts.
  const summary = {};
  for (const page of PAGES) {
    const runs = results[page.id];
    const m = (f) => median(runs.map(f));
    summary[page.id] = {
      label: page.label,
      words: m((r) => r.words),
      floorCpuMs: m((r) => r.floorCpuMs), floorWallMs: m((r) => r.floorWallMs),
      mainCpuMs: m((r) => r.mainCpuMs), mainWallMs: m((r) => r.mainWallMs), loadCpuMs: m((r) => r.loadCpuMs),
      ratioCpu: m((r) => r.mainCpuMs / r.floorCpuMs), ratioWall: m((r) => r.mainWallMs / r.floorWallMs),
      spanMs: m((r) => r.spanMs), visibleMs: m((r) => r.visibleMs),
      renderCpuMs: m((r) => r.renderCpuMs), renderWallMs: m((r) => r.renderWallMs),
      annotatedCpuMs: m((r) => r.mainCpuMs + r.renderCpuMs), annotatedWallMs: m((r) => r.mainWallMs + r.renderWallMs),
      longestExtTaskCpuMs: m((r) => r.longestExtTaskCpuMs), longestExtTaskWallMs: m((r) => r.longestExtTaskWallMs),
      extLongTasksCpuOver50: Math.max(...runs.map((r) => r.extLongTasksCpuOver50)),
      extLongTasksWallOver50: Math.max(...runs.map((r) => r.extLongTasksWallOver50)),
      apiExtLongTasks: Math.max(...runs.map((r) => r.apiExtLongTasks)),
      workerCpuMs: m((r) => r.workerCpuMs), workerWallMs: m((r) => r.workerWallMs),
      heapAddedKb: m((r) => r.heapAddedBytes / 1024),
      marks: m((r) => (r.highlights['evidence-lens-supplement'] ?? 0) + (r.highlights['evidence-lens-condition'] ?? 0)),
      badges: m((r) => r.badges),
    };
  }

  const s = summary;
  const floors = [];
  const verdict = (id, text, pass, measured) => floors.push({ id, text, pass, measured });
  if (s['non-health']) verdict('non-health', `non-health page: extension ≤ ${FLOORS.nonHealthRatio}× the bare text walk`, s['non-health'].ratioCpu <= FLOORS.nonHealthRatio,
    `${fmt(s['non-health'].ratioCpu, 2)}× CPU (${fmt(s['non-health'].mainCpuMs, 2)} ms, of which ${fmt(s['non-health'].loadCpuMs, 2)} loading the content script, vs ${fmt(s['non-health'].floorCpuMs, 2)} ms); ${fmt(s['non-health'].ratioWall, 2)}× wall`);
  if (s['non-health']) verdict('non-health-task', `non-health page: no extension task > ${FLOORS.nonHealthTaskMs} ms`, s['non-health'].longestExtTaskCpuMs <= FLOORS.nonHealthTaskMs,
    `longest extension task ${fmt(s['non-health'].longestExtTaskCpuMs, 2)} ms CPU (${fmt(s['non-health'].longestExtTaskWallMs, 2)} ms wall)`);
  if (s['patient-column']) {
    const p = s['patient-column'];
    verdict('patient-column-script', `patient column: extension script ≤ ${FLOORS.patientColumnScriptMs} ms of main-thread CPU`, p.mainCpuMs <= FLOORS.patientColumnScriptMs,
      `${fmt(p.mainCpuMs)} ms CPU (${fmt(p.mainWallMs)} ms wall)`);
    verdict('patient-column', `patient column annotated within ${FLOORS.patientColumnMs} ms of main-thread time`, p.annotatedCpuMs <= FLOORS.patientColumnMs,
      `${fmt(p.annotatedCpuMs)} ms CPU = ${fmt(p.mainCpuMs)} script + ${fmt(p.renderCpuMs)} first frame with the marks (${fmt(p.annotatedWallMs)} ms wall)`);
  }
  if (s['health-100k']) {
    const h = s['health-100k'];
    verdict('long-tasks', `100k-word page: no extension task > ${FLOORS.longTaskMs} ms`, h.extLongTasksCpuOver50 === 0,
      `longest extension task ${fmt(h.longestExtTaskCpuMs)} ms CPU (${fmt(h.longestExtTaskWallMs)} ms wall); extension long tasks per load: ${h.extLongTasksCpuOver50} by CPU, ${h.extLongTasksWallOver50} by wall, ${h.apiExtLongTasks} seen by PerformanceObserver`);
    if (compromise) {
      h.totalCpuMs = h.mainCpuMs + (h.workerCpuMs ?? 0);
      h.speedupCpu = compromise.cpuMs / h.totalCpuMs;
      h.speedupWall = compromise.wallMs / h.spanMs;
      verdict('compromise', `100k-word page: extension ≥ ${FLOORS.compromiseSpeedup}× faster than compromise over the whole text`, h.speedupCpu >= FLOORS.compromiseSpeedup,
        `${fmt(h.speedupCpu, 2)}× by CPU (extension ${fmt(h.totalCpuMs, 0)} ms page + worker vs ${compromise.what} ${fmt(compromise.cpuMs, 0)} ms); ${fmt(h.speedupWall, 2)}× by elapsed time (${fmt(h.spanMs, 0)} vs ${fmt(compromise.wallMs, 0)} ms)`);
    }
  }
  verdict('size', `content script ≤ ${FLOORS.contentScriptGzipKb} KB gzipped`, size.gzipBytes <= FLOORS.contentScriptGzipKb * 1024,
    `${fmt(size.gzipBytes / 1024, 1)} KB gzipped (${fmt(size.bytes / 1024, 1)} KB raw): ${size.files.map((f) => f.file).join(', ')}`);

  // Where the time goes: the 100k page (or the largest measured) and the patient column.
  const costs = {};
  for (const page of PAGES) {
    const runs = results[page.id];
    const side = (which) => {
      const agg = aggregate(runs.map((r) => r.profiles[which]).filter(Boolean).filter((p) => p.profile));
      const per = (ms) => ms / runs.length;
      return {
        self: agg.self.slice(0, TOP).map((e) => ({ ms: round(per(e.ms), 2), where: e.frame ? `${e.native ? `${e.native} ← ` : ''}${name(e.frame)}` : `${e.native} (in extension tasks)` })),
        inclusive: agg.inclusive.slice(0, TOP).map((e) => ({ ms: round(per(e.ms), 2), where: name(e.frame) })),
      };
    };
    costs[page.id] = { page: side('page'), worker: side('worker') };
  }

  // Print.
  console.log(`\nMedians of ${REPS} loads, ms: thread CPU time, wall time in parentheses\n`);
  const rows = [['page', 'words', 'text walk (floor)', 'extension script', '× floor', 'marks frame', 'start→last mark', 'longest ext. task', 'service worker', 'heap +KB', 'marks', 'badges']];
  for (const page of PAGES) {
    const x = s[page.id];
    const both = (cpu, wall, d = 1) => `${fmt(cpu, d)} (${fmt(wall, d)})`;
    rows.push([
      x.label, String(x.words), both(x.floorCpuMs, x.floorWallMs, 2), both(x.mainCpuMs, x.mainWallMs), both(x.ratioCpu, x.ratioWall), both(x.renderCpuMs, x.renderWallMs),
      `${fmt(x.spanMs, 0)} / ${fmt(x.visibleMs, 0)}`, both(x.longestExtTaskCpuMs, x.longestExtTaskWallMs), both(x.workerCpuMs, x.workerWallMs, 0), fmt(x.heapAddedKb, 0), String(x.marks), String(x.badges),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  '));
  console.log('\n"start→last mark": from the content script\'s evaluation to the end of its last task / to the end of the first frame that paints the marks (wall).');
  console.log('"marks", "badges": those in place after load; both are kept to a few screens around the visible part of the page.');
  if (results.coldStart) console.log(`\ncold start (first load, ${results.coldStart.page}): main ${results.coldStart.mainCpuMs} ms CPU, worker ${results.coldStart.workerCpuMs} ms CPU (${results.coldStart.workerWallMs} ms wall), done ${results.coldStart.spanMs} ms after start`);
  if (compromise) console.log(`compromise baseline (${compromise.what}, ${COMPROMISE_REPS} runs): ${fmt(compromise.cpuMs, 0)} ms CPU, ${fmt(compromise.wallMs, 0)} ms wall`);
  console.log('\nFloors:');
  for (const f of floors) console.log(`  ${f.pass ? 'PASS' : 'FAIL'}  ${f.text}: ${f.measured}`);
  for (const page of PAGES) {
    for (const which of ['page', 'worker']) {
      const c = costs[page.id][which];
      if (!c.self.length) continue;
      console.log(`\nTop self time, ${page.id}, ${which === 'page' ? 'page main thread' : 'service worker'} (ms per load, sampled wall):`);
      for (const e of c.self.slice(0, 8)) console.log(`  ${lpad(fmt(e.ms, 2), 9)}  ${e.where}`);
      console.log('  inclusive:');
      for (const e of c.inclusive.slice(0, 6)) console.log(`  ${lpad(fmt(e.ms, 2), 9)}  ${e.where}`);
    }
  }

  // Write.
  mkdirSync(RESULTS, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    extensionDir: DIST,
    chromium: chromiumVersion,
    node: process.version,
    cpus: cpus().length,
    loadAverage: loadavg(),
    reps: REPS,
    method: 'see the comment at the top of bench/run.mjs',
    floors,
    summary,
    coldStart: results.coldStart,
    compromise,
    contentScript: size,
    costs,
    runs: Object.fromEntries(PAGES.map((p) => [p.id, results[p.id].map(({ profiles, ...r }) => r)])),
  };
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  if (mapsDir && mapsDir !== DIST) rmSync(mapsDir, { recursive: true, force: true });
  console.log(`\nwrote ${join('bench/results/latest.json')}`);
  if (flag('check') && floors.some((f) => !f.pass)) process.exit(1);
}

await main();
