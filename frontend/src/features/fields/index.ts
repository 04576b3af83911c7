export { FieldAdmin } from './components/FieldAdmin';
