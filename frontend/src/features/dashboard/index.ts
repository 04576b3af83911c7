export { Dashboard, type DashboardService } from './components/Dashboard';
