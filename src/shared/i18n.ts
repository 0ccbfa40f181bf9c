/**
 * The interface's words in the reader's language: every string the popup, options page, badges and
 * card show comes from _locales/<lang>/messages.json through the extension's i18n API. Node has no
 * such API: the command line and the unit tests hand the English file to `useEnglishMessages`
 * (english-messages.ts), so the 20 KB file never ships inside the page and popup bundles. No
 * webextension-polyfill: the annotator uses this in pages, and `getMessage` is synchronous on
 * Firefox's `browser` and Chrome's `chrome` alike.
 */
import type english from '../../_locales/en/messages.json';

/** A message name. The English file is the reference: every locale translates its keys. */
export type MessageKey = keyof typeof english;

export type Message = { message: string; placeholders?: Record<string, { content: string }> };
type I18nApi = { getMessage(name: string, substitutions?: string[]): string };

const i18nApi = ((globalThis as { browser?: { i18n?: I18nApi } }).browser ?? (globalThis as { chrome?: { i18n?: I18nApi } }).chrome)?.i18n;

let englishMessages: Record<string, Message> | undefined;

/** Where there is no extension API (Node), messages come from the English file given here. */
export function useEnglishMessages(messages: Record<string, Message>): void {
  englishMessages = messages;
}

/**
 * Each message's text with a private-use mark where substitution N goes, fetched once: a call into
 * the extension API costs a page a few tenths of a millisecond, and a page's badges and cards ask
 * for the same few messages with many different values.
 */
const templates = new Map<MessageKey, string>();
const MARKS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
const MARK = /[\uE000-\uE008]/g;

/** The message `key`, with `$1`…`$9` in its placeholders filled from `substitutions` in order. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  let template = templates.get(key);
  if (template === undefined) templates.set(key, (template = lookUp(key, MARKS)));
  return template.replace(MARK, (mark) => String(substitutions[mark.charCodeAt(0) - 0xe000] ?? ''));
}

function lookUp(key: MessageKey, values: string[]): string {
  if (i18nApi) return i18nApi.getMessage(key, values);
  if (!englishMessages) throw new Error('No extension i18n API and no messages: import src/shared/english-messages.ts first.');
  return fill(englishMessages[key]!, values);
}

/** Chrome's rules: each $NAME$ becomes its placeholder's content (names ignore case), then $1…$9 the values and $$ a dollar. */
function fill({ message, placeholders = {} }: Message, values: string[]): string {
  const named = message.replace(/\$(\w+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : values[Number(d) - 1] ?? ''));
}

/** The language the messages actually came from (each file names its own), which may differ from the browser's. */
export const messagesLocale = (): string => t('locale');

let pluralRules: Intl.PluralRules | undefined;

/**
 * The key for `count` among a message's plural forms. Chrome's i18n has no plurals, so a counted
 * message is one key per CLDR plural category (`popup_claimCount_one`, `popup_claimCount_other`),
 * picked by Intl.PluralRules in the messages' language; `other` stands in for a category not given.
 * Pass the count to `t` as well. A language with more categories (few, many) adds those keys to the
 * English file too, as copies of `other`, so that the key type knows them.
 */
export function plural(count: number, keys: Partial<Record<Intl.LDMLPluralRule, MessageKey>> & { other: MessageKey }): MessageKey {
  pluralRules ??= new Intl.PluralRules(messagesLocale());
  return keys[pluralRules.select(count)] ?? keys.other;
}

const listFormats = new Map<Intl.ListFormatType, Intl.ListFormat>();

/** Items joined as the messages' language joins them, as alternatives ("a or b") or all together ("a, b and c"). */
function joined(type: Intl.ListFormatType, items: string[]): string {
  let format = listFormats.get(type);
  if (!format) listFormats.set(type, (format = new Intl.ListFormat(messagesLocale(), { type })));
  return format.format(items);
}

export const orList = (items: string[]): string => joined('disjunction', items);
export const andList = (items: string[]): string => joined('conjunction', items);

/** Gives an extension page the messages' language and its title. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = messagesLocale();
  document.title = t(titleKey);
}
