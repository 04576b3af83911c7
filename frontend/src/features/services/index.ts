export { ServicesAdmin } from './components/ServicesAdmin';
export { ServiceSettingsPage } from './components/ServiceSettingsPage';
