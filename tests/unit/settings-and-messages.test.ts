import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withSite } from '../../src/shared/settings';
import { analyze } from '../../src/core/analyze';
import { buildSupplementReports } from '../../src/core/supplement-report';
import { BACKGROUND_REQUESTS, call, checkAnalysis, checkReport, CONTENT_REQUESTS, serve } from '../../src/shared/messages';
import { testKb } from './test-kb';

describe('settings', () => {
  it('falls back to the defaults, with a warning, when storage holds something unreadable', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseSettings({ enabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
  it('switches a site off and on, and everywhere', () => {
    const off = withSite(DEFAULT_SETTINGS, 'example.org', false);
    expect(isActiveOn(off, 'example.org')).toBe(false);
    expect(isActiveOn(off, 'other.org')).toBe(true);
    expect(isActiveOn(withSite(off, 'example.org', true), 'example.org')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'other.org')).toBe(false);
  });
});

describe('the protocol: call checks both directions', () => {
  const echo = (reply: unknown) => vi.fn(async (_message: unknown) => reply);
  it('sends a well-formed request and returns the checked reply', async () => {
    const send = echo({ ok: true });
    await expect(call(send, 'pageChanged', { claimCount: 3 })).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledWith({ type: 'pageChanged', claimCount: 3 });
  });
  it('refuses to send a malformed request', async () => {
    const send = echo({ ok: true });
    await expect(call(send, 'pageChanged', { claimCount: -1 })).rejects.toThrow(/refused to send a malformed request/);
    expect(send).not.toHaveBeenCalled();
  });
  it('rejects a reply that is not what the protocol says, instead of trusting it', async () => {
    await expect(call(echo({ ok: true, analysis: { mentions: 'lots' }, reports: [] }), 'analyze', { text: 'hi' })).rejects.toThrow(/analyze: malformed reply/);
    await expect(call(echo(undefined), 'getPageState', {})).rejects.toThrow(/getPageState: malformed reply/);
    await expect(call(echo({ site: 'a.org', claims: [{ id: 'c1' }], mentionCount: 0 }), 'getPageState', {})).rejects.toThrow(/malformed reply/);
  });
  const mention = { type: 'supplement', start: 0, end: 9, id: 'magnesium', label: 'Magnesium', route: 'topical' };
  const claim = { start: 0, end: 20, supplement: { id: 'magnesium', label: 'Magnesium' }, condition: { id: 'diarrhea', label: 'Diarrhoea' }, kind: 'personal', direction: 'harms', knownHarm: true, fit: 'in-line' };
  const analyzed = async (analysis: unknown, pause = async () => {}) =>
    checkAnalysis(await call(echo({ ok: true, analysis, reports: [] }), 'analyze', { text: 'Magnesium gave me diarrhoea.' }), pause);
  it('accepts a full analysis reply and an error reply', async () => {
    await expect(analyzed({ mentions: [mention], claims: [claim] })).resolves.toEqual({ ok: true, analysis: { mentions: [mention], claims: [claim] }, reports: [] });
    await expect(call(echo({ ok: false, error: 'boom' }), 'analyze', { text: 'x' }).then((r) => checkAnalysis(r, async () => {}))).resolves.toEqual({ ok: false, error: 'boom' });
  });
  it("checks a long page's mentions and claims in slices, with a pause between them, and refuses a bad one anywhere", async () => {
    const pause = vi.fn(async () => {});
    const mentions = Array.from({ length: 1000 }, (_, i) => ({ ...mention, start: i, end: i + 9 }));
    const reply = await analyzed({ mentions, claims: [claim] }, pause);
    expect(reply.ok && reply.analysis.mentions).toEqual(mentions);
    expect(pause.mock.calls.length).toBeGreaterThanOrEqual(4);
    const late = [...mentions.slice(0, 900), { ...mention, start: -1 }];
    await expect(analyzed({ mentions: late, claims: [] })).rejects.toThrow(/analyze: malformed reply \(mentions/);
    await expect(analyzed({ mentions: [], claims: [{ ...claim, kind: 'rumour' }] })).rejects.toThrow(/analyze: malformed reply \(claims/);
  });
});

describe("the protocol: a report's badge fields are checked with the reply, the rest when first read in full", () => {
  const [report] = buildSupplementReports(testKb, analyze('Magnesium may help insulin resistance and sleep, a small trial says.', testKb));
  const echo = (reports: unknown[]) => async () => ({ ok: true, analysis: { mentions: [], claims: [] }, reports });
  it('accepts a real report, and checks it in full, once, on first reading', async () => {
    const checked = await call(echo([report]), 'analyze', { text: 'x' });
    const unchecked = checked.ok ? checked.reports[0]! : undefined;
    expect(unchecked?.label).toBe('Magnesium');
    expect(checkReport(unchecked!)).toEqual(report);
    expect(checkReport(unchecked!)).toBe(checkReport(unchecked!));
  });
  it('refuses the whole reply when what the badges need is malformed', async () => {
    await expect(call(echo([{ ...report, label: 7 }]), 'analyze', { text: 'x' })).rejects.toThrow(/analyze: malformed reply/);
    await expect(call(echo([{ ...report, evidence: [{ grade: 'excellent' }] }]), 'analyze', { text: 'x' })).rejects.toThrow(/analyze: malformed reply/);
  });
  it('refuses a report whose body is malformed when it is first read in full', async () => {
    const broken = await call(echo([{ ...report, safety: 'none' }]), 'analyze', { text: 'x' });
    expect(() => checkReport(broken.ok ? broken.reports[0]! : report!)).toThrow(/malformed report for magnesium/);
  });
});

describe('the protocol: serve answers only its own requests, well-formed, from accepted senders', () => {
  const ours = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
  const listener = serve('test', CONTENT_REQUESTS, (sender) => sender.id === 'ext', {
    getPageState: () => ({ site: 'a.org', claims: [], risks: [], mentionCount: 0 }),
    revealClaim: ({ claimId }) => ({ ok: claimId === 'c1' }),
  });
  it('answers a well-formed request', async () => {
    await expect(listener({ type: 'revealClaim', claimId: 'c1' }, ours)).resolves.toEqual({ ok: true });
  });
  it('ignores, with a warning, a malformed request of its own', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(listener({ type: 'revealClaim', index: 1 }, ours)).toBeUndefined();
    expect(listener({ type: 'revealClaim', claimId: 'c1', extra: true }, ours)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
  it("stays silent on other parts' requests, unknown ones and strangers", () => {
    expect(listener({ type: 'analyze', text: 'hi' }, ours)).toBeUndefined();
    expect(listener({ type: 'deleteEverything' }, ours)).toBeUndefined();
    expect(listener(null, ours)).toBeUndefined();
    expect(listener({ type: 'getPageState' }, { id: 'someone-else' })).toBeUndefined();
  });
  it('gives each request to exactly one part', () => {
    expect(BACKGROUND_REQUESTS.filter((t) => (CONTENT_REQUESTS as readonly string[]).includes(t))).toEqual([]);
  });
});
