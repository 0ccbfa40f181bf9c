/** Items joined as the messages' language joins them: "a, b and c". */
import { messagesLocale } from '../i18n';

let andFormat: Intl.ListFormat | undefined;

export const andList = (items: string[]): string => (andFormat ??= new Intl.ListFormat(messagesLocale(), { type: 'conjunction' })).format(items);
