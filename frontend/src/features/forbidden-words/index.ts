export { ForbiddenWordsAdmin } from './components/ForbiddenWordsAdmin';
