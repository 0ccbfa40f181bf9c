/** For Node (the command line, the unit tests): the interface's words from the English messages file. */
import english from '../../_locales/en/messages.json';
import { useEnglishMessages } from './i18n';

useEnglishMessages(english);
