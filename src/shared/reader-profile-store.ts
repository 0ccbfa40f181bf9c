/** The reader's profile in extension storage (local only, never synced); only extension pages and the background use it. */
import { READER_KEY, parseReaderProfile } from './reader-profile';
import { storedValue } from './stored-value';

export const readerProfileStore = storedValue(READER_KEY, parseReaderProfile, 'medicines list');
