import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, withSite } from '../../src/shared/settings';
import { ContentToBackground, PopupToContent, parseMessage } from '../../src/shared/messages';

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

describe('messages', () => {
  it('accepts well-formed messages and ignores malformed ones with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessage(ContentToBackground, { type: 'analyze', text: 'hi' }, 'test')).toEqual({ type: 'analyze', text: 'hi' });
    expect(parseMessage(ContentToBackground, { type: 'analyze', text: 5 }, 'test')).toBeUndefined();
    expect(parseMessage(ContentToBackground, { type: 'claimCount', count: -1 }, 'test')).toBeUndefined();
    expect(parseMessage(PopupToContent, { type: 'revealClaim', index: 1, extra: true }, 'test')).toBeUndefined();
    expect(parseMessage(PopupToContent, { type: 'deleteEverything' }, 'test')).toBeUndefined();
    expect(parseMessage(PopupToContent, null, 'test')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(5);
    warn.mockRestore();
  });
});
