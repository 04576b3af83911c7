export { SlaPolicies } from './components/SlaPolicies';
